#!/usr/bin/env bash
# The long load tests, kept out of the normal suite: builds the jar, then runs the tests that need
# -Dshopvid.load=true (5,000 open connections against `serve` on a 512 MB heap). Figures are printed
# as lines starting with "load:"; docs/reliability.md records the last ones measured.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests package
mvn -B -ntp -pl cli -am verify -Dshopvid.load=true -Dshopvid.jar="$PWD/cli/target/shoppable-videos.jar" \
    -Dtest='OpenConnectionsLoadTest' -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
