"""Evaluate biaslens's hedge cues on the Szeged Uncertainty Corpus, WikiWeasel part.

Usage::

    PYTHONPATH=. python evaluation/eval_hedging.py [DATA_DIR] [--errors N]

``DATA_DIR`` (default ``../shared/eval`` relative to the repository root) must hold
``hedging/wiki.xml`` (20,748 Wikipedia sentences with ``<ccue type=...>`` uncertainty cues;
Szarvas et al. 2012, CC BY-SA). Exits 0 with "skipped: ..." when it is absent.

What is scored, and why:

* The gold marks *semantic uncertainty*: epistemic modals and probability words, doxastic
  verbs ("is believed", "is considered", "alleged"), conditions ("if") and investigations
  ("whether"). A sentence is uncertain iff it has a cue.
* biaslens's epistemic cues are scored against it, plus those sourcing cues whose meaning the
  gold's scheme counts: belief, allegation and rumour ("analysts believe", "allegedly",
  "is seen as", "reportedly"). Pure attribution ("according to Reuters", "officials say",
  "people familiar with") is never an uncertainty cue in this gold, so it is reported apart.
  Boosters are the opposite of hedges and are not scored here.
* Baseline: Ken Hyland's (2005) hedge list alone (``lexicons/hedges_hyland2005.txt`` in
  ``DATA_DIR``), exact words, as a sentence classifier (published: F1 0.49, P 0.38, R 0.70).

``--errors N`` prints N false positives and N misses (sentence level) to read by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biaslens.hedging import Cue, default_matcher  # noqa: E402

# Sourcing cues whose meaning is belief, allegation or rumour: the gold's doxastic category
# (Szarvas et al. 2012) annotates these words; it never annotates "said" or "according to".
DOXASTIC_WORDS = {
    "believe", "believed", "think", "thought", "expect", "fear", "suspect", "predict", "consider",
    "considered", "regard", "regarded", "speculate", "allege", "alleged", "allegedly", "reportedly",
    "reputedly", "purportedly", "supposedly", "ostensibly", "rumor", "rumour", "rumored", "rumoured",
    "allegation", "allegations", "accusation", "accusations", "accused", "seen", "viewed", "perceived",
    "claimed",
}


def gold_counts(cue: Cue) -> bool:
    """Whether the gold's annotation scheme would count this biaslens cue as uncertainty."""
    if cue.kind == "epistemic":
        return True
    return cue.kind == "sourcing" and any(word in DOXASTIC_WORDS for word in cue.lemma.split())


def load_sentences(path: Path) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """Return ``(id, text, [(start, end, type), ...])`` per sentence of a Szeged XML file."""
    root = ET.parse(path).getroot()
    sentences = []
    for element in root.iter("Sentence"):
        text = element.text or ""
        cues = []
        for child in element:
            start = len(text)
            text += child.text or ""
            if child.tag == "ccue":
                cues.append((start, len(text), _gold_type(child.get("type", ""))))
            text += child.tail or ""
        sentences.append((element.get("id", ""), text, cues))
    return sentences


def _gold_type(raw: str) -> str:
    for name in ("probable", "doxastic", "condition", "investigation"):
        if name in raw:
            return name
    return raw.strip() or "unknown"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 when undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def hyland_regex(path: Path) -> re.Pattern[str]:
    """The Hyland list as one exact-word, case-insensitive regex."""
    words = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words if w and not w.startswith("#")]
    words.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'])", re.I)


