"""Train biaslens's news-calibrated sentence tone model and write biaslens/models/tone_model.json.

Usage::

    PYTHONPATH=. python training/train_tone.py [DATA_DIR] [--out PATH] [--cv-only]

Data (both public, human-rated news sentences; never copied into the repository):

* NYT editorial snippets (Hutto & Gilbert 2014): ``nytEditorialSnippets_GroundTruth.txt`` inside
  ``additional_resources/hutto_ICWSM_2014.tar.gz`` of the vaderSentiment 3.3.2 source
  distribution, fetched with ``pip download --no-deps --no-binary :all: vaderSentiment==3.3.2``
  and checked against the pinned sha256 below. Lines: ``EDITORIAL_SENTENCE<TAB>rating<TAB>text``,
  latin-1; rating = mean of 20 raters on -4..+4.
* NewsMTSC train split (Hamborg & Donnay 2021): ``DATA_DIR/tone/newsmtsc-train.jsonl``.
  NewsMTSC labels sentiment *toward a named target*; biaslens needs the tone of the sentence.
  We keep the 95% of sentences whose targets all carry the same polarity and use that polarity
  as the sentence's label; sentences whose targets disagree (e.g. one negative, one neutral)
  have no single sentence tone and are left out of training. Evaluation scores every target
  with the sentence-level prediction (how the published VADER baseline is computed) and also
  reports the unanimous sentences alone.

Model (why two heads): the two corpora measure different things. NYT gives graded intensity
(mean human rating), NewsMTSC gives a 3-way decision on hard news. A Ridge regressor learns the
value from NYT; a multinomial logistic regression learns the label from NewsMTSC. Both read the
same features (VADER scores, VADER-lexicon sums, TF-IDF of words / word pairs / word prefixes);
the regressor also reads the classifier's lean p(pos) - p(neg), which carries what NewsMTSC
taught about news vocabulary ("blamed", "slammed") into the value. The label is the classifier's
most probable class: its decision rule is the one it was trained for, so no thresholds on the
value are tuned (and none can overfit). Thresholds at +-0.05 on VADER's compound are the
baseline, as its authors recommend.

Honest evaluation: 5-fold cross-validation grouped by editorial on NYT (GroupKFold) and grouped
by AllSides event id on NewsMTSC (sentences of one event and identical sentences never straddle
folds); in fold k the whole pipeline (vocabulary, idf, both heads) is refit on the other folds of
*both* corpora. Seeds are fixed; the solvers are deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
import sklearn
from scipy.stats import pearsonr
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from biaslens import tone_model  # noqa: E402  (after the path tweak above)

VADER_SDIST = "vaderSentiment-3.3.2.tar.gz"
VADER_SDIST_SHA256 = "5d7c06e027fc8b99238edb0d53d970cf97066ef97654009890b83703849632f9"
NYT_MEMBER = "hutto_ICWSM_2014/nytEditorialSnippets_GroundTruth.txt"
NEWSMTSC_PATH = Path("tone") / "newsmtsc-train.jsonl"
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC polarity -> index into tone_model.LABELS

MODEL_VERSION = "1"
SEED = 0
N_FOLDS = 5
# Hyperparameters, chosen by grouped CV on the training data only (see the report).
MIN_DF = 3  # a term must occur in 3 training sentences: keeps the file small, drops noise
MAX_TERMS = 8000  # most frequent terms: keeps the JSON a few hundred KB; rarer terms get unreliable weights
CLF_C = 1.0
RIDGE_ALPHA = 3.0
VADER_THRESHOLD = 0.05  # VADER's authors' neutral band for compound


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def fetch_vader_sdist(dest: Path) -> Path | None:
    """Download the vaderSentiment 3.3.2 sdist with pip into ``dest``; None if pip cannot."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--quiet", "vaderSentiment==3.3.2", "-d", str(dest)]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
        return None
    path = dest / VADER_SDIST
    return path if path.exists() else None


