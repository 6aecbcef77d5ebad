#!/usr/bin/env bash
# Checks the workbook at the real row limit: writes more posts than one sheet holds
# (1,048,575 data rows), then prints the time, the peak heap and the rows of each sheet.
# Takes minutes, so ./mvnw verify does not run it.
# Usage: benchmarks/benchmark-workbook.sh [posts] [file]   (JAVA_OPTS defaults to -Xmx512m: memory must stay flat)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=jobs/app.sh
source "$home/jobs/app.sh"
classpath="$(app_test_classpath "$home")"
cd "$home"
exec java ${JAVA_OPTS:--Xmx512m} -cp "$classpath" org.socialreports.report.workbook.WorkbookRowLimitBenchmark "$@"
