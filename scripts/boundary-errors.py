#!/usr/bin/env python3
"""The two statement-boundary classes of direct-quote errors, by the shared scorer's own matching, sorted by shape.

    python3 scripts/boundary-errors.py GOLD_DIR PRED_DIR [--show SHAPE|all] [--max N]

* split: a direct false positive whose content overlaps a gold row that another prediction matched (a statement cut in
  two, or an inner statement annotators keep inside the outer one). Shapes: the gold row's cue is "according to" (the
  app keeps "“X,” Roe said, according to Z" on purpose); the false positive has no cue (a quote fragment); its cue lies
  inside the gold content after a comma ("…, calling it “…”"), after and/but, or after a relative pronoun ("whom he
  called “…”"), or elsewhere inside it; or its cue lies outside the gold content (two statements where gold has one).
* join: a direct gold row no prediction matched whose content a prediction overlaps that matched another gold row (two
  statements run together). Shapes: the prediction runs on past the gold content with no quotation mark in the run-on
  (the scorer pairs it with the run-on's own gold row); it starts before the gold content (a lead-in taken along); or it
  holds two quotes or fragments that gold gives to different statements.

A gold row or prediction is direct per the scorer's `.direct` (a quotation mark in or at its content). Prints the count
per shape, then the items of the shape asked for with the gold row, the matching prediction and the other one."""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear_articles as pa  # noqa: E402

sq = pa.sq
QUOTE_MARKS = "“”\"‘’'"
RELATIVES = {"which", "whom", "who", "that", "what"}


def text_of(text, spans):
    return " | ".join(text[a:b] for a, b in spans).replace("\n", " ¶ ")


def words_before(text, pos, n=3):
    return re.findall(r"[\w’']+|[,;:—]", text[max(0, pos - 60):pos])[-n:]


def split_shape(text, fp, gold):
    if "according to" in text_of(text, gold.cue).lower():
        return "according-to (kept on purpose)"
    if not fp.cue:
        return "cue-less fragment"
    if gold.content and sq.interval_overlap(fp.cue, gold.content) > 0:
        before = [w.lower() for w in words_before(text, fp.cue[0][0])]
        if before and before[-1] in (",", "—"):
            return "inner cue after a comma or dash"
        if before and before[-1] in ("and", "but"):
            return "inner cue after and/but"
        if any(w in RELATIVES for w in before[-2:]):
            return "inner cue after a relative pronoun"
        return "inner cue, other"
    return "cue outside the gold content"


def join_shape(text, gold, pred):
    g_start, g_end = gold.content[0][0], gold.content[-1][1]
    p_start, p_end = pred.content[0][0], pred.content[-1][1]
    run_on = text[g_end:p_end]
    if p_end > g_end + 10 and not any(c in QUOTE_MARKS for c in run_on):
        return "runs on past the quote"
    if p_start < g_start - 10 and not any(c in QUOTE_MARKS for c in text[p_start:g_start]):
        return "takes a lead-in before it"
    return "holds another quote or fragment"


def unmatched_over_matched(rows, matched_rows, others, matched_others):
    """(i, j): each unmatched direct row i with the matched row j of the other side that its content overlaps most."""
    for i, r in enumerate(rows):
        if i in matched_rows or not r.direct or not r.content:
            continue
        hits = [j for j, o in enumerate(others) if o.content and j in matched_others
                and sq.interval_overlap(r.content, o.content) > 0]
        if hits:
            yield i, max(hits, key=lambda j: sq.interval_overlap(r.content, others[j].content))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    limit = int(sys.argv[sys.argv.index("--max") + 1]) if "--max" in sys.argv else 10 ** 9
    items = collections.defaultdict(list)
    for art in pa.articles(gold_dir, pred_dir):
        matched_p = dict(art.pairs)
        matched_g = {g: p for p, g in art.pairs}
        text = art.text
        for pi, gi in unmatched_over_matched(art.preds, matched_p, art.golds, matched_g):
            p, g = art.preds[pi], art.golds[gi]
            items[("split", split_shape(text, p, g))].append(
                (art.name, [("gold", g), ("matched", art.preds[matched_g[gi]]), ("false positive", p)], text))
        for gi, pi in unmatched_over_matched(art.golds, matched_g, art.preds, matched_p):
            g, p = art.golds[gi], art.preds[pi]
            items[("join", join_shape(text, g, p))].append(
                (art.name, [("missed gold", g), ("prediction", p), ("its gold", art.golds[matched_p[pi]])], text))
    for cls in ("split", "join"):
        total = sum(len(v) for k, v in items.items() if k[0] == cls)
        print(f"{cls}: {total}")
        for (c, shape), v in sorted(items.items(), key=lambda kv: -len(kv[1])):
            if c == cls:
                print(f"  {len(v):4}  {shape}")
    for (cls, shape), v in items.items():
        if show not in ("all", shape):
            continue
        print(f"\n== {cls}: {shape}")
        for name, rows, text in v[:limit]:
            print(f"-- {name}")
            for label, q in rows:
                print(f"   {label:15} {text_of(text, q.content)[:300]}  [cue: {text_of(text, q.cue)}]")


if __name__ == "__main__":
    main()