def load_nyt(sdist: Path) -> dict[str, Any]:
    """Read the NYT editorial snippets out of the (sha256-checked) vaderSentiment sdist."""
    blob = sdist.read_bytes()
    if sha256(blob) != VADER_SDIST_SHA256:
        raise SystemExit(f"{sdist}: sha256 {sha256(blob)} is not the pinned {VADER_SDIST_SHA256}")
    with tarfile.open(fileobj=io.BytesIO(blob)) as outer:
        inner_bytes = outer.extractfile("vaderSentiment-3.3.2/additional_resources/hutto_ICWSM_2014.tar.gz").read()
    with tarfile.open(fileobj=io.BytesIO(inner_bytes)) as inner:
        raw = inner.extractfile(NYT_MEMBER).read()
    texts, ratings, groups = [], [], []
    for line in raw.decode("latin-1").splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        sid, rating, text = parts
        texts.append(text)
        ratings.append(float(rating))
        groups.append(sid.split("_")[0])  # editorial id: "1_3" is editorial 1, sentence 3
    return {"texts": texts, "y": np.array(ratings), "groups": np.array(groups), "sha256": sha256(raw), "sdist_sha256": VADER_SDIST_SHA256}


def load_newsmtsc(path: Path) -> dict[str, Any]:
    """Read NewsMTSC: sentence, per-target polarities, unanimous label (-1 if mixed), event group."""
    raw = path.read_bytes()
    texts, targets, labels, groups = [], [], [], []
    group_of_text: dict[str, str] = {}
    for line in raw.decode("utf-8").splitlines():
        row = json.loads(line)
        text = row["sentence_normalized"]
        # primary_gid = allsides_<article>_<event>_<sentence>_...: articles of one event
        # (left/centre/right outlets) share wording, so the event is the group; a sentence text
        # seen before keeps its first group so duplicates never straddle folds.
        event = row["primary_gid"].split("_")[2]
        groups.append(group_of_text.setdefault(text, event))
        polarities = [POLARITY[t["polarity"]] for t in row["targets"]]
        texts.append(text)
        targets.append(polarities)
        labels.append(polarities[0] if len(set(polarities)) == 1 else -1)
    return {"texts": texts, "targets": targets, "label": np.array(labels), "groups": np.array(groups), "sha256": sha256(raw)}


def vader_scores(texts: list[str]) -> list[dict[str, float]]:
    """VADER's polarity_scores for each sentence (one shared analyzer)."""
    analyzer = tone_model._vader()
    return [analyzer.polarity_scores(t) for t in texts]


def dense_matrix(texts: list[str], scores: list[dict[str, float]]) -> np.ndarray:
    """The dense features of tone_model for each sentence."""
    lexicon = tone_model._vader().lexicon
    return np.array([tone_model.dense_features(t, s, lexicon) for t, s in zip(texts, scores)])


def _g(x: float) -> float:
    # 6 significant digits: keeps the JSON small; predictions move by < 1e-4.
    return float(f"{x:.6g}")


def fit(nyt: dict, ms: dict, nyt_idx: np.ndarray, ms_idx: np.ndarray) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fit vectoriser, classifier and regressor on the given rows; return (JSON model, sklearn parts)."""
    ms_idx = ms_idx[ms["label"][ms_idx] >= 0]  # unanimous sentences only
    nyt_texts = [nyt["texts"][i] for i in nyt_idx]
    ms_texts = [ms["texts"][i] for i in ms_idx]
    vectorizer = TfidfVectorizer(analyzer=tone_model.analyse, min_df=MIN_DF, max_features=MAX_TERMS, sublinear_tf=True, dtype=np.float64)
    vectorizer.fit(nyt_texts + ms_texts)
    x_ms = sp.hstack([vectorizer.transform(ms_texts), sp.csr_matrix(ms["dense"][ms_idx])]).tocsr()
    classifier = LogisticRegression(C=CLF_C, max_iter=5000, random_state=SEED).fit(x_ms, ms["label"][ms_idx])
    x_nyt = sp.hstack([vectorizer.transform(nyt_texts), sp.csr_matrix(nyt["dense"][nyt_idx])]).tocsr()
    proba = classifier.predict_proba(x_nyt)
    lean = proba[:, 2] - proba[:, 0]
    regressor = Ridge(alpha=RIDGE_ALPHA, random_state=SEED).fit(sp.hstack([x_nyt, sp.csr_matrix(lean[:, None])]).tocsr(), nyt["y"][nyt_idx] / 4.0)
    terms = vectorizer.get_feature_names_out().tolist()
    model = {
        "format": "biaslens-tone-model",
        "version": MODEL_VERSION,
        "dense_features": list(tone_model.DENSE_NAMES),
        "vectorizer": {"analyzer": "biaslens.tone_model.analyse", "sublinear_tf": True, "norm": "l2", "terms": terms, "idf": [_g(v) for v in vectorizer.idf_]},
        "classifier": {
            "kind": "sklearn LogisticRegression (multinomial)",
            "labels": [tone_model.LABELS[int(c)] for c in classifier.classes_],
            "coef": [[_g(v) for v in row] for row in classifier.coef_],
            "intercept": [_g(v) for v in classifier.intercept_],
        },
        "regressor": {"kind": "sklearn Ridge", "target": "mean NYT rating / 4", "coef": [_g(v) for v in regressor.coef_], "intercept": _g(float(regressor.intercept_))},
    }
    return model, {"vectorizer": vectorizer, "classifier": classifier, "regressor": regressor}


def sklearn_predict(parts: dict[str, Any], texts: list[str], dense: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(value, label index) from the fitted scikit-learn objects, for the JSON round-trip check."""
    x = sp.hstack([parts["vectorizer"].transform(texts), sp.csr_matrix(dense)]).tocsr()
    proba = parts["classifier"].predict_proba(x)
    value = parts["regressor"].predict(sp.hstack([x, sp.csr_matrix((proba[:, 2] - proba[:, 0])[:, None])]).tocsr())
    return np.clip(value, -1.0, 1.0), parts["classifier"].classes_[proba.argmax(axis=1)]


