#!/bin/sh
# Makes cpm-pos.jsa beside this script: the class-data-sharing archive of the app's own classes (and of the
# runtime's classes the CLI loads beyond the runtime's archive), layered on lib/runtime/lib/server/classes.jsa.
# The launcher (cpm-pos.cfg) names both; a start that finds this one missing or not matching uses the
# runtime's archive alone, as before, only slower (a warning on stderr, never on stdout).
#
# JDK 17 accepts such an archive only for the class path it was made with, by absolute file name, so it is
# made where the package is installed: the .deb's postinst runs this after every install or upgrade (its
# prerm deletes the archive). Safe to run again by hand, as root. The training run
# (id.cpmpos.ClassDataTraining) runs the CLI's everyday commands against a sandbox on 127.0.0.1, in a
# temporary directory it then deletes; nothing leaves the machine.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$app")")
java=$root/lib/runtime/bin/java
# The class path exactly as the launcher builds it: cpm-pos.cfg's app.classpath lines, $APPDIR expanded.
cp=$(sed -n 's/^app\.classpath=//p' "$app/cpm-pos.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
[ -n "$cp" ] || { echo "make-cds-archive: no app.classpath in $app/cpm-pos.cfg" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$app/cpm-pos.jsa.part"' EXIT
rm -f "$app/cpm-pos.jsa"
if HOME=$tmp XDG_CONFIG_HOME=$tmp/.config XDG_DATA_HOME=$tmp/.local/share \
  "$java" -XX:ArchiveClassesAtExit="$app/cpm-pos.jsa.part" -cp "$cp" id.cpmpos.ClassDataTraining "$tmp/train" \
  >"$tmp/training.log" 2>&1 && [ -s "$app/cpm-pos.jsa.part" ]; then
  chmod 644 "$app/cpm-pos.jsa.part"
  mv "$app/cpm-pos.jsa.part" "$app/cpm-pos.jsa"
else
  echo "make-cds-archive: the training run failed; cpm-pos starts without the app's archive. Its output:" >&2
  tail -20 "$tmp/training.log" >&2
  exit 1
fi
