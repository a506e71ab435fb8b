#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# "Directory at scale" (docs/benchmarks.md): whole firebreak-cli processes, wall clock.
#   import: `directory import` of a generated Trusted Introducer file of N teams into a new workspace
#   lookup: one `directory lookup` process on a workspace of 50 and of 20,000 teams
# Each figure is the median of RUNS runs (default: 3 for imports, 5 for lookups), as wall-clock ms and as CPU ms
# (user + system, from /usr/bin/time: what a busy shared machine stretches least). With a second firebreak-cli
# (an older build), both are measured in the same run, one after the other for each size.
#
#   directory_scale.sh GEN_TI_TEAMS WORKDIR CLI [BASELINE_CLI]
#   environment: SIZES (default "1000 5000 20000 60000"), BASELINE_SIZES (default "1000 5000 20000"),
#                IMPORT_RUNS (3), LOOKUP_RUNS (5)
set -eu

gen=$1
work=$2
cli=$3
baseline=${4:-}
sizes=${SIZES:-"1000 5000 20000 60000"}
baseline_sizes=${BASELINE_SIZES:-"1000 5000 20000"}
import_runs=${IMPORT_RUNS:-3}
lookup_runs=${LOOKUP_RUNS:-5}
export FIREBREAK_PASSPHRASE=bench-directory-scale

mkdir -p "$work"

# Runs a command once; prints "wall-ms/cpu-ms". A non-zero exit code is reported and ends the script.
timed() {
    if ! /usr/bin/time -o "$work/last.time" -f "%e %U %S" "$@" >"$work/last.out" 2>"$work/last.err"; then
        echo "FAILED: $*" >&2
        cat "$work/last.err" >&2
        exit 1
    fi
    awk '{ printf "%d/%d", $1 * 1000, ($2 + $3) * 1000 }' "$work/last.time"
}

# "w/c w/c ..." -> "median-wall/median-cpu"
median() {
    values=$(cat)
    wall=$(echo "$values" | tr ' ' '\n' | grep . | cut -d/ -f1 | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    cpu=$(echo "$values" | tr ' ' '\n' | grep . | cut -d/ -f2 | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    echo "$wall/$cpu"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, "/"); split(b, y, "/"); printf "%.2f/%.2f", x[1] / y[1], x[2] / y[2] }'; }

fresh_workspace() { # cli path
    rm -f "$2" "$2-wal" "$2-shm"
    "$1" -w "$2" init >/dev/null
}

import_median() { # cli teams-file
    times=""
    for run in $(seq "$import_runs"); do
        fresh_workspace "$1" "$work/import.firebreak"
        times="$times $(timed "$1" -w "$work/import.firebreak" directory import "$2")"
    done
    echo "$times" | median
}

lookup_median() { # cli workspace query
    times=""
    for run in $(seq "$lookup_runs"); do
        times="$times $(timed "$1" -w "$2" directory lookup "$3")"
    done
    echo "$times" | median
}

echo "## import (wall ms/CPU ms, median of $import_runs)"
echo "| teams | new | baseline | baseline / new |"
for n in $sizes; do
    file="$work/ti-$n.json"
    [ -f "$file" ] || "$gen" "$n" "$file"
    new=$(import_median "$cli" "$file")
    old="-"
    ratio="-"
    if [ -n "$baseline" ] && echo " $baseline_sizes " | grep -q " $n "; then
        old=$(import_median "$baseline" "$file")
        ratio=$(ratio "$old" "$new")
    fi
    echo "| $n | $new | $old | $ratio |"
done

echo "## one lookup process (wall ms/CPU ms, median of $lookup_runs)"
echo "| program | 50 teams | 20,000 teams | 20,000 / 50 |"
for n in 50 20000; do
    [ -f "$work/ti-$n.json" ] || "$gen" "$n" "$work/ti-$n.json"
done
for which in new baseline; do
    program=$cli
    [ "$which" = baseline ] && program=$baseline
    [ -n "$program" ] || continue
    for n in 50 20000; do
        ws="$work/lookup-$which-$n.firebreak"
        if [ ! -f "$ws" ]; then
            fresh_workspace "$program" "$ws"
            "$program" -w "$ws" directory import "$work/ti-$n.json" >/dev/null
        fi
    done
    # An address inside the first generated team's first block: found, with its contacts.
    query=$("$program" -w "$work/lookup-$which-50.firebreak" directory list --json |
        grep -o '"[0-9]*\.[0-9]*\.[0-9]*\.[0-9]*/[0-9]*"' | head -n 1 | tr -d '"' | cut -d/ -f1)
    small=$(lookup_median "$program" "$work/lookup-$which-50.firebreak" "$query")
    large=$(lookup_median "$program" "$work/lookup-$which-20000.firebreak" "$query")
    echo "| $which | $small | $large | $(ratio "$large" "$small") |"
done
