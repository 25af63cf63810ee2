#!/usr/bin/env bash
# Builds cpm-pos's native installer: a runtime made by jlink (JDK modules + JavaFX's modules), an app image
# made by jpackage (the app's jars on the class path inside it), a class-data-sharing archive trained on
# that runtime, then the OS's package(s). Run by `mvn -B -Pinstaller -DskipTests package` (installer/pom.xml
# passes the variables below); see "Installing" in the README.
#
#   JDK_HOME      the JDK whose jlink/jpackage/jmods are used (the build's own JDK)
#   APP_JAR       the app's plain jar (its classes only)          WORK  scratch dir: lib/ and javafx/ are filled by Maven
#   DEST          where the packages go (installer/target)        BENCH_JAR  the bare-window jar (measure-startup.sh)
#   APP_VERSION   numeric version for jpackage (0.1.0)            FULL_VERSION  the POM's version (0.1.0-SNAPSHOT)
#   VENDOR, DESCRIPTION                                           TYPES  package types; empty = this OS's default
#   JVM_OPTIONS   the options the launcher starts the JVM with (the root POM's terminal.jvm.options)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
: "${JDK_HOME:?}" "${APP_JAR:?}" "${WORK:?}" "${DEST:?}" "${APP_VERSION:?}" "${FULL_VERSION:?}" "${VENDOR:?}" "${DESCRIPTION:?}"

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=win ;;
  *) echo "build-installer: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
log() { echo "[installer] $*"; }
[ -f "$APP_JAR" ] || { echo "build-installer: $APP_JAR missing: build the app first (mvn -Pinstaller package does)" >&2; exit 2; }

runtime=$WORK/runtime input=$WORK/input image=$WORK/image
rm -rf "$runtime" "$input" "$image" "$WORK/cds"
mkdir -p "$input" "$image" "$WORK/cds" "$DEST"

# --- 1. The runtime. JavaFX on the module path (linked in): a supported JavaFX configuration, no warning.
# JDK modules: what jdeps finds in the app and its libraries, plus the ones reached only through services or
# reflection, which jdeps cannot see:
#   jdk.random       RandomGenerator.getDefault() (the sync's back-off jitter)
#   jdk.crypto.ec    TLS key exchange with the provider (ECDHE)
#   jdk.localedata   Bahasa Indonesia number/date formats (only en and id are kept)
#   jdk.charsets     serial scanners that speak a legacy code page
#   jdk.zipfs        zip files as file systems
#   java.management, java.logging   Logback's and JavaFX's logging back-ends
modules=javafx.controls,javafx.swing
modules+=,java.desktop,java.logging,java.management,java.naming,java.sql,jdk.httpserver,jdk.jfr
modules+=,jdk.unsupported,jdk.unsupported.desktop
modules+=,jdk.random,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs
log "jlink: $modules"
"$JDK_HOME/bin/jlink" --module-path "$WORK/javafx" --add-modules "$modules" --include-locales=en,id \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$runtime"

