#!/usr/bin/env bash
# Runs `imr eval` on the digest development set (Tests/Fixtures/digests), then on each guideline era
# of it as its SOURCES.md records them: `encoded` (the guidelines Rules/ encode: MTUS 2009 Chronic
# Pain, ACOEM 2004, MTUS Acupuncture, ODG, the 2016 opioid guideline), `later` (the 2017+ MTUS ACOEM
# guidelines) and `unknown`. docs/digests.md explains the set. It is a development set, not held out:
# read it, learn from it, and expect its figures to become optimistic as rules follow it.
# Usage: scripts/digest-eval.sh [extra `imr eval` options, e.g. --explain or --format json]
# Builds `imr` first (debug, incremental): a binary older than Rules/ would reject the rules.
set -euo pipefail
cd "$(dirname "$0")/.."
imr=".build/debug/imr"
swift build --product imr >&2
set_dir="Tests/Fixtures/digests"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== all eras"
"$imr" eval --corpus "$set_dir" "$@"
for era in encoded later unknown; do
    mkdir -p "$work/$era"
    # Table rows of SOURCES.md: | id | outcome | date | guideline | era | source | notes |
    awk -F'|' -v era="$era" '/^\| DG-/ {
        gsub(/^ +| +$/, "", $2); gsub(/^ +| +$/, "", $6)
        if ($6 == era) print $2
    }' "$set_dir/SOURCES.md" | while read -r id; do
        cp "$set_dir/$id.txt" "$work/$era/"
    done
    [ -n "$(ls -A "$work/$era")" ] || continue
    echo
    echo "== era $era"
    "$imr" eval --corpus "$work/$era" "$@"
done
