"""Loaded language on BABE: word-level P/R/F1 and sentence-level macro-F1, out of fold.

Usage::

    python evaluation/eval_loaded.py [DATA_DIR] [--errors N]

Data: ``DATA_DIR/loaded/babe-dev.csv`` (default ``../shared/eval``; see its README). Skips with a
message when absent.

Protocol: 5 folds by a hash of the sentence. For each held-out fold, the word model is fit on
the other four, and the threshold is chosen on those four alone (from their own out-of-fold
scores, nested); the held-out fold is then scored once. Numbers are pooled over the five held-out
folds, so every number below is on sentences the model and the threshold never saw.

* word level: a word the system reports (in the outlet's own voice) is a true positive when the
  experts marked that word in that sentence; micro P/R/F1 over all sentences.
* sentence level: a sentence is "biased" when the system reports at least one word in the
  outlet's own voice (the rule the report uses); macro-F1 over biased / non-biased.

A last line splits the sentence decision into its parts: the sentence model alone, what the floor
takes away (a loaded sentence must show one of its own words) and what the display rules add.

Baseline: the published bias-word lexicon (Spinde et al. 2021, 2,130 words) alone: a word is
loaded when it is in the lexicon; a sentence when it has at least as many lexicon words as a
count chosen on the training folds (in practice 1). The BABE paper's supervised transformers reach
sentence macro-F1 about 0.80: a ceiling, not a goal.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "training")]

from train_loaded import N_FOLDS, best_threshold, export, macro_f1, prepare, train  # noqa: E402

from biaslens import loaded  # noqa: E402

LEXICON_PATH = Path("loaded") / "bias_word_lexicon.txt"
# Word cuts (floor = word threshold) reported beside the chosen one, each with the sentence
# threshold chosen for it on the training folds: how precision trades against recall.
REPORT_CUTS = (0.18, 0.25, 0.3, 0.35, 0.4)


def word_prf(sentences, predicted: list[set[str]]) -> tuple[float, float, float, int, int, int]:
    """Micro P/R/F1 of predicted word sets against the marked words, with tp/fp/fn."""
    tp = fp = fn = 0
    for s, pred in zip(sentences, predicted):
        tp += len(pred & s.marked)
        fp += len(pred - s.marked)
        fn += len(s.marked - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    """Run the protocol in the module docstring and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent.parent / "shared" / "eval"))
    parser.add_argument("--errors", type=int, default=0, help="print this many false positives and misses to read")
    args = parser.parse_args(argv)
    data_dir = Path(args.data_dir)
    data = prepare(data_dir) if (data_dir / LEXICON_PATH).exists() else None
    if data is None:
        print(f"skipped: {data_dir / 'loaded'} (babe-dev.csv, bias_word_lexicon.txt) not found")
        return 0
    sentences, res, feats, golds, terms = data.sentences, data.res, data.feats, data.golds, data.terms
    results: list[loaded.SentenceResult | None] = [None] * len(sentences)
    fold_cuts = []
    at_cut: dict[float, list[loaded.SentenceResult | None]] = {c: [None] * len(sentences) for c in REPORT_CUTS}
    for k in range(N_FOLDS):
        train_idx = [i for i, s in enumerate(sentences) if s.fold != k]
        parts, _ = train(train_idx, sentences, feats, golds, terms)
        # Score the held-out fold through the shipped code path: export, parse, analyse_sentence.
        model = loaded.parse_model(export(parts, data.subjectivity, data.polarity, data.pattern_meta, "", {}))
        fold_cuts.append(model)
        points = {round(r["floor"], 2): r for r in parts["points"] if r["cut"] == r["floor"]}
        others = {c: replace(model, word_threshold=c, floor=c, sentence_threshold=points[c]["sentence"])
                  for c in REPORT_CUTS}
        for i, s in enumerate(sentences):
            if s.fold == k:
                results[i] = loaded.analyse_sentence(s.text, 0, len(s.text), s.quotes, res, model)
                for c, other in others.items():
                    at_cut[c][i] = loaded.analyse_sentence(s.text, 0, len(s.text), s.quotes, res, other)
    gold = np.array([s.biased for s in sentences])
    pred = np.array([r.loaded for r in results])
    own = [{loaded.normalise(w) for lw in r.words if not lw.quoted for w in lw.text.split()} for r in results]
    wp, wr, wf, *_ = word_prf(sentences, own)
    quoted_too = [{loaded.normalise(w) for lw in r.words for w in lw.text.split()} for r in results]
    qp, qr, qf, *_ = word_prf(sentences, quoted_too)

    lexicon = {line.strip().lower() for line in (data_dir / LEXICON_PATH).read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    counts = np.array([sum(loaded.normalise(s.text[a:b]) in lexicon for a, b in s.spans) for s in sentences])
    base_pred = np.zeros(len(sentences), dtype=bool)
    for k in range(N_FOLDS):
        in_train = np.array([s.fold != k for s in sentences])
        need = best_threshold(counts[in_train].astype(float), gold[in_train])
        base_pred[~in_train] = counts[~in_train] >= max(need, 1)
    base_words = [{loaded.normalise(s.text[a:b]) for a, b in s.spans} & lexicon for s in sentences]
    bp, br, bf, *_ = word_prf(sentences, base_words)

    print(f"BABE dev, {len(sentences)} sentences ({int(gold.sum())} biased), {N_FOLDS} folds, every number held out")
    print("thresholds chosen on training folds (sentence / word / floor): "
          + ", ".join(f"{m.sentence_threshold:.3f} / {m.word_threshold:.2f} / {m.floor:.2f}" for m in fold_cuts))
    print()
    print("| | word P | word R | word F1 | sentence macro-F1 |")
    print("|---|---:|---:|---:|---:|")
    print(f"| biaslens, outlet's own voice (as in the report) | {wp:.3f} | {wr:.3f} | **{wf:.3f}** | **{macro_f1(gold, pred):.3f}** |")
    print(f"| biaslens, words in quotations counted too | {qp:.3f} | {qr:.3f} | {qf:.3f} | (same) |")
    print(f"| bias-word lexicon alone (Spinde et al. 2021) | {bp:.3f} | {br:.3f} | {bf:.3f} | {macro_f1(gold, base_pred):.3f} |")
    print("| supervised transformers (BABE paper), ceiling | | | | 0.80 |")
    print()
    print("Operating points (held out; each cut is the floor and the word threshold, its sentence threshold chosen on the training folds):")
    print()
    print("| tier | word P | word R | word F1 | sentence macro-F1 |")
    print("|---|---:|---:|---:|---:|")
    for c, rows in at_cut.items():
        words = [{loaded.normalise(w) for lw in r.words if not lw.quoted for w in lw.text.split()} for r in rows]
        cp, cr, cf, *_ = word_prf(sentences, words)
        print(f"| model, cut {c:.2f} | {cp:.3f} | {cr:.3f} | {cf:.3f} | {macro_f1(gold, np.array([r.loaded for r in rows])):.3f} |")
    # The lexicon tier: what `model = false` shows (biaslens's own lexicon, every entry counts).
    lex = [loaded.lexicon_words(s.text, 0, len(s.text), s.quotes) for s in sentences]
    lex_words = [{loaded.normalise(w) for lw in found if not lw.quoted for w in lw.text.split()} for found in lex]
    lp, lr, lf, *_ = word_prf(sentences, lex_words)
    lex_pred = np.array([any(not lw.quoted for lw in found) for found in lex])
    print(f"| biaslens lexicon alone (model = false) | {lp:.3f} | {lr:.3f} | {lf:.3f} | {macro_f1(gold, lex_pred):.3f} |")
    _print_decision_parts(sentences, results, fold_cuts, gold, pred)
    if args.errors:
        _print_errors(sentences, own, pred, args.errors)
        _print_sentence_errors(sentences, results, pred, args.errors)
    return 0


def _print_decision_parts(sentences, results, models, gold: np.ndarray, pred: np.ndarray) -> None:
    """What each part of the decision does to sentence macro-F1, held out: the sentence model alone
    (its probability at the threshold chosen on the training folds), the sentences the floor takes
    away (no own word strong enough to show), and those the rules add whatever the probability
    (epithets, manner of speaking, doubting verbs of saying)."""
    over = np.array([r.probability >= models[s.fold].sentence_threshold for s, r in zip(sentences, results)])
    floored, added = over & ~pred, pred & ~over
    print()
    print(f"Decision parts (held out): sentence model alone {macro_f1(gold, over):.3f}; the floor takes away "
          f"{int(floored.sum())} sentences ({int((floored & gold).sum())} biased); the rules add {int(added.sum())} "
          f"({int((added & gold).sum())} biased); both: {macro_f1(gold, pred):.3f}")


def _print_errors(sentences, own, pred, n: int) -> None:
    """False positives (reported, not marked) and misses (marked, not reported), to read by hand."""
    fps, misses = [], []
    for s, words, p in zip(sentences, own, pred):
        for w in sorted(words - s.marked):
            fps.append((w, s.biased, s.text))
        for w in sorted(s.marked - words):
            misses.append((w, p, s.text))
    print(f"\nfalse positives (word, sentence biased?, sentence), every {max(1, len(fps) // n)}th:")
    for w, b, t in fps[:: max(1, len(fps) // n)][:n]:
        print(f"  {w!r} [{'biased' if b else 'not biased'}] {t[:170]}")
    print(f"\nmisses (word, sentence flagged?, sentence), every {max(1, len(misses) // n)}th:")
    for w, p, t in misses[:: max(1, len(misses) // n)][:n]:
        print(f"  {w!r} [{'flagged' if p else 'not flagged'}] {t[:170]}")


def _print_sentence_errors(sentences, results, pred, n: int) -> None:
    """Sentences over-flagged (flagged, gold not biased) and missed (gold biased, not flagged), to read by hand."""
    over = [(r, s) for s, r, p in zip(sentences, results, pred) if p and not s.biased]
    missed = [(r, s) for s, r, p in zip(sentences, results, pred) if not p and s.biased]
    for title, rows in (("over-flagged sentences (probability, shown words)", over),
                        ("missed sentences (probability, marked words)", missed)):
        step = max(1, len(rows) // n)
        print(f"\n{title}: {len(rows)}, every {step}th:")
        for r, s in rows[::step][:n]:
            words = [w.text for w in r.words if not w.quoted] if r.loaded else sorted(s.marked)
            print(f"  {r.probability:.2f} {words} {s.text[:200]}")


if __name__ == "__main__":
    raise SystemExit(main())
