#!/usr/bin/env python3
"""How the few-shot rule (FewShotCombiner) holds across draws of 10 IBM examples: random draws and draws of a forced
composition (5+5, 8+2, 2+8, 10+0, 0+10), per motion and per fold half, for the sentiment prior alone, the combiner
two sessions ago (three nearest examples + side means, which follow the draw's label balance), last session's (side
margins only) and now (the nearest-example margin and the topic's sentiment residual, SentimentResidual.cs).

  BRIEFING_STANCE_DEBUG=1 CV_FAMILIES=ibmzero-cv STANCE_WORK=W bash scripts/stance/eval-cv.sh
  python3 scripts/stance/fewshot-draws.py W        (needs numpy)

Each claim's sentiment reading comes from the zero-shot fold that held its motion out (W/cv/ibmzero-cv-f*.out.jsonl),
so the prior never saw the motion; vectors from W/vectors.bin (the stance command's --cache). The engine's head is
left out (weight 0.13 before, none now): the replica scores 0.708 / 0.772 where the engine scored 0.712 / 0.775.
With --fit the weights of "now" are refitted (logistic regression without intercept) on other draws of the other half
of the motions (and on both halves: the engine's weights), so the halves' figures are out of sample.
"""
import io
import json
import random
import statistics as st
import struct
import sys

import numpy as np

args = [a for a in sys.argv[1:] if a != "--fit"]
work = args[0] if len(args) == 1 else sys.exit(__doc__)
FIT = "--fit" in sys.argv


def vectors(path):
    data = open(path, "rb").read()
    f, out = io.BytesIO(data), {}
    while f.tell() < len(data):
        n = shift = 0
        while True:  # .NET BinaryWriter string: 7-bit encoded length, then UTF-8
            b = f.read(1)[0]
            n |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                break
        text = f.read(n).decode("utf-8")
        k = struct.unpack("<i", f.read(4))[0]
        out[text] = np.frombuffer(f.read(4 * k), dtype="<f4")
    return out


rows = []
for fold in range(8):
    base = f"{work}/cv/ibmzero-cv-f{fold}"
    items = {r["id"]: r for r in map(json.loads, open(base + ".items.jsonl"))}
    gold = {r["id"]: r["label"] for r in map(json.loads, open(base + ".gold.jsonl"))}
    for o in map(json.loads, open(base + ".out.jsonl")):
        p = o.get("positive")
        logit = 0.0 if p is None else float(np.log(min(max(p, 1e-6), 1 - 1e-6) / (1 - min(max(p, 1e-6), 1 - 1e-6))))
        rows.append((items[o["id"]]["topic"], items[o["id"]]["text"], 1 if gold[o["id"]] == "FAVOR" else -1, logit * o["polarity"]))
V = vectors(f"{work}/vectors.bin")
X = np.array([V[t] / np.linalg.norm(V[t]) for _, t, _, _ in rows])
Y = np.array([r[2] for r in rows])
S = np.array([r[3] for r in rows])  # the prior's log-odds of "supports"
dev = {t["name"] for t in json.load(open(f"{work}/cv/ibm10-cv-dev-d0.topics.json"))}
by = {}
for i, r in enumerate(rows):
    by.setdefault(r[0], []).append(i)
motions = sorted(t for t in by if len(by[t]) >= 15)  # two motions have 9 claims: nothing left to score


def before(s, cos, ly):
    top = np.argsort(-cos, axis=1)[:, :3]
    near = np.array([sum(ly[j] * max(cos[i, j], 0) for j in top[i]) for i in range(len(s))])
    mean = lambda side: cos[:, ly == side].mean(1) if (ly == side).any() else 0
    return 0.97 * s + 0.39 * near + 2.1 * (mean(1) - mean(-1))


def margins(s, cos, ly):
    if not ((ly > 0).any() and (ly < 0).any()):
        return 1.25 * s
    sup, opp = cos[:, ly > 0], cos[:, ly < 0]
    return 1.25 * s + 2.9 * (sup.mean(1) - opp.mean(1)) + 3.47 * (sup.max(1) - opp.max(1))


