#!/usr/bin/env bash
# Wall display soak test (not part of the default test run).
# Keeps /wall open in headless chromium against a real server process while articles arrive at a steady rate,
# and samples the page's JS heap (after a forced GC), its DOM size and the server's memory over time.
#
#   scripts/wall-soak.sh [minutes=30] [interval_ms=1000] [sample_seconds=30] [restart_every_minutes=0]
#
# Writes CSV (elapsed_s,posted,js_heap_mb,dom_nodes,server_mb,page_loads,stale) to $WALL_SOAK_OUT
# (default /tmp/wall-soak.csv) and prints each sample. Fails if the DOM or the heap keeps growing.
set -euo pipefail
cd "$(dirname "$0")/.."

export WALL_SOAK_MINUTES="${1:-30}"
export WALL_SOAK_INTERVAL_MS="${2:-1000}"
export WALL_SOAK_SAMPLE_SECONDS="${3:-30}"
export WALL_SOAK_RESTART_MINUTES="${4:-0}"
export WALL_SOAK_OUT="${WALL_SOAK_OUT:-/tmp/wall-soak.csv}"

if [ ! -x /usr/bin/chromium ]; then
  echo "The soak needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)." >&2
  exit 1
fi

# The test starts the web project's build output as a separate process, so build it first.
dotnet build src/Briefing.Web
dotnet test tests/Briefing.BrowserTests --filter "FullyQualifiedName~Wall.WallSoak" --logger "console;verbosity=detailed"
echo "Samples: $WALL_SOAK_OUT"