# JavaFX loads its native libraries from the runtime's library directory when it is linked in (from a jar
# it would unpack them into ~/.openjfx/cache); modular jars carry them at their root.
case $os in win) natives=$runtime/bin; ext=dll ;; mac) natives=$runtime/lib; ext=dylib ;; *) natives=$runtime/lib; ext=so ;; esac
unpacked=$WORK/javafx-natives; rm -rf "$unpacked"; mkdir -p "$unpacked"
for jar in "$WORK"/javafx/*.jar; do (cd "$unpacked" && "$JDK_HOME/bin/jar" xf "$jar"); done
find "$unpacked" -maxdepth 1 -name "*.$ext" -exec cp {} "$natives/" \;
log "JavaFX native libraries: $(cd "$natives" && ls ./*.$ext | grep -cE 'glass|prism|javafx|decora') into ${natives#"$WORK"/}"

# --- 2. The class path: the app's own jar first, then its libraries (JavaFX excepted).
cp "$APP_JAR" "$input/cpm-pos.jar"
cp "$WORK"/lib/*.jar "$input/"
# Linux: the script the .deb's postinst runs to make the app's own class-data archive (see step 3).
if [ $os = linux ]; then cp "$here/linux/make-cds-archive.sh" "$input/"; fi

# --- 3. Class-data sharing. A training run records the classes loaded while the checkout opens (GUI, demo
# mode, under a private Xvfb) and while CLI commands run; the runtime's default CDS archive is then rebuilt
# from that list. Only classes of the runtime image (JDK and JavaFX) can be archived this way: JDK 17 checks
# an archive's class path by absolute file name, so app classes archived here would not match once the
# package is installed elsewhere; the app's jars are read as usual. The archive stays valid wherever the
# package is installed, needs no launcher option, and the JVM falls back silently if it cannot map it.
# On Linux a second archive, layered on this one, holds the app's own classes: the .deb's postinst makes it
# at /opt/cpm-pos with linux/make-cds-archive.sh, and the launcher names both (step 4); an image that has
# not got it (unpacked with dpkg-deb -x, or moved) starts on the runtime's archive alone.
java=$runtime/bin/java
native_path() { if [ $os = win ]; then cygpath -w "$1"; else printf '%s' "$1"; fi; }
cp_sep=":"; [ $os = win ] && cp_sep=";"
classpath=$(native_path "$input/cpm-pos.jar")
for j in "$input"/*.jar; do [ "$(basename "$j")" = cpm-pos.jar ] || classpath+="$cp_sep$(native_path "$j")"; done
train_home=$WORK/cds/home; mkdir -p "$train_home"
train() { # name, then the app's arguments; output kept in cds/NAME.log
  local name=$1; shift
  HOME=$train_home XDG_CONFIG_HOME=$train_home/.config XDG_DATA_HOME=$train_home/.local/share \
    "$java" -Xshare:off -XX:DumpLoadedClassList="$(native_path "$WORK/cds/$name.classlist")" \
    -Dcpmpos.log.dir="$(native_path "$WORK/cds/logs")" -cp "$classpath" id.cpmpos.Launcher "$@" >"$WORK/cds/$name.log" 2>&1
}
train version --version || true
train help --help || true
train scan scan --image "$(native_path "$here/smoke/phone-screen.png")" || true
gui_trained=no
if [ $os = linux ] && command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
  display=90   # a private X display: the first free number from 90
  while [ -e /tmp/.X$display-lock ] && [ $display -lt 190 ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$WORK/cds/xvfb.log" 2>&1 &
  xvfb=$!
  ( export DISPLAY=":$display"; train gui --demo ) &   # --demo: the checkout, not the first-run screen
  gui=$!
  # The checkout is up when its window (title "... - DEMO") exists; a loaded build machine gets 3 minutes.
  for _ in $(seq 1 900); do
    if DISPLAY=":$display" xwininfo -root -tree 2>/dev/null | grep -q 'DEMO'; then gui_trained=yes; break; fi
    kill -0 $gui 2>/dev/null || break
    sleep 0.2
  done
  [ $gui_trained = yes ] && sleep 3   # its first frames: painting loads classes too
  pkill -TERM -P $gui 2>/dev/null || true; wait $gui 2>/dev/null || true
  kill $xvfb 2>/dev/null || true; wait $xvfb 2>/dev/null || true
fi
log "CDS training: CLI commands, GUI: $gui_trained"
cat "$WORK"/cds/*.classlist | awk '!/^#/ && !seen[$0]++' >"$WORK/cds/classlist"
case $os in win) jsa=$runtime/bin/server/classes.jsa ;; *) jsa=$runtime/lib/server/classes.jsa ;; esac
chmod u+w "$jsa" 2>/dev/null || true
"$java" -Xshare:dump -XX:SharedClassListFile="$(native_path "$WORK/cds/classlist")" -XX:SharedArchiveFile="$(native_path "$jsa")" \
  >"$WORK/cds/dump.log" 2>&1
log "CDS archive: $(grep -c . "$WORK/cds/classlist") classes listed, $(du -k "$jsa" | cut -f1) KB (log: ${WORK#"$repo"/}/cds/dump.log)"

# macOS refuses a bundle version whose first number is 0 (CFBundleVersion): 0.M.I is shipped there as 1.M.I.
[ $os = mac ] && [ "${APP_VERSION%%.*}" = 0 ] && APP_VERSION="1.${APP_VERSION#0.}" && log "macOS bundle version $APP_VERSION"

# --- 4. The app image: launcher + runtime + class path. Same arguments, same behaviour as the jar.
common=(--name cpm-pos --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
  --copyright "cpm-pos $FULL_VERSION")
image_opts=(--input "$input" --main-jar cpm-pos.jar --main-class id.cpmpos.Launcher --runtime-image "$runtime"
  --java-options "-Dcpmpos.installed=$FULL_VERSION")
for option in ${JVM_OPTIONS:-}; do image_opts+=(--java-options "$option"); done
case $os in
  # The runtime's archive, then the app's (made by postinst; see step 3). CDS reports, such as a missing or
  # stale app archive, go to stderr: on stdout they would break a command's --json.
  linux) image_opts+=(--icon "$repo/assets/icons/cpm-pos.png"
           --java-options '-XX:SharedArchiveFile=$APPDIR/../runtime/lib/server/classes.jsa:$APPDIR/cpm-pos.jsa'
           --java-options '-Xlog:cds*=off' --java-options '-Xlog:cds*=warning:stderr') ;;
  win)   image_opts+=(--icon "$repo/assets/icons/cpm-pos.ico"
           --add-launcher "cpm-pos-cli=$here/windows/cpm-pos-cli.properties") ;;
  mac)   image_opts+=(--icon "$repo/assets/icons/cpm-pos.icns" --mac-package-identifier id.cpmpos.terminal
           --mac-package-name cpm-pos --resource-dir "$here/macos") ;;
esac
log "jpackage app-image"
"$JDK_HOME/bin/jpackage" --type app-image "${common[@]}" "${image_opts[@]}" --dest "$image"
case $os in mac) app_image=$image/cpm-pos.app ;; *) app_image=$image/cpm-pos ;; esac

# --- 5. The packages.
if [ -z "${TYPES:-}" ]; then
  case $os in
    linux) TYPES=deb; command -v rpmbuild >/dev/null && TYPES+=" rpm" ;;
    win) TYPES=msi ;;
    mac) TYPES="dmg pkg" ;;
  esac
fi
for type in $TYPES; do
  opts=(--type "$type" "${common[@]}" --app-image "$app_image" --dest "$DEST")
  case $type in
    deb | rpm)
      # GTK 3 is opened at run time (dlopen), so jpackage's library scan cannot see it: named by hand.
      deps=libgtk-3-0; [ "$type" = rpm ] && deps=gtk3
      opts+=(--icon "$repo/assets/icons/cpm-pos.png" --resource-dir "$here/linux" --linux-package-name cpm-pos
        --linux-shortcut --linux-menu-group "Office;Finance" --linux-app-category misc --linux-package-deps "$deps"
        --linux-deb-maintainer "maintainers@cpm-pos.invalid") ;;
    msi)
      opts+=(--icon "$repo/assets/icons/cpm-pos.ico" --resource-dir "$here/windows" --win-menu --win-menu-group cpm-pos
        --win-shortcut --win-dir-chooser --win-upgrade-uuid 5b0b7d1e-3c2a-4f0e-9a51-8d6f2c4e7a10) ;;
    dmg | pkg)
      opts+=(--icon "$repo/assets/icons/cpm-pos.icns" --mac-package-identifier id.cpmpos.terminal --mac-package-name cpm-pos
        --resource-dir "$here/macos") ;;
  esac
  log "jpackage $type"
  "$JDK_HOME/bin/jpackage" "${opts[@]}"
done
cp "$BENCH_JAR" "$WORK/bare-window.jar" 2>/dev/null || true
log "done:"; ls -l "$DEST" | grep -E '\.(deb|rpm|msi|exe|dmg|pkg)$' || true
