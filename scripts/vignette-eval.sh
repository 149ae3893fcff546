#!/usr/bin/env bash
# Runs `imr eval` on the guideline-vignette development set (Tests/Fixtures/vignettes), then prints
# one line per item (expected outcome, prediction, deciding rule) and the figures by request kind as
# the set's SOURCES.md names the kinds. docs/vignettes.md explains the set: letters written from the
# guideline criteria in pairs (every criterion documented -> Overturned; one missing -> Upheld). The
# expected outcomes are the guideline's, not real IMR decisions. It is a development set, not held out.
# Then the figures of each batch (batch 1: written before the engine was run; batch 2: written after
# batch 1's diagnosis, to tell whether a fix generalises; batch 3: written by another author in the
# eighteenth session and held out from the engineers fixing the readers, a held-out measure; batch 4:
# the same by a further author in the nineteenth session; batch 5: the same in the twentieth; batch 6:
# the same in the twenty-first; batch 7: the same in the twenty-second; batch 8: the same in the
# twenty-third; batch 9: the same in the twenty-fourth; batches 10 and 11: the same, by two authors, in
# the twenty-fifth; batches 12 and 13: the same, by two authors, in the twenty-sixth; batches 14 and 15: the
# same, by two authors, in the twenty-seventh; batches 16 and 17: the same, by two authors, in the twenty-eighth; batch 18: the same in the
# twenty-ninth; batch 19: the same in the thirtieth; batch 20: the same in the thirty-first; batch 21: the same in the thirty-second; batch 22: the same in the thirty-third, its kinds drawn at random; batch 23: the same in the thirty-fourth, its kinds drawn at random again; batch 24: the same in the thirty-fifth, its kinds drawn at random again; batch 25: the same in the thirty-sixth, its kinds drawn at random again; batch 26: the same in the thirty-seventh, its kinds drawn at random again; batch 27: the same in the thirty-eighth, its kinds drawn at random again, kinds not named in batches 22-26 first; batch 28: the same in the thirty-ninth, its kinds drawn at random again, kinds not named in batches 22-27 first; batch 29: the same in the fortieth, its kinds drawn at random again, kinds not named in batches 22-28 first; batch 30: the same in the forty-first, its kinds drawn at random again, kinds not named in batches 22-29 first), as SOURCES.md's "## Batch 2" to "## Batch 30" headings divide its rows.
# Usage: scripts/vignette-eval.sh [extra `imr eval` options for the first run, e.g. --explain]
# Builds `imr` first (debug, incremental): a binary older than Rules/ would reject the rules.
set -euo pipefail
cd "$(dirname "$0")/.."
imr=".build/debug/imr"
swift build --product imr >&2
set_dir="Tests/Fixtures/vignettes"
"$imr" eval --corpus "$set_dir" "$@"
echo
echo "== items (id, expected, predicted, deciding rule; * = wrong)"
# SOURCES.md rows: | id | kind | voice | outcome | documented | missing | citation |
kinds=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$kinds" "$work"' EXIT
awk -F'|' '/^\| VG-/ { gsub(/^ +| +$/, "", $2); gsub(/^ +| +$/, "", $3); print $2 "\t" $3 }' \
    "$set_dir/SOURCES.md" > "$kinds"
"$imr" eval --corpus "$set_dir" --format jsonl | awk -v kinds="$kinds" '
    BEGIN { FS = "\t"; while ((getline line < kinds) > 0) { split(line, f, "\t"); kind[f[1]] = f[2] } FS = " " }
    function field(name,    m) {
        if (match($0, "\"" name "\":\"[^\"]*\"")) { m = substr($0, RSTART, RLENGTH); sub("^\"" name "\":\"", "", m); sub("\"$", "", m); return m }
        return "-"
    }
    /^\{"item"/ {
        file = field("file"); sub(/.*\//, "", file); sub(/\.txt$/, "", file)
        actual = field("actual"); predicted = field("predicted"); rule = field("rule")
        wrong = (actual != predicted)
        printf "%s %s %-10s -> %-10s %s\n", (wrong ? "*" : " "), file, actual, predicted, rule
        k = kind[file]; n[k]++; if (!wrong) r[k]++
        if (actual == "overturned") { over[k]++; if (!wrong) overRight[k]++ } else { up[k]++; if (!wrong) upRight[k]++ }
    }
    END {
        print ""
        print "== by request kind (right/items; Overturned recall; Upheld recall)"
        for (k in n) printf "  %-45s %2d/%-2d  Overturned %d/%d  Upheld %d/%d\n", k, r[k], n[k], overRight[k], over[k], upRight[k], up[k] | "sort"
    }'
for batch in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
    mkdir -p "$work/$batch"
    awk -F'|' -v batch="$batch" 'BEGIN { b = 1 } /^## Batch 2/ { b = 2 } /^## Batch 3/ { b = 3 } /^## Batch 4/ { b = 4 } /^## Batch 5/ { b = 5 } /^## Batch 6/ { b = 6 } /^## Batch 7/ { b = 7 } /^## Batch 8/ { b = 8 } /^## Batch 9 / { b = 9 } /^## Batch 10 / { b = 10 } /^## Batch 11 / { b = 11 } /^## Batch 12 / { b = 12 } /^## Batch 13 / { b = 13 } /^## Batch 14 / { b = 14 } /^## Batch 15 / { b = 15 } /^## Batch 16 / { b = 16 } /^## Batch 17 / { b = 17 } /^## Batch 18 / { b = 18 } /^## Batch 19 / { b = 19 } /^## Batch 20 / { b = 20 } /^## Batch 21 / { b = 21 } /^## Batch 22 / { b = 22 } /^## Batch 23 / { b = 23 } /^## Batch 24 / { b = 24 } /^## Batch 25 / { b = 25 } /^## Batch 26 / { b = 26 } /^## Batch 27 / { b = 27 } /^## Batch 28 / { b = 28 } /^## Batch 29 / { b = 29 } /^## Batch 30 / { b = 30 } /^## Pairs/ { b = 0 } /^\| VG-/ {
        gsub(/^ +| +$/, "", $2); if (b == batch) print $2
    }' "$set_dir/SOURCES.md" | while read -r id; do cp "$set_dir/$id.txt" "$work/$batch/"; done
    [ -n "$(ls -A "$work/$batch")" ] || continue
    echo
    echo "== batch $batch"
    "$imr" eval --corpus "$work/$batch" | sed -n '/^IMR evaluation/,/^By category/p' | sed '$d'
done
