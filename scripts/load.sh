#!/usr/bin/env bash
# Load runs against a published (Production) app on a fresh temp database (or a given one), on a free loopback port.
#
#   scripts/load.sh screens --dashboards 1000 --hub-clients 10000 --articles 200 [--rate 2]
#       N headless dashboards (real Blazor circuits) + M hub clients; prints the JSON of tests/Briefing.Load
#       (202 → render batch latency per circuit, lost, server RSS per idle circuit). JSON also in $OUT (default /tmp/briefing-load.json).
#   scripts/load.sh latency --db /path/generated.db [--requests 200]
#       p50/p95/p99 of the pages and every list endpoint over an existing store (make one with `briefing generate`).
#   scripts/load.sh ingest [--articles 20000] [--warmup 3000] [--concurrency 64]
#       a fixed workload posted as fast as the server accepts it, until the inbox drains: server CPU ms per article,
#       in all and per pipeline stage (the app's rate limit and inbox limit are raised, and /metrics served, for it).
#   scripts/load.sh [--rates 200,500,1000] [--seconds 8]
#       ingestion steps at increasing rates (POST → hub ArticleIngested), as before.
#
# PORT=N picks the port (the run fails at once if it is taken); by default a free one is chosen. PUBLISH=DIR reuses a
# published app instead of publishing again; LOAD=path/Briefing.Load.dll a built load client (e.g. an older one, side by side). Extra app settings go in the environment (Briefing__...).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=rates
case "${1:-}" in screens|latency|ingest) MODE=$1; shift ;; esac
DB=""
ARGS=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--db" ]; then DB=$2; shift 2; else ARGS+=("$1"); shift; fi
done

if [ -n "${PORT:-}" ]; then
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "load.sh: port $PORT on 127.0.0.1 is already taken; stop what listens there or choose another PORT" >&2
    exit 2
  fi
else
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
fi

if [ $MODE = ingest ]; then
  export Briefing__ApiRequestsPerSecond=${Briefing__ApiRequestsPerSecond:-1000000}
  export Briefing__MaxPendingArticles=${Briefing__MaxPendingArticles:-1000000}
  export Briefing__Telemetry__Prometheus=${Briefing__Telemetry__Prometheus:-true}
fi
KEY=load-$RANDOM$RANDOM$RANDOM
DATA=$(mktemp -d)
mkdir -p "$DATA/no-seeds"
if [ -z "${PUBLISH:-}" ]; then
  PUBLISH="$DATA/publish"
  dotnet publish src/Briefing.Web -c Release -o "$PUBLISH" -v q -nologo >/dev/null
fi
if [ -z "${LOAD:-}" ]; then
  dotnet build -c Release tests/Briefing.Load -v q -nologo >/dev/null
  LOAD=tests/Briefing.Load/bin/Release/net10.0/Briefing.Load.dll
fi
if [ -z "$DB" ]; then DB="$DATA/briefing.db"; fi

ASPNETCORE_ENVIRONMENT=Production Briefing__DatabasePath="$DB" Briefing__ApiKeys__0="$KEY" \
  Briefing__SeedsPath="$DATA/no-seeds" Logging__LogLevel__Default=Warning Briefing__Limits__ConnectionsPerIp=0 \
  dotnet "$PUBLISH/Briefing.Web.dll" --urls "http://127.0.0.1:$PORT" >"$DATA/app.log" 2>&1 &
APP=$!
# The app's log (warnings: coalesced or stalled live subscribers, failures) is kept beside the JSON.
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; cp "$DATA/app.log" "${OUT:-/tmp/briefing-load.json}.app.log" 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 300); do
  curl -sf "http://127.0.0.1:$PORT/api/articles?limit=1" >/dev/null && break
  if ! kill -0 $APP 2>/dev/null; then echo "load.sh: the app did not start:" >&2; cat "$DATA/app.log" >&2; exit 1; fi
  sleep 0.2
done
echo "app pid $APP on http://127.0.0.1:$PORT (database $DB)" >&2

case $MODE in
  screens) dotnet $LOAD --base "http://127.0.0.1:$PORT" --api-key "$KEY" --server-pid $APP --json "${OUT:-/tmp/briefing-load.json}" "${ARGS[@]}" ;;
  ingest) dotnet $LOAD ingest --base "http://127.0.0.1:$PORT" --api-key "$KEY" --server-pid $APP "${ARGS[@]}" ;;
  latency) dotnet $LOAD latency --base "http://127.0.0.1:$PORT" --json "${OUT:-/tmp/briefing-latency.json}" "${ARGS[@]}" ;;
  rates) dotnet $LOAD --url "http://127.0.0.1:$PORT" --key "$KEY" "${ARGS[@]}" ;;
esac