def json_predict(model: dict[str, Any], texts: list[str], scores: list[dict[str, float]]) -> tuple[np.ndarray, np.ndarray]:
    """(value, label index) from the JSON model through biaslens.tone_model's numpy code."""
    value, proba, _ = tone_model.predict_arrays(texts, scores, model)
    return value, proba.argmax(axis=1)


def check_round_trip(model: dict, parts: dict, texts: list[str], scores: list[dict], dense: np.ndarray) -> dict[str, float]:
    """Assert the JSON model reproduces the sklearn pipeline; return the largest differences."""
    v_json, l_json = json_predict(json.loads(json.dumps(model)), texts, scores)
    v_skl, l_skl = sklearn_predict(parts, texts, dense)
    max_diff = float(np.abs(v_json - v_skl).max())
    agree = float((l_json == l_skl).mean())
    assert max_diff < 1e-4, f"JSON model value differs from sklearn by {max_diff}"
    assert agree == 1.0, f"JSON model labels agree with sklearn on only {agree:.4f}"
    return {"n": len(texts), "max_value_diff": max_diff, "label_agreement": agree}


def vader_label(compound: np.ndarray) -> np.ndarray:
    """VADER's own rule: compound >= 0.05 positive, <= -0.05 negative, else neutral."""
    return np.where(compound >= VADER_THRESHOLD, 2, np.where(compound <= -VADER_THRESHOLD, 0, 1))


def per_target_f1(ms: dict, predicted: np.ndarray) -> float:
    """Macro-F1 over every (sentence, target) pair, each target getting the sentence's label."""
    gold, pred = [], []
    for polarities, label in zip(ms["targets"], predicted):
        gold.extend(polarities)
        pred.extend([int(label)] * len(polarities))
    return float(f1_score(gold, pred, average="macro"))


def metrics(nyt: dict, ms: dict, nyt_value: np.ndarray, ms_label: np.ndarray) -> dict[str, dict[str, float]]:
    """Pearson r on NYT, macro-F1 on NewsMTSC (per target and unanimous), for model and VADER."""
    unanimous = ms["label"] >= 0
    nyt_vader = np.array([s["compound"] for s in nyt["vader"]])
    ms_vader = vader_label(np.array([s["compound"] for s in ms["vader"]]))
    out = {}
    for name, value, label in (("model", nyt_value, ms_label), ("vader", nyt_vader, ms_vader)):
        out[name] = {
            "nyt_pearson_r": float(pearsonr(value, nyt["y"])[0]),
            "newsmtsc_macro_f1_per_target": per_target_f1(ms, label),
            "newsmtsc_macro_f1_unanimous": float(f1_score(ms["label"][unanimous], label[unanimous], average="macro")),
        }
    return out


def cross_validate(nyt: dict, ms: dict) -> tuple[dict, np.ndarray, np.ndarray]:
    """Grouped K-fold CV over both corpora at once; returns metrics and out-of-fold predictions."""
    nyt_folds = list(GroupKFold(N_FOLDS).split(nyt["texts"], groups=nyt["groups"]))
    ms_folds = list(GroupKFold(N_FOLDS).split(ms["texts"], groups=ms["groups"]))
    nyt_value = np.zeros(len(nyt["texts"]))
    ms_label = np.zeros(len(ms["texts"]), dtype=int)
    for (nyt_train, nyt_test), (ms_train, ms_test) in zip(nyt_folds, ms_folds):
        assert not set(nyt["groups"][nyt_train]) & set(nyt["groups"][nyt_test])
        assert not set(ms["groups"][ms_train]) & set(ms["groups"][ms_test])
        model, _ = fit(nyt, ms, nyt_train, ms_train)
        nyt_value[nyt_test], _ = json_predict(model, [nyt["texts"][i] for i in nyt_test], [nyt["vader"][i] for i in nyt_test])
        _, ms_label[ms_test] = json_predict(model, [ms["texts"][i] for i in ms_test], [ms["vader"][i] for i in ms_test])
    return metrics(nyt, ms, nyt_value, ms_label), nyt_value, ms_label


