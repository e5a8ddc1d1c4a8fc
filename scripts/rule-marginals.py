#!/usr/bin/env python3
"""Which direct quotes one rule alone makes, right or wrong: a base prediction folder against one extracted with that
rule switched off (`briefing extract IN OUT --without RULE`).

    python3 scripts/rule-marginals.py GOLD BASE_PRED WITHOUT_PRED [--show N] [--no-touch]

Uses the shared scorer's own matching (../shared/eval/score_quotes.py). Prints the direct tp / fp difference the rule
makes, how many of the base's false positives that touch no gold content (of any kind) it accounts for, and then the
direct predictions found only with the rule on (and only with it off), each labelled TP or FP with its context.
--no-touch lists only false positives that touch no gold row. A rule whose own additions are right about as often as
wrong cannot be narrowed by dropping it; look for a shape inside its list instead."""
import re
import sys

from polnear_articles import articles, sq  # noqa: E402


def direct_predictions(gold_dir, pred_dir):
    """(article, content spans) -> (matched?, touches gold?, article, prediction) for every direct prediction."""
    out = {}
    for art in articles(gold_dir, pred_dir):
        matched = dict(art.pairs)
        for pi, p in enumerate(art.preds):
            if p.direct:
                touches = any(sq.interval_overlap(p.content, g.content) > 0 for g in art.golds)
                out[art.name, tuple(map(tuple, p.content))] = (pi in matched, touches, art, p)
    return out


def line(entry):
    ok, touches, art, p = entry
    t = art.text
    s, e = p.content[0][0], p.content[-1][1]
    words = len(re.findall(r"[\w'’-]+", t[s:e]))
    src = " ".join(t[a:b] for a, b in p.source)
    cue = " ".join(t[a:b] for a, b in p.cue)
    ctx = (t[max(0, s - 70):s] + "⟦" + t[s:e][:160] + "⟧" + t[e:e + 40]).replace("\n", " ¶ ")
    label = "TP" if ok else ("FP" if touches else "FP-no-touch")
    return f"{label:11} {words:3}w {art.name[:32]} [{src}] [{cue}] … {ctx}"


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    gold, base_dir, without_dir = sys.argv[1:4]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 50
    only_no_touch = "--no-touch" in sys.argv
    base, without = direct_predictions(gold, base_dir), direct_predictions(gold, without_dir)

    def count(d):
        return sum(ok for ok, _, _, _ in d.values()), sum(not ok for ok, _, _, _ in d.values())

    (btp, bfp), (wtp, wfp) = count(base), count(without)
    no_touch_base = {k for k, (ok, touches, _, _) in base.items() if not ok and not touches}
    no_touch_without = {k for k, (ok, touches, _, _) in without.items() if not ok and not touches}
    print(f"rule on vs off: direct tp {btp - wtp:+d}, fp {bfp - wfp:+d} (predictions, matched or not); "
          f"false positives touching no gold: {len(no_touch_base - no_touch_without)} made by the rule, "
          f"{len(no_touch_without - no_touch_base)} only without it")
    for title, mine, other in (("only with the rule on", base, without), ("only with the rule off", without, base)):
        rows = [line(v) for k, v in mine.items() if k not in other and (not only_no_touch or (not v[0] and not v[1]))]
        print(f"\n{title}: {len(rows)}")
        for r in sorted(rows)[:show]:
            print("  " + r)


if __name__ == "__main__":
    main()
