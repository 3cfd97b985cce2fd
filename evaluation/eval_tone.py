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
and on sentences whose targets all agree. The labels are scored twice: the classifier head's own
(most probable class) and the labels biaslens shows, read off the tone value with the label
band (``tone_model.TONE_BAND``), which this run also chooses on out-of-fold values.
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
    shown = cv["value_labels"]
    print(f"{'metric':40} {'model':>8} {'VADER':>8}")
    print(f"{'NYT Pearson r (grouped by editorial)':40} {cv['model']['nyt_pearson_r']:8.4f} {cv['vader']['nyt_pearson_r']:8.4f}")
    print(f"NewsMTSC macro-F1 of the labels, {'':9} {'classifier':>10} {'value+band':>10} {'VADER':>8}")
    for key, title in (("newsmtsc_macro_f1_per_target", "every target"), ("newsmtsc_macro_f1_unanimous", "unanimous sentences")):
        print(f"  {title:38} {cv['model'][key]:10.4f} {shown[key]:10.4f} {cv['vader'][key]:8.4f}")
    print(f"Label band chosen on all out-of-fold values: {shown['band']:.2f} (shipped: tone_model.TONE_BAND = "
          f"{train.tone_model.TONE_BAND:.2f}); chosen per fold on the other folds: "
          f"{', '.join(f'{b:.2f}' for b in shown['fold_bands'])}.")
    print("Macro-F1 (every target) by band: " + ", ".join(f"{b} {f:.4f}" for b, f in shown["curve"].items()) + ".")
    print("value+band: labels read off the out-of-fold tone value (the labels a report shows), each fold's band chosen "
          f"on the other folds' values (macro-F1 with the band chosen on all folds: {shown['newsmtsc_macro_f1_per_target_in_sample']:.4f}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
