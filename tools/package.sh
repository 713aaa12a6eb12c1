#!/usr/bin/env bash
# Builds the Debian package and the portable .tar.gz, and checks them:
#
#   tools/package.sh                                  build and check the files (no root)
#   tools/package.sh --install-test [--keep-installed] and install, start and remove it (root)
#   tools/package.sh --icons                          first remake the PNG icons from the SVG
#
# Both write into target/package/ (or $CARGO_TARGET_DIR/package/):
# 1. checks what it needs (dpkg-dev, binutils, desktop-file-utils, appstream, lintian;
#    cargo-deb), installing what is missing only when run as root,
# 2. with --icons, makes the icon's PNGs from assets/rehab-tracker.svg (otherwise the
#    committed ones are packaged as they are),
# 3. builds the release binary, the .deb (cargo deb, binary stripped) and the .tar.gz,
# 4. validates the menu entry (desktop-file-validate) and the metainfo (appstreamcli), and
#    runs lintian on the .deb: an error (E:) fails the run.
#
# With --install-test, on the machine it runs on (as root, for dpkg):
# 5. installs the .deb (dpkg -i), checks every file is in place and that `--version` is
#    Cargo.toml's version,
# 6. in a throwaway HOME, makes a patient's data folder (profile, diary, settings), starts the
#    installed app under Xvfb with the menu entry's Exec line, finds its window (xdotool),
#    takes a screenshot and checks it is not blank,
# 7. removes the package (dpkg -r) and checks the data folder is byte for byte as it was.
#
# Exit 0 when every check passed. Takes about as long as a release build plus a minute; see
# docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

install_test=false
keep_installed=false
remake_icons=false
for arg in "$@"; do
  case $arg in
    --install-test) install_test=true ;;
    --keep-installed) install_test=true; keep_installed=true ;;
    --icons) remake_icons=true ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) printf 'package.sh: unknown option %s (see --help)\n' "$arg" >&2; exit 2 ;;
  esac
done

say() { printf '== %s\n' "$*"; }
fail() { printf 'package.sh: FAILED: %s\n' "$*" >&2; exit 1; }
started=$(date +%s)
root=false
[[ $(id -u) -eq 0 ]] && root=true
if $install_test && ! $root; then
  fail "--install-test installs the package with dpkg: run it as root (the build alone needs no root)"
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
[[ -n $version ]] || fail "could not read the version from Cargo.toml"
arch=$(dpkg --print-architecture)
target_dir=${CARGO_TARGET_DIR:-target}
out=$target_dir/package
mkdir -p "$out"

say "tools (apt, cargo-deb)"
need=()
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v strip >/dev/null || need+=(binutils)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v lintian >/dev/null || need+=(lintian)
$remake_icons && { command -v rsvg-convert >/dev/null || need+=(librsvg2-bin); }
if $install_test; then
  command -v Xvfb >/dev/null || need+=(xvfb)
  command -v xdotool >/dev/null || need+=(xdotool)
  command -v xwd >/dev/null || need+=(x11-apps)
  [[ -x /usr/bin/convert ]] || need+=(imagemagick)
  # What the window loads when it starts (dlopen): OpenGL through Mesa, X11 and xkbcommon.
  for lib in libgl1 libegl1 libgl1-mesa-dri libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6; do
    dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
  done
