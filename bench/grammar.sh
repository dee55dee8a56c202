#!/usr/bin/env bash
# Grammar benchmark: generates a corpus of articles, then times Copydesk cold (empty cache), warm (every result
# cached), with --no-grammar, and LanguageTool on its own on the same prose, side by side.
#
# Usage: bench/grammar.sh [ARTICLES] [JOBS]     (default: 300 articles, one job per processor)
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-300}"
jobs="${2:-$(nproc)}"
jar=target/copydesk.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java bench/GenerateGrammarCorpus.java "$work" "$articles"

now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
run() { java -jar "$jar" check --fail-on=none -j "$jobs" "$@" "$work/articles" > "$work/report.txt" 2> "$work/err.txt"; }

t0=$(now); run --no-grammar; t1=$(now); nogrammar=$(secs "$t0" "$t1")
t0=$(now); run --cache "$work/cache"; t1=$(now); cold=$(secs "$t0" "$t1")
findings_cold=$(tail -1 "$work/report.txt")
t0=$(now); run --cache "$work/cache"; t1=$(now); warm=$(secs "$t0" "$t1")
findings_warm=$(tail -1 "$work/report.txt")
# One paragraph changed in one article: only it is checked again.
sed -i '0,/This note is number 2 /s//This note, changed, is number 2 /' "$work/articles/article-0001.md"
t0=$(now); run --cache "$work/cache"; t1=$(now); edited=$(secs "$t0" "$t1")
alone=$(java -cp "$jar" bench/LanguageToolAlone.java "$work/plain" "$jobs")
alone_s=$(echo "$alone" | sed -E 's/.*, ([0-9.]+) s,.*/\1/')

per100() { awk -v s="$1" -v n="$articles" 'BEGIN { printf "%.2f", s * 100 / n }'; }
echo
echo "Corpus: $(ls "$work/articles" | wc -l) articles; LanguageTool alone: $alone"
printf '%-44s %10s %14s\n' "run ($jobs jobs)" "seconds" "per 100 art."
printf '%-44s %10s %14s\n' "copydesk --no-grammar" "$nogrammar" "$(per100 "$nogrammar")"
printf '%-44s %10s %14s\n' "copydesk, grammar, cold cache" "$cold" "$(per100 "$cold")"
printf '%-44s %10s %14s\n' "copydesk, grammar, warm cache" "$warm" "$(per100 "$warm")"
printf '%-44s %10s %14s\n' "copydesk, grammar, one paragraph changed" "$edited" "$(per100 "$edited")"
printf '%-44s %10s %14s\n' "LanguageTool alone, same prose" "$alone_s" "$(per100 "$alone_s")"
awk -v c="$cold" -v w="$warm" -v a="$alone_s" 'BEGIN { printf "cold / LanguageTool alone: %.2f; cold / warm: %.1fx\n", c / a, c / w }'
echo "findings: cold: $findings_cold"
echo "          warm: $findings_warm"
