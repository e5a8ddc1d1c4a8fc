#!/usr/bin/env python3
"""Does a statement's confidence mean what it says? Speaker accuracy by how the speaker was found, against the
confidence the extractor gave (the reliability table behind StatementKinds.Confidence).

    python3 scripts/speaker-confidence.py GOLD_DIR PRED_DIR

Scores every prediction the shared scorer matches to a gold attribution that has a source, with the scorer's own
speaker rule (../shared/eval/score_quotes.py). Groups: the resolution ("Named", "Pronoun", ...) and whether the
statement quotes ("quote": Direct or Mixed) or reports ("reported": Indirect or Belief). Prints each group's count,
accuracy and mean confidence, then the expected calibration error (count-weighted |accuracy - confidence| over the
groups) and the Brier score, over the statements that name an actor: unresolved and described sources name none, so
their low confidence means "no speaker" and is listed but not scored."""
import sys
from collections import defaultdict

from polnear_articles import articles, sq


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    groups = defaultdict(lambda: [0, 0, 0.0])  # n, right, sum of confidence
    brier, scored = 0.0, 0
    nameless = ("Unresolved", "Described")
    for art in articles(gold_dir, pred_dir):
        chains = art.gold.get("coref") or []
        for pi, gi in art.pairs:
            g = art.golds[gi]
            if not g.source:
                continue
            ok, _ = sq.speaker_ok(art.preds[pi], g, art.text, sq.linked_chains(g, chains))
            q = art.raw[pi]
            kind = "quote" if q["kind"] in ("Direct", "Mixed") else "reported"
            group = groups[(q["resolution"], kind)]
            group[0] += 1
            group[1] += ok
            group[2] += q["confidence"]
            if q["resolution"] not in nameless:
                brier += (q["confidence"] - ok) ** 2
                scored += 1
    print("%-18s %-9s %6s %9s %11s" % ("resolution", "statement", "n", "accuracy", "confidence"))
    ece = 0.0
    for (resolution, kind), (n, right, conf) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        print("%-18s %-9s %6d %9.3f %11.3f" % (resolution, kind, n, right / n, conf / n))
        if resolution not in nameless:
            ece += abs(right - conf)
    print("named speakers %d: expected calibration error %.3f, Brier %.3f" % (scored, ece / scored, brier / scored))


if __name__ == "__main__":
    main()
