#!/bin/sh
# Builds the libFuzzer targets of Fuzz/ (outside the SwiftPM build) and runs each for a time or a
# number of executions. A crash input is written to Tests/Fixtures/fuzz-crashes/TARGET/, where
# FuzzReplayTests replays it on every `swift test`.
#
# Usage: scripts/fuzz.sh [TARGET...]            TARGET: letters, facts, rules (default: all three)
# Environment:
#   FUZZ_TIME=SECONDS   run each target this long (default 60); ignored when FUZZ_RUNS is set
#   FUZZ_RUNS=N         run each target for N executions instead
#   FUZZ_SANITIZE=LIST  swiftc sanitizers (default: fuzzer; e.g. fuzzer,address)
#   FUZZ_JOBS=N         parallel fuzzing processes per target, each running FUZZ_RUNS (default 1)
#   FUZZ_BUILD=DIR      objects, binaries and working corpora (default .build/fuzz)
#   FUZZ_MAX_LEN=BYTES  largest input libFuzzer makes (default: letters 8192, facts 1024, rules 4096)
# Seeds: the corpus letters (letters), corpus summaries with their requests (facts), Rules/ (rules).
# The working corpora grow in .build/fuzz/corpus-TARGET. Needs the toolchain's libFuzzer (Linux).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${FUZZ_BUILD:-.build/fuzz}
sanitize=${FUZZ_SANITIZE:-fuzzer}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# The library modules the targets need, in dependency order (each compiled once, instrumented).
modules=""
for module in IMRCore IMRVocabulary IMRLetters IMRFacts IMRRules; do
    [ -d "Sources/$module" ] && modules="$modules $module"
done
objects=""
for module in $modules; do
    object="$out/$module.o"
    newest=$(find "Sources/$module" -name '*.swift' -newer "$object" 2>/dev/null | head -1)
    if [ ! -f "$object" ] || [ -n "$newest" ] || [ "$(cat "$out/sanitize" 2>/dev/null)" != "$sanitize" ]; then
        echo "compiling $module ($sanitize)" >&2
        swiftc -O -wmo -parse-as-library -sanitize="$sanitize" -module-name "$module" -I "$out" \
            -emit-module -emit-module-path "$out/$module.swiftmodule" -c -o "$object" \
            $(find "Sources/$module" -name '*.swift' | sort)
    fi
    objects="$objects $object"
done
echo "$sanitize" > "$out/sanitize"

seeds() {
    target=$1
    directory="$out/corpus-$target"
    [ -d "$directory" ] && return
    mkdir -p "$directory"
    case $target in
        letters) cp Corpus/*.txt "$directory/" ;;
        rules) find Rules -name '*.rules' -exec cp {} "$directory/" \; ;;
        facts)
            # One seed per corpus letter: its first disputed item, then its summary.
            for letter in Corpus/*.txt; do
                request=$(grep -m1 -o '^\*\*[^*]*:\*\*' "$letter" | sed 's/^\*\*//; s/:\*\*$//' || true)
                { echo "${request:-Norco 10/325 mg #60}"; sed -n '/CLINICAL CASE SUMMARY/,/IMR ISSUES/p' "$letter"; } \
                    > "$directory/$(basename "$letter")"
            done ;;
    esac
}

targets=${*:-letters facts rules}
for target in $targets; do
    [ -f "Fuzz/$target.swift" ] || { echo "error: no fuzz target 'Fuzz/$target.swift'" >&2; exit 64; }
    binary="$out/fuzz-$target"
    echo "linking fuzz-$target" >&2
    swiftc -O -parse-as-library -sanitize="$sanitize" -I "$out" "Fuzz/$target.swift" $objects -o "$binary"
    seeds "$target"
    crashes="$root/Tests/Fixtures/fuzz-crashes/$target"
    mkdir -p "$crashes"
    if [ -n "${FUZZ_RUNS:-}" ]; then limit="-runs=$FUZZ_RUNS"; else limit="-max_total_time=${FUZZ_TIME:-60}"; fi
    case $target in letters) length=8192 ;; facts) length=1024 ;; *) length=4096 ;; esac
    echo "fuzzing $target ($limit)" >&2
    # From the build directory: with FUZZ_JOBS, libFuzzer writes each job's log there (fuzz-N.log).
    cd "$out"
    IMR_LEXICON="$root/Rules/lexicon" "$binary" "$out/corpus-$target" $limit -max_len="${FUZZ_MAX_LEN:-$length}" \
        ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS} -artifact_prefix="$crashes/" -print_final_stats=1 \
        -timeout=20 -rss_limit_mb=4096
    cd "$root"
done
