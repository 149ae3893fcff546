#!/usr/bin/env bash
# Renders the HTML report of `imr eval` and screenshots it in headless Chromium.
# Usage: scripts/check-html.sh [OUTPUT_DIR] [extra `imr eval` options...]
# Needs: a built `imr` (swift build) and chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/imr-html-check}"
shift || true
mkdir -p "$out"
imr=".build/debug/imr"
[ -x "$imr" ] || swift build --product imr
"$imr" eval --format html --output "$out/report.html" "$@"
# Self-contained: nothing fetched from elsewhere.
if grep -Eq '(src|href)=["'"'"']?(https?:)?//|<script|<link|@import|url\(' "$out/report.html"; then
    echo "error: $out/report.html refers to outside resources" >&2
    exit 1
fi
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$out/report.png" --window-size=1280,2000 "file://$(realpath "$out/report.html")" 2>/dev/null
echo "report: $out/report.html"
echo "screenshot: $out/report.png"
