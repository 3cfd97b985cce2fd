"""Whose doubt is a hedge? Check the ``reported`` flag of hedging cues against PolNeAR attributions.

Usage::

    PYTHONPATH=. python evaluation/eval_hedge_voice.py [DATA_DIR] [--split dev] [--errors 0]

``DATA_DIR`` defaults to ``../shared/eval``; the corpus is read from
``DATA_DIR/quotes/polnear/<split>/{text,attributions}``. Exits 0 with "skipped: ..." when absent.

What is measured (PolNeAR, Newell, Margolin & Ruths, LREC 2018: every attribution in 7 US
publishers' political news, direct and indirect, with its Content span)
  Every epistemic hedge and booster biaslens finds outside quotation marks. Gold: the cue lies
  inside a gold Content span, so it is part of a view the article attributes to someone ("Akin
  said he still believed he could win"), not the writer's own doubt. Predicted: the item's
  ``reported`` flag. P/R/F1 of "reported" against that gold, and the number a teacher cares
  about: of the cues left as the writer's own doubt, the share that PolNeAR's annotators put
  inside someone's attribution (lower is better).
  Baseline: the three rules the flag had before the Summers/vow/Akin read (a "that" clause of a
  plain verb of saying, a that-less clause's verb right after its subject, a list handed to
  someone else), computed with today's versions of those functions. (Measured with the functions
  as they were then: P 0.818, R 0.088, 30.1% left as the writer's inside an attribution.) Cues in a Content span of a source the annotators left out
  count as gold too; several annotators: the first file by name.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from eval_quotes import read_ann  # noqa: E402

from biaslens.extractors.hedging import HedgingExtractor  # noqa: E402
from biaslens.loaded import in_passage_from_others, in_reported_clause, opens_said_clause  # noqa: E402
from biaslens.records import Article  # noqa: E402
from biaslens.text import split_sentences  # noqa: E402


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(data_dir: Path, split: str, errors: int) -> int:
    """Print the numbers; return the exit code."""
    base = data_dir / "quotes" / "polnear" / split
    if not (base / "text").is_dir():
        print(f"skipped: PolNeAR {split} split not found under {base}")
        return 0
    extractor = HedgingExtractor()
    counts = {"new": [0, 0, 0, 0], "old": [0, 0, 0, 0]}  # tp, fp, fn, tn
    shown: list[str] = []
    ann_files = sorted((base / "attributions").glob("*.ann"))
    articles = 0
    for text_path in sorted((base / "text").glob("*.txt")):
        anns = [p for p in ann_files if re.sub(r"_[0-9a-f]{4}$", "", p.stem) == text_path.stem]
        if not anns:
            continue
        articles += 1
        text = text_path.read_text(encoding="utf-8")
        article = Article(text_path.stem, text_path.name, "polnear", text_path.stem, text, split_sentences(text))
        contents = [frag for gold in read_ann(anns[0], text) for frag in gold.content]
        for item in extractor.score(article).items:
            if item.attrs["cue_kind"] == "sourcing" or item.attrs["quoted"]:
                continue  # a sourcing cue names its source itself; a quoted cue is the speaker's by the marks
            gold = any(a <= item.start and item.end <= b for a, b in contents)
            sentence = article.sentence_at(item.start)
            start = sentence.start if sentence is not None else 0
            old = in_reported_clause(text, start, item.start) or opens_said_clause(text, start, item.start) \
                or in_passage_from_others(text, item.start)
            for name, flag in (("new", bool(item.attrs["reported"])), ("old", old)):
                counts[name][0 if flag and gold else 1 if flag else 2 if gold else 3] += 1
            if errors and len(shown) < errors and bool(item.attrs["reported"]) != gold:
                end = sentence.end if sentence is not None else item.end
                kind = "marked reported, not in an attribution" if item.attrs["reported"] else "left as the writer's, in an attribution"
                shown.append(f"  [{kind}] {item.text!r}: {' '.join(text[start:end].split())[:220]}")
    total = sum(counts["new"])
    print(f"PolNeAR {split}: {articles} articles, {total} epistemic hedges and boosters outside quotation marks")
    print(f"{'reported flag vs gold attribution':44} {'P':>6} {'R':>6} {'F1':>6}  {'writer''s own, in an attribution':>34}")
    for name, label in (("new", "biaslens"), ("old", "baseline: the three earlier rules")):
        tp, fp, fn, tn = counts[name]
        p, r, f = _prf(tp, fp, fn)
        own = fn + tn
        print(f"  {label:42} {p:6.3f} {r:6.3f} {f:6.3f}  {fn:>5}/{own:<5} {fn / own if own else 0.0:6.1%}")
    if shown:
        print("Disagreements:")
        print("\n".join(shown))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--errors", type=int, default=0, help="print this many disagreements with the gold")
    args = parser.parse_args(argv)
    return evaluate(Path(args.data_dir), args.split, args.errors)


if __name__ == "__main__":
    sys.exit(main())
