#!/usr/bin/env bash
# The nightly entry point, for cron (see jobs/crontab.example and docs/operations.md, "Running nightly").
#
# Cron starts it from anywhere with a bare environment, so every path is resolved from this
# script's own location. It runs the built jar (it never builds: a nightly run must not depend
# on the network), one run at a time, logs to jobs/logs/<date>.log, then keeps the last
# $KEEP_LOGS logs and the last $KEEP_REPORTS report folders. Arguments go to the job as they are.
#
# Exit codes: the job's own (0 completed, 1 failed, 2 bad arguments or configuration,
# 3 another run holds the lock); 2 as well when the jar is missing.
set -uo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
export PATH="/usr/local/bin:/usr/bin:/bin:${PATH:-}"
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
jar="$home/target/social-strategy-reports.jar"
keep_logs="${KEEP_LOGS:-30}"
keep_reports="${KEEP_REPORTS:-90}"
logs="$home/jobs/logs"

if [[ ! -f "$jar" ]]; then
	echo "nightly-report: $jar is missing; build it once with: (cd $home && ./mvnw -B -DskipTests package)" >&2
	exit 2
fi

output="$home/reports"
for arg in "$@"; do
	case "$arg" in --output=*) output="${arg#--output=}" ;; esac
done

if ! command -v flock >/dev/null; then
	echo "nightly-report: flock is missing (Debian package util-linux)" >&2
	exit 2
fi

mkdir -p "$logs"
log="$logs/$(date +%F).log"

exec 9>>"$home/jobs/nightly.lock"
if ! flock -n 9; then
	echo "$(date '+%F %T') nightly-report: another nightly run holds $home/jobs/nightly.lock; not started" | tee -a "$log" >&2
	exit 3
fi

echo "$(date '+%F %T') nightly-report: starting: $*" >>"$log"
# started as run-report.sh starts it: unpacked, with its class archive (jobs/app.sh); the options
# of jobs/java-options come first, then JAVA_OPTS
# shellcheck source=jobs/app.sh
source "$home/jobs/app.sh"
app_prepare "$jar" "$home/target/app" 2>>"$log"
"$java" "${app_java_args[@]}" -Dreports.home="$home" -jar "$app_jar" "$@" >>"$log" 2>&1
code=$?
echo "$(date '+%F %T') nightly-report: exit code $code" >>"$log"

# Retention, oldest first; names are dates, so name order is age order.
ls -1 "$logs"/*.log 2>/dev/null | sort | head -n "-$keep_logs" | xargs -r rm -f --
if [[ -d "$output" ]]; then
	latest="$(readlink "$output/latest" 2>/dev/null || true)"
	find "$output" -mindepth 1 -maxdepth 1 -type d -name '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' -printf '%f\n' \
		| sort | head -n "-$keep_reports" | grep -vxF "${latest:-none}" \
		| while read -r old; do rm -rf -- "${output:?}/$old"; done
fi

exit "$code"
