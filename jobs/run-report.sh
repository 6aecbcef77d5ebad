#!/usr/bin/env bash
# Runs the social strategy report job once; builds the jar first if it is missing or stale.
# Usage: jobs/run-report.sh [--input=DIR] [--output=DIR] [--lang=en|fr] [--help]
# Relative paths in the options are taken from the current folder; the defaults are the
# project's input/ and reports/. The exit code is the job's (see README, "Exit codes").
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/target/social-strategy-reports.jar"

# build when the jar is missing or older than the sources, so a fresh clone and a pull both just work
if [[ ! -f "$jar" || -n "$(find "$home/src/main" "$home/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
	echo "Building $jar..." >&2
	(cd "$home" && ./mvnw -B -q -DskipTests package) >&2
fi

# JVM options of every run, from jobs/java-options (comments dropped); JAVA_OPTS comes after them
java_options="$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$home/jobs/java-options" 2>/dev/null | tr '\n' ' ' || true)"
# shellcheck disable=SC2086 # both hold several options
exec java $java_options ${JAVA_OPTS:-} -Dreports.home="$home" -jar "$jar" "$@"
