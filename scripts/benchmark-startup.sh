#!/usr/bin/env bash
# Startup benchmark: time from `java -jar` to a ready demo market (readiness probe UP, which happens after the demo
# is seeded), first on an empty data directory and then on a later start with the same directory. Builds the jar
# and its class-data-sharing archive (scripts/package-cds.sh) and starts the extracted jar with it, the way the
# README says to run it; writes the figures into the "startup" section of docs/benchmarks.md.
# Usage: scripts/benchmark-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${PORT:-18080}
APP=clearlot-app/target/app

scripts/package-cds.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Starts the jar on $1 (data dir), waits for readiness, prints seconds and the number of listings on sale, stops it.
start_once() {
	local data=$1 start end total pid
	start=$(date +%s.%N)
	java -XX:SharedArchiveFile="$APP/clearlot.jsa" -jar "$APP/clearlot.jar" --server.port="$PORT" --clearlot.data-dir="$data" --spring.profiles.active=demo >"$WORK/app.log" 2>&1 &
	pid=$!
	until [[ "$(curl -sf "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null || true)" == *'"UP"'* ]]; do
		kill -0 "$pid" 2>/dev/null || { echo "the application died; see $WORK/app.log" >&2; cat "$WORK/app.log" >&2; exit 1; }
		sleep 0.1
	done
	end=$(date +%s.%N)
	total=$(curl -s "http://localhost:$PORT/api/v1/listings?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
	kill "$pid"
	wait "$pid" || true
	printf '%.1f %s\n' "$(echo "$end - $start" | bc)" "$total"
}

first=()
later=()
for run in $(seq 1 "$RUNS"); do
	data="$WORK/data-$run"
	read -r seconds listings < <(start_once "$data")
	first+=("$seconds")
	read -r seconds2 listings2 < <(start_once "$data")
	later+=("$seconds2")
	echo "run $run: first start ${seconds}s ($listings listings on sale), later start ${seconds2}s ($listings2)"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
max() { printf '%s\n' "$@" | sort -n | tail -1; }
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
mem=$(awk '/MemTotal/ {printf "%d", $2/1048576}' /proc/meminfo)
section=$(cat <<SECTION
<!-- benchmark:startup:start -->
Measured $(date +%F) on $(nproc) cores ($cpu), ${mem} GiB RAM, $(java -version 2>&1 | sed -n 1p), with \`scripts/benchmark-startup.sh $RUNS\`:
time from \`java -XX:SharedArchiveFile=… -jar\` (the extracted jar with its CDS archive) to the readiness probe reporting UP, which happens after the demo market (${listings} listings on sale) is seeded.

| start | median s | worst s | target s |
|---|---:|---:|---:|
| first start, empty data directory (initdb, migrations, demo seeding) | $(median "${first[@]}") | $(max "${first[@]}") | 60 |
| later start, same data directory | $(median "${later[@]}") | $(max "${later[@]}") | 20 |
<!-- benchmark:startup:end -->
SECTION
)
file=docs/benchmarks.md
if grep -q 'benchmark:startup:start' "$file"; then
	SECTION="$section" perl -0pi -e 's/<!-- benchmark:startup:start -->.*?<!-- benchmark:startup:end -->/$ENV{SECTION}/s' "$file"
else
	printf '\n%s\n' "$section" >>"$file"
fi
echo "$section"
