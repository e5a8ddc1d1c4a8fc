#!/usr/bin/env python3
"""Build `briefing stance` inputs from ../shared/data/stance for held-out measurement (standard library only).

  python3 make_splits.py DATA_DIR OUT_DIR

Splits are fixed by hashing ids (no randomness):
  IBM Claim Stance: whole motions, by topic_id order: every 3rd motion (index % 3 == 0) is TEST, index % 3 == 1
    is DEV, the rest are never scored. Each motion becomes a topic written from the motion text only: name and
    description = the motion's proposition, keywords = the content words of its target phrase; no cues, no examples.
    Few-shot: the first 10 claims of each motion (by id hash) are examples, scored on the rest.
  SemEval-2016 A: train+trial items by id hash bucket (0-9): 0-1 TEST, 2-3 DEV, 4-9 examples for DEV runs;
    TEST runs take 2-9 as examples. "25 per target": the first 25 of each target's example pool by hash.
Writes, per run NAME: NAME.topics.json, NAME.items.jsonl, NAME.gold.jsonl.

Sentiment prior (`briefing stance-train`): prior-SPLIT.train.jsonl, `{"text", "sentiment"}` a line. A claim's
sentiment toward what it discusses is its label times its motion's `topic_sentiment` (FAVOR "ban X" = negative about
X); SemEval tweets add their `sentiment` field. The prior that scores a split never saw its motions or tweets:
  prior-dev: the never-scored IBM motions (index % 3 == 2) + SemEval buckets 4-9 (tuned on DEV);
  prior-test: those plus the DEV motions (index % 3 != 0) + SemEval buckets 4-9 (TEST motions never seen);
  prior-all: every motion and tweet (the model shipped in src/, for text nobody here labelled).
"""
import hashlib
import json
import os
import re
import sys

STOP = set("""a an the of to in on for and or by with from at as is are be been being that this these those it its
their there which who whom whose would should could will can may might must not no all any some such than then
into over under more most less least very so also use using""".split())


def h(s):
    return int(hashlib.sha1(str(s).encode()).hexdigest(), 16)


