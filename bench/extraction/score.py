#!/usr/bin/env python3
"""Scores article extraction on the shared extraction corpora with the scrapinghub benchmark's own scorer.

Usage: score.py CORPUS_ROOT WORK_DIR [NAME=PREDICTIONS.json ...]

Each PREDICTIONS.json maps a page id to {"articleBody": "..."} (the benchmark's output format). For the scrapinghub
set it is scored beside the published extractors' outputs; for the modern-web set it is scored with the same shingle
matching, plus the share of must-have sentences ("with") found and of listed furniture ("without") leaked, both
compared case- and whitespace-insensitively. The labels often write typographic quotes and dashes as plain ones
where the page has curly ones ("you've" for "you’ve"), so the share found is also shown with quotes and dashes
made plain on both sides ("with*").
"""
import importlib.util
import json
import re
import sys
from pathlib import Path


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip().lower()


PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def plain(text):
    return norm(text).translate(PLAIN)


def modern_web(scorer, truth, predictions):
    tp_fp_fns = []
    with_total = with_found = with_plain = without_total = without_leaked = 0
    for key, page in truth.items():
        pred = predictions.get(key, {}).get("articleBody", "")
        tp_fp_fns.append(scorer.string_shingle_matching(true=page.get("articleBody", ""), pred=pred))
        text = norm(pred)
        plain_text = plain(pred)
        for sentence in page.get("with", []) or []:
            with_total += 1
            with_found += norm(sentence) in text
            with_plain += plain(sentence) in plain_text
        for furniture in page.get("without", []) or []:
            without_total += 1
            without_leaked += norm(furniture) in text
    m = scorer.metrics_from_tp_fp_fns(tp_fp_fns)
    m["with"] = with_found / max(1, with_total)
    m["with*"] = with_plain / max(1, with_total)
    m["without"] = without_leaked / max(1, without_total)
    return m


def main():
    corpus = Path(sys.argv[1])
    names = dict(arg.split("=", 1) for arg in sys.argv[3:])
    scorer = load_scorer(corpus / "extraction/scrapinghub/evaluate.py")
    for subset in ("scrapinghub", "modern-web"):
        truth = json.loads((corpus / "extraction" / subset / "ground-truth.json").read_text(encoding="utf8"))
        runs = {}
        for name, path in names.items():
            if name.startswith(subset + ":"):
                runs[name.split(":", 1)[1]] = json.loads(Path(path).read_text(encoding="utf8"))
        if not runs:
            continue
        print(f"== {subset}: {len(truth)} pages")
        if subset == "scrapinghub":
            published = {}
            for path in sorted((corpus / "extraction/scrapinghub/output").glob("*.json")):
                prediction, _ = scorer.load_prediction(path)
                published[path.stem] = prediction
            rows = []
            for name, prediction in list(runs.items()) + list(published.items()):
                missing = {k: {"articleBody": ""} for k in truth if k not in prediction}
                metrics = scorer.evaluate(truth, {**{k: v for k, v in prediction.items() if k in truth}, **missing}, 0)
                rows.append((metrics["f1"], metrics["precision"], metrics["recall"], name, name in runs))
            print(f"{'':3}{'extractor':<22} {'F1':>6} {'prec.':>6} {'recall':>6}")
            for f1, p, r, name, ours in sorted(rows, reverse=True):
                print(f"{'>> ' if ours else '   '}{name:<22} {f1:6.3f} {p:6.3f} {r:6.3f}")
        else:
            print(f"{'extractor':<22} {'F1':>6} {'prec.':>6} {'recall':>6} {'with':>6} {'with*':>6} {'leaked':>7}")
            for name, prediction in runs.items():
                m = modern_web(scorer, truth, prediction)
                print(f"{name:<22} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} {m['with']:6.1%} "
                      f"{m['with*']:6.1%} {m['without']:7.1%}")
        print()


if __name__ == "__main__":
    main()
