#!/usr/bin/env bash
# Runs the social strategy report job once; builds the jar first if it is missing or stale.
# Usage: jobs/run-report.sh [--input=DIR] [--output=DIR] [--lang=en|fr] [--help]
# Relative paths in the options are taken from the current folder; the defaults are the
# project's input/ and reports/. The exit code is the job's (see README, "Exit codes").
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=jobs/app.sh
source "$home/jobs/app.sh"

# build when the jar is missing or older than the sources, so a fresh clone and a pull both just work
app_build "$home"
# the job starts from the unpacked jar with its class archive (jobs/app.sh); the options of
# jobs/java-options come first, then JAVA_OPTS
app_prepare "$home/target/social-strategy-reports.jar" "$home/target/app"
exec java "${app_java_args[@]}" -Dreports.home="$home" -jar "$app_jar" "$@"
