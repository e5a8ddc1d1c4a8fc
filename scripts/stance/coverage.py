#!/usr/bin/env python3
"""Accuracy against coverage of the zero-shot sentiment prior on the IBM zero-shot folds (standard library only).

  BRIEFING_STANCE_DEBUG=1 CV_FAMILIES=ibmzero-cv STANCE_WORK=DIR bash scripts/stance/eval-cv.sh
  python3 scripts/stance/coverage.py DIR/cv

Reads each fold's gold and debug answers (ibmzero-cv-f*.{gold,out}.jsonl: `strength`, `positive`, `polarity`,
`named`, `relevance` beside each answer) and re-decides, without re-running the engine, the answers the sentiment prior
gave under other commit rules: a global strength threshold (what StanceEngineOptions.ZeroShotCommit does) and, for
comparison, the strongest share of each topic's statements (a rule relative to the other statements of the topic).
Prints F_avg, accuracy on committed and share committed as fold means ± s.e. and pooled, and accuracy on committed by
whether the claim names a keyword and by its cosine to the proposition.
"""
import glob
import json
import os
import statistics
import sys
from collections import defaultdict

SIDES = {"supports": "FAVOR", "opposes": "AGAINST"}


def load(cv):
    rows = []
    for out in sorted(glob.glob(os.path.join(cv, "ibmzero-cv-f*.out.jsonl"))):
        fold = os.path.basename(out).split(".")[0]
        gold = {r["id"]: r["label"] for r in map(json.loads, open(out.replace(".out.", ".gold."), encoding="utf-8"))}
        for r in map(json.loads, open(out, encoding="utf-8")):
            if "positive" not in r:
                sys.exit(f"{out}: no debug fields; run eval-cv.sh with BRIEFING_STANCE_DEBUG=1")
            rows.append(dict(r, gold=gold[r["id"]], fold=fold))
    return rows


def prior_side(r):
    """The sentiment prior's side: its reading times the proposition's polarity (the other way round for a reading
    of a restriction of what the proposition names: RestrictionFrame)."""
    polarity = -r["polarity"] if r.get("restriction") else r["polarity"]
    return "supports" if (r["positive"] >= 0.5) == (polarity > 0) else "opposes"


def read_by_prior(r):
    return r["basis"] == "sentiment" and r["positive"] is not None


def score(rows, decide):
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    committed = right = 0
    for r in rows:
        said = SIDES.get(decide(r), "NONE")
        if said != "NONE":
            committed += 1
            right += said == r["gold"]
        for k in SIDES.values():
            tp[k] += said == k and r["gold"] == k
            fp[k] += said == k and r["gold"] != k
            fn[k] += said != k and r["gold"] == k
    f1 = []
    for k in SIDES.values():
        p, q = tp[k] / max(1, tp[k] + fp[k]), tp[k] / max(1, tp[k] + fn[k])
        f1.append(0 if p + q == 0 else 2 * p * q / (p + q))
    return sum(f1) / 2, right / max(1, committed), committed / max(1, len(rows))


def report(label, rows, decide):
    folds = sorted({r["fold"] for r in rows})
    per = [score([r for r in rows if r["fold"] == f], decide) for f in folds]
    cells = []
    for i in range(3):
        v = [p[i] for p in per]
        cells.append(f"{statistics.mean(v):.3f} ± {statistics.stdev(v) / len(v) ** 0.5:.3f}")
    pooled = " / ".join(f"{x:.3f}" for x in score(rows, decide))
    print(f"{label:<28} F_avg {cells[0]}  acc. committed {cells[1]}  committed {cells[2]}  (pooled {pooled})")


def main(cv):
    rows = load(cv)
    report("as answered", rows, lambda r: r["stance"])
    for t in (0.1, 0.15, 0.18, 0.2, 0.25, 0.3):
        report(f"strength >= {t}", rows,
               lambda r, t=t: (prior_side(r) if r["strength"] >= t else "unclear") if read_by_prior(r) else r["stance"])
    by_topic = defaultdict(list)
    for r in rows:
        by_topic[(r["fold"], r["topic"])].append(r)
    for share in (0.5, 0.55, 0.6):
        strongest = set()
        for items in by_topic.values():
            read = sorted((r for r in items if read_by_prior(r)), key=lambda r: -r["strength"])
            strongest |= {r["id"] for r in read[:round(share * len(items))]}
        report(f"strongest {share:.0%} of a topic", rows,
               lambda r: (prior_side(r) if r["id"] in strongest else "unclear") if read_by_prior(r) else r["stance"])
    print("accuracy on committed, as answered:")
    groups = {"names a keyword": lambda r: r["named"], "names none": lambda r: not r["named"]}
    for lo, hi in ((0.25, 0.35), (0.35, 0.45), (0.45, 1.01)):
        groups[f"cosine {lo}-{hi:.2f}"] = lambda r, lo=lo, hi=hi: lo <= r["relevance"] < hi
    for name, keep in groups.items():
        part = [r for r in rows if keep(r) and r["stance"] in SIDES]
        right = sum(SIDES[r["stance"]] == r["gold"] for r in part)
        print(f"  {name:<18} {right / max(1, len(part)):.3f} of {len(part)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
