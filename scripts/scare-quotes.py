#!/usr/bin/python3
"""Scare quotes no statement took: how many gold marks as direct attributions, and can a small learned model find them?

    /usr/bin/python3 scripts/scare-quotes.py GOLD_DIR PRED_DIR [--list]

(/usr/bin/python3 has numpy.) PRED_DIR is a `briefing extract` output of GOLD_DIR. For every double-quoted span of
the text that no predicted content covers (a simple left-to-right pairing of double marks within a paragraph; tweet
embeds with '=' attributes left out), the label is the scorer's own: the span overlaps an unmatched gold attribution
by >= 50 % of the shorter content (one overlapping an already matched gold row would be a false positive).

It prints (1) the candidates by length; (2) a 5-fold cross-validated (by article) logistic model over general features
(length, title case, end punctuation, the word before the mark: determiner, possessive, naming verb, 'as', copula,
preposition, …; the word after it; a speech verb earlier in the sentence), as precision at thresholds, over all
candidates and over short ones (< 6 words) together with the short cue-less quotes the engine already predicts
(feature `accepted`), i.e. a model deciding every short scare quote; (3) the naming frame that NamingFrameQuote
implements (Attribution/NamingFrame.cs): a naming verb, a naming noun ("the phrase") or a naming 'as' within three
words before the mark, over a determiner, object pronoun or comma. --list prints every candidate of the frame with its label.

Findings on train (840 articles, eighth-pass engine): 486 uncovered quotes, 169 gold; the learned model reaches
0.39-0.43 precision at every threshold from 0.3 to 0.6 (9 taken at 0.7); deciding every short scare quote, it drops
engine predictions that are 65-75 % right and adds ones that are 47-55 % right: no subset useful for F1. The naming
frame alone: 47 candidates, 32 gold (68 %), dev 8 / 5; within it the model does no better than taking all. With the
scare-quote filters bypassed for every short quote whose clause has a subject (a throw-away build), train has 407 such
quotes, 153 gold; outside the frame 372 / 126 (34 %), and no single feature there passes 0.55 on 20 or more; the model
over all 407 reaches 0.59 on 49 at 0.6 (CV) but 3 of 8 on dev. In the engine (only quotes whose clause has a subject)
the frame adds train direct tp / fp +28 / +9, dev +5 / +2.
"""
import json, os, re, sys
from collections import OrderedDict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from polnear_articles import articles, sq  # noqa: E402

FUNCTION = set("of the a an and or in on at to for with by from".split())
DETERMINERS = {"the", "a", "an"}
POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
NAMING = set("""called call calls calling dubbed dub dubs dubbing named naming titled entitled labeled labelled labeling
    labelling label labels branded brands branding termed nicknamed known described describes describing deemed
    designated""".split())
COPULAS = set("is was were are be been being become became".split())
PREPOSITIONS = set("of for with by from in on at into about than like to".split())
SPEECH = set("""said says say told tell tells called calls call described describes wrote writes tweeted argued argues
    claimed claims warned warns insisted insists added adds declared declares accused accuses blasted slammed praised
    praises criticized criticizes labeled dubbed mocked attacked touted touts promised promises pledged vowed suggested
    suggests referred refers admitted acknowledged""".split())
NAMING_NOUNS = set("phrase phrases term terms word words slogan slogans moniker nickname nicknames motto mantra catchphrase".split())
BETWEEN = set("the a an his her their its our my your him them it this that these those us me".split())


