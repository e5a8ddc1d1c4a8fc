#!/usr/bin/env python3
"""Reliability table of `briefing stance` output: for each confidence band, how many committed answers
(supports/opposes) fell in it and how often they were right. Standard library only.

  python3 reliability.py GOLD.jsonl OUT.jsonl [GOLD2 OUT2 ...]
"""
import json
import sys

BANDS = [(0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
MAP = {"supports": "FAVOR", "opposes": "AGAINST"}


def main(args):
    rows = []
    for gold_path, out_path in zip(args[::2], args[1::2]):
        gold = {str(j["id"]): j["label"] for j in map(json.loads, filter(str.strip, open(gold_path, encoding="utf-8")))}
        for o in map(json.loads, filter(str.strip, open(out_path, encoding="utf-8"))):
            if o["stance"] in MAP:
                rows.append((float(o["confidence"]), MAP[o["stance"]] == gold[str(o["id"])]))
    print("| confidence | committed | correct |")
    print("|---|---|---|")
    for lo, hi in BANDS:
        band = [ok for c, ok in rows if lo <= c < hi]
        if band:
            print(f"| {lo:.1f}–{min(hi, 1.0):.1f} | {len(band)} | {sum(band) / len(band):.2f} |")


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        sys.exit(__doc__)
    main(sys.argv[1:])
