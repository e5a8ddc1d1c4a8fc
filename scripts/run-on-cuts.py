#!/usr/bin/env python3
"""What ending run-on contents at their closing quote would do to the shared scorer's figures, without a build.

    python3 scripts/run-on-cuts.py GOLD_DIR PRED_DIR [GROUP ...]

Takes every prediction whose last content fragment has a closing quote mark followed by three or more words with no
quotation mark ("called it “reckless,” linking to a story …"), groups them by the word after the quote (-ing, a
preposition, a determiner, a subordinator, and/but, a capital, other; "comma" when a comma comes first), and for each
group rescores the prediction folder with only that group's contents cut right after the closing mark. Prints the
change in direct and all tp / fp / fn / correct speakers per group (groups under 3 cuts are skipped unless named).

Why: the scorer pairs a prediction with a gold row at ≥ 50 % overlap of the shorter content, so a content that runs on
past its quote still matches a gold row that covers the quote; a cut only changes the score where the run-on has a gold
row of its own, or where the prediction matched that row and not the quote's. Run it before building a rule that ends
contents after a quote. Train, main at 2e732e2: no group gains more than 4 direct matches, and every group with a gain
adds about as many false positives (the groups summed: +6 tp, +18 fp). About 7 minutes on train."""
import collections
import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score_quotes as sq  # noqa: E402

PREPOSITIONS = {"in", "on", "at", "from", "for", "to", "with", "by", "during", "after", "before", "over", "about", "of"}
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its"}
SUBORDINATORS = {"who", "which", "that", "where", "when", "as", "while", "because", "since", "though", "although",
                 "even", "if", "until"}


def connector(rest):
    """The group of the text after a closing quote, by its first word."""
    words = rest.lstrip(" ,")
    comma = "comma " if "," in rest[:len(rest) - len(words)] else ""
    m = re.match(r"[\w'’-]+", words)
    w = m.group(0).lower() if m else words[:1]
    if w.endswith("ing"):
        kind = "-ing"
    elif w in PREPOSITIONS:
        kind = "prep:" + w
    elif w in DETERMINERS:
        kind = "det"
    elif w in SUBORDINATORS:
        kind = "sub:" + w
    elif w in ("and", "but", "or"):
        kind = w
    elif words[:1].isupper():
        kind = "Cap"
    else:
        kind = "other"
    return comma + kind


def cuts_by_group(gold_dir, pred_dir):
    """{group: {file: [(quote index, cut content)]}}"""
    groups = collections.defaultdict(dict)
    for f in sorted(os.listdir(pred_dir)):
        if not f.endswith(".json") or not os.path.exists(os.path.join(gold_dir, f)):
            continue
        text = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))["text"]
        quotes = json.load(open(os.path.join(pred_dir, f), encoding="utf-8"))["quotes"]
        for qi, q in enumerate(quotes):
            content = q.get("content") or []
            if not content:
                continue
            a, b = content[-1]["start"], content[-1]["end"]
            fragment = text[a:b]
            closes = [m.start() for m in re.finditer(r'[”"]', fragment)]
            if not closes:
                continue
            k = closes[-1]
            if fragment[k] == '"' and fragment[:k].count('"') % 2 == 0:
                continue  # a straight mark that opens a quote
            rest = fragment[k + 1:]
            if any(ch in "“”\"" for ch in rest) or "''" in rest or len(rest.split()) < 3:
                continue
            groups[connector(rest)].setdefault(f, []).append((qi, content[:-1] + [{"start": a, "end": a + k + 1}]))
    return groups


def figures(gold_dir, pred_dir):
    result = sq.score(gold_dir, pred_dir)
    out = {}
    for sub in ("direct", "all"):
        p = result["subsets"][sub]["product"]
        out[sub] = (p["tp"], p["fp"], p["fn"], p["speaker_correct"])
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold_dir, pred_dir, only = sys.argv[1], os.path.abspath(sys.argv[2]), set(sys.argv[3:])
    base = figures(gold_dir, pred_dir)
    print("base direct tp/fp/fn/speaker", base["direct"], " all", base["all"])
    groups = cuts_by_group(gold_dir, pred_dir)
    for group, files in sorted(groups.items(), key=lambda kv: -sum(len(v) for v in kv[1].values())):
        n = sum(len(v) for v in files.values())
        if (only and group not in only) or (not only and n < 3):
            continue
        tmp = tempfile.mkdtemp()
        try:
            for f in os.listdir(pred_dir):
                if f.endswith(".json") and f not in files:
                    os.symlink(os.path.join(pred_dir, f), os.path.join(tmp, f))
            for f, cuts in files.items():
                doc = json.load(open(os.path.join(pred_dir, f), encoding="utf-8"))
                for qi, content in cuts:
                    doc["quotes"][qi]["content"] = content
                json.dump(doc, open(os.path.join(tmp, f), "w", encoding="utf-8"))
            after = figures(gold_dir, tmp)
        finally:
            shutil.rmtree(tmp)
        diff = {sub: [after[sub][i] - base[sub][i] for i in range(4)] for sub in ("direct", "all")}
        print(f"{group:16} cuts {n:4}  direct tp/fp/fn/speaker {diff['direct']}  all {diff['all']}", flush=True)


if __name__ == "__main__":
    main()
