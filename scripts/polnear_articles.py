"""One PolNeAR article at a time with a prediction folder's quotes, parsed and matched by the shared scorer's own rules
(../shared/eval/score_quotes.py), for the error-analysis scripts beside this file."""
import json, os, sys
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score_quotes as sq  # noqa: E402


def spans(obj, key):
    return [(s["start"], s["end"]) for s in (obj.get(key) or [])]


def articles(gold_dir, pred_dir):
    """Yields name, gold (its JSON), text, golds and preds (scorer Quotes), raw (the predicted JSON quotes) and pairs
    (prediction index, gold index) for each gold article, in file order."""
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".json") or f.startswith("prepare_stats"):
            continue
        gold = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        text = gold["text"]
        tok = sq.Tokenizer(text, gold.get("tokens"))
        golds = [sq.Quote(spans(a, "content"), spans(a, "source"), spans(a, "cue"), None, tok, text)
                 for a in gold["attributions"]]
        path = os.path.join(pred_dir, f)
        raw = json.load(open(path, encoding="utf-8"))["quotes"] if os.path.exists(path) else []
        preds = [sq.Quote(spans(q, "content"), spans(q, "source"), spans(q, "cue"), q.get("speaker"), tok, text)
                 for q in raw]
        yield SimpleNamespace(name=f[:-5], gold=gold, text=text, golds=golds, preds=preds, raw=raw,
                              pairs=sq.match_quotes(preds, golds))