def double_quotes(text):
    """(start, end) of each double-quoted span, marks included, paired within a line."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        opened = -1
        for i in range(m.start(), m.end()):
            c = text[i]
            if opened < 0:
                if c in "“«\"":
                    opened = i
            elif c in "”»\"":
                out.append((opened, i + 1))
                opened = -1
            elif c in "“«":
                opened = i
    return out


def row(art, a, b, label, accepted):
    text = art.text
    inner = text[a + 1:b - 1]
    return dict(art=art.name, words=len(re.findall(r"[\w’'-]+", inner)), lab=label, accepted=accepted,
                pre=text[max(0, a - 60):a].replace("\n", " ¶ "), inner=inner, post=text[b:b + 30].replace("\n", " ¶ "))


def candidates(gold_dir, pred_dir):
    """Uncovered quotes (accepted=0), and short cue-less quotes the engine predicts (accepted=1)."""
    rows = []
    for art in articles(gold_dir, pred_dir):
        text = art.text
        matched = dict(art.pairs)
        matched_gold = set(matched.values())
        covered = [s for p in art.preds for s in p.content]
        quotes = double_quotes(text)
        for a, b in quotes:
            if any(x < b and y > a for x, y in covered):
                continue
            label = 0
            for gi, g in enumerate(art.golds):
                ov = sq.interval_overlap([(a, b)], g.content)
                if gi not in matched_gold and ov > 0 and ov >= 0.5 * min(b - a, sq.interval_len(g.content)):
                    label = 1
            r = row(art, a, b, label, 0)
            if "=" not in r["pre"][-25:]:
                rows.append(r)
        for pi, (p, raw) in enumerate(zip(art.preds, art.raw)):
            if raw.get("cue") or len(p.content) != 1 or tuple(p.content[0]) not in set(quotes):
                continue
            if pi in matched and not sq.has_quotation_mark(text, art.golds[matched[pi]].content):
                continue  # matched to an indirect gold row: outside the direct subset
            r = row(art, *p.content[0], int(pi in matched), 1)
            if r["words"] < 6:
                rows.append(r)
    return rows


def tokens(s):
    return re.findall(r"[A-Za-z][A-Za-z’'-]*|[0-9]+|[,:;()—–.!?¶]", s)


def features(r):
    inner, words = r["inner"], r["words"]
    f = OrderedDict()
    f["w1"], f["w2"], f["w3"], f["w4-5"], f["w6+"] = words == 1, words == 2, words == 3, 4 <= words <= 5, words >= 6
    content = [w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9’'-]*", inner) if w.lower() not in FUNCTION]
    f["title_case"] = bool(content) and sum(w[0].isupper() or w[0].isdigit() for w in content) * 2 > len(content)
    f["ends_full_stop"] = inner.rstrip()[-1:] in (".", "!", "?")
    f["ends_comma"] = inner.rstrip()[-1:] == ","
    before = tokens(r["pre"].split("¶")[-1])
    p1 = before[-1] if before else "^"
    l1 = p1.lower()
    f["opens_paragraph"] = p1 == "^"
    f["after_determiner"] = l1 in DETERMINERS
    f["after_possessive"] = l1 in POSSESSIVES or l1.endswith("’s") or l1.endswith("'s")
    f["after_as"] = l1 == "as"
    f["after_naming_verb"] = l1 in NAMING
    f["after_copula"] = l1 in COPULAS
    f["after_of"] = l1 == "of"
    f["after_preposition"] = l1 in PREPOSITIONS and l1 != "of"
    f["after_and_or"] = l1 in ("and", "or")
    f["after_comma"] = p1 == ","
    f["after_colon"] = p1 == ":"
    f["after_capitalised"] = p1[0].isupper() and not f["after_possessive"] and p1 != "^"
    f["after_verb_shape"] = p1[:1].islower() and (l1.endswith("ed") or l1.endswith("s")) and not (
        f["after_naming_verb"] or f["after_copula"] or f["after_possessive"])
    last4 = [w.lower() for w in before[-4:]]
    f["as_like_near"] = ("as" in last4 or "like" in last4) and not f["after_as"]
    f["naming_verb_near"] = any(w in NAMING for w in last4[:-1])
    f["speech_verb_in_sentence"] = any(w.lower() in SPEECH for w in before[-12:])
    after = tokens(r["post"])
    n1 = after[0] if after else "$"
    f["before_lower"] = n1[:1].islower()
    f["before_capital"] = n1[:1].isupper()
    f["before_end"] = n1 in (".", "$", "¶")
    f["before_punct"] = n1 in (",", ";", "—", "–", ")")
    f["quote_nearby"] = any(c in r["pre"][-25:] + r["post"][:25] for c in "“”\"")
    f["accepted"] = r["accepted"]
    return [float(v) for v in f.values()], list(f.keys())


def naming_frame(pre):
    """The C# NamingFrame.Introduces, on the 60 characters before the mark."""
    pt = re.findall(r"[A-Za-z][A-Za-z’'-]*|[,:;()—–.!?¶]", pre)
    for i in range(len(pt) - 1, max(-1, len(pt) - 4), -1):
        w = pt[i].lower()
        if w in NAMING or w in NAMING_NOUNS:
            return True
        if w == "as":
            before = pt[i - 1] if i > 0 else ""
            return before[:1].isalpha() and pt[i][0].islower() and before.lower() not in ("such", "so", "same", "well")
        if w not in BETWEEN and pt[i] != ",":
            return False
    return False


