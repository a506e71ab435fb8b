#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man pages say what --help says and format without warnings:
#   check_man_pages.sh SOURCE_DIR BINARY_DIR FIREBREAK FIREBREAK_CLI
set -euo pipefail
src=$1
bin=$2
gui=$3
cli=$4
gui_page=$src/packaging/man/firebreak.1
cli_page=$bin/packaging/firebreak-cli.1

# firebreak-cli(1): every command and option of firebreak-cli --help and each command's --help.
python3 "$src/packaging/cli_docs.py" --cli "$cli" --check-man "$cli_page"

# firebreak(1): every option of firebreak --help.
help=$(QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$gui" --help 2>/dev/null)
page=$(sed 's/\\-/-/g' "$gui_page")
missing=0
for option in $(grep -oE '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' <<<"$help" | tr -d ' ,' | sort -u); do
    if ! grep -qF -- "$option" <<<"$page"; then
        echo "firebreak(1) lacks $option" >&2
        missing=1
    fi
done
[[ $missing == 0 ]]
echo "firebreak(1): every option of --help is there"

# Both format cleanly (what lintian's groff check does).
for page in "$gui_page" "$cli_page"; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    if [[ -n $warnings ]]; then echo "$page: $warnings" >&2; exit 1; fi
done
echo "man: both pages format without warnings"

# The completion is valid bash and offers the nouns.
completion=$bin/packaging/firebreak-cli
bash -n "$completion"
grep -q 'complete -F _firebreak_cli firebreak-cli' "$completion"
grep -q '"") next="init passwd verify' "$completion"
echo "completion: valid"
