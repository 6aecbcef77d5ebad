#!/usr/bin/env bash
# Benchmark of the whole job on a synthetic archive, against `wc -w` and against the pandas
# script an analyst would write instead (benchmarks/reference_report.py).
#
# Usage: benchmarks/benchmark.sh [--no-reference] [--floor] [--tweets] POSTS [FILES]
#   POSTS           posts in the archive (e.g. 100000; the targets are set at 1000000)
#   FILES           files they are spread over; default POSTS/10000 rounded up, at most 100
#   --no-reference  skip the (slow) reference script
#   --floor         also time two parts of the job on their own, with the job's JVM options: parsing
#                   and classifying the archive on every core, storing nothing
#                   (ClassifierFloorBenchmark), and writing a workbook of POSTS posts
#                   (WorkbookRowLimitBenchmark); their sum is a floor under the job's time
#   --tweets        an X archive rather than the text dump: POSTS tweets of about 200 characters in
#                   FILES parts (data/tweets.js, data/tweets-part1.js…), without the reference
#
# In one run it: generates the archive once into benchmarks/archives/archive-POSTS/ (cached, git-ignored;
# SyntheticArchive, seed 2009, ~1.8 KB a post as the issue's 1.8 GB a million; regenerated when
# the generator changes); reads it once to warm the page cache; times
# `wc -w` over the same files in the machine's default locale (printed); runs the packaged jar
# (a copy, so a concurrent rebuild cannot change it mid-run; unpacked, with its class archive,
# as run-report.sh starts it: jobs/app.sh) with a fresh scratch home and --full under
# /usr/bin/time -v; runs the reference the same way; prints the figures, the
# counts of both (posts per theme) and PASS/FAIL per target:
#   at 1,000,000 posts: job wall <= 3 x wc -w, job peak RSS <= 1 GiB, reference/job >= 6;
#   at any other size:  reference/job >= 3 (the 100,000-post target, start-up included).
# MB are 10^6 bytes; RSS is "Maximum resident set size" in MiB; wall times are measured
# around each command. Exit code: 0 when the measurement ran, even if a target fails;
# 1 when the job or the reference fails (a floor that cannot be measured is only a warning);
# 2 on bad arguments or missing tools (not root).
# The job's JVM gets the options of jobs/java-options, then JAVA_OPTS, as in run-report.sh.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=jobs/app.sh
source "$home/jobs/app.sh"
seed=2009

usage() { sed -n '5,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

reference=1
floor=0
format=text
args=()
for arg in "$@"; do
	case "$arg" in
		--no-reference) reference=0 ;;
		--floor) floor=1 ;;
		--tweets) format=tweets; reference=0 ;;
		-h | --help) usage; exit 0 ;;
		-*) echo "benchmark: unknown option $arg" >&2; usage >&2; exit 2 ;;
		*) args+=("$arg") ;;
	esac
