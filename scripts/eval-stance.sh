#!/usr/bin/env bash
# Stance on held-out splits of the benchmark training data (see scripts/stance/make_splits.py), scored with
# ../shared/eval/score_stance.py. Usage: scripts/eval-stance.sh [test|dev] [--cues-only | --no-prior]
#   test (default): the splits to REPORT; dev: the splits to tune on. --cues-only: the cue analysis alone (baseline).
set -euo pipefail
split="${1:-test}"; shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/../shared/data/stance"
[ -d "$data" ] || { echo "eval-stance: $data is absent; nothing to measure" >&2; exit 1; }
work="${STANCE_WORK:-$(mktemp -d)}"
python3 "$root/scripts/stance/make_splits.py" "$data" "$work"
dotnet build "$root/src/Briefing.Cli" -c Release -v q -nologo >/dev/null
# The zero-shot sentiment prior for this split, trained on motions and tweets it never scores (make_splits.py).
dotnet "$root/src/Briefing.Cli/bin/Release/net10.0/briefing.dll" stance-train "$work/prior-$split.train.jsonl" "$work/prior-$split.bin" --cache "$work/vectors.bin" 2>/dev/null
for run in ${STANCE_RUNS:-ibm-zero ibm-few10 semeval-zero semeval-25 semeval-all}; do
  name="$run-$split"
  dotnet "$root/src/Briefing.Cli/bin/Release/net10.0/briefing.dll" stance "$work/$name.topics.json" "$work/$name.items.jsonl" "$work/$name.out.jsonl" --cache "$work/vectors.bin" --prior "$work/prior-$split.bin" "$@" 2>/dev/null
  printf '%-22s %s\n' "$name" "$(python3 "$root/../shared/eval/score_stance.py" "$work/$name.gold.jsonl" "$work/$name.out.jsonl")"
done
