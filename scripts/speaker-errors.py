#!/usr/bin/env python3
"""Error analysis for speakers and direct quotes: which gold speakers a prediction folder gets wrong, and why.

    python3 scripts/speaker-errors.py GOLD_DIR PRED_DIR [--show N] [--kind KIND] [--direct] [--quotes]

Uses the shared scorer's own matching and speaker rule (../shared/eval/score_quotes.py), so the counts add up to its
numbers. Each wrong speaker on a matched pair gets one reason:

  no-source       the prediction has neither a source span nor a speaker name
  own-cue-source  the prediction has the gold cue but takes another phrase as its source
  pronoun-far     the predicted source is a pronoun elsewhere, or a name chosen for a gold pronoun
  nominal         the gold source is a description ("the minister", "the campaign")
  carried-over    the prediction has no cue of its own (quote continuation, carry-over, embedded quote)
  other-cue       the prediction's cue is not the gold cue (a nested or neighbouring cue took the content)
  other           anything else

--direct limits the listing to direct gold quotes; --quotes also lists direct false positives and misses.
The summary line counts every kind; --show N prints N examples of each (or of --kind)."""
import json, os, sys
from collections import Counter, defaultdict

from polnear_articles import articles, sq  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"}


def text_of(text, spans):
    return " | ".join(text[a:b] for a, b in spans)


def is_pronoun(s):
    w = s.strip().lower().split()
    return len(w) == 1 and w[0] in PRONOUNS


def reason(p, g, text):
    if not p.source and not p.speaker:
        return "no-source"
    if not p.cue:
        return "carried-over"
    if sq.interval_overlap(p.cue, g.cue) == 0:
        return "other-cue"
    gs, ps = text_of(text, g.source), text_of(text, p.source)
    if is_pronoun(ps) or is_pronoun(gs):
        return "pronoun-far"
    first = gs.strip().split()[0].lower() if gs.strip() else ""
    if first in {"the", "a", "an", "this", "that", "his", "her", "their", "its"} or gs[:1].islower():
        return "nominal"
    return "own-cue-source"


def context(text, g, width=160):
    a = min(x for x, _ in g.content + g.source + g.cue)
    b = max(y for _, y in g.content + g.source + g.cue)
    a0 = max(0, a - width)
    return text[a0:min(len(text), b + 40)].replace("\n", " ¶ ")


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    only = sys.argv[sys.argv.index("--kind") + 1] if "--kind" in sys.argv else None
    direct_only = "--direct" in sys.argv
    counts, examples, by_resolution = Counter(), defaultdict(list), Counter()
    scored = 0
    fps, fns = [], []
    for art in articles(gold_dir, pred_dir):
        f, gold, text, golds, preds, raw, pairs = art.name + ".json", art.gold, art.text, art.golds, art.preds, art.raw, art.pairs
        mp = dict(pairs)
        mg = {gi: pi for pi, gi in pairs}
        chains = gold.get("coref") or []
        for pi, gi in pairs:
            g, p = golds[gi], preds[pi]
            if not g.source or (direct_only and not g.direct):
                continue
            scored += 1
            ok, _ = sq.speaker_ok(p, g, text, sq.linked_chains(g, chains))
            if ok:
                continue
            k = reason(p, g, text)
            counts[k] += 1
            examples[k].append((f[:-5], text_of(text, g.source), text_of(text, g.cue), text_of(text, p.source), text_of(text, p.cue),
                                p.speaker, raw[pi].get("kind") + "/" + str(raw[pi].get("resolution")), context(text, g)))
            by_resolution[k, raw[pi].get("resolution")] += 1
        if "--quotes" in sys.argv:
            for gi, g in enumerate(golds):
                if g.direct and gi not in mg:
                    fns.append((f[:-5], text_of(text, g.source), text_of(text, g.cue), text_of(text, g.content)[:200]))
            for pi, p in enumerate(preds):
                if pi not in mp and p.direct:
                    fps.append((f[:-5], text_of(text, p.source), text_of(text, p.cue), text_of(text, p.content)[:200],
                                raw[pi].get("kind")))
    wrong = sum(counts.values())
    print(f"scored pairs {scored}, wrong speakers {wrong} ({1 - wrong / max(1, scored):.3f} right)")
    for k, v in counts.most_common():
        print(f"  {k:16} {v}")
    print("by reason and how the predicted speaker was found:")
    for (k, how), v in by_resolution.most_common():
        print(f"  {k:16} {str(how):18} {v}")
    for k, v in counts.most_common():
        if only and k != only:
            continue
        for ex in examples[k][:show]:
            aid, gsrc, gcue, psrc, pcue, spk, kind, ctx = ex
            print(f"\n[{k}] {aid}\n  gold source: {gsrc!r} cue: {gcue!r}\n  pred source: {psrc!r} cue: {pcue!r} speaker: {spk!r} ({kind})"
                  f"\n  … {ctx}")
    if "--quotes" in sys.argv:
        print(f"\ndirect misses {len(fns)}, direct false positives {len(fps)}")
        for aid, src, cue, content in fns[:show or len(fns)]:
            print(f"MISS {aid}: [{src}] [{cue}] {content!r}")
        for aid, src, cue, content, kind in fps[:show or len(fps)]:
            print(f"FP   {aid}: [{src}] [{cue}] ({kind}) {content!r}")


if __name__ == "__main__":
    main()
