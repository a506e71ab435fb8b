#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry, AppStream metadata and MIME type as desktop tools read them:
#   check_desktop_files.sh SOURCE_DIR WORK_DIR
# desktop-file-validate without errors (hints allowed), appstreamcli validate --no-net without errors or warnings
# (its one pedantic hint is explained in packaging/README.md), the MIME package accepted by update-mime-database
# with *.firebreak mapped to the workspace type.
set -euo pipefail
src=$1/packaging/linux
work=$2
id=org.firebreak.Firebreak
rm -rf "$work" && mkdir -p "$work/mime/packages"

out=$(desktop-file-validate "$src/$id.desktop" 2>&1) || { echo "$out"; exit 1; }
if grep -E ': (error|warning):' <<<"$out"; then exit 1; fi
echo "desktop-file-validate: clean${out:+ (hints: $out)}"

appstreamcli validate --no-net --explain "$src/$id.metainfo.xml"
if appstreamcli validate --no-net --pedantic "$src/$id.metainfo.xml" | grep -E '^[EWI]:'; then
    echo "appstreamcli reports more than the explained pedantic hint" >&2
    exit 1
fi

cp "$src/$id.xml" "$work/mime/packages/"
errors=$(XDG_DATA_DIRS=$work XDG_DATA_HOME=$work update-mime-database "$work/mime" 2>&1)
if [[ -n $errors ]]; then echo "update-mime-database: $errors" >&2; exit 1; fi
grep -qx 'application/x-firebreak-workspace:\*\.firebreak' "$work/mime/globs" || {
    echo "*.firebreak is not mapped to application/x-firebreak-workspace" >&2
    exit 1
}
# The desktop entry opens that type.
grep -qx 'MimeType=application/x-firebreak-workspace;' "$src/$id.desktop"
echo "MIME: *.firebreak is application/x-firebreak-workspace"