def read(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def proposition(motion):
    p = re.sub(r"^This house (believes that |believes |would |supports |will )?", "", motion).strip()
    return p[0].upper() + p[1:] if p else motion


def ibm_topic(motion, target):
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", target) if w.lower() not in STOP and len(w) > 2]
    keywords = []
    for w in words:
        k = w if w.isupper() else w.lower()
        if k not in keywords:
            keywords.append(k)
    if len(words) > 1 and target.lower() not in keywords:
        keywords.insert(0, target.lower() if not any(c.isupper() for c in target[1:]) else target)
    prop = proposition(motion)
    return {"name": prop[:80], "description": "Proposition: " + prop + ".", "keywords": keywords or [target]}


def run(out, name, topics, items, gold):
    json.dump(topics, open(os.path.join(out, name + ".topics.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    write(os.path.join(out, name + ".items.jsonl"), items)
    write(os.path.join(out, name + ".gold.jsonl"), gold)


def ibm(data, out):
    rows = read(os.path.join(data, "ibm_cs", "train.jsonl"))
    motions = sorted({r["topic_id"] for r in rows}, key=int)
    for split, rem in (("test", 0), ("dev", 1)):
        chosen = [m for i, m in enumerate(motions) if i % 3 == rem]
        topics, by_id = [], {}
        for m in chosen:
            r0 = next(r for r in rows if r["topic_id"] == m)
            t = ibm_topic(r0["target"], r0["topic_target"])
            topics.append(t)
            by_id[m] = t["name"]
        zs = [r for r in rows if r["topic_id"] in by_id]
        run(out, f"ibm-zero-{split}", topics,
            [{"id": r["id"], "topic": by_id[r["topic_id"]], "text": r["text"]} for r in zs],
            [{"id": r["id"], "label": r["label"]} for r in zs])
        few_topics, items, gold = [], [], []
        for t, m in zip(topics, chosen):
            claims = sorted((r for r in rows if r["topic_id"] == m), key=lambda r: h(r["id"]))
            ex, rest = claims[:10], claims[10:]
            few_topics.append(dict(t, examples=[{"text": r["text"], "stance": "supports" if r["label"] == "FAVOR" else "opposes"} for r in ex]))
            items += [{"id": r["id"], "topic": t["name"], "text": r["text"]} for r in rest]
            gold += [{"id": r["id"], "label": r["label"]} for r in rest]
        run(out, f"ibm-few10-{split}", few_topics, items, gold)


def tweets_of(data):
    return read(os.path.join(data, "semeval2016", "train.jsonl")) + read(os.path.join(data, "semeval2016", "trial.jsonl"))


def claim_sentiments(rows, keep):
    """Prior training lines from IBM claims: the claim's sentiment toward the motion's target is its stance times the
    motion's own sentiment; the target's keywords go along (`briefing stance-train` reads a claim that speaks of
    restricting the target as speaking of the restriction)."""
    word = {1: "positive", -1: "negative"}
    return [{"text": r["text"], "sentiment": word[(1 if r["label"] == "FAVOR" else -1) * int(r["topic_sentiment"])],
             "keywords": ibm_topic(r["target"], r["topic_target"])["keywords"]}
            for r in rows if keep(r)]


def tweet_sentiments(tweets, keep):
    """Prior training lines from SemEval tweets with a positive or negative sentiment label."""
    return [{"text": r["text"], "sentiment": r["sentiment"].lower()}
            for r in tweets if r["sentiment"] in ("POSITIVE", "NEGATIVE") and keep(r)]


def prior(data, out):
    rows = read(os.path.join(data, "ibm_cs", "train.jsonl"))
    motions = sorted({r["topic_id"] for r in rows}, key=int)
    index = {m: i for i, m in enumerate(motions)}
    tweets = tweets_of(data)
    for split, motion_ok, tweet_ok in (
            ("dev", lambda i: i % 3 == 2, lambda r: h(r["id"]) % 10 >= 4),
            ("test", lambda i: i % 3 != 0, lambda r: h(r["id"]) % 10 >= 4),
            ("all", lambda i: True, lambda r: True)):
        lines = claim_sentiments(rows, lambda r: motion_ok(index[r["topic_id"]])) + tweet_sentiments(tweets, tweet_ok)
        write(os.path.join(out, f"prior-{split}.train.jsonl"), lines)


def semeval(data, out):
    base = json.load(open(os.path.join(data, "semeval2016", "topics.json"), encoding="utf-8"))
    rows = read(os.path.join(data, "semeval2016", "train.jsonl")) + read(os.path.join(data, "semeval2016", "trial.jsonl"))
    label = {"FAVOR": "supports", "AGAINST": "opposes", "NONE": "none"}
    name_of = {t["target"]: t["name"] for t in base}
    for split, scored, pool in (("test", {0, 1}, set(range(2, 10))), ("dev", {2, 3}, set(range(4, 10)))):
        test = [r for r in rows if h(r["id"]) % 10 in scored]
        ex = sorted((r for r in rows if h(r["id"]) % 10 in pool), key=lambda r: h(r["id"]))
        items = [{"id": r["id"], "topic": name_of[r["target"]], "text": r["text"]} for r in test]
        gold = [{"id": r["id"], "label": r["label"]} for r in test]
        for kind, limit in (("all", None), ("25", 25)):
            topics = []
            for t in base:
                mine = [r for r in ex if r["target"] == t["target"]]
                mine = mine[:limit] if limit else mine
                topics.append(dict(t, examples=[{"text": r["text"], "stance": label[r["label"]]} for r in mine]))
            run(out, f"semeval-{kind}-{split}", topics, items, gold)
        run(out, f"semeval-zero-{split}", base, items, gold)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    ibm(sys.argv[1], sys.argv[2])
    semeval(sys.argv[1], sys.argv[2])
    prior(sys.argv[1], sys.argv[2])
