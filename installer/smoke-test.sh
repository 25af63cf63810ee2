#!/usr/bin/env bash
# Checks that an installed or unpacked cpm-pos starts: `--version` names the version and the build's
# commit, and `scan --image` reads the committed phone screen (CLI path: the runtime, the class path, the
# native QR decoding stack). With --gui it also opens, under Xvfb, the first-run screen (no configuration)
# and the checkout (--demo), and fails if JavaFX calls its configuration unsupported (JavaFX on the class
# path) or a window does not appear within 3 minutes.
#
#   installer/smoke-test.sh LAUNCHER [--gui]        e.g. $DIR/opt/cpm-pos/bin/cpm-pos after dpkg-deb -x
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
launcher=$1; gui=${2:-}
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cpm-pos-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A throw-away home: nothing of the machine's own configuration or journal is read or written.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"

version=$("$launcher" --version) || fail "--version exited $?"
echo "$version" | grep -Eq '^cpm-pos [0-9]+\.[0-9]+\.[0-9]+[^ ]* \(commit ([0-9a-f]{7,}(-dirty)?|unknown)\)$' \
  || fail "--version printed: $version"
echo "ok: $version"

image=$here/smoke/phone-screen.png
[ "$(uname -s)" = Linux ] || [ "$(uname -s)" = Darwin ] || image=$(cygpath -w "$image")
content=$("$launcher" scan --image "$image" 2>"$work/scan.err") || { cat "$work/scan.err" >&2; fail "scan --image exited $?"; }
[ "$content" = "$(cat "$here/smoke/phone-screen.expected")" ] || fail "scan --image read: $content"
echo "ok: scan --image read the sample QR"

if [ "$gui" = --gui ]; then
  display=140
  while [ -e /tmp/.X$display-lock ] && [ $display -lt 240 ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
  # window NAME PATTERN ARGS...: starts the launcher, waits up to 3 minutes for a window whose title
  # matches, stops it; fails if none came or JavaFX called its configuration unsupported.
  window() {
    local name=$1 pattern=$2; shift 2
    DISPLAY=":$display" "$launcher" "$@" >"$work/$name.log" 2>&1 &
    local app=$! up=no
    for _ in $(seq 1 900); do
      DISPLAY=":$display" xwininfo -root -tree 2>/dev/null | grep -q "$pattern" && { up=yes; break; }
      kill -0 $app 2>/dev/null || break
      sleep 0.2
    done
    kill -TERM $app 2>/dev/null || true; wait $app 2>/dev/null || true
    [ $up = yes ] || { cat "$work/$name.log" >&2; fail "the $name window did not appear"; }
    if grep -q 'Unsupported JavaFX configuration' "$work/$name.log"; then cat "$work/$name.log" >&2; fail "JavaFX warned"; fi
  }
  # No configuration in the throw-away home: the first-run screen (its title: "Selamat datang di cpm-pos").
  window first-run "Selamat datang"
  echo "ok: with no configuration the first-run screen opened, with no JavaFX configuration warning"
  window checkout 'DEMO' --demo
  echo "ok: the checkout window opened (--demo) with no JavaFX configuration warning"
fi
