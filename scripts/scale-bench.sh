#!/usr/bin/env bash
# Scale-out throughput (issue 12): articles committed per second by 1 node on SQLite, 1 node on PostgreSQL and
# 2 nodes on PostgreSQL + Redis, each working off the same pre-filled inbox (Release build, throw-away servers).
# Usage: scripts/scale-bench.sh [articles=2000]    (needs postgresql and redis-server: scripts/test.sh installs them)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE_BENCH=1 SCALE_BENCH_ARTICLES=${1:-2000} dotnet test -c Release tests/Briefing.BrowserTests \
  --filter "FullyQualifiedName~ScaleOutThroughput" --logger "console;verbosity=detailed" 2>&1 | grep -E "SCALE-BENCH|Passed|Failed|error" 
