#!/usr/bin/env python3
"""Paired comparison of two eval-cv.sh runs (CV_TAG=a, CV_TAG=b) on the same folds: per family, each mean and the
mean difference with its standard error (the folds are shared, so the pairing removes most draw-to-draw noise).

  python3 compare-cv.py CV_DIR TAG_BEFORE TAG_AFTER
"""
import json
import os
import re
import statistics as s
import sys

if len(sys.argv) != 4:
    sys.exit(__doc__)
cv, before, after = sys.argv[1:]


def load(tag):
    return {r["run"]: r for r in map(json.loads, open(os.path.join(cv, f"scores-{tag}.jsonl"), encoding="utf-8"))}


a, b = load(before), load(after)
families = sorted({re.sub(r"-[bd]\d+(-d\d+)?$", "", run) for run in a if run in b})
for family in families:
    runs = [r for r in a if r in b and re.sub(r"-[bd]\d+(-d\d+)?$", "", r) == family]
    for k in ("F_avg", "accuracy"):
        x, y = [a[r][k] for r in runs], [b[r][k] for r in runs]
        d = [q - p for p, q in zip(x, y)]
        se = s.stdev(d) / len(d) ** 0.5 if len(d) > 1 else 0
        print(f"{family:14} {k:9} {before}: {s.mean(x):.4f}  {after}: {s.mean(y):.4f}  diff {s.mean(d):+.4f} ± {se:.4f} ({len(runs)} runs)")
