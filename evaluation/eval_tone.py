"""Grouped cross-validation of the news-calibrated tone model against VADER alone.

Usage::

    PYTHONPATH=. python evaluation/eval_tone.py [DATA_DIR] [--sdist vaderSentiment-3.3.2.tar.gz] [--packages DIR]

DATA_DIR defaults to ``../shared/eval`` (relative to the repository root) and must hold
``tone/newsmtsc-train.jsonl``; the NYT editorial ratings come from the vaderSentiment 3.3.2
sdist and the Pattern / AFINN lexicons from the textblob 0.20.1 wheel and the afinn 0.1 sdist,
each fetched with pip into a temporary folder unless ``--sdist`` / ``--packages`` name local
copies (sha256-pinned). Exits 0 with a "skipped: ..." message when any is unavailable.

Prints, for the model (refit in every fold, see ``training/train_tone.py``) and for VADER
(compound; labels at +-0.05): Pearson r with the mean human rating of NYT editorial sentences
(5 folds grouped by editorial) and macro-F1 on NewsMTSC (5 folds grouped by event), per target
and on sentences whose targets all agree.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _training_module():
    # Reuse the training code so the evaluation measures exactly the shipped recipe.
    spec = importlib.util.spec_from_file_location("train_tone", REPO / "training" / "train_tone.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Run the grouped CV and print model and VADER numbers side by side."""
    parser = argparse.ArgumentParser(description="Grouped-CV evaluation of the tone model vs VADER")
    parser.add_argument("data_dir", nargs="?", default=str(REPO.parent / "shared" / "eval"))
    parser.add_argument("--sdist", default=None, help="local vaderSentiment-3.3.2.tar.gz (else fetched with pip)")
    parser.add_argument("--packages", default=None, help="folder holding the pinned package files (else each is fetched with pip)")
    args = parser.parse_args(argv)
    train = _training_module()
    loaded = train.load_all(Path(args.data_dir), Path(args.sdist) if args.sdist else None, Path(args.packages) if args.packages else None)
    if isinstance(loaded, str):
        print(loaded)
        return 0
    nyt, ms, lexicons = loaded
    cv, _, _ = train.cross_validate(nyt, ms, lexicons)
    print(f"NYT editorials: {len(nyt['texts'])} sentences, {len(set(nyt['groups']))} editorials; "
          f"NewsMTSC train: {len(ms['texts'])} sentences, {len(set(ms['groups']))} event groups")
    print(f"{'metric':40} {'model':>8} {'VADER':>8}")
    for key, title in (("nyt_pearson_r", "NYT Pearson r (grouped by editorial)"),
                       ("newsmtsc_macro_f1_per_target", "NewsMTSC macro-F1, every target"),
                       ("newsmtsc_macro_f1_unanimous", "NewsMTSC macro-F1, unanimous sentences")):
        print(f"{title:40} {cv['model'][key]:8.4f} {cv['vader'][key]:8.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
