#!/usr/bin/env python3
"""How sure a PolNeAR score is: the shared scorer's product metric with a bootstrap interval over articles, and for two
prediction folders the paired difference.

    python3 scripts/eval-interval.py GOLD_DIR PRED_DIR [BASE_PRED_DIR] [--draws 2000]

Each article is scored alone by ../shared/eval/score_quotes.py (its own matching and speaker rule), then articles are
drawn with replacement and their counts summed, so an interval says how much the figure would move on another set of
articles like these (the hidden test is one). With BASE_PRED_DIR the same draws score both folders, and the
difference (PRED minus BASE) gets its interval: a change whose interval straddles 0 is within what a new set of
articles could undo."""
import os, random, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score_quotes as sq  # noqa: E402

METRICS = [("direct", "F1"), ("direct", "speaker"), ("all", "F1"), ("all", "speaker")]


def per_article_counts(gold_dir, pred_dir):
    """{article: {(subset, count): n}} with tp/fp/fn and speaker ok/n per subset, each article scored alone."""
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted(os.listdir(gold_dir)):
            if not f.endswith(".json") or f.startswith("prepare_stats"):
                continue
            g, p = os.path.join(tmp, "g"), os.path.join(tmp, "p")
            for d in (g, p):
                os.makedirs(d, exist_ok=True)
                for old in os.listdir(d):
                    os.remove(os.path.join(d, old))
            os.symlink(os.path.abspath(os.path.join(gold_dir, f)), os.path.join(g, f))
            if os.path.exists(os.path.join(pred_dir, f)):
                os.symlink(os.path.abspath(os.path.join(pred_dir, f)), os.path.join(p, f))
            res = sq.score(g, p)
            c = {}
            for sub in ("direct", "all"):
                prod = res["subsets"][sub]["product"]
                for k in ("tp", "fp", "fn"):
                    c[(sub, k)] = prod[k]
                c[(sub, "ok")] = prod["speaker_correct"]
                c[(sub, "n")] = prod["speaker_scored_pairs"]
            counts[f[:-5]] = c
    return counts


def metric(total, sub, name):
    if name == "speaker":
        return total[(sub, "ok")] / total[(sub, "n")] if total[(sub, "n")] else 0.0
    tp, fp, fn = total[(sub, "tp")], total[(sub, "fp")], total[(sub, "fn")]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def summed(counts, names):
    total = {}
    for a in names:
        for k, v in counts[a].items():
            total[k] = total.get(k, 0) + v
    return total


def interval(values):
    s = sorted(values)
    return s[int(0.05 * len(s))], s[int(0.95 * len(s)) - 1]


def main(argv):
    draws = 2000
    if "--draws" in argv:
        i = argv.index("--draws")
        draws = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir, pred_dir = argv[0], argv[1]
    runs = [per_article_counts(gold_dir, pred_dir)]
    if len(argv) == 3:
        runs.append(per_article_counts(gold_dir, argv[2]))
    names = sorted(runs[0])
    rng = random.Random(13)
    samples = [[rng.choice(names) for _ in names] for _ in range(draws)]
    print(f"{len(names)} articles, {draws} bootstrap draws over articles; 90% intervals")
    for sub, name in METRICS:
        point = [metric(summed(r, names), sub, name) for r in runs]
        boot = [[metric(summed(r, s), sub, name) for r in runs] for s in samples]
        lo, hi = interval([b[0] for b in boot])
        line = f"{sub:6} {name:7}  {point[0]:.4f}  [{lo:.4f}, {hi:.4f}]"
        if len(runs) == 2:
            dlo, dhi = interval([b[0] - b[1] for b in boot])
            better = sum(1 for b in boot if b[0] > b[1]) / draws
            line += f"   base {point[1]:.4f}   difference {point[0] - point[1]:+.4f} [{dlo:+.4f}, {dhi:+.4f}], " \
                    f"higher in {better:.0%} of draws"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
