#!/usr/bin/env bash
# Runs the social strategy report job once; builds the jar first if it is missing.
# Usage: jobs/run-report.sh [--input=DIR] [--output=DIR] [--lang=en|fr] [--help]
# Relative paths in the options are taken from the current folder; the defaults are the
# project's input/ and reports/. The exit code is the job's (see README, "Exit codes").
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/target/social-strategy-reports.jar"

if [[ ! -f "$jar" ]]; then
	echo "Building $jar (first run only)..." >&2
	(cd "$home" && ./mvnw -B -q -DskipTests package) >&2
fi

exec java ${JAVA_OPTS:-} -Dreports.home="$home" -jar "$jar" "$@"
