#!/usr/bin/env bash
# Draws the cpm-pos icon (a QR code's corner marks on the checkout's dark slate, the amber of "pending"
# as the data) and writes it in each OS's format under assets/icons/:
#   cpm-pos.png (512 px, Linux .deb/.rpm and the window icon), cpm-pos.ico (Windows: 16-256 px),
#   cpm-pos.icns (macOS: 16-1024 px, PNG entries).
# Needs ImageMagick (convert) and python3. The outputs are committed: run this only to change the icon.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=assets/icons
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

S=1024; U=64   # canvas and QR module size: a 12x12 module grid inside a 128 px margin
bg='#111827'; fg='#f4f6f8'; accent='#fbbf24'
# The drawing as ImageMagick vector graphics (MVG), one primitive a line.
mvg="$work/icon.mvg"
{
  echo "fill $bg roundrectangle 0,0 $((S - 1)),$((S - 1)) 180,180"
  for f in "0 0" "9 0" "0 9"; do    # finder patterns: ring, gap, centre
    set -- $f; x=$((128 + $1 * U)); y=$((128 + $2 * U)); d=$((3 * U))
    echo "fill $fg roundrectangle $x,$y $((x + d - 1)),$((y + d - 1)) 24,24"
    echo "fill $bg roundrectangle $((x + 40)),$((y + 40)) $((x + d - 41)),$((y + d - 41)) 12,12"
    echo "fill $fg roundrectangle $((x + 72)),$((y + 72)) $((x + d - 73)),$((y + d - 73)) 8,8"
  done
  module() { x=$((128 + $1 * U)); y=$((128 + $2 * U)); echo "fill $3 rectangle $x,$y $((x + U - 1)),$((y + U - 1))"; }
  # data modules: a fixed scatter, light above, amber lower right
  for m in "4 0" "6 0" "5 1" "7 1" "4 2" "6 2" "0 4" "2 4" "4 4" "5 4" "7 4" "9 4" "11 4" "1 5" "3 5" "6 5" "8 5" \
           "10 5" "0 6" "2 6" "4 6" "7 6" "9 6" "11 6" "4 8" "5 9" "4 10" "6 11"; do module $m "$fg"; done
  for m in "7 7" "8 7" "10 7" "7 8" "9 8" "11 8" "8 9" "10 9" "7 10" "9 10" "11 10" "8 11" "10 11" "11 11"; do
    module $m "$accent"
  done
} > "$mvg"
convert -size ${S}x${S} xc:none -draw "@$mvg" -strip PNG32:"$work/master.png"

for px in 16 32 48 64 128 256 512 1024; do
  convert "$work/master.png" -filter Lanczos -resize ${px}x${px} -strip PNG32:"$work/$px.png"
done
cp "$work/512.png" "$out/cpm-pos.png"
convert "$work/16.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" "$out/cpm-pos.ico"

# ICNS: a big-endian container of typed PNG entries (ImageMagick 6 cannot write it).
python3 - "$work" "$out/cpm-pos.icns" <<'PY'
import struct, sys
work, dest = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, px in types:
    png = open(f"{work}/{px}.png", "rb").read()
    body += kind.encode() + struct.pack(">I", len(png) + 8) + png
open(dest, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
ls -l "$out"
