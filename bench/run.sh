#!/usr/bin/env bash
# Copydesk's speed benchmark, from one command: bench/run.sh [--quick]
#  1. JMH: parsing and the rules (all but grammar and spelling), per format, on the reference article.
#  2. End to end, the jar without grammar: one small file from a cold start, with and without the class-data-sharing
#     archive (bin/copydesk); the real corpora in ../shared/corpus when present; a generated corpus of 10,000
#     varied articles (and 5,000, to show the cost is linear), the last with -Xmx512m.
# Grammar has its own benchmark: bench/grammar.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = "--quick" ] && quick=true
corpus_root="${COPYDESK_CORPUS:-../shared/corpus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== build"
mvn -B -q package -DskipTests
mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null

echo "== JMH: parse and rules per format (reference article)"
jmh_args=(-f 1 -wi 3 -w 1 -i 5 -r 1)
$quick && jmh_args=(-f 1 -wi 2 -w 1 -i 2 -r 1)
java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main "${jmh_args[@]}" \
  -rf csv -rff "$work/jmh.csv" 'dev.copydesk.bench.*' >"$work/jmh.log" 2>&1 || { cat "$work/jmh.log"; exit 1; }
for f in md html txt; do
  printf '%s %s\n' "$f" "$(wc -c < "samples/ketamine-therapy.$f")"
done > "$work/sizes"
awk -F, 'NR==FNR { size[$1]=$2; next }
  FNR==1 { next }
  { gsub(/"/, ""); split($1, parts, "."); bench=parts[length(parts)]; fmt=$NF;
    ext = fmt=="MARKDOWN" ? "md" : fmt=="HTML" ? "html" : "txt";
    printf "%-8s %-9s %9.1f us/article  %7.1f MB/s\n", bench, tolower(fmt), $5, size[ext] / $5 }' \
  FS=' ' "$work/sizes" FS=, "$work/jmh.csv"

run() { # label, then the command; prints wall seconds and peak memory (best of 3)
  local label="$1"; shift
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
    read -r wall mem < "$work/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; rss=$mem; fi
  done
  printf '%-58s %6.2f s  %5d MB peak\n' "$label" "$best" $((rss / 1024))
  last_best=$best
}
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }

echo "== end to end, without grammar"
echo "Copydesk checks this file." > "$work/one.txt"
run "one small file, java -jar" java -jar target/copydesk.jar check --no-grammar --no-cache "$work/one.txt"
run "one small file, bin/copydesk (CDS archive, C1)" bin/copydesk check --no-grammar --no-cache "$work/one.txt"
check=(check --no-grammar --no-cache --fail-on=none)
if [ -d "$corpus_root/freecodecamp-guide" ]; then
  run "freecodecamp-guide (4,462 Markdown files), java -jar" java -jar target/copydesk.jar "${check[@]}" "$corpus_root/freecodecamp-guide"
  run "freecodecamp-guide (4,462 Markdown files), bin/copydesk" bin/copydesk "${check[@]}" "$corpus_root/freecodecamp-guide"
  # The floor the Markdown parser sets: flexmark alone over the same files, against the whole check (both after
  # JVM start-up, same JVM options as bin/copydesk).
  after=$(bin/copydesk "${check[@]}" --timings "$corpus_root/freecodecamp-guide" 2>&1 >/dev/null | awk '/^wall time/ { print $NF }')
  printf '%-58s %6.2f s\n' "  of which after JVM start-up, copydesk check" "$(awk -v ms="$after" 'BEGIN { print ms / 1000 }')"
  alone=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/copydesk.jar bench/FlexmarkAlone.java \
    "$corpus_root/freecodecamp-guide" | sed -E 's/.*, ([0-9.]+) s after.*/\1/')
  printf '%-58s %6.2f s\n' "  flexmark alone parsing the same files, after start-up" "$alone"
fi
if [ -d "$corpus_root/readability-pages" ]; then
  run "readability-pages (128 web pages), bin/copydesk" bin/copydesk "${check[@]}" "$corpus_root/readability-pages"
fi
n=10000
$quick && n=2000
java bench/GenerateCorpus.java "$work/gen" "$n" >/dev/null
java bench/GenerateCorpus.java "$work/half" $((n / 2)) >/dev/null
bytes=$(du -sb "$work/gen" | cut -f1)
half=$(du -sb "$work/half" | cut -f1)
run "generated: $((n / 2)) articles, $((half / 1000000)) MB" bin/copydesk "${check[@]}" "$work/half"
half_s=$last_best
COPYDESK_JAVA_OPTS=-Xmx512m run "generated: $n articles, $((bytes / 1000000)) MB, -Xmx512m" bin/copydesk "${check[@]}" "$work/gen"
full_s=$last_best
echo "throughput on the generated corpus: $(mbps "$bytes" "$full_s") MB/s ($n articles), $(mbps "$half" "$half_s") MB/s ($((n / 2)) articles)"
