#!/usr/bin/env bash
# Tuning folds (scripts/stance/make_cv.py: many few-shot draws, no TEST item) scored and averaged.
# Usage: scripts/stance/eval-cv.sh  (STANCE_WORK keeps the vector cache; BRIEFING_STANCE_* knobs apply;
#   CV_FAMILIES="ibm10-cv" runs one family; ibmzero-cv: zero-shot, each fold scored with a prior trained without its motions)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$root/../shared/data/stance"
[ -d "$data" ] || { echo "eval-cv: $data is absent; nothing to measure" >&2; exit 1; }
work="${STANCE_WORK:-$(mktemp -d)}"
mkdir -p "$work/cv"
python3 "$root/scripts/stance/make_cv.py" "$data" "$work/cv"
dotnet build "$root/src/Briefing.Cli" -c Release -v q -nologo >/dev/null
for family in ${CV_FAMILIES:-semeval25-cv ibm10-cv ibmzero-cv}; do
  for topics in "$work/cv/$family"-*.topics.json; do
    name="$(basename "$topics" .topics.json)"
    prior=()
    if [ -f "$work/cv/$name.prior.jsonl" ]; then
      dotnet "$root/src/Briefing.Cli/bin/Release/net10.0/briefing.dll" stance-train "$work/cv/$name.prior.jsonl" "$work/cv/$name.prior.bin" --cache "$work/vectors.bin" 2>/dev/null
      prior=(--prior "$work/cv/$name.prior.bin")
    fi
    dotnet "$root/src/Briefing.Cli/bin/Release/net10.0/briefing.dll" stance "$topics" "$work/cv/$name.items.jsonl" "$work/cv/$name.out.jsonl" --cache "$work/vectors.bin" "${prior[@]}" 2>/dev/null
    python3 "$root/../shared/eval/score_stance.py" "$work/cv/$name.gold.jsonl" "$work/cv/$name.out.jsonl" --json
  done | python3 -c "
import json, sys, statistics as s
rows = [json.loads(l) for l in sys.stdin]
for k in ('F_avg', 'accuracy', 'accuracy_committed', 'committed'):
    v = [r[k] for r in rows]
    print(f'$family {k}: mean {s.mean(v):.4f} ± {s.stdev(v) / len(v) ** 0.5:.4f} over {len(v)} runs, min {min(v):.3f} max {max(v):.3f}')"
done
