#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, built and used as a user would:
#   deb_install_test.sh BINARY_DIR WORK_DIR
# builds the .deb (CPack), runs lintian on it (no errors; the warnings left are explained in
# packaging/README.md), installs it with apt (as the README says), runs the installed firebreak-cli on a temporary workspace, starts
# the installed firebreak --demo under Xvfb and takes a screenshot of its window, then purges the package and
# checks that nothing of it is left. Installing needs root: without it the test is skipped (exit 77), as it is
# when a firebreak package is already installed (it is not ours to remove).
set -euo pipefail
bin=$1
work=$2
rm -rf "$work" && mkdir -p "$work"

cpack --config "$bin/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/deb/firebreak_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# lintian: errors fail; the expected warning is the one packaging/README.md explains.
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -E '^E:' "$work/lintian.log"; then exit 1; fi
if grep -E '^W:' "$work/lintian.log" | grep -v 'initial-upload-closes-no-bugs'; then
    echo "lintian warns of something packaging/README.md does not explain" >&2
    exit 1
fi
dpkg-deb --field "$deb" Depends | grep -q 'libqt6core6' # computed by dpkg-shlibdeps

if [[ $(id -u) != 0 ]]; then
    echo "not root: the install part is skipped"
    exit 77
fi
if dpkg -s firebreak >/dev/null 2>&1; then
    echo "a firebreak package is installed already: the install part is skipped"
    exit 77
fi
# apt waits for the package database's lock (another apt or dpkg may hold it) instead of failing.
apt=(apt-get -y -q -o DPkg::Lock::Timeout=600)
cleanup() { "${apt[@]}" purge firebreak >/dev/null 2>&1 || true; }
trap cleanup EXIT
"${apt[@]}" install "$deb"
dpkg-query -W -f='${Status}\n' firebreak | grep -q 'install ok installed'

# The installed programs, nowhere near the build tree.
export HOME=$work/home
mkdir -p "$HOME"
cd "$work"
/usr/bin/firebreak-cli --version | grep -q '0.1.0'
FIREBREAK_WORKSPACE=$work/cli.firebreak FIREBREAK_PASSPHRASE=installed-test /usr/bin/firebreak-cli demo >"$work/demo.txt"
grep -q '^incident ' "$work/demo.txt"
FIREBREAK_WORKSPACE=$work/cli.firebreak FIREBREAK_PASSPHRASE=installed-test /usr/bin/firebreak-cli verify
man -w firebreak >/dev/null && man -w firebreak-cli >/dev/null
test -f /usr/share/icons/hicolor/scalable/apps/org.firebreak.Firebreak.svg
mime=false
command -v update-mime-database >/dev/null && mime=true # shared-mime-info, whose trigger registers the type
if $mime; then grep -q 'firebreak' /usr/share/mime/globs2; fi

# The GUI from the menu entry's command, on the demo workspace, under Xvfb: its window appears and is pictured.
cat >"$work/gui.sh" <<'GUI'
#!/usr/bin/env bash
set -u
FIREBREAK_PASSPHRASE=demo /usr/bin/firebreak --demo &
pid=$!
for _ in $(seq 1 60); do
    if xwininfo -root -tree | grep -q 'demo.firebreak'; then
        xwd -root -silent >"$1"
        kill "$pid"
        wait "$pid" 2>/dev/null
        exit 0
    fi
    sleep 1
done
kill "$pid"
exit 1
GUI
chmod +x "$work/gui.sh"
xvfb-run -a -s '-screen 0 1366x768x24' "$work/gui.sh" "$work/installed-gui.xwd"
test "$(stat -c %s "$work/installed-gui.xwd")" -gt 100000
echo "the installed GUI opened the demo workspace: $work/installed-gui.xwd"

# Purged, nothing of it is left.
files=$(dpkg-query -L firebreak | while read -r f; do [[ -f $f ]] && echo "$f"; done)
trap - EXIT
"${apt[@]}" purge firebreak
if dpkg -s firebreak >/dev/null 2>&1; then echo "still installed after purge" >&2; exit 1; fi
left=0
for f in $files; do
    if [[ -e $f ]]; then echo "left behind: $f" >&2; left=1; fi
done
for d in /usr/share/doc/firebreak /usr/share/firebreak; do
    if [[ -e $d ]]; then echo "left behind: $d" >&2; left=1; fi
done
if $mime && grep -q 'firebreak' /usr/share/mime/globs2; then echo "the MIME type is still registered" >&2; left=1; fi
[[ $left == 0 ]]
echo "installed, used and purged without a trace ($(wc -w <<<"$files") files)"
