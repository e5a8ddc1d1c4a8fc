#!/usr/bin/env python3
"""Direct gold quotes that no prediction overlaps at all, each with its context, for sorting misses by shape.

    python3 scripts/untouched-direct.py GOLD_DIR PRED_DIR > misses.txt

Uses the shared scorer's own matching (scripts/polnear_articles.py): a gold direct row counts when the scorer matched
no prediction to it and no predicted content overlaps its content by even one character (misses taken by a
prediction that matched a neighbouring gold row are left to `speaker-errors.py --quotes`). Each entry prints the gold
source and cue, the content's word count, and 200 characters before the row (⟦row⟧, then 80 after; ¶ = newline).
The total goes to stderr. On train at 307b1b8: 193 (dev 18); after the untouched-misses pass (ChantFrameQuote,
ShortColonQuote): 181."""
import sys

from polnear_articles import articles


def overlaps(a, b):
    return any(x < d and c < y for x, y in a for c, d in b)


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    n = 0
    for art in articles(gold_dir, pred_dir):
        matched = {gi for _, gi in art.pairs}
        t = art.text
        for gi, g in enumerate(art.golds):
            if not g.direct or gi in matched or any(overlaps(p.content, g.content) for p in art.preds):
                continue
            n += 1
            a = min(x for x, _ in g.content + g.source + g.cue)
            b = max(y for _, y in g.content + g.source + g.cue)
            ctx = t[max(0, a - 200):a] + "⟦" + t[a:b] + "⟧" + t[b:b + 80]
            src = " | ".join(t[x:y] for x, y in g.source)
            cue = " | ".join(t[x:y] for x, y in g.cue)
            words = sum(len(t[x:y].split()) for x, y in g.content)
            print(f"#{n} {art.name}\n  src=[{src}] cue=[{cue}] nwords={words}\n  {ctx.replace(chr(10), ' ¶ ')}\n")
    print("total", n, file=sys.stderr)


if __name__ == "__main__":
    main()
