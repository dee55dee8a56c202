#!/usr/bin/env bash
# Finds copydesk.jar for the action: the given jar, a downloaded one, or one built from the action's own source.
# Writes its path to the step's outputs as "path".
set -euo pipefail

if [ -n "${INPUT_JAR:-}" ]; then
  if [ ! -f "$INPUT_JAR" ]; then
    echo "::error title=copydesk::jar $INPUT_JAR does not exist"
    exit 2
  fi
  jar="$(cd "$(dirname "$INPUT_JAR")" && pwd)/$(basename "$INPUT_JAR")"
elif [ -n "${INPUT_JAR_URL:-}" ]; then
  jar="${RUNNER_TEMP:-/tmp}/copydesk.jar"
  curl -fsSL --retry 3 -o "$jar" "$INPUT_JAR_URL"
else
  root="$(cd "$GITHUB_ACTION_PATH/../../.." && pwd)"
  jar="$root/target/copydesk.jar"
  if [ ! -f "$jar" ]; then
    mvn -B -q -f "$root/pom.xml" package -DskipTests
  fi
fi

echo "path=$jar" >> "$GITHUB_OUTPUT"
