#!/usr/bin/env bash
# Extract the PolNeAR dev split with the CLI and score it (the scorer's last line is the summary).
set -euo pipefail
split="${1:-dev}"
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/../shared/data/polnear/$split"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project "$root/src/Briefing.Cli" -c Release -- extract "$data" "$out" >&2
python3 "$root/../shared/eval/score_quotes.py" "$data" "$out" ${JSON_OUT:+--json "$JSON_OUT"}