def load_all(data_dir: Path, sdist: Path | None) -> tuple[dict, dict] | str:
    """Both corpora with VADER scores and dense features, or a reason string to skip."""
    ms_path = data_dir / NEWSMTSC_PATH
    if not ms_path.exists():
        return f"skipped: {ms_path} not found"
    tmp = None
    if sdist is None:
        tmp = tempfile.TemporaryDirectory()
        sdist = fetch_vader_sdist(Path(tmp.name))
        if sdist is None:
            return "skipped: the vaderSentiment 3.3.2 sdist (NYT editorial ratings) could not be fetched with pip"
    nyt = load_nyt(sdist)
    if tmp is not None:
        tmp.cleanup()
    ms = load_newsmtsc(ms_path)
    for corpus in (nyt, ms):
        corpus["vader"] = vader_scores(corpus["texts"])
        corpus["dense"] = dense_matrix(corpus["texts"], corpus["vader"])
    return nyt, ms


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, fit on everything, check the JSON round trip, write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(REPO.parent / "shared" / "eval"))
    parser.add_argument("--sdist", default=None, help="a local vaderSentiment-3.3.2.tar.gz (else fetched with pip)")
    parser.add_argument("--out", default=str(tone_model.MODEL_PATH))
    parser.add_argument("--cv-only", action="store_true", help="print the CV numbers, write nothing")
    args = parser.parse_args(argv)
    np.random.seed(SEED)
    loaded = load_all(Path(args.data_dir), Path(args.sdist) if args.sdist else None)
    if isinstance(loaded, str):
        print(loaded)
        return 0
    nyt, ms = loaded
    cv, _, _ = cross_validate(nyt, ms)
    print(json.dumps({"cv": cv}, indent=2))
    if args.cv_only:
        return 0
    model, parts = fit(nyt, ms, np.arange(len(nyt["texts"])), np.arange(len(ms["texts"])))
    sample = np.random.default_rng(SEED).choice(len(ms["texts"]), 500, replace=False)
    texts = [nyt["texts"][i] for i in range(0, len(nyt["texts"]), 10)] + [ms["texts"][i] for i in sample]
    scores = [nyt["vader"][i] for i in range(0, len(nyt["texts"]), 10)] + [ms["vader"][i] for i in sample]
    dense = np.vstack([nyt["dense"][::10], ms["dense"][sample]])
    round_trip = check_round_trip(model, parts, texts, scores, dense)
    model["trained_with"] = {"scikit-learn": sklearn.__version__, "numpy": np.__version__, "vaderSentiment": "3.3.2", "python": sys.version.split()[0]}
    model["training_data"] = {
        "nyt_editorials": {"source": f"{VADER_SDIST} (PyPI) :: additional_resources/hutto_ICWSM_2014.tar.gz :: {NYT_MEMBER}", "sdist_sha256": nyt["sdist_sha256"], "sha256": nyt["sha256"], "sentences": len(nyt["texts"])},
        "newsmtsc_train": {"source": "NewsMTSC (fhamborg/NewsMTSC @b9d9b79) train split", "sha256": ms["sha256"], "sentences": len(ms["texts"]), "used_unanimous": int((ms["label"] >= 0).sum())},
    }
    model["fingerprint"] = sha256((nyt["sha256"] + ms["sha256"]).encode())
    model["hyperparameters"] = {"min_df": MIN_DF, "max_terms": MAX_TERMS, "classifier_C": CLF_C, "ridge_alpha": RIDGE_ALPHA, "seed": SEED, "folds": N_FOLDS}
    model["metrics"] = {"cv": cv, "method": "5-fold GroupKFold: NYT by editorial, NewsMTSC by event", "json_round_trip": round_trip}
    model["labels"] = list(tone_model.LABELS)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=False), encoding="utf-8")
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1024:.0f} KB, {len(model['vectorizer']['terms'])} terms); round trip {round_trip}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
