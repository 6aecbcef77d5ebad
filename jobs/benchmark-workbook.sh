#!/usr/bin/env bash
# Checks the workbook at the real row limit: writes more posts than one sheet holds
# (1,048,575 data rows), then prints the time, the peak heap and the rows of each sheet.
# Takes minutes, so ./mvnw verify does not run it.
# Usage: jobs/benchmark-workbook.sh [posts] [file]   (JAVA_OPTS defaults to -Xmx512m: memory must stay flat)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
exec java ${JAVA_OPTS:--Xmx512m} -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
	org.socialreports.report.workbook.WorkbookRowLimitBenchmark "$@"
