#!/usr/bin/env bash
# Related-links regions against the hand-labelled pages, from one command: bench/related/run.sh [--list]
# Unpacks the labelled pages from the shared corpora (160 in the development set, 80 held out; README.md says how
# they were labelled), runs `copydesk extract --format json` on them and scores the regions found in each set
# (score.py says how). Needs Python 3 with PyYAML. Skips (exit 0) when the corpora are not there: set
# COPYDESK_CORPUS to their folder (default ../shared/corpus).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${COPYDESK_CORPUS:-../shared/corpus}"
if [ ! -d "$corpus/extraction" ] || [ ! -d "$corpus/readability-pages" ]; then
  echo "shared corpora not found under $corpus: nothing to measure (set COPYDESK_CORPUS)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -f target/copydesk.jar ] || mvn -B -q package -DskipTests
mkdir -p "$work/pages"
while read -r page; do
  name="$(echo "${page%.gz}" | sed 's|/|__|g')"
  case "$page" in
    *.gz) gunzip -c "$corpus/$page" > "$work/pages/$name" ;;
    *) cp "$corpus/$page" "$work/pages/$name" ;;
  esac
done < <(cat bench/related/pages.txt bench/related/heldout-pages.txt)
bin/copydesk extract --format json -o "$work/extract.json" "$work/pages" 2>/dev/null || true
echo "== development set (pages.txt, labels.yaml)"
python3 bench/related/score.py bench/related/labels.yaml "$work/extract.json" "$work/pages" "$@"
echo
echo "== held-out set (heldout-pages.txt, heldout-labels.yaml)"
python3 bench/related/score.py bench/related/heldout-labels.yaml "$work/extract.json" "$work/pages" "$@"