done
if [[ ${#args[@]} -lt 1 || ${#args[@]} -gt 2 ]]; then
	usage >&2
	exit 2
fi
posts="${args[0]}"
default_files=$(( (posts + 9999) / 10000 ))
(( default_files > 100 )) && default_files=100
files="${args[1]:-$default_files}"
if ! [[ "$posts" =~ ^[1-9][0-9]*$ && "$files" =~ ^[1-9][0-9]*$ ]] || (( files > posts )); then
	echo "benchmark: POSTS and FILES must be positive integers, FILES <= POSTS" >&2
	exit 2
fi

# ---- tools: GNU time, Debian's python3 with pandas, openpyxl, reportlab, yaml
python=/usr/bin/python3 # Debian's, whatever a pyenv or venv puts first on PATH
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ ! -x "$python" ]]; then
	missing+=(python3)
	((reference)) && missing+=(python3-pandas python3-openpyxl python3-reportlab python3-yaml)
elif ((reference)); then
	for module in pandas openpyxl reportlab yaml; do
		"$python" -c "import $module" 2>/dev/null || missing+=("python3-$module")
	done
fi
if ((${#missing[@]})); then
	if [[ $(id -u) -ne 0 ]]; then
		echo "benchmark: missing packages; install them with: sudo apt-get install -y ${missing[*]}" >&2
		exit 2
	fi
	echo "Installing ${missing[*]}..." >&2
	if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2; then
		apt-get update -q >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
	fi
fi
command -v java >/dev/null || { echo "benchmark: java not found on PATH" >&2; exit 2; }

# ---- build what is missing
jar="$home/target/social-strategy-reports.jar"
generator="$home/target/test-classes/org/socialreports/ingest/SyntheticArchive.class"
generator_source="$home/src/test/java/org/socialreports/ingest/SyntheticArchive.java"
if [[ ! -f "$jar" ]]; then
	echo "Building $jar..." >&2
	(cd "$home" && ./mvnw -B -q -DskipTests package) >&2
fi
if [[ -n "$(find "$home/src/main" "$home/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
	echo "warning: the jar is older than src/main or pom.xml: this measures the old build" \
		"(rebuild with ./mvnw -B -q -DskipTests package)" >&2
	stale=" - OLDER THAN THE SOURCES"
fi
if [[ ! -f "$generator" || "$generator_source" -nt "$generator" ]]; then
	echo "Compiling the test classes (SyntheticArchive)..." >&2
	(cd "$home" && ./mvnw -B -q test-compile) >&2
fi

# ---- the archive, generated once
bench="$home/benchmarks/archives"
if [[ "$files" == "$default_files" ]]; then archive="$bench/archive-$posts"; else archive="$bench/archive-$posts-$files"; fi
[[ "$format" == tweets ]] && archive="$archive-tweets"
# the generator's source, not its class, names the archive: a compiler's bytes may differ
stamp="posts=$posts files=$files seed=$seed format=$format generator=$(sha256sum "$generator_source" | cut -c1-16)"
if [[ ! -f "$archive/.complete" || "$(cat "$archive/.complete")" != "$stamp" ]]; then
	echo "Generating $posts posts in $files files into $archive..." >&2
	rm -rf "$archive"
	java -cp "$home/target/test-classes" org.socialreports.ingest.SyntheticArchive "$archive" "$posts" "$files" "$seed" "$format"
	echo "$stamp" >"$archive/.complete" # a hidden file: the job and the reference pass over it
fi
mapfile -t inputs < <(find "$archive" -type f \( -name '*.txt' -o -name 'tweets*.js' \) | LC_ALL=C sort)

# ---- scratch folder of this run (replaced by the next run of the same size)
run="$bench/run-$posts"
rm -rf "$run"
mkdir -p "$run/home/jobs"
cp "$home/jobs/taxonomy.yml" "$run/home/jobs/"
cp "$jar" "$run/social-strategy-reports.jar"
# started as run-report.sh starts it: unpacked, with its class archive (trained here, untimed)
app_prepare "$run/social-strategy-reports.jar" "$run/app"

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { s = b - a; printf "%.3f", (s < 0.001 ? 0.001 : s) }'; }
rss_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

# ---- machine
echo "== machine"
echo "date:        $(date -Is)"
echo "cpus:        $(nproc) (nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "memory:      $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "java:        $(java -version 2>&1 | head -n 1)"
# the JVM options the job gets (app_prepare): jobs/java-options, then JAVA_OPTS, then the class archive
echo "java options: ${app_java_args[*]:-(none)} (jobs/java-options, then JAVA_OPTS, then the class archive)"
echo "JAVA_OPTS:   ${JAVA_OPTS:-(none)}"
echo "class archive: $(compgen -G "$run/app/*.jsa" >/dev/null && echo "yes (jobs/app.sh)" || echo "none: the training failed")"
echo "python:      $("$python" --version 2>&1)"
commit="$(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo '?')"
[[ -n "$(git -C "$home" status --porcelain -- src/main pom.xml 2>/dev/null)" ]] && commit="$commit (src/main modified)"
echo "jar:         target/social-strategy-reports.jar of $(date -r "$jar" '+%F %T')${stale:-}; HEAD $commit"
echo "wc locale:   the machine default, as found: LC_ALL=${LC_ALL-(unset)} LANG=${LANG-(unset)}" \
	"-> LC_CTYPE=$(locale 2>/dev/null | sed -n 's/^LC_CTYPE=//p' | tr -d '"'), charmap $(locale charmap 2>/dev/null)"

# ---- wc -w (after one read that puts the files in the page cache; the job and the reference find them there too)
bytes=$(cat "${inputs[@]}" | wc -c)
mb=$(calc "%.1f" "$bytes / 1e6")
echo "archive:     ${archive#"$home"/} ($posts posts, $files files, $mb MB)"
start=$(now)
wc -w "${inputs[@]}" >"$run/wc.out"
wc_s=$(seconds "$start" "$(now)")
words=$(tail -n 1 "$run/wc.out" | awk '{ print $1 }')

# ---- the job
echo "Running the job..." >&2
start=$(now)
set +e
# shellcheck disable=SC2086 # both hold several options
/usr/bin/time -v -o "$run/job.time" java "${app_java_args[@]}" -Dreports.home="$run/home" \
	-jar "$app_jar" --input="$archive" --output="$run/out" --full >"$run/job.log" 2>&1
status=$?
set -e
job_s=$(seconds "$start" "$(now)")
if ((status != 0)); then
	echo "benchmark: the job failed with exit code $status; the end of ${run#"$home"/}/job.log:" >&2
	tail -n 20 "$run/job.log" >&2
	exit 1
fi
job_rss=$(rss_mib "$run/job.time")
db_size=$(du -sh "$run/home/jobs/db" 2>/dev/null | cut -f1 || echo '?')
rm -rf "$run/home/jobs/db" # can be large; the reports stay in $run/out
job_counts=$("$python" - "$run/out/latest" <<'EOF'
import csv, sys
from collections import Counter
folder = sys.argv[1]
themes = ["twitter-usage", "social-network-security", "corporate-blogging", "crisis-communication", "unclassified"]
posts = Counter()
with open(f"{folder}/aggregates.csv", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        posts[row["theme"]] += int(row["posts"])
with open(f"{folder}/rejects.csv", encoding="utf-8", newline="") as f:
    rejects = sum(1 for _ in csv.DictReader(f))
print("posts=%d rejects=%d %s" % (sum(posts.values()), rejects, " ".join(f"{t}={posts[t]}" for t in themes)))
EOF
)

# ---- the reference
if ((reference)); then
	echo "Running the reference script..." >&2
	start=$(now)
	set +e
	/usr/bin/time -v -o "$run/ref.time" "$python" "$home/benchmarks/reference_report.py" "$archive" "$run/ref" \
		--taxonomy "$home/jobs/taxonomy.yml" >"$run/ref.log" 2>&1
	status=$?
	set -e
	ref_s=$(seconds "$start" "$(now)")
	if ((status != 0)); then
		echo "benchmark: the reference script failed with exit code $status; the end of ${run#"$home"/}/ref.log:" >&2
		tail -n 20 "$run/ref.log" >&2
		exit 1
	fi
	ref_rss=$(rss_mib "$run/ref.time")
	ref_counts=$(sed -n 's/^COUNTS //p' "$run/ref.log")
	ref_phases=$(sed -n 's/^phases: //p' "$run/ref.log")
fi

# ---- the floor: two parts of the job on their own (the test classes, the job's JVM options);
# should it fail, the measurements above are still printed
if ((floor)); then
	echo "Timing the floor: parsing and classifying, then the workbook alone..." >&2
	# shellcheck disable=SC2207 # the options are words
	floor_options=($(app_java_options "$home"))
	set +e
	(
		set -e
		classpath="$(app_test_classpath "$home")"
		cd "$home" # ClassifierFloorBenchmark reads jobs/taxonomy.yml
		java "${floor_options[@]}" -cp "$classpath" org.socialreports.classify.ClassifierFloorBenchmark \
			"$archive" >"$run/floor-classify.log" 2>&1
		java "${floor_options[@]}" -cp "$classpath" org.socialreports.report.workbook.WorkbookRowLimitBenchmark \
			"$posts" "$run/floor-workbook.xlsx" >"$run/floor-workbook.log" 2>&1
	)
	status=$?
	set -e
	rm -f "$run/floor-workbook.xlsx"
	classify_s=$(sed -n 's/^wall: \([0-9.]*\) s.*/\1/p' "$run/floor-classify.log" 2>/dev/null || true)
	workbook_s=$(sed -n 's/^posts written: .* in \([0-9.]*\) s$/\1/p' "$run/floor-workbook.log" 2>/dev/null || true)
	classified=$(sed -n 's/^parsed and classified: \([0-9]*\) posts.*/\1/p' "$run/floor-classify.log" 2>/dev/null || true)
	if ((status != 0)) || [[ -z "$classify_s" || -z "$workbook_s" || "$classified" != "$posts" ]]; then
		echo "warning: the floor could not be measured (exit code $status, ${classified:-0} of $posts posts classified);" \
			"see ${run#"$home"/}/floor-*.log" >&2
		floor=0
	fi
fi

# ---- results
count() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
row() { # name seconds rss
	printf "%-12s %10s %8s %9s %11s %9s %13s\n" "$1" "$posts" "$mb" "$2" "$(calc "%.0f" "$posts / $2")" \
		"$(calc "%.1f" "$mb / $2")" "$3"
}
echo
echo "== results (wall times in seconds; RSS = peak resident set size)"
printf "%-12s %10s %8s %9s %11s %9s %13s\n" "" posts MB "wall s" "posts/s" "MB/s" "peak RSS MiB"
row "job" "$job_s" "$job_rss"
((reference)) && row "reference" "$ref_s" "$ref_rss"
row "wc -w" "$wc_s" "-"
job_wc=$(calc "%.2f" "$job_s / $wc_s")
echo
echo "job / wc -w:       $job_wc   (wc -w counted $words words)"
if ((reference)); then
	ref_job=$(calc "%.2f" "$ref_s / $job_s")
	echo "reference / job:   $ref_job"
	echo "reference / wc -w: $(calc "%.2f" "$ref_s / $wc_s")   (reference phases: $ref_phases)"
fi
if ((floor)); then
	floor_s=$(calc "%.1f" "$classify_s + $workbook_s")
	echo "floor:             parsing and classifying ${classify_s} s + the workbook alone ${workbook_s} s = ${floor_s} s" \
		"= $(calc "%.2f" "$floor_s / $wc_s") x wc -w (the job also stores, aggregates, reads back and writes posts.csv)"
fi
echo "job output:        $(cd "$run/out/latest" && ls -1 | tr '\n' ' ')(database ${db_size}, removed)"
((reference)) && echo "reference output:  $(cd "$run/ref" && ls -1 | tr '\n' ' ')"
if ! compgen -G "$run/out/latest/*.xlsx" >/dev/null || ! compgen -G "$run/out/latest/*.pdf" >/dev/null; then
	echo "note:              the job wrote no workbook or no PDF in this build: its time does not include them"
fi
echo "logs:              ${run#"$home"/}/"

echo
echo "== counts (the job's from aggregates.csv and rejects.csv; the reference's from its own keyword matching)"
printf "%-26s %10s %10s\n" "" job reference
for key in posts rejects twitter-usage social-network-security corporate-blogging crisis-communication unclassified; do
	printf "%-26s %10s %10s\n" "$key" "$(count "$job_counts" "$key")" "$( ((reference)) && count "$ref_counts" "$key" || echo -)"
done
[[ "$(count "$job_counts" posts)" == "$posts" ]] || echo "warning: the job counted $(count "$job_counts" posts) posts, the archive holds $posts"

verdict() { awk "BEGIN { exit !($1) }" && echo PASS || echo FAIL; }
echo
echo "== targets"
if ((posts == 1000000)); then
	echo "job wall <= 3 x wc -w:   $job_wc x             $(verdict "$job_wc <= 3")"
	echo "job peak RSS <= 1 GiB:   $job_rss MiB          $(verdict "$job_rss <= 1024")"
	if ((reference)); then
		echo "reference / job >= 6:    $ref_job              $(verdict "$ref_job >= 6")"
	else
		echo "reference / job >= 6:    not measured (--no-reference)"
	fi
else
	if ((reference)); then
		echo "reference / job >= 3:    $ref_job              $(verdict "$ref_job >= 3")"
	else
		echo "reference / job >= 3:    not measured (--no-reference)"
	fi
	echo "(job / wc -w <= 3 and peak RSS <= 1 GiB are targets at 1,000,000 posts; here: $job_wc x, $job_rss MiB)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "README row: | $posts | $files | $mb | $job_s | $(calc "%.0f" "$posts / $job_s") | $(calc "%.1f" "$mb / $job_s") |" \
	"$job_rss | $wc_s | $job_wc | ${ref_s:--} | ${ref_rss:--} | ${ref_job:--} |"