fi
if [[ ${#need[@]} -gt 0 ]]; then
  $root || fail "missing: ${need[*]}. Install them (sudo apt-get install ${need[*]}) or run this as root"
  echo "installing ${need[*]}"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; } >/dev/null 2>&1 \
    || fail "could not install ${need[*]}"
fi
if ! cargo deb --version >/dev/null 2>&1; then
  echo "installing cargo-deb 3.8.0 (a few minutes, once)"
  cargo install --quiet --locked cargo-deb --version 3.8.0 || fail "could not install cargo-deb"
fi

if $remake_icons; then
  say "icons from assets/rehab-tracker.svg"
  for s in 16 32 48 64 128 256 512; do
    mkdir -p "assets/icons/${s}x${s}"
    rsvg-convert -w "$s" -h "$s" assets/rehab-tracker.svg -o "assets/icons/${s}x${s}/rehab-tracker.png"
  done
  if command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1 \
    && ! git diff --quiet -- assets/icons; then
    echo "note: the PNG icons changed; commit them with the SVG"
  fi
fi

say "cargo build --release --locked"
build_started=$(date +%s)
cargo build --release --locked
build_secs=$(( $(date +%s) - build_started ))

say "cargo deb"
deb=$(cargo deb --no-build --output "$out" | tail -n1)
[[ -f $deb ]] || fail "cargo deb wrote no package"
echo "$deb"

say "portable .tar.gz"
name=rehab-tracker-$version-$(uname -m)-linux
stage=$(mktemp -d)
mkdir -p "$stage/$name/share/applications" "$stage/$name/share/metainfo"
install -s -m755 "$target_dir/release/rehab-tracker" "$stage/$name/rehab-tracker"
install -m644 assets/rehab-tracker.desktop "$stage/$name/share/applications/"
install -m644 assets/org.rehab_tracker.RehabTracker.metainfo.xml "$stage/$name/share/metainfo/"
for s in 16 32 48 64 128 256 512; do
  install -Dm644 "assets/icons/${s}x${s}/rehab-tracker.png" "$stage/$name/share/icons/hicolor/${s}x${s}/apps/rehab-tracker.png"
done
install -Dm644 assets/rehab-tracker.svg "$stage/$name/share/icons/hicolor/scalable/apps/rehab-tracker.svg"
install -m644 README.md docs/patient-guide.md LICENSE-MIT LICENSE-APACHE "$stage/$name/"
cat > "$stage/$name/INSTALL.txt" <<EOF
Rehab tracker $version, portable build for Linux ($(uname -m)).

Run it from this folder:     ./rehab-tracker
Add it to your menu:         cp -r share/* ~/.local/share/ && mkdir -p ~/.local/bin && cp rehab-tracker ~/.local/bin/
Your data is kept in ~/.local/share/rehab-tracker, never in this folder.
Reminders run the copy in ~/.local/bin (on your PATH), not this folder, which may move:
switch them on in Settings once it is copied there.
EOF
tarball=$out/$name.tar.gz
tar -C "$stage" --owner=0 --group=0 -czf "$tarball" "$name"
rm -rf "$stage"
tar -tzf "$tarball" | grep -x "$name/rehab-tracker" >/dev/null || fail "the .tar.gz holds no program"
echo "$tarball ($(du -h "$tarball" | cut -f1))"

say "desktop-file-validate, appstreamcli validate, lintian"
desktop-file-validate assets/rehab-tracker.desktop
appstreamcli validate --no-net assets/org.rehab_tracker.RehabTracker.metainfo.xml
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
[[ -n $lintian_out ]] && echo "$lintian_out"
if grep -q '^E: ' <<<"$lintian_out"; then fail "lintian found errors in $deb"; fi
echo "lintian: no errors"

if ! $install_test; then
  total=$(( $(date +%s) - started ))
  say "built and checked in ${total}s (release build ${build_secs}s); not installed (--install-test does that)"
  echo "$deb"
  echo "$tarball"
  exit 0
fi

say "dpkg -i"
dpkg -i "$deb" >/dev/null
trap '$keep_installed || dpkg -r rehab-tracker >/dev/null 2>&1 || true' EXIT
for f in /usr/bin/rehab-tracker /usr/share/applications/rehab-tracker.desktop \
  /usr/share/man/man1/rehab-tracker.1.gz /usr/share/doc/rehab-tracker/copyright \
  /usr/share/doc/rehab-tracker/changelog.Debian.gz \
  /usr/share/metainfo/org.rehab_tracker.RehabTracker.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/rehab-tracker.svg; do
  [[ -f $f ]] || fail "$f is not installed"
done
for s in 16 32 48 64 128 256 512; do
  [[ -f /usr/share/icons/hicolor/${s}x${s}/apps/rehab-tracker.png ]] || fail "the ${s}x${s} icon is not installed"
done

say "desktop-file-validate on the installed menu entry"
desktop-file-validate /usr/share/applications/rehab-tracker.desktop

say "--version"
got=$(/usr/bin/rehab-tracker --version)
[[ $got == "rehab-tracker $version" ]] || fail "--version says '$got', Cargo.toml says $version"
echo "$got"

say "a patient's data folder in a throwaway HOME"
home=$(mktemp -d)
data=$home/.local/share/rehab-tracker
run_as_patient() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
run_as_patient rehab-tracker init --start 2026-11-02 --affected-side left >/dev/null
run_as_patient rehab-tracker log diary --worst 5 --now 3 --sitting-mins 40 --date 2026-11-03 >/dev/null
run_as_patient rehab-tracker log session --as-prescribed --pain-during 3 --date 2026-11-04 >/dev/null
printf 'V1((\n  training_reminder: (on: true, at: "18:00:00"),\n  diary_reminder: (on: false, at: "20:30:00"),\n))\n' > "$data/settings.ron"
run_as_patient rehab-tracker check "$data" >/dev/null || fail "the data folder made for the test is not sound"

say "start the installed app from its menu entry under Xvfb"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/rehab-tracker.desktop | head -n1)
[[ -n $exec_line ]] || fail "the menu entry has no Exec line"
# Field codes (%f, %u, ...) are for files passed in; the menu passes none.
exec_line=${exec_line//%[fFuUick]/}
display=""
for n in $(seq 130 160); do
  if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then display=":$n"; break; fi
done
[[ -n $display ]] || fail "no free X display"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup_x() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
}
trap 'cleanup_x; $keep_installed || dpkg -r rehab-tracker >/dev/null 2>&1 || true' EXIT
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
# shellcheck disable=SC2086 # the Exec line is split into words, as the menu does
env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" LIBGL_ALWAYS_SOFTWARE=1 \
  $exec_line >"$home/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 60); do
  window=$(DISPLAY=$display xdotool search --onlyvisible --name '^Rehab tracker$' 2>/dev/null | head -n1 || true)
  [[ -n $window ]] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$home/app.log" >&2; fail "the app exited before it showed its window"; }
  sleep 0.5
done
[[ -n $window ]] || { cat "$home/app.log" >&2; fail "no window called 'Rehab tracker' appeared within 30 seconds"; }
sleep 3
shot=$out/installed-app.png
DISPLAY=$display xwd -silent -id "$window" | convert xwd:- "$shot"
colours=$(convert "$shot" -format '%k' info:)
spread=$(convert "$shot" -colorspace Gray -format '%[fx:round(1000*standard_deviation)]' info:)
echo "window $window: screenshot $shot, $colours colours, grey spread $spread/1000"
(( colours >= 16 && spread >= 20 )) || fail "the window looks blank ($colours colours, spread $spread)"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid" 2>/dev/null || true

say "dpkg -r leaves the data folder as it was"
snapshot() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before=$(snapshot)
dpkg -r rehab-tracker >/dev/null
[[ ! -e /usr/bin/rehab-tracker ]] || fail "dpkg -r left /usr/bin/rehab-tracker"
after=$(snapshot)
[[ $before == "$after" ]] || { diff <(echo "$before") <(echo "$after") >&2; fail "the data folder changed when the package was removed"; }
echo "$(echo "$before" | wc -l) files, identical"
if $keep_installed; then dpkg -i "$deb" >/dev/null; fi
rm -rf "$home"

total=$(( $(date +%s) - started ))
say "all checks passed in ${total}s (release build ${build_secs}s)"
echo "$deb"
echo "$tarball"
