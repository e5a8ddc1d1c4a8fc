#!/usr/bin/env bash
# Publishes the app with the Folder profile into a temp folder, starts the published app in Production on a fresh
# temp database and checks what a deployment needs: styled pages (stylesheets and scripts with bodies), /healthz,
# /readyz, /openapi/v1.json and the security headers. Usage: scripts/publish-check.sh  (PORT=52710 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-52710}"
WORK="$(mktemp -d /tmp/briefing-publish-XXXXXX)"
trap 'kill "${PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

start=$(date +%s)
dotnet publish src/Briefing.Web -p:PublishProfile=Folder -p:PublishDir="$WORK/app/" -v quiet -nologo
echo "published in $(( $(date +%s) - start )) s: $(du -sh "$WORK/app" | cut -f1)"

cd "$WORK/app"
ASPNETCORE_ENVIRONMENT=Production Briefing__DatabasePath="$WORK/briefing.db" \
  dotnet Briefing.Web.dll --urls "http://127.0.0.1:$PORT" > "$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 1; done

fail=0
check() { if eval "$2"; then echo "ok    $1"; else echo "FAIL  $1"; fail=1; fi; }
page="$(curl -fs "http://127.0.0.1:$PORT/")"
size() { curl -fs "http://127.0.0.1:$PORT/$1" | wc -c; }
mud_css="$(grep -o '_content/MudBlazor/MudBlazor.min[^"]*\.css' <<< "$page" | head -1)"
blazor_js="$(grep -o '_framework/blazor.web[^"]*\.js' <<< "$page" | head -1)"
check "app.css has a body" '[ "$(size app.css)" -gt 1000 ]'
check "$mud_css has a body" '[ -n "$mud_css" ] && [ "$(size "$mud_css")" -gt 100000 ]'
check "$blazor_js has a body" '[ -n "$blazor_js" ] && [ "$(size "$blazor_js")" -gt 10000 ]'
get() { curl -fs "http://127.0.0.1:$PORT/$1" || true; }
check "/healthz answers" '[[ "$(get healthz)" == *Healthy* ]]'
check "/readyz answers" '[[ "$(get readyz)" == *\"store\"* ]]'
check "/openapi/v1.json answers" '[[ "$(get openapi/v1.json)" == *"/api/articles"* ]]'
headers="$(curl -fs -D - -o /dev/null "http://127.0.0.1:$PORT/")"
for h in Content-Security-Policy X-Content-Type-Options Referrer-Policy X-Frame-Options; do
  check "header $h" 'grep -qi "^$h:" <<< "$headers"'
done
exit $fail
