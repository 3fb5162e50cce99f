#!/usr/bin/env bash
# Codec benchmark: GB/T 32960.3 decode throughput on one thread (frames/s), measured with JMH on a realistic full
# realtime report of each revision (built with the encoder) and on rtm_con's two sample reports. Builds the codec and
# the benchmark jar, runs JMH (1 fork; 3 × 4 s warm-up and 5 × 6 s measurement per frame, about 3 minutes in all),
# then writes the figures into the "codec" section of docs/benchmarks.md. Usage: scripts/benchmark-codec.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=clearlot-gbt32960-bench/target/benchmarks.jar
WARMUPS=3 WARMUP_SECONDS=4 ITERATIONS=5 ITERATION_SECONDS=6

mvn -B -q -pl clearlot-gbt32960,clearlot-gbt32960-bench -am -DskipTests package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

java -cp "$JAR" org.clearlot.gbt32960.bench.BenchmarkFrames >"$WORK/sizes.txt"
load=$(cut -d' ' -f1 /proc/loadavg)
java -jar "$JAR" DecodeBenchmark -f 1 -t 1 -wi "$WARMUPS" -w "${WARMUP_SECONDS}s" -i "$ITERATIONS" -r "${ITERATION_SECONDS}s" \
	-rf csv -rff "$WORK/jmh.csv" >"$WORK/jmh.log" || { cat "$WORK/jmh.log" >&2; exit 1; }

describe() {
	case $1 in
	full-2016) echo 'realistic 2016 report: vehicle, 2 motors, position, extremes, alarm, 96 cells, 32 probes' ;;
	full-2025) echo 'realistic 2025 report: vehicle, 2 motors, position, alarm, 96 cells, 32 probes, SM2-size signature' ;;
	rtm_con-data_2016) echo 'rtm_con `data_2016`: vehicle, 2 motors, position, extremes, alarm, 192 cells, 48 probes, custom block' ;;
	rtm_con-data_2025) echo 'rtm_con `data_2025`: vehicle, 2 motors, position, alarm, 180 cells, 48 probes, custom block, RSA-2048 signature' ;;
	*) echo "$1" ;;
	esac
}
# 1234567.8 -> 1,234,568
thousands() {
	awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); out = ""
		while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
		print s out }'
}
# JMH's CSV (CRLF): "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: frame"
rows=$(tail -n +2 "$WORK/jmh.csv" | tr -d '"\r' | while IFS=, read -r _ _ _ _ score error _ frame; do
	bytes=$(awk -v f="$frame" '$1 == f {print $2}' "$WORK/sizes.txt")
	printf '| %s | %s | %s | %s |\n' "$(describe "$frame")" "$bytes" \
		"$(thousands "$score")" "$(thousands "$error")"
done)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
section=$(cat <<SECTION
<!-- benchmark:codec:start -->
Measured $(date +%F) on $(nproc) cores ($cpu), $(java -version 2>&1 | sed -n 1p), load average $load when the run
started, with \`scripts/benchmark-codec.sh\`: frames decoded per second on one thread by \`Gbt32960Decoder\` (envelope
checks, BCC, every block into records and primitive arrays). JMH throughput, 1 fork, $WARMUPS × $WARMUP_SECONDS s warm-up
and $ITERATIONS × $ITERATION_SECONDS s measurement per frame; the error is JMH's 99.9 % confidence interval. A load
average near the core count means other processes competed for the cores. Target: at least 1,000,000 realtime frames/s per core.

| frame | bytes | frames/s | ± error |
|---|---:|---:|---:|
$rows
<!-- benchmark:codec:end -->
SECTION
)
file=docs/benchmarks.md
if grep -q 'benchmark:codec:start' "$file"; then
	SECTION="$section" perl -0pi -e 's/<!-- benchmark:codec:start -->.*?<!-- benchmark:codec:end -->/$ENV{SECTION}/s' "$file"
else
	printf '\n## Codec\n\n%s\n' "$section" >>"$file"
fi
echo "$section"
