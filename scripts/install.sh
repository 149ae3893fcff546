#!/usr/bin/env bash
# Installs imr with its rules and corpus:
#   PREFIX/bin/imr, PREFIX/share/imr/Rules, PREFIX/share/imr/Corpus
# so that `imr check`, `imr train` and `imr eval` work from any directory (imr finds
# PREFIX/share/imr beside its own bin/).
#
# usage: scripts/install.sh [--prefix DIR] [--static-swift-stdlib] [--binary FILE]
#   --prefix DIR            where to install (default: $PREFIX, else /usr/local)
#   --static-swift-stdlib   build with the Swift standard library linked in, so the binary runs
#                           on a machine without the Swift runtime
#   --binary FILE           install FILE instead of building (e.g. an existing .build/release/imr)
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${PREFIX:-/usr/local}"
static=""
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --static-swift-stdlib) static="--static-swift-stdlib"; shift ;;
        --binary) binary="${2:?--binary needs a file}"; shift 2 ;;
        --binary=*) binary="${1#--binary=}"; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (try --help)" >&2; exit 64 ;;
    esac
done

if [ -z "$binary" ]; then
    swift build -c release $static --product imr
    binary="$(swift build -c release $static --show-bin-path)/imr"
fi
[ -x "$binary" ] || { echo "install.sh: '$binary' is not an executable" >&2; exit 65; }

share="$prefix/share/imr"
mkdir -p "$prefix/bin" "$share"
# Copy beside the destination first, then move into place, so an interrupted install never leaves
# half a rule set.
staging="$(mktemp -d "$share/.install.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -R Rules "$staging/Rules"
cp -R Corpus "$staging/Corpus"
cp "$binary" "$staging/imr"
rm -rf "$share/Rules" "$share/Corpus"
mv "$staging/Rules" "$share/Rules"
mv "$staging/Corpus" "$share/Corpus"
mv -f "$staging/imr" "$prefix/bin/imr"
echo "installed $prefix/bin/imr with $share/Rules and $share/Corpus"
"$prefix/bin/imr" version
