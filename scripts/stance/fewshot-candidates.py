#!/usr/bin/env python3
"""Candidate readings for the IBM 10-shot combiner (FewShotCombiner), each beside today's three (the prior, the
nearest-example margin, the topic's residual) and measured as fewshot-draws.py --fit measures them: weights fitted
(logistic regression, no intercept) on draws of one half of the 14 non-TEST motions with 15+ claims and scored on
the other half, random draws and draws of a forced composition. Each claim is read by a sentiment prior that never
saw its motion (the zero-shot folds' debug output).

  BRIEFING_STANCE_DEBUG=1 CV_FAMILIES=ibmzero-cv STANCE_WORK=W bash scripts/stance/eval-cv.sh
  /usr/bin/python3 scripts/stance/fewshot-candidates.py W [NAME ...]      (needs numpy, scikit-learn)

Prints, per candidate, the weights fitted on both halves, then per draw mode the per-motion mean / worst motion
accuracy, and for random draws each half's pooled accuracy (docs/stance.md, "Positions that learn, round 3").
"""
import importlib.util
import os
import statistics as st
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

if len(sys.argv) < 2:
    sys.exit(__doc__)
spec = importlib.util.spec_from_file_location("draws", os.path.join(os.path.dirname(os.path.abspath(__file__)), "fewshot-draws.py"))
d = importlib.util.module_from_spec(spec)
wanted, sys.argv = sys.argv[2:], sys.argv[:2]
spec.loader.exec_module(d)  # loads the claims, vectors and prior readings (d.S, d.X, d.Y, d.by, d.motions)


def both(ly):
    return (ly > 0).any() and (ly < 0).any()


def margin(cos, ly):
    return cos[:, ly > 0].max(1) - cos[:, ly < 0].max(1)


def now(s, cos, ly, xr, xe, se):
    return d.readings(s, cos, ly, xr, xe, se)


def plus(extra):
    """Today's readings plus one more column, extra(s, cos, ly, xr, xe, se) (zero without both sides)."""
    def rule(s, cos, ly, xr, xe, se):
        f = np.hstack([now(s, cos, ly, xr, xe, se), np.zeros((len(s), 1))])
        if both(ly):
            f[:, 3] = extra(s, cos, ly, xr, xe, se)
        return f
    return rule


def agreement(kind):
    """The prior times how far the topic's examples bear it out (a per-topic strength or sign for the prior)."""
    return plus(lambda s, cos, ly, xr, xe, se: s * np.mean(ly * (np.sign(se) if kind == "sign" else np.tanh(se))))


def damped(below):
    """The prior turned off on a topic whose examples it reads right less than `below` of the time (sides weighed
    equally)."""
    def rule(s, cos, ly, xr, xe, se):
        f = now(s, cos, ly, xr, xe, se)
        ok = np.sign(se) == ly
        if both(ly) and 0.5 * ok[ly > 0].mean() + 0.5 * ok[ly < 0].mean() < below:
            f[:, 0] = 0
        return f
    return rule


def soft_margin(tau):
    """Each side's soft maximum of the cosines (log-mean-exp at temperature tau) instead of its nearest example."""
    lme = lambda c: np.log(np.exp(tau * c).mean(1)) / tau
    return plus(lambda s, cos, ly, xr, xe, se: lme(cos[:, ly > 0]) - lme(cos[:, ly < 0]))


def centred(s, cos, ly, xr, xe, se):
    """The nearest-example margin on vectors centred on the examples' mean (the topic's shared direction removed)."""
    m = xe.mean(0)
    unit = lambda a: a / np.linalg.norm(a, axis=1, keepdims=True)
    return margin(unit(xr - m) @ unit(xe - m).T, ly)


def kernel_residual(tau):
    """The examples' misses (label minus the offset's reading), averaged with softmax(tau · cosine) weights."""
    def extra(s, cos, ly, xr, xe, se):
        n = len(ly)
        cx = xe @ xe.T
        np.fill_diagonal(cx, -np.inf)
        near = np.array([cx[i][ly > 0].max() - cx[i][ly < 0].max() if both(np.delete(ly, i)) else 0 for i in range(n)])
        w = np.exp(tau * cos)
        return (w / w.sum(1, keepdims=True)) @ (ly - np.tanh((0.96 * se + 2.67 * near) / 2))
    return plus(extra)


def nearness(s, cos, ly, xr, xe, se):
    """The margin and the prior, each times the cosine to the nearest example (trust examples more when near)."""
    f = now(s, cos, ly, xr, xe, se)
    mx = cos.max(1)[:, None]
    return np.hstack([f, f[:, 1:2] * mx, f[:, 0:1] * mx])


CANDIDATES = {
    "now": now, "prior x agreement (tanh)": agreement("tanh"), "prior x agreement (sign)": agreement("sign"),
    "prior off below 0.4": damped(0.4), "prior off below 0.5": damped(0.5), "soft margin 10": soft_margin(10),
    "soft margin 30": soft_margin(30), "+ centred margin": plus(centred), "kernel residual 10": kernel_residual(10),
    "x nearness": nearness,
}


def fit(rule, half):
    f, y = [], []
    for t in d.motions:
        if half is not None and (t in d.dev) != (half == "dev"):
            continue
        for mode in d.MODES:
            for ex in d.draws(t, mode, 40 if mode == "random" else 8, "fit"):
                rest = [i for i in d.by[t] if i not in set(ex)]
                f.append(rule(d.S[rest], d.X[rest] @ d.X[ex].T, d.Y[ex], d.X[rest], d.X[ex], d.S[ex]))
                y.append(d.Y[rest])
    return LogisticRegression(C=10, fit_intercept=False, max_iter=2000).fit(np.vstack(f), np.concatenate(y)).coef_[0]


for name in wanted or CANDIDATES:
    rule = CANDIDATES[name]
    weights = {"dev": fit(rule, "other"), "other": fit(rule, "dev")}  # each half scored by weights from the other
    cells = []
    for mode in d.MODES:
        per, halves = {}, {}
        for t in d.motions:
            half = "dev" if t in d.dev else "other"
            for k, ex in enumerate(d.draws(t, mode)):
                rest = [i for i in d.by[t] if i not in set(ex)]
                z = rule(d.S[rest], d.X[rest] @ d.X[ex].T, d.Y[ex], d.X[rest], d.X[ex], d.S[ex]) @ weights[half]
                right = np.sign(z) == d.Y[rest]
                per.setdefault(t, []).append(right.mean())
                a, b = halves.get((half, k), (0, 0))
                halves[(half, k)] = (a + right.sum(), b + len(right))
        m = [st.mean(v) for v in per.values()]
        cell = f"{mode}: {st.mean(m):.3f} / {min(m):.3f}"
        if mode == "random":
            cell += " (halves " + " / ".join(f"{st.mean([a / b for (h, _), (a, b) in halves.items() if h == x]):.3f}" for x in ("dev", "other")) + ")"
        cells.append(cell)
    print(f"{name:26} w={np.round(fit(rule, None), 2)}  " + " | ".join(cells), flush=True)
