#!/usr/bin/env bash
# Load test: builds Release, starts the app on a fresh temp database at 127.0.0.1:${PORT:-5200}, pushes articles at
# increasing rates with tests/Briefing.Load, prints the table, stops the app.
# Usage: scripts/load.sh [--rates 100,200,400,800,1200] [--seconds 10]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5200}
KEY=load-$RANDOM$RANDOM
DATA=$(mktemp -d)
dotnet build -c Release src/Briefing.Web -v q -nologo >/dev/null
dotnet build -c Release tests/Briefing.Load -v q -nologo >/dev/null
mkdir -p "$DATA/no-seeds"
ASPNETCORE_ENVIRONMENT=Development Briefing__DatabasePath="$DATA/briefing.db" Briefing__ApiKeys__0="$KEY" \
  Briefing__SeedsPath="$DATA/no-seeds" Logging__LogLevel__Default=Warning Briefing__Limits__ConnectionsPerIp=0 \
  dotnet src/Briefing.Web/bin/Release/net10.0/Briefing.Web.dll --urls "http://127.0.0.1:$PORT" >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/api/articles?limit=1" >/dev/null && break; sleep 0.2; done
dotnet tests/Briefing.Load/bin/Release/net10.0/Briefing.Load.dll --url "http://127.0.0.1:$PORT" --key "$KEY" "$@"
