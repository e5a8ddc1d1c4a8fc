#!/usr/bin/env python3
"""Few-shot tuning folds that never touch a TEST item (standard library only).

  python3 make_cv.py DATA_DIR OUT_DIR

One TEST draw of 25 examples per target is noisy (F_avg moves by ±0.04 between draws), so tune on many:
  SemEval-2016 A: for each id-hash bucket b in 2..9 (0-1 are TEST), score bucket b with 25 examples per target drawn
    (seeded) from the other buckets 2..9; two draws per bucket -> semeval25-cv-b{b}-d{d}.
  IBM: every motion that is not TEST (index % 3 != 0, see make_splits.py), 10 claims as examples, scored on the rest.
    One 10-claim draw moves accuracy by several points, so twelve draws, scored in two halves so that the sentiment
    prior that reads a motion never saw it: ibm10-cv-dev-d{d} (DEV motions, index % 3 == 1, read by prior-dev of
    make_splits.py) and ibm10-cv-alt-d{d} (index % 3 == 2, read by prior-alt: the DEV motions + SemEval buckets 4-9).
  The SemEval runs are read by prior-semeval (the non-TEST IBM motions only: every bucket 2-9 is scored somewhere).
  IBM zero-shot: the 16 non-TEST motions in 8 folds of 2 (fold f holds out the f-th and (f+8)-th), topics written
    from the motion text only, no examples -> ibmzero-cv-f{f}; the sentiment prior that scores fold f is trained
    on the other 14 motions plus SemEval tweets of buckets 4-9 (ibmzero-cv-f{f}.prior.jsonl), so it never saw them.
Writes NAME.topics.json, NAME.items.jsonl, NAME.gold.jsonl per run, NAME.prior.jsonl for the zero-shot folds, and
prior-{alt,semeval}.train.jsonl.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_splits import claim_sentiments, h, ibm_topic, read, run, tweet_sentiments, tweets_of, write  # noqa: E402

LABEL = {"FAVOR": "supports", "AGAINST": "opposes", "NONE": "none"}


def semeval(data, out, draws=2):
    base = json.load(open(os.path.join(data, "semeval2016", "topics.json"), encoding="utf-8"))
    rows = read(os.path.join(data, "semeval2016", "train.jsonl")) + read(os.path.join(data, "semeval2016", "trial.jsonl"))
    rows = [r for r in rows if h(r["id"]) % 10 >= 2]
    name_of = {t["target"]: t["name"] for t in base}
    for b in range(2, 10):
        scored = [r for r in rows if h(r["id"]) % 10 == b]
        pool = sorted((r for r in rows if h(r["id"]) % 10 != b), key=lambda r: h(r["id"]))
        for d in range(draws):
            topics = []
            for t in base:
                mine = [r for r in pool if r["target"] == t["target"]]
                random.Random(1000 * d + b).shuffle(mine)
                topics.append(dict(t, examples=[{"text": r["text"], "stance": LABEL[r["label"]]} for r in mine[:25]]))
            run(out, f"semeval25-cv-b{b}-d{d}", topics,
                [{"id": r["id"], "topic": name_of[r["target"]], "text": r["text"]} for r in scored],
                [{"id": r["id"], "label": r["label"]} for r in scored])


def ibm(data, out, draws=12):
    rows = read(os.path.join(data, "ibm_cs", "train.jsonl"))
    order = sorted({r["topic_id"] for r in rows}, key=int)
    for half, rem in (("dev", 1), ("alt", 2)):
        motions = [m for i, m in enumerate(order) if i % 3 == rem]
        for d in range(draws):
            topics, items, gold = [], [], []
            for m in motions:
                claims = sorted((r for r in rows if r["topic_id"] == m), key=lambda r: h(r["id"]))
                random.Random(d).shuffle(claims)
                t = ibm_topic(claims[0]["target"], claims[0]["topic_target"])
                ex, rest = claims[:10], claims[10:]
                topics.append(dict(t, examples=[{"text": r["text"], "stance": LABEL[r["label"]]} for r in ex]))
                items += [{"id": r["id"], "topic": t["name"], "text": r["text"]} for r in rest]
                gold += [{"id": r["id"], "label": r["label"]} for r in rest]
            run(out, f"ibm10-cv-{half}-d{d}", topics, items, gold)


def priors(data, out):
    """Sentiment priors that never saw what they read: prior-alt (for ibm10-cv-alt: DEV motions + SemEval buckets 4-9)
    and prior-semeval (for semeval25-cv, whose buckets 2-9 are all scored: the non-TEST IBM motions only)."""
    rows = read(os.path.join(data, "ibm_cs", "train.jsonl"))
    index = {m: i for i, m in enumerate(sorted({r["topic_id"] for r in rows}, key=int))}
    tweets = tweets_of(data)
    write(os.path.join(out, "prior-alt.train.jsonl"), claim_sentiments(rows, lambda r: index[r["topic_id"]] % 3 == 1)
          + tweet_sentiments(tweets, lambda r: h(r["id"]) % 10 >= 4))
    write(os.path.join(out, "prior-semeval.train.jsonl"), claim_sentiments(rows, lambda r: index[r["topic_id"]] % 3 != 0))


def ibm_zero(data, out, folds=8):
    rows = read(os.path.join(data, "ibm_cs", "train.jsonl"))
    motions = [m for i, m in enumerate(sorted({r["topic_id"] for r in rows}, key=int)) if i % 3 != 0]
    tweets = tweets_of(data)
    for f in range(folds):
        held = set(motions[f::folds])
        topics, items, gold = [], [], []
        for m in motions:
            if m not in held:
                continue
            claims = [r for r in rows if r["topic_id"] == m]
            t = ibm_topic(claims[0]["target"], claims[0]["topic_target"])
            topics.append(t)
            items += [{"id": r["id"], "topic": t["name"], "text": r["text"]} for r in claims]
            gold += [{"id": r["id"], "label": r["label"]} for r in claims]
        name = f"ibmzero-cv-f{f}"
        run(out, name, topics, items, gold)
        lines = claim_sentiments(rows, lambda r: r["topic_id"] in motions and r["topic_id"] not in held)
        lines += tweet_sentiments(tweets, lambda r: h(r["id"]) % 10 >= 4)
        write(os.path.join(out, name + ".prior.jsonl"), lines)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    semeval(sys.argv[1], sys.argv[2])
    ibm(sys.argv[1], sys.argv[2])
    ibm_zero(sys.argv[1], sys.argv[2])
    priors(sys.argv[1], sys.argv[2])
