#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the browser and scale-out tests need, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
# Debian's chromium for the browser tests; PostgreSQL and Redis for the two-node tests, which start their own
# throw-away servers on loopback (the packages' system services are not used).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests..."
  if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; then
    :
  else
    echo "Could not install ${missing[*]}: the tests that need them will be reported as skipped, with the reason." >&2
  fi
fi

# A loaded 2-core machine can take longer than the default 90 s for a test host to connect back.
export VSTEST_CONNECTION_TIMEOUT=${VSTEST_CONNECTION_TIMEOUT:-300}
dotnet test Briefing.sln "$@"
