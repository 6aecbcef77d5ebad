# shellcheck shell=bash
# Sourced by run-report.sh, nightly-report.sh and benchmark.sh: unpacks the job and keeps a class
# data sharing (CDS) archive of the classes a run loads, so that the JVM maps them ready-made
# instead of loading, verifying and linking thousands of classes from the jar on every start.
# Measured: a run on the sample took 3.1 s rather than 4.6 s; with the archive trained on the jar's
# own sample, 5.7 s rather than 7.9 s on a busier machine (docs/operations.md, "Starting"). Every run saves that.
#
# app_build HOME       builds HOME/target/social-strategy-reports.jar when missing or stale
# app_prepare JAR DIR  unpacks JAR into DIR when DIR is missing or older than JAR, and trains
#                      the archive when this Java has none: one run of the job on the sample the
#                      jar holds, in a scratch folder with a database of its own, started by its
#                      own entry point (org.socialreports.ClassArchiveTraining) with jobs/java-options
#                      only, never JAVA_OPTS, so that it touches nothing of the operator's (their
#                      database, input, reports, lock). Sets app_java_args to the JVM options
#                      (jobs/java-options, then JAVA_OPTS, then the archive) and app_jar to the jar to start.
# app_test_classpath HOME  compiles the tests and prints the class path of the test classes,
#                      the job's classes and every dependency: the benchmarks' programs run on it.
# Nothing here stops a run: if the jar cannot be unpacked, or the training fails, the job starts
# from JAR as it is, only slower. Uses $java when set (nightly-report.sh sets it), else java.

app_build() {
	local home="$1" jar="$1/target/social-strategy-reports.jar"
	if [[ ! -f "$jar" || -n "$(find "$home/src/main" "$home/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
		echo "Building $jar..." >&2
		(cd "$home" && ./mvnw -B -q -DskipTests package) >&2
	fi
}

app_test_classpath() { # home
	(cd "$1" && ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile=target/benchmark-classpath.txt) >&2 || return
	printf '%s' "$1/target/test-classes:$1/target/classes:$(cat "$1/target/benchmark-classpath.txt")"
}

app_job_options() { # home: the options of jobs/java-options, comments dropped
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$1/jobs/java-options" 2>/dev/null | tr '\n' ' ' || true
}

app_java_options() { # home: the options of jobs/java-options, then JAVA_OPTS
	app_job_options "$1"
	printf '%s' "${JAVA_OPTS:-}"
}

# shellcheck disable=SC2034 # app_java_args and app_jar are read by the scripts that source this
app_prepare() {
	local jar="$1" dir="$2" home
	home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
	# shellcheck disable=SC2207 # the options are words
	app_java_args=($(app_java_options "$home"))
	app_jar="$jar"
	local app="$dir/social-strategy-reports.jar"
	if [[ ! -f "$app" || "$jar" -nt "$app" ]]; then
		rm -rf "$dir"
		mkdir -p "$dir"
		if ! "${java:-java}" -Djarmode=tools -jar "$jar" extract --destination "$dir" --force >/dev/null 2>&1; then
			echo "warning: could not unpack $jar into $dir; the job starts from the jar, without its class archive" >&2
			rm -rf "$dir"
			return 0
		fi
		touch "$app" # newer than the jar it came from, whatever times the extraction kept
	fi
	app_jar="$app"
	# an archive only serves the JVM that wrote it: one per Java version
	local version
	version="$("${java:-java}" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p' \
		| sed 's/[^A-Za-z0-9.+_-]/_/g')"
	local archive="$dir/classes-${version:-unknown}.jsa"
	[[ -f "$archive" ]] || app_train "$home" "$app" "$archive"
	if [[ -f "$archive" ]]; then
		# should the archive no longer match (a JVM update), the JVM starts without it: nothing to say
		app_java_args+=("-XX:SharedArchiveFile=$archive" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
	fi
}

app_train() { # home app archive
	local home="$1" app="$2" archive="$3" log written="$3.$$.tmp"
	log="$(mktemp)"
	echo "Training the class archive of this build (once)..." >&2
	# started as the job is (-cp rather than -jar names the same class path, which the archive
	# must match), but with jobs/java-options only: JAVA_OPTS may name the operator's database
	# shellcheck disable=SC2046 # the options are words
	if "${java:-java}" $(app_job_options "$home") -XX:ArchiveClassesAtExit="$written" \
		-cp "$app" org.socialreports.ClassArchiveTraining >"$log" 2>&1 && [[ -s "$written" ]]; then
		mv -f "$written" "$archive" # complete or absent, whoever looks
	else
		echo "warning: could not train the class archive; the job starts without it. The end of its log:" >&2
		tail -n 5 "$log" >&2
		rm -f "$written"
	fi
	rm -f "$log"
}