def residual(x, ly, prior, l2=1.0, steps=300, rate=5.0):
    """SentimentResidual.Train: labels fitted with a fixed offset (the prior's log-odds and the example's nearest-example
    margin among the other examples, weighted as the combiner of last session), sides weighed equally."""
    n = len(ly)
    cx = x @ x.T
    np.fill_diagonal(cx, -np.inf)
    near = np.zeros(n)
    for i in range(n):
        others = np.arange(n) != i
        if (ly[others] > 0).any() and (ly[others] < 0).any():
            near[i] = cx[i][ly > 0].max() - cx[i][ly < 0].max()
    offset = 0.96 * prior + 2.67 * near
    c = np.where(ly > 0, 1 / (2 * (ly > 0).sum()), 1 / (2 * (ly < 0).sum()))
    v = np.zeros(x.shape[1])
    for _ in range(steps):
        z = ly * (offset + x @ v)
        v -= rate * (-(x * (c * ly / (1 + np.exp(z)))[:, None]).sum(0) + l2 / n * v)
    return v


def readings(s, cos, ly, xr, xe, se):
    """The readings of "now": the prior, the nearest-example margin, the residual (zero with one side only)."""
    f = np.zeros((len(s), 3))
    f[:, 0] = s
    if (ly > 0).any() and (ly < 0).any():
        f[:, 1] = cos[:, ly > 0].max(1) - cos[:, ly < 0].max(1)
        f[:, 2] = xr @ residual(xe, ly, se)
    return f


WEIGHTS = {h: np.array([1.49, 3.96, 2.25]) for h in ("dev", "other")}  # FewShotCombiner's
RULES = {"sentiment alone": lambda s, c, l: s, "two sessions ago": before, "last session": margins, "now": None}


def draws(t, mode, n=40, tag=""):
    idx = by[t]
    fav, ag = [i for i in idx if Y[i] > 0], [i for i in idx if Y[i] < 0]
    for d in range(n):
        rnd = random.Random(f"{t}|{d}|{mode}{tag}")
        if mode == "random":
            yield rnd.sample(idx, 10)
        elif len(fav) >= int(mode) and len(ag) >= 10 - int(mode):
            yield rnd.sample(fav, int(mode)) + rnd.sample(ag, 10 - int(mode))


MODES = ("random", "5", "8", "2", "10", "0")


def decide(name, t, ex, rest):
    s, cos, ly = S[rest], X[rest] @ X[ex].T, Y[ex]
    if RULES[name] is not None:
        return RULES[name](s, cos, ly)
    return readings(s, cos, ly, X[rest], X[ex], S[ex]) @ WEIGHTS["dev" if t in dev else "other"]


if __name__ == "__main__":  # scripts/stance/fewshot-candidates.py imports the data and readings above
    if FIT:
        from sklearn.linear_model import LogisticRegression

        def fit(half):
            f, y = [], []
            for t in motions:
                if half is not None and (t in dev) != (half == "dev"):
                    continue
                for mode in MODES:
                    for ex in draws(t, mode, 40 if mode == "random" else 8, "fit"):
                        rest = [i for i in by[t] if i not in set(ex)]
                        f.append(readings(S[rest], X[rest] @ X[ex].T, Y[ex], X[rest], X[ex], S[ex]))
                        y.append(Y[rest])
            return LogisticRegression(C=10, fit_intercept=False, max_iter=2000).fit(np.vstack(f), np.concatenate(y)).coef_[0]

        print("weights fitted on both halves:", np.round(fit(None), 2))
        WEIGHTS = {"dev": fit("other"), "other": fit("dev")}  # each half scored by weights fitted on the other

    for mode in MODES:
        print(f"draws: {mode if mode == 'random' else mode + ' supporting + ' + str(10 - int(mode)) + ' opposing'}")
        for name in RULES:
            per, halves = {}, {}
            for t in motions:
                for d, ex in enumerate(draws(t, mode)):
                    rest = [i for i in by[t] if i not in set(ex)]
                    right = np.sign(decide(name, t, ex, rest)) == Y[rest]
                    per.setdefault(t, []).append(right.mean())
                    a, b = halves.get(("dev" if t in dev else "other", d), (0, 0))
                    halves[("dev" if t in dev else "other", d)] = (a + right.sum(), b + len(right))
            m = [st.mean(v) for v in per.values()]
            line = f"  {name:16} per motion mean {st.mean(m):.3f} worst {min(m):.3f} ({len(m)} motions)"
            if mode == "random":
                for h in ("dev", "other"):
                    v = [a / b for (hh, _), (a, b) in halves.items() if hh == h]
                    line += f" | {h} half {st.mean(v):.3f} ± {st.stdev(v) / len(v) ** 0.5:.3f} (s.d. per draw {st.stdev(v):.3f})"
            print(line)
