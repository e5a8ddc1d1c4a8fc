#!/usr/bin/env bash
# Tuning folds (scripts/stance/make_cv.py: many few-shot draws and zero-shot folds, no TEST item) scored and averaged.
# Each run is read by a sentiment prior trained on what it never scores (make_cv.py).
# Usage: scripts/stance/eval-cv.sh  (STANCE_WORK keeps the vector cache; BRIEFING_STANCE_* knobs apply;
#   CV_FAMILIES="ibm10-cv-dev ibm10-cv-alt" runs some families; ibmzero-cv: zero-shot, each fold with its own prior;
#   CV_TAG=name keeps each run's score in $STANCE_WORK/cv/scores-name.jsonl, for paired comparisons with
#   scripts/stance/compare-cv.py)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$root/../shared/data/stance"
[ -d "$data" ] || { echo "eval-cv: $data is absent; nothing to measure" >&2; exit 1; }
work="${STANCE_WORK:-$(mktemp -d)}"
mkdir -p "$work/cv"
python3 "$root/scripts/stance/make_splits.py" "$data" "$work"
python3 "$root/scripts/stance/make_cv.py" "$data" "$work/cv"
dotnet build "$root/src/Briefing.Cli" -c Release -v q -nologo >/dev/null
cli="$root/src/Briefing.Cli/bin/Release/net10.0/briefing.dll"
train() { [ -s "$1.bin" ] && [ "$1.bin" -nt "$1.$2" ] || dotnet "$cli" stance-train "$1.$2" "$1.bin" --cache "$work/vectors.bin" 2>/dev/null; }
for p in "$work/prior-dev" "$work/cv/prior-alt" "$work/cv/prior-semeval"; do train "$p" train.jsonl; done
declare -A prior=([semeval25-cv]="$work/cv/prior-semeval.bin" [ibm10-cv-dev]="$work/prior-dev.bin" [ibm10-cv-alt]="$work/cv/prior-alt.bin")
scores="$work/cv/scores-${CV_TAG:-last}.jsonl"
: > "$scores"
for family in ${CV_FAMILIES:-semeval25-cv ibm10-cv-dev ibm10-cv-alt ibmzero-cv}; do
  for topics in "$work/cv/$family"-d*.topics.json "$work/cv/$family"-b*.topics.json "$work/cv/$family"-f*.topics.json; do
    [ -e "$topics" ] || continue
    name="$(basename "$topics" .topics.json)"
    # A zero-shot fold brings its own prior (trained without its motions); the others use their family's.
    if [ -f "$work/cv/$name.prior.jsonl" ]; then train "$work/cv/$name" prior.jsonl; use="$work/cv/$name.bin"; else use="${prior[$family]}"; fi
    dotnet "$cli" stance "$topics" "$work/cv/$name.items.jsonl" "$work/cv/$name.out.jsonl" --cache "$work/vectors.bin" \
      --prior "$use" 2>/dev/null
    python3 "$root/../shared/eval/score_stance.py" "$work/cv/$name.gold.jsonl" "$work/cv/$name.out.jsonl" --json |
      python3 -c "import json, sys; r = json.load(sys.stdin); r['run'] = '$name'; print(json.dumps(r))"
  done | tee -a "$scores" | python3 -c "
import json, sys, statistics as s
rows = [json.loads(l) for l in sys.stdin]
for k in ('F_avg', 'accuracy', 'accuracy_committed', 'committed'):
    v = [r[k] for r in rows]
    print(f'$family {k}: mean {s.mean(v):.4f} ± {s.stdev(v) / len(v) ** 0.5:.4f} over {len(v)} runs, min {min(v):.3f} max {max(v):.3f}')"
done
