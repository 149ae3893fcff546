#!/usr/bin/env bash
# Renders the HTML report of `imr eval` and checks it in headless Chromium: no outside reference,
# every in-page link has its target, screenshots at 1400 px and 400 px wide, and the page's scroll
# width at 400 px (no horizontal overflow allowed).
# Usage: scripts/check-html.sh [OUTPUT_DIR] [extra `imr eval` options...]
# Needs: a built `imr` (swift build) and chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/imr-html-check}"
shift || true
mkdir -p "$out"
imr=".build/debug/imr"
[ -x "$imr" ] || swift build --product imr
status=0
"$imr" eval --format html --output "$out/report.html" "$@" || status=$?
# 1 is a regression against --baseline: the report is still written and worth checking.
[ "$status" -le 1 ] || exit "$status"
# Self-contained: nothing fetched from elsewhere.
if grep -Eq '(src|href)=["'"'"']?(https?:)?//|<script|<link|@import|url\(' "$out/report.html"; then
    echo "error: $out/report.html refers to outside resources" >&2
    exit 1
fi
# Every in-page link has its target.
missing=$(grep -o 'href="#[^"]*"' "$out/report.html" | sed 's/href="#\(.*\)"/\1/' | sort -u | while read -r id; do
    grep -q "id=\"$id\"" "$out/report.html" || echo "$id"
done)
if [ -n "$missing" ]; then
    echo "error: links without a target: $missing" >&2
    exit 1
fi
browser() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files "$@" 2>/dev/null; }
# Headless Chromium will not make a window narrower than 500 px, so the narrow checks load the
# report in a 400 px wide frame of a helper page (the report itself has no script).
cat > "$out/frame.html" <<'HTML'
<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="report.html" style="width:400px;height:2400px;border:0"></iframe>
<script>document.getElementById("f").onload=function(){var d=this.contentDocument.documentElement;document.body.setAttribute("data-scroll-width",d.scrollWidth)}</script></body></html>
HTML
browser --screenshot="$out/report-1400.png" --window-size=1400,2400 "file://$(realpath "$out/report.html")"
browser --screenshot="$out/report-400.png" --window-size=400,2400 --virtual-time-budget=5000 "file://$(realpath "$out/frame.html")"
width=$(browser --window-size=500,2400 --virtual-time-budget=5000 --dump-dom "file://$(realpath "$out/frame.html")" |
    grep -o 'data-scroll-width="[0-9]*"' | grep -o '[0-9]*' || true)
rm -f "$out/frame.html"
echo "report: $out/report.html"
echo "screenshots: $out/report-1400.png $out/report-400.png"
echo "scroll width in a 400 px frame: ${width:-unknown}"
if [ -z "$width" ] || [ "$width" -gt 400 ]; then
    echo "error: the page overflows horizontally at 400 px (scroll width ${width:-unknown})" >&2
    exit 1
fi