def fit(x, y, l2=1.0, steps=3000, rate=0.5):
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        w -= rate * (xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0] / len(y))
    return w


def predict(w, x):
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def cross_validated(rows, l2=1.0, folds=5):
    x = np.array([features(r)[0] for r in rows])
    y = np.array([r["lab"] for r in rows], float)
    names = sorted({r["art"] for r in rows})
    fold = np.array([names.index(r["art"]) % folds for r in rows])
    p = np.zeros(len(y))
    for k in range(folds):
        p[fold == k] = predict(fit(x[fold != k], y[fold != k], l2), x[fold == k])
    return p, y


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    rows = candidates(gold_dir, pred_dir)
    uncovered = [r for r in rows if not r["accepted"]]
    print(f"uncovered quotes: {len(uncovered)}, gold direct: {sum(r['lab'] for r in uncovered)}")
    for lo, hi in ((1, 1), (2, 2), (3, 3), (4, 5), (6, 10 ** 6)):
        part = [r for r in uncovered if lo <= r["words"] <= hi]
        print(f"  {lo}-{hi if hi < 99 else '…'} words: {len(part)}, gold {sum(r['lab'] for r in part)}")
    print("\nlearned model over every uncovered quote (5-fold CV by article): threshold, taken, gold, precision")
    p, y = cross_validated(uncovered)
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        s = p >= t
        print(f"  {t:.1f}  {s.sum():4d}  {int(y[s].sum()):4d}  {y[s].mean() if s.any() else 0:.3f}")
    short = [r for r in rows if r["words"] < 6]
    accepted = np.array([r["accepted"] for r in short], bool)
    print(f"\nlearned model deciding every short scare quote ({accepted.sum()} predicted now, "
          f"{int(sum(r['lab'] for r in short if r['accepted']))} right): threshold, dropped (right), added (right)")
    p, y = cross_validated(short)
    for t in (0.4, 0.5, 0.55, 0.6):
        s = p >= t
        print(f"  {t:.2f}  {(accepted & ~s).sum():3d} ({int(y[accepted & ~s].sum())})  "
              f"{(s & ~accepted).sum():3d} ({int(y[s & ~accepted].sum())})")
    frame = [r for r in uncovered if r["words"] < 6 and naming_frame(r["pre"])]
    print(f"\nnaming frame (short uncovered quotes): {len(frame)}, gold {sum(r['lab'] for r in frame)}")
    if len(frame) >= 10:
        p, y = cross_validated(frame)
        for t in (0.4, 0.5, 0.6):
            s = p >= t
            print(f"  model within the frame {t:.1f}: {s.sum()} taken, {int(y[s].sum())} gold")
    if "--list" in sys.argv:
        for r in frame:
            print(r["lab"], "|", r["pre"][-50:], "[[", r["inner"][:40], "]]", r["post"][:15])


if __name__ == "__main__":
    main()
