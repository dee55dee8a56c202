#!/usr/bin/env bash
# Article extraction benchmark, from one command: bench/extraction/run.sh [--no-readability]
# Scores the article text `copydesk extract` reads (articleText) on the shared extraction corpora with the
# scrapinghub benchmark's own scorer: on its 173 pages beside the 31 published extractors, and on the 985 modern-web
# pages beside Readability.js (@mozilla/readability with jsdom, installed from npm into bench/extraction/readability
# and run in the same script). Needs Python 3 and, for Readability.js, Node.js with npm.
# Skips (exit 0) when the corpora are not there: set COPYDESK_CORPUS to their folder (default ../shared/corpus).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${COPYDESK_CORPUS:-../shared/corpus}"
readability=true
[ "${1:-}" = "--no-readability" ] && readability=false
if [ ! -f "$corpus/extraction/scrapinghub/ground-truth.json" ] || [ ! -f "$corpus/extraction/modern-web/ground-truth.json" ]; then
  echo "extraction corpora not found under $corpus/extraction: nothing to measure (set COPYDESK_CORPUS)"
  exit 0
fi
corpus="$(cd "$corpus" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
here=bench/extraction

[ -f target/copydesk.jar ] || mvn -B -q package -DskipTests
args=()
for set in scrapinghub modern-web; do
  mkdir -p "$work/$set"
  for f in "$corpus/extraction/$set/html"/*.html.gz; do
    name="$(basename "$f" .gz)"
    gunzip -c "$f" > "$work/$set/$name"
  done
  start=$(date +%s.%N)
  bin/copydesk extract --format json -o "$work/$set.extract.json" "$work/$set" 2>"$work/$set.err" || true
  end=$(date +%s.%N)
  printf '%s: copydesk extract read %s pages in %.1f s (%s could not be read)\n' "$set" \
    "$(ls "$work/$set" | wc -l)" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$(grep -c . "$work/$set.err" || true)"
  python3 "$here/to_predictions.py" "$work/$set.extract.json" "$work/$set.copydesk.json"
  args+=("$set:copydesk=$work/$set.copydesk.json")
done
if $readability && command -v npm >/dev/null; then
  if [ ! -d "$here/readability/node_modules" ]; then
    (cd "$here/readability" && npm install --no-audit --no-fund --silent >/dev/null)
  fi
  start=$(date +%s.%N)
  # jsdom keeps memory from page to page: a fresh process for every 50 pages, two at a time.
  mkdir -p "$work/readability"
  ls "$work/modern-web"/*.html | split -l 50 - "$work/readability/batch."
  ls "$work/readability"/batch.* | xargs -P 2 -I{} sh -c 'xargs node "$1" "$2.json" < "$2"' _ "$here/readability/extract.mjs" {}
  python3 -c 'import json, sys; out = {}
for p in sys.argv[2:]: out.update(json.load(open(p)))
json.dump(out, open(sys.argv[1], "w"))' "$work/modern-web.readability.json" "$work/readability"/batch.*.json
  end=$(date +%s.%N)
  printf 'modern-web: Readability.js read the pages in %.1f s\n' "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
  args+=("modern-web:readability.js=$work/modern-web.readability.json")
fi
echo
python3 "$here/score.py" "$corpus" "$work" "${args[@]}"
