#!/usr/bin/env bash
# Builds the jar, extracts it (Spring Boot's jarmode tools: the application jar plus lib/) into
# clearlot-app/target/app, and records a class-data-sharing archive (AppCDS) there from a training run that starts
# the application context once on a throwaway data directory and exits. Starting from the extracted jar with the
# archive skips most class loading and verification:
#   java -XX:SharedArchiveFile=clearlot-app/target/app/clearlot.jsa -jar clearlot-app/target/app/clearlot.jar
# The archive belongs to the JDK that made it; with another JDK the JVM ignores it (and says so) and starts as usual.
# Start it from the repository root, as below: the archive only applies to the class path it was recorded with.
# Usage: scripts/package-cds.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
APP=clearlot-app/target/app
if [[ "${1:-}" != "--skip-build" ]]; then
	mvn -B -q -DskipTests package
fi
rm -rf "$APP"
java -Djarmode=tools -jar clearlot-app/target/clearlot.jar extract --destination "$APP" >/dev/null
TRAINING=$(mktemp -d)
trap 'rm -rf "$TRAINING"' EXIT
# The archive records the class path as given, so train with the path the README and the benchmark start with.
java -XX:ArchiveClassesAtExit="$APP/clearlot.jsa" -Xlog:cds=error -Dspring.context.exit=onRefresh \
	-jar "$APP/clearlot.jar" --server.port=0 --clearlot.gateway.port=0 --clearlot.data-dir="$TRAINING" \
	--spring.profiles.active=demo >"$TRAINING/training.log" 2>&1 || {
	echo "the training run failed:" >&2
	tail -20 "$TRAINING/training.log" >&2
	exit 1
}
echo "$APP/clearlot.jar with $APP/clearlot.jsa ($(du -h "$APP/clearlot.jsa" | cut -f1))"
