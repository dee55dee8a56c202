#!/usr/bin/env bash
# Runs copydesk check with the action's inputs (given as environment variables, never pasted into the script),
# records its exit code as the step output "exit-code", and exits with it. The jar runs through bin/copydesk, as a
# whole site checks twice as fast with its JVM settings (and its class-data-sharing archive, when one was built
# beside the jar) as with plain java -jar.
set -uo pipefail

args=(check --format "$INPUT_FORMAT" --fail-on "$INPUT_FAIL_ON")
if [ -n "${INPUT_OUTPUT:-}" ]; then args+=(--output "$INPUT_OUTPUT"); fi
if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi

# Extra arguments and paths are split on white space, without wildcard expansion.
set -f
# shellcheck disable=SC2206
extra=(${INPUT_ARGS:-})
# shellcheck disable=SC2206
paths=(${INPUT_PATHS:-.})
set +f

"$(dirname "${BASH_SOURCE[0]}")/../../../bin/copydesk" "${args[@]}" "${extra[@]}" -- "${paths[@]}"
code=$?
echo "exit-code=$code" >> "${GITHUB_OUTPUT:-/dev/null}"
exit "$code"