def sentence_scores(gold: list[bool], predicted: list[bool]) -> tuple[float, float, float]:
    """Sentence-level P/R/F1 of the uncertain class."""
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    return prf(tp, fp, fn)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the numbers; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"))
    parser.add_argument("--errors", type=int, default=0, help="print this many false positives and misses")
    args = parser.parse_args(argv)
    data = Path(args.data_dir)
    xml_path = data / "hedging" / "wiki.xml"
    if not xml_path.is_file():
        print(f"skipped: {xml_path} not found")
        return 0

    began = time.perf_counter()
    sentences = load_sentences(xml_path)
    matcher = default_matcher()
    matched_at = time.perf_counter()
    found = [matcher.find(text) for _, text, _ in sentences]
    elapsed = time.perf_counter() - matched_at

    gold = [bool(cues) for _, _, cues in sentences]
    counted = [[c for c in cues if gold_counts(c)] for cues in found]
    print(f"WikiWeasel: {len(sentences)} sentences, {sum(gold)} uncertain, "
          f"{sum(len(c) for _, _, c in sentences)} gold cues; matching took {elapsed:.2f} s "
          f"({len(sentences) / max(elapsed, 1e-9):,.0f} sentences/s)")
    print()
    print("Sentence level (uncertain iff it has a cue)      P      R     F1")
    rows = [
        ("biaslens: epistemic + belief/allegation sourcing", [bool(c) for c in counted]),
        ("biaslens: epistemic cues only", [any(c.kind == "epistemic" for c in cues) for cues in found]),
        ("biaslens: any sourcing cue (not the gold's scheme)", [any(c.kind == "sourcing" for c in cues) for cues in found]),
    ]
    hyland_path = data / "lexicons" / "hedges_hyland2005.txt"
    if hyland_path.is_file():
        hyland = hyland_regex(hyland_path)
        rows.append(("baseline: Hyland (2005) list alone", [bool(hyland.search(text)) for _, text, _ in sentences]))
    else:
        print(f"  (baseline skipped: {hyland_path} not found)")
    for label, predicted in rows:
        p, r, f = sentence_scores(gold, predicted)
        print(f"  {label:<48} {p:.3f}  {r:.3f}  {f:.3f}")
    print("  (published Hyland baseline: P 0.38, R 0.70, F1 0.49)")

    # Cue level: a predicted cue is right when it overlaps a gold cue (cue spans differ in
    # extent: gold marks "may", biaslens "may or may not"; "is expected to" vs "expected").
    print()
    print("Cue level (overlap)                               P      R     F1")
    tp_by_type: Counter[str] = Counter()
    fn_by_type: Counter[str] = Counter()
    pred_tp: Counter[str] = Counter()
    pred_all: Counter[str] = Counter()
    for (_, _, gold_cues), cues in zip(sentences, found):
        for g_start, g_end, g_type in gold_cues:
            hit = any(c.start < g_end and g_start < c.end and gold_counts(c) for c in cues)
            (tp_by_type if hit else fn_by_type)[g_type] += 1
        for cue in cues:
            key = cue.kind if cue.kind != "sourcing" else ("sourcing (belief)" if gold_counts(cue) else "sourcing (attribution)")
            pred_all[key] += 1
            if any(cue.start < g_end and g_start < cue.end for g_start, g_end, _ in gold_cues):
                pred_tp[key] += 1
    scored = ("epistemic", "sourcing (belief)")
    tp = sum(pred_tp[k] for k in scored)
    fp = sum(pred_all[k] - pred_tp[k] for k in scored)
    fn = sum(fn_by_type.values())
    p, r, f = prf(tp, fp, fn)
    print(f"  {'all scored cues':<48} {p:.3f}  {r:.3f}  {f:.3f}")
    for gold_type in sorted(set(tp_by_type) | set(fn_by_type)):
        total = tp_by_type[gold_type] + fn_by_type[gold_type]
        print(f"  recall on gold {gold_type:<33}     –  {tp_by_type[gold_type] / total:.3f}     –   ({total} cues)")
    for key in ("epistemic", "sourcing (belief)", "sourcing (attribution)", "booster"):
        if pred_all[key]:
            print(f"  precision of biaslens {key:<26} {pred_tp[key] / pred_all[key]:.3f}     –      –   "
                  f"({pred_all[key]} cues)")
    print(f"\nTotal time {time.perf_counter() - began:.1f} s")

    if args.errors:
        _print_errors(sentences, found, counted, args.errors)
    return 0


def _print_errors(sentences, found, counted, limit: int) -> None:  # type: ignore[no-untyped-def]
    """Print false positives (with the cue) and misses (with the gold cue) to read by hand."""
    fp_lemmas: Counter[str] = Counter()
    fn_words: Counter[str] = Counter()
    fps, fns = [], []
    for (sid, text, gold_cues), cues in zip(sentences, counted):
        if cues and not gold_cues:
            fp_lemmas.update(c.lemma for c in cues)
            fps.append((sid, text, [c.text for c in cues]))
        if gold_cues and not cues:
            fn_words.update(text[s:e].lower() for s, e, _ in gold_cues)
            fns.append((sid, text, [f"{text[s:e]} ({t})" for s, e, t in gold_cues]))
    print("\nFalse-positive sentences by cue:", ", ".join(f"{k} {v}" for k, v in fp_lemmas.most_common(25)))
    print("Missed sentences by gold cue:", ", ".join(f"{k} {v}" for k, v in fn_words.most_common(25)))
    step = max(1, len(fps) // limit) if fps else 1
    print(f"\nFalse positives (every {step}th):")
    for sid, text, cues in fps[::step][:limit]:
        print(f"  [{sid}] {cues} :: {text[:220]}")
    step = max(1, len(fns) // limit) if fns else 1
    print(f"\nMisses (every {step}th):")
    for sid, text, cues in fns[::step][:limit]:
        print(f"  [{sid}] {cues} :: {text[:220]}")


if __name__ == "__main__":
    raise SystemExit(main())
