#!/usr/bin/env bash
# Runs `imr eval` on the external validation set (Tests/Fixtures/external), then on each guideline
# era of it as SOURCES.md records them: `2009` (MTUS 2009 Chronic Pain guidelines, what Rules/
# encode) and `2017+` (the updated, ACOEM-based MTUS). docs/external-validation.md explains the set.
# The set is held out: read its figures, never tune a rule, cue or lexicon entry to its letters.
# Usage: scripts/external-eval.sh [extra `imr eval` options; --explain, --format, --output only with IMR_EXTERNAL_ITEMS=1]
# Builds `imr` first (debug, incremental): a binary older than Rules/ would reject the rules.
# Prints the figures and the counts only: the per-item lines of a text report (the letters' names,
# their requests and traces) and the tables by category and by rule are left out, so that running it does not show the held-out letters.
# IMR_EXTERNAL_ITEMS=1 prints them too, for whoever owns the set (the product owner).
set -euo pipefail
cd "$(dirname "$0")/.."
imr=".build/debug/imr"
swift build --product imr >&2
set_dir="Tests/Fixtures/external"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Keeps a text report's figures and section counts; drops its per-item lines (they name a letter
# or are indented under one) and its tables by category and by rule (which rule decided which kind of
# held-out item would steer rule work towards the set).
figures() {
    if [ "${IMR_EXTERNAL_ITEMS:-0}" = 1 ]; then cat; else awk '
        /^By (category|rule)/ { skipping = 1; next }
        /^[A-Z][A-Za-z ]+ \([0-9]+\)$/ { skipping = 0 }
        !skipping && !/EXT-/ && !(/^      / && !/Abstain +total/ && !/engine +always Upheld/)'; fi
}
if [ "${IMR_EXTERNAL_ITEMS:-0}" != 1 ]; then
    for option in "$@"; do
        case "$option" in
            --explain|--format|--format=*|--output|--output=*)
                echo "external-eval.sh: $option shows the held-out letters; only the set's owner runs it (IMR_EXTERNAL_ITEMS=1)" >&2
                exit 64 ;;
        esac
    done
fi
echo "== all eras"
"$imr" eval --corpus "$set_dir" "$@" | figures
for era in 2009 2017+; do
    mkdir -p "$work/$era"
    # Table rows of SOURCES.md: | id | items | source | citation | date | era | notes |
    awk -F'|' -v era="$era" '/^\| EXT-/ {
        gsub(/^ +| +$/, "", $2); split($7, words, " ")
        if (words[1] == era) print $2
    }' "$set_dir/SOURCES.md" | while read -r id; do
        cp "$set_dir/$id.txt" "$work/$era/"
    done
    echo
    echo "== era $era"
    "$imr" eval --corpus "$work/$era" "$@" | figures
done
