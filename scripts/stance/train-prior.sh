#!/usr/bin/env bash
# Trains the zero-shot sentiment prior shipped in src/Briefing.Core (Positions/Learned/sentiment-prior.bin) from every
# IBM Claim Stance motion and SemEval tweet in ../shared/data/stance (make_splits.py writes prior-all.train.jsonl).
# The held-out measurements (scripts/eval-stance.sh) train their own priors on motions they never score.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$root/../shared/data/stance"
[ -d "$data" ] || { echo "train-prior: $data is absent" >&2; exit 1; }
work="${STANCE_WORK:-$(mktemp -d)}"
python3 "$root/scripts/stance/make_splits.py" "$data" "$work"
dotnet build "$root/src/Briefing.Cli" -c Release -v q -nologo >/dev/null
dotnet "$root/src/Briefing.Cli/bin/Release/net10.0/briefing.dll" stance-train "$work/prior-all.train.jsonl" \
  "$root/src/Briefing.Core/Positions/Learned/sentiment-prior.bin" --cache "$work/vectors.bin"
