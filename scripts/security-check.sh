#!/usr/bin/env bash
# The issue-15 "done when" checks against a real app process on loopback (not part of the default test run):
# SSRF through an item link and a redirect, a feed password in pages and logs, a symlink in the watched folder,
# a bad topic and a restart, and a normal article posted right after a 400 KB pathological one.
# Usage: scripts/security-check.sh   (PORT=52100 by default; uses PORT, PORT+1, PORT+2)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-52100}"; FEED=$((PORT + 1)); INTERNAL=$((PORT + 2))
DATA="$(mktemp -d)"; KEY="check-$(date +%s)"; PASSWORD="pw-$RANDOM$RANDOM"; TOKEN="tok-$RANDOM$RANDOM"; SECRET="INTERNAL-$RANDOM"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$DATA"; }
trap cleanup EXIT
fail=0; check() { if eval "$2"; then echo "PASS  $1"; else echo "FAIL  $1"; fail=1; fi; }

dotnet build -c Release "$root/src/Briefing.Web" -v q -nologo >/dev/null

# The "internal" service and the feed host (which also redirects to the internal one).
cat >"$DATA/servers.py" <<PY
import http.server, sys, threading
port, kind, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        open(log, "a").write(self.path + " " + str(self.headers.get("Authorization")) + "\n")
        if kind == "internal":
            body = ("<html><body><article><p>$SECRET " * 20 + "</p></article></body></html>").encode()
            self.send_response(200); self.send_header("Content-Type", "text/html")
        elif self.path.startswith("/go"):
            self.send_response(302); self.send_header("Location", "http://127.0.0.1:$INTERNAL/secret"); self.end_headers(); return
        else:
            items = "".join(f"<item><title>Item {n}</title><link>{l}</link><guid>{n}</guid><description>Teaser {n}.</description></item>"
                            for n, l in [("direct", "http://127.0.0.1:$INTERNAL/secret"), ("redirect", "http://127.0.0.1:$FEED/go"),
                                         ("by-name", "http://localhost:$INTERNAL/secret")])
            body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Check</title>{items}</channel></rss>".encode()
            self.send_response(200); self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
PY
python3 "$DATA/servers.py" "$INTERNAL" internal "$DATA/internal.log" & pids+=($!)
python3 "$DATA/servers.py" "$FEED" feed "$DATA/feed.log" & pids+=($!)
touch "$DATA/internal.log" "$DATA/feed.log"
mkdir -p "$DATA/drop"
echo -e "Outside secret\n\nVeltrian Foreign Minister Aldo Varga said the outside file is private." >"$DATA/outside.txt"
ln -s "$DATA/outside.txt" "$DATA/drop/link.txt"

start_app() {
  ASPNETCORE_ENVIRONMENT=Development Briefing__DatabasePath="$DATA/briefing.db" Briefing__ApiKeys__0="$KEY" \
    Briefing__SeedsPath="$DATA/no-seeds" Briefing__InboxPath="$DATA/drop" Briefing__FolderScanMilliseconds=200 \
    Briefing__Fetch__AllowedHosts__0="127.0.0.1:$FEED" Briefing__Feeds__0__IntervalSeconds=2 \
    Briefing__Feeds__0__Url="http://desk:$PASSWORD@127.0.0.1:$FEED/feed.xml?token=$TOKEN" \
    dotnet "$root/src/Briefing.Web/bin/Release/net10.0/Briefing.Web.dll" --urls "http://127.0.0.1:$PORT" >>"$DATA/app.log" 2>&1 &
  APP=$!; pids+=($APP)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/topics" >/dev/null && return 0; sleep 0.5; done
  echo "the app did not start"; tail -20 "$DATA/app.log"; return 1
}
mkdir -p "$DATA/no-seeds"
start_app
base="http://127.0.0.1:$PORT"

# Let the feed be polled a few times and the folder scanned.
for _ in $(seq 1 60); do [ "$(grep -c feed.xml "$DATA/feed.log")" -ge 2 ] && break; sleep 0.5; done
sleep 3
check "item links to an internal server not fetched (internal server saw $(wc -l <"$DATA/internal.log") requests)" '[ ! -s "$DATA/internal.log" ]'
check "the redirect hop was asked for but not followed" 'grep -q "^/go" "$DATA/feed.log"'
check "the feed got its credentials as Basic auth" 'grep -q "Basic" "$DATA/feed.log"'
curl -s "$base/sources" >"$DATA/sources.html"
check "feed password and token not on /sources" '! grep -q -e "$PASSWORD" -e "$TOKEN" "$DATA/sources.html"'
check "feed password and token not in the log" '! grep -q -e "$PASSWORD" -e "$TOKEN" "$DATA/app.log"'
check "a symlinked file outside the watched folder not ingested" '! curl -s "$base/api/articles?limit=100" | grep -q "Outside secret"'

code=$(curl -s -o "$DATA/topic.json" -w '%{http_code}' -X POST "$base/api/topics" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"Harbour access","keywords":["harbour"],"supportCues":["keep \"open\""]}')
check "a bad topic answers 400 (got $code) naming the field" '[ "$code" = 400 ] && grep -q supportCues "$DATA/topic.json"'
check "the bad topic is not stored" '! curl -s "$base/api/topics" | grep -q "Harbour access"'

# A running app (not the first article after start-up, which pays for JIT): one normal article first.
wid=$(curl -s -X POST "$base/api/articles" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"title":"Warm-up","text":"Veltrian Foreign Minister Aldo Varga said the talks would go on."}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/articles/$wid")" = 200 ]; do sleep 0.05; done
python3 -c "import json; print(json.dumps({'title':'Loop','text':('He said she said they said ' * 15000)[:400000]}))" >"$DATA/loop.json"
loop=$(curl -s -X POST "$base/api/articles" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' --data-binary "@$DATA/loop.json" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
sleep 1
t0=$(date +%s.%N)
id=$(curl -s -X POST "$base/api/articles" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"title":"Right after","text":"Veltrian Foreign Minister Aldo Varga said the port would reopen. “We will not close the harbour,” Varga said."}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/articles/$id")" = 200 ]; do sleep 0.05; done
elapsed=$(python3 -c "import time; print(f'{time.time() - $t0:.2f}')")
check "a normal article right after a 400 KB pathological one appears within 5 s (${elapsed} s)" "python3 -c 'import sys; sys.exit(0 if $elapsed < 5 else 1)'"

check "the pathological article itself was extracted and stored, not parked by the time budget" \
  '[ "$(curl -s -o /dev/null -w "%{http_code}" "$base/api/articles/$loop")" = 200 ]'

kill "$APP"; wait "$APP" 2>/dev/null || true
start_app
check "a restart comes up" 'curl -sf "$base/api/topics" >/dev/null'
check "Server header not sent" '! curl -sI "$base/api/topics" | grep -qi "^server:"'
exit $fail
