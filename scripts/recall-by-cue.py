#!/usr/bin/env python3
"""Recall of gold attributions grouped by their cue word, to see which groups of misses are largest.

    python3 scripts/recall-by-cue.py GOLD_DIR PRED_DIR [--top N] [--last-word]

--last-word groups by the cue's last word ("spoke about", "questions about" -> "about"), which shows the long tail's
larger families.

A gold attribution counts as found when a predicted quote's content overlaps it by at least half of the shorter
content (the scorer's matching rule, without its one-to-one constraint). Offsets: the texts here are BMP-only in
practice; prediction offsets are UTF-16 and gold offsets code points, so a text with astral characters is skipped."""
import json, os, sys
from collections import Counter

def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 40
    total, found = Counter(), Counter()
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".json") or f.startswith("prepare_stats"):
            continue
        g = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        if any(ord(c) > 0xFFFF for c in g["text"]):
            continue
        p = os.path.join(pred_dir, f)
        preds = json.load(open(p, encoding="utf-8"))["quotes"] if os.path.exists(p) else []
        pc = [[(c["start"], c["end"]) for c in q["content"]] for q in preds]
        for a in g["attributions"]:
            gc = [(c["start"], c["end"]) for c in a["content"]]
            glen = sum(e - s for s, e in gc)
            cue = " ".join(c["text"].lower() for c in a.get("cue", [])) or "(none)"
            key = (cue.split() or ["(none)"])[-1] if "--last-word" in sys.argv else cue
            key = key if len(key) < 30 else key[:27] + "..."
            total[key] += 1
            for q in pc:
                ov = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in gc for s2, e2 in q)
                qlen = sum(e - s for s, e in q)
                if glen and qlen and ov >= 0.5 * min(glen, qlen):
                    found[key] += 1
                    break
    misses = Counter({k: total[k] - found[k] for k in total})
    n, m = sum(total.values()), sum(misses.values())
    print(f"gold attributions {n}, found {n - m} (recall {(n - m) / n:.3f}), missed {m}")
    print(f"{'cue':30} {'gold':>5} {'found':>5} {'missed':>6} {'recall':>6}")
    for k, v in misses.most_common(top):
        print(f"{k:30} {total[k]:5} {found[k]:5} {v:6} {found[k] / total[k]:6.3f}")

if __name__ == "__main__":
    main()
