#!/usr/bin/env bash
# Start-up of the installed app against a bare JavaFX window, on the same runtime, in one run.
#
#   installer/measure-startup.sh [--image DIR] [--runs N] [--rss-after SECONDS] [--keep-home] [--once app|bare] [--home DIR]
#
# DIR is an installed or unpacked cpm-pos (the directory holding bin/ and lib/: /opt/cpm-pos, or
# opt/cpm-pos inside a `dpkg-deb -x`), default the app image of the last `mvn -Pinstaller package`.
# A: DIR/bin/cpm-pos --demo (the GUI, demo mode, in a throw-away HOME that a warm-up run has
#    already set up, as on any start after the first)
# B: DIR's own runtime running id.cpmpos.installer.BareWindow (installer/target/jpackage/bare-window.jar):
#    one Stage with a Label, the checkout's size, the same JavaFX, the same JVM options as the launcher.
# Runs alternate A, B, A, B... on a private Xvfb. Each time is from fork to the window existing and being
# viewable (polled with xwininfo every 20 ms); RSS is the process's VmRSS read from /proc N seconds after
# that. Prints each run, then medians and the ratios A/B. Needs Xvfb and xwininfo (x11-utils), Linux only.
# --once app|bare: one start of A or B (no warm-up), printing "ms rss_kb": for timing whole processes
# with an outside tool, A against B; --home DIR then keeps the app's HOME between calls.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=$here/target/jpackage/image/cpm-pos
bare_jar=$here/target/jpackage/bare-window.jar
runs=5 rss_after=5 keep_home=no once= home=
while [ $# -gt 0 ]; do
  case $1 in
    --image) image=$2; shift 2 ;;
    --bare-jar) bare_jar=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --rss-after) rss_after=$2; shift 2 ;;
    --keep-home) keep_home=yes; shift ;;
    --once) once=$2; shift 2 ;;
    --home) home=$2; shift 2 ;;
    *) echo "usage: $0 [--image DIR] [--bare-jar JAR] [--runs N] [--rss-after SECONDS] [--keep-home] [--once app|bare] [--home DIR]" >&2; exit 2 ;;
  esac
done
[ -x "$image/bin/cpm-pos" ] || { echo "no launcher at $image/bin/cpm-pos (build with mvn -B -Pinstaller -DskipTests package)" >&2; exit 2; }
[ -f "$bare_jar" ] || { echo "no $bare_jar (built by the same command)" >&2; exit 2; }
command -v Xvfb >/dev/null && command -v xwininfo >/dev/null || { echo "needs Xvfb and xwininfo (apt-get install xvfb x11-utils)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/cpm-pos-startup.XXXXXX")
display=120
while [ -e /tmp/.X$display-lock ] && [ $display -lt 220 ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill $xvfb 2>/dev/null || true; [ $keep_home = yes ] || rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=":$display"
for _ in $(seq 1 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done

# The launcher's JVM options, for the bare window too (jpackage keeps them in lib/app/cpm-pos.cfg).
java_opts=()
while IFS= read -r line; do
  java_opts+=("${line#java-options=}")
done < <(grep '^java-options=' "$image/lib/app/cpm-pos.cfg" | sed "s|\\\$APPDIR|$image/lib/app|g")

now_ms() { date +%s%3N; }
# window_up PATTERN: the id of a viewable top-level window whose name matches, or nothing
window_up() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | grep -E "$1" | awk '{print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable' && { echo "$id"; return 0; }
  done
  return 1
}
# one NAME PATTERN COMMAND...: prints "ms rss_kb", or "fail" if no window within 120 s
one() {
  local name=$1 pattern=$2; shift 2
  local start end pid rss
  start=$(now_ms)
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    "$@" >>"$work/$name.log" 2>&1 &
  pid=$!
  while ! window_up "$pattern" >/dev/null; do
    if ! kill -0 $pid 2>/dev/null || [ $(( $(now_ms) - start )) -gt 120000 ]; then
      kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; echo fail; return
    fi
    sleep 0.02
  done
  end=$(now_ms)
  sleep "$rss_after"
  rss=$(awk '/^VmRSS:/ {print $2}' /proc/$pid/status)
  kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  echo "$((end - start)) $rss"
}
A=("$image/bin/cpm-pos" --demo)   # the checkout at once (without --demo an empty HOME shows the first-run screen)
B=("$image/lib/runtime/bin/java" "${java_opts[@]}" -cp "$bare_jar" id.cpmpos.installer.BareWindow)
[ -n "$home" ] || home=$work/home
mkdir -p "$home"
case $once in
  app) one app 'DEMO' "${A[@]}"; exit ;;
  bare) one bare 'bare-javafx-window' "${B[@]}"; exit ;;
esac

echo "warm-up (first start: demo keys, journal, JIT-less disk cache)"
one app-warmup 'DEMO' "${A[@]}" >/dev/null
one bare-warmup 'bare-javafx-window' "${B[@]}" >/dev/null

printf '%-4s %12s %12s %12s %12s\n' run app_ms app_rss_MB bare_ms bare_rss_MB
a_ms=() a_rss=() b_ms=() b_rss=()
for i in $(seq 1 "$runs"); do
  read -r ams arss <<<"$(one app 'DEMO' "${A[@]}")"
  read -r bms brss <<<"$(one bare 'bare-javafx-window' "${B[@]}")"
  [ "$ams" = fail ] || [ "$bms" = fail ] && { echo "run $i: a window did not appear (logs in $work)"; keep_home=yes; continue; }
  printf '%-4s %12d %12.1f %12d %12.1f\n' "$i" "$ams" "$(echo "$arss/1024" | bc -l)" "$bms" "$(echo "$brss/1024" | bc -l)"
  a_ms+=("$ams") a_rss+=("$arss") b_ms+=("$bms") b_rss+=("$brss")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
[ ${#a_ms[@]} -gt 0 ] || { echo "no run completed"; exit 1; }
am=$(median "${a_ms[@]}") bm=$(median "${b_ms[@]}") ar=$(median "${a_rss[@]}") br=$(median "${b_rss[@]}")
printf 'median: app %.0f ms, %.1f MB; bare window %.0f ms, %.1f MB; ratio %.2fx time, +%.1f MB (%.2fx) RSS %ss after the window\n' \
  "$am" "$(echo "$ar/1024" | bc -l)" "$bm" "$(echo "$br/1024" | bc -l)" "$(echo "$am/$bm" | bc -l)" \
  "$(echo "($ar-$br)/1024" | bc -l)" "$(echo "$ar/$br" | bc -l)" "$rss_after"
