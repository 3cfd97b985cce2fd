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

Lexicons (word valences shipped inside the model JSON, so scoring needs no new package):

* Pattern's English adjective lexicon (De Smedt & Daelemans 2012), ``textblob/en/en-sentiment.xml``
  in the textblob 0.20.1 wheel (MIT package; the XML itself declares ``license="PDDL"``, public
  domain): mean polarity over an adjective's senses, -1..+1, for the 1.5k single words whose mean
  is not 0.
* AFINN-165 (Nielsen 2011), ``afinn/data/AFINN-en-165.txt`` in the afinn 0.1 sdist: 3.4k words
  rated -5..+5. The word list is under the Open Database License 1.0 (``afinn/data/LICENSE``):
  redistribution is allowed with attribution, and the shipped table (a derivative database)
  stays under ODbL; the notice is written into the model JSON. Only the data file is read; the
  afinn code is not used.

Both are fetched with pip (``pip download --no-deps``) and checked against pinned sha256s.

Model (why two heads): the two corpora measure different things. NYT gives graded intensity
(mean human rating), NewsMTSC gives a 3-way decision on hard news. A Ridge regressor learns the
value from NYT; a multinomial logistic regression learns the label from NewsMTSC. Both read the
same features (VADER scores, VADER / Pattern / AFINN lexicon sums, the strongest VADER word, TF-IDF
of negation-marked words / word pairs / word prefixes);
the regressor also reads the classifier's lean p(pos) - p(neg), which carries what NewsMTSC
taught about news vocabulary ("blamed", "slammed") into the value. The label biaslens shows is
read off the value (``tone_model.tone_label``: the value as printed at +band or more positive,
-band or less negative), so it never contradicts the number beside it; the band is chosen on the
out-of-fold NewsMTSC values (``band_metrics``, nested per fold for the reported score) and
shipped as ``tone_model.TONE_BAND``. The classifier's own most probable class is still scored,
for comparison. Thresholds at +-0.05 on VADER's compound are the baseline, as its authors
recommend.

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
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
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

from biaslens import tone_model
from biaslens.vader import vader_analyzer  # noqa: E402

VADER_SDIST = "vaderSentiment-3.3.2.tar.gz"
VADER_SDIST_SHA256 = "5d7c06e027fc8b99238edb0d53d970cf97066ef97654009890b83703849632f9"
NYT_MEMBER = "hutto_ICWSM_2014/nytEditorialSnippets_GroundTruth.txt"
# Packages the extra lexicons come from: requirement, file name, sha256 of the file.
TEXTBLOB_WHEEL = ("textblob==0.20.1", "textblob-0.20.1-py3-none-any.whl", "f957699169a3e7b9a03a504883111b7b6973679496b9af959db2f74ee2449977")
AFINN_SDIST = ("afinn==0.1", "afinn-0.1.tar.gz", "cf2f728ccc6f2974f2f27e2110e4c05a0133a2f14a40387c463a8c9fdd4ab61b")
PATTERN_MEMBER = "textblob/en/en-sentiment.xml"
AFINN_MEMBER = "afinn-0.1/afinn/data/AFINN-en-165.txt"
AFINN_LICENSE_MEMBER = "afinn-0.1/afinn/data/LICENSE"
NEWSMTSC_PATH = Path("tone") / "newsmtsc-train.jsonl"
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC polarity -> index into tone_model.LABELS

MODEL_VERSION = "2"
SEED = 0
N_FOLDS = 5
# Hyperparameters, chosen by grouped CV on the training data only (see the report).
MIN_DF = 3  # a term must occur in 3 training sentences: keeps the file small, drops noise
# Most frequent terms. In grouped CV 8,000 cost ~0.005 r against no cap (21.7k terms at min_df 3);
# 12,000 is within 0.001 r of 16,000 and of no cap, and keeps the JSON well under 1 MB.
MAX_TERMS = 12000
CLF_C = 1.0
RIDGE_ALPHA = 3.0
VADER_THRESHOLD = 0.05  # VADER's authors' neutral band for compound
# Candidate label bands (tone_model.TONE_BAND): 0.01 to 0.30 in the hundredths a report prints.
BAND_GRID = tuple(round(0.01 * k, 2) for k in range(1, 31))


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def pip_download(requirement: str, filename: str, dest: Path, binary: bool) -> Path | None:
    """Download one pinned package file with pip into ``dest``; None if pip cannot."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", requirement, "-d", str(dest)]
    if not binary:
        cmd[4:4] = ["--no-binary", ":all:"]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
        return None
    path = dest / filename
    return path if path.exists() else None


def fetch_vader_sdist(dest: Path) -> Path | None:
    """Download the vaderSentiment 3.3.2 sdist with pip into ``dest``; None if pip cannot."""
    return pip_download("vaderSentiment==3.3.2", VADER_SDIST, dest, binary=False)


def _pinned(path: Path, expected: str) -> bytes:
    blob = path.read_bytes()
    if sha256(blob) != expected:
        raise SystemExit(f"{path}: sha256 {sha256(blob)} is not the pinned {expected}")
    return blob


_WORD_RE = re.compile(r"\w\w+")


def load_pattern(wheel: Path) -> dict[str, Any]:
    """Pattern's adjective polarities from the (sha256-checked) textblob wheel: word -> mean polarity."""
    with zipfile.ZipFile(io.BytesIO(_pinned(wheel, TEXTBLOB_WHEEL[2]))) as archive:
        raw = archive.read(PATTERN_MEMBER)
    xml = raw.decode("utf-8")
    licence = re.search(r'<sentiment [^>]*license="([^"]+)"', xml).group(1)
    senses: dict[str, list[float]] = defaultdict(list)
    for match in re.finditer(r'<word form="([^"]+)"[^>]*? polarity="([-0-9.]+)"', xml):
        form = match.group(1).lower()
        if _WORD_RE.fullmatch(form):  # multi-word and hyphenated forms never match one token
            senses[form].append(float(match.group(2)))
    # A word's senses disagree ("ridiculous" pitiful vs humorous): the mean is its expected polarity.
    valence = {w: _g(float(np.mean(v))) for w, v in sorted(senses.items()) if float(np.mean(v)) != 0.0}
    return {
        "source": f"{TEXTBLOB_WHEEL[1]} (PyPI) :: {PATTERN_MEMBER} (Pattern 'en-sentiment', De Smedt & Daelemans 2012)",
        "licence": licence,
        "licence_note": "Public Domain Dedication and License (PDDL 1.0), declared in the XML's <sentiment> element; the textblob package is MIT",
        "package_sha256": TEXTBLOB_WHEEL[2],
        "sha256": sha256(raw),
        "scale": "mean polarity over senses, -1..+1",
        "valence": valence,
    }


def load_afinn(sdist: Path) -> dict[str, Any]:
    """AFINN-165 from the (sha256-checked) afinn sdist: word -> valence -5..+5."""
    with tarfile.open(fileobj=io.BytesIO(_pinned(sdist, AFINN_SDIST[2]))) as archive:
        raw = archive.extractfile(AFINN_MEMBER).read()
        licence_text = archive.extractfile(AFINN_LICENSE_MEMBER).read().decode("utf-8")
    if "Open Database License" not in licence_text:
        raise SystemExit("AFINN's data licence is no longer the ODbL: review before shipping its word list")
    valence = {}
    for line in raw.decode("utf-8").splitlines():
        word, score = line.rsplit("\t", 1)
        if _WORD_RE.fullmatch(word):
            valence[word] = float(score)
    return {
        "source": f"{AFINN_SDIST[1]} (PyPI) :: {AFINN_MEMBER} (AFINN-165, Finn \u00c5rup Nielsen, http://www2.imm.dtu.dk/pubdb/pubs/6010-full.html)",
        "licence": "ODbL-1.0",
        "licence_note": ("Contains information from AFINN-165, which is made available here under the Open Database License (ODbL) "
                         "1.0, https://opendatacommons.org/licenses/odbl/1-0/ . This word -> valence table is a derivative database "
                         "and stays under the ODbL; the model's learned weights are a produced work."),
        "package_sha256": AFINN_SDIST[2],
        "sha256": sha256(raw),
        "scale": "integer valence -5..+5",
        "valence": dict(sorted(valence.items())),
    }


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
    analyzer = vader_analyzer()
    return [analyzer.polarity_scores(t) for t in texts]


def build_lexicons(lexicons: dict[str, dict[str, Any]]) -> tone_model.Lexicons:
    """tone_model's lexicon tables from VADER's lexicon and the loaded extra lexicons."""
    return tone_model.build_lexicons(vader_analyzer().lexicon, {name: lexicons[name]["valence"] for name in tone_model.EXTRA_LEXICONS})


def dense_matrix(texts: list[str], scores: list[dict[str, float]], lexicons: tone_model.Lexicons) -> np.ndarray:
    """The dense features of tone_model for each sentence."""
    return np.array([tone_model.dense_features(t, s, lexicons) for t, s in zip(texts, scores)]).reshape(len(texts), len(tone_model.DENSE_NAMES))


def _g(x: float) -> float:
    # 6 significant digits: keeps the JSON small; predictions move by < 1e-4.
    return float(f"{x:.6g}")


def fit(nyt: dict, ms: dict, nyt_idx: np.ndarray, ms_idx: np.ndarray, lexicons: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
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
        "lexicons": {name: lexicons[name] for name in tone_model.EXTRA_LEXICONS},
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


def value_labels(value: np.ndarray, band: float) -> np.ndarray:
    """Label indices by biaslens's rule (:func:`biaslens.tone_model.tone_label`) on each value."""
    return np.array([tone_model.LABELS.index(tone_model.tone_label(float(v), band)) for v in value], dtype=int)


def choose_band(ms: dict, ms_value: np.ndarray, rows: np.ndarray | None = None) -> tuple[float, float]:
    """The band (of :data:`BAND_GRID`) whose value-derived labels score best on NewsMTSC; and that score.

    Macro-F1 per target over ``rows`` (default: every sentence) of the out-of-fold values; the
    smallest band wins a tie, so the choice is deterministic.
    """
    rows = np.arange(len(ms["texts"])) if rows is None else rows
    sub = {"targets": [ms["targets"][i] for i in rows]}
    best = max(BAND_GRID, key=lambda band: (round(per_target_f1(sub, value_labels(ms_value[rows], band)), 10), -band))
    return best, per_target_f1(sub, value_labels(ms_value[rows], best))


def band_metrics(ms: dict, ms_value: np.ndarray, ms_folds: list[tuple[np.ndarray, np.ndarray]]) -> dict[str, Any]:
    """Choose the label band on out-of-fold values, and measure it honestly.

    ``band``: chosen on all out-of-fold NewsMTSC values (the band biaslens ships). The scores
    are nested so that no band is judged on the sentences it was chosen on: for each fold, the
    band is chosen on the out-of-fold values of the *other* folds and applied to this fold's.
    """
    band, in_sample = choose_band(ms, ms_value)
    nested = np.zeros(len(ms["texts"]), dtype=int)
    fold_bands = []
    for train, test in ms_folds:
        fold_band, _ = choose_band(ms, ms_value, train)
        fold_bands.append(fold_band)
        nested[test] = value_labels(ms_value[test], fold_band)
    unanimous = ms["label"] >= 0
    return {
        "band": band,
        # How flat the choice is: macro-F1 per target at a few bands, on all out-of-fold values.
        "curve": {f"{b:.2f}": per_target_f1(ms, value_labels(ms_value, b)) for b in (0.03, 0.05, 0.08, 0.10, 0.15, 0.20)},
        "fold_bands": fold_bands,
        "newsmtsc_macro_f1_per_target_in_sample": in_sample,
        "newsmtsc_macro_f1_per_target": per_target_f1(ms, nested),
        "newsmtsc_macro_f1_unanimous": float(f1_score(ms["label"][unanimous], nested[unanimous], average="macro")),
    }


def cross_validate(nyt: dict, ms: dict, lexicons: dict[str, dict[str, Any]]) -> tuple[dict, np.ndarray, np.ndarray]:
    """Grouped K-fold CV over both corpora at once; returns metrics and out-of-fold predictions.

    ``metrics["model"]`` scores the classifier head's labels; ``metrics["value_labels"]`` the
    labels biaslens shows, read off the out-of-fold value with the band (:func:`band_metrics`).
    """
    nyt_folds = list(GroupKFold(N_FOLDS).split(nyt["texts"], groups=nyt["groups"]))
    ms_folds = list(GroupKFold(N_FOLDS).split(ms["texts"], groups=ms["groups"]))
    nyt_value = np.zeros(len(nyt["texts"]))
    ms_label = np.zeros(len(ms["texts"]), dtype=int)
    ms_value = np.zeros(len(ms["texts"]))
    for (nyt_train, nyt_test), (ms_train, ms_test) in zip(nyt_folds, ms_folds):
        assert not set(nyt["groups"][nyt_train]) & set(nyt["groups"][nyt_test])
        assert not set(ms["groups"][ms_train]) & set(ms["groups"][ms_test])
        model, _ = fit(nyt, ms, nyt_train, ms_train, lexicons)
        nyt_value[nyt_test], _ = json_predict(model, [nyt["texts"][i] for i in nyt_test], [nyt["vader"][i] for i in nyt_test])
        ms_value[ms_test], ms_label[ms_test] = json_predict(model, [ms["texts"][i] for i in ms_test], [ms["vader"][i] for i in ms_test])
    out = metrics(nyt, ms, nyt_value, ms_label)
    out["value_labels"] = band_metrics(ms, ms_value, ms_folds)
    return out, nyt_value, ms_label


def _package_file(packages: Path | None, tmp: Path, requirement: str, filename: str, binary: bool) -> Path | None:
    local = packages / filename if packages is not None else None
    if local is not None and local.exists():
        return local
    return pip_download(requirement, filename, tmp, binary)


def load_all(data_dir: Path, sdist: Path | None, packages: Path | None = None) -> tuple[dict, dict, dict] | str:
    """Both corpora with VADER scores and dense features, and the extra lexicons; or a reason to skip.

    ``packages`` is a folder that may already hold the pinned package files (the vaderSentiment
    sdist, the textblob wheel, the afinn sdist); any missing one is fetched with pip.
    """
    ms_path = data_dir / NEWSMTSC_PATH
    if not ms_path.exists():
        return f"skipped: {ms_path} not found"
    with tempfile.TemporaryDirectory() as tmp:
        if sdist is None:
            sdist = _package_file(packages, Path(tmp), "vaderSentiment==3.3.2", VADER_SDIST, binary=False)
            if sdist is None:
                return "skipped: the vaderSentiment 3.3.2 sdist (NYT editorial ratings) could not be fetched with pip"
        wheel = _package_file(packages, Path(tmp), TEXTBLOB_WHEEL[0], TEXTBLOB_WHEEL[1], binary=True)
        afinn = _package_file(packages, Path(tmp), AFINN_SDIST[0], AFINN_SDIST[1], binary=False)
        if wheel is None or afinn is None:
            return "skipped: the textblob 0.20.1 wheel or afinn 0.1 sdist (lexicons) could not be fetched with pip"
        nyt = load_nyt(sdist)
        lexicons = {"pattern": load_pattern(wheel), "afinn": load_afinn(afinn)}
    ms = load_newsmtsc(ms_path)
    tables = build_lexicons(lexicons)
    for corpus in (nyt, ms):
        corpus["vader"] = vader_scores(corpus["texts"])
        corpus["dense"] = dense_matrix(corpus["texts"], corpus["vader"], tables)
    return nyt, ms, lexicons


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, fit on everything, check the JSON round trip, write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(REPO.parent / "shared" / "eval"))
    parser.add_argument("--sdist", default=None, help="a local vaderSentiment-3.3.2.tar.gz (else fetched with pip)")
    parser.add_argument("--packages", default=None, help="a folder holding the pinned package files (else each is fetched with pip)")
    parser.add_argument("--out", default=str(tone_model.MODEL_PATH))
    parser.add_argument("--cv-only", action="store_true", help="print the CV numbers, write nothing")
    args = parser.parse_args(argv)
    np.random.seed(SEED)
    loaded = load_all(Path(args.data_dir), Path(args.sdist) if args.sdist else None, Path(args.packages) if args.packages else None)
    if isinstance(loaded, str):
        print(loaded)
        return 0
    nyt, ms, lexicons = loaded
    cv, _, _ = cross_validate(nyt, ms, lexicons)
    print(json.dumps({"cv": cv}, indent=2))
    if args.cv_only:
        return 0
    model, parts = fit(nyt, ms, np.arange(len(nyt["texts"])), np.arange(len(ms["texts"])), lexicons)
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
    model["fingerprint"] = sha256("".join([nyt["sha256"], ms["sha256"]] + [lexicons[name]["sha256"] for name in tone_model.EXTRA_LEXICONS]).encode())
    model["hyperparameters"] = {"min_df": MIN_DF, "max_terms": MAX_TERMS, "classifier_C": CLF_C, "ridge_alpha": RIDGE_ALPHA, "negation_scope": tone_model.NEGATION_SCOPE, "seed": SEED, "folds": N_FOLDS}
    model["metrics"] = {"cv": cv, "method": "5-fold GroupKFold: NYT by editorial, NewsMTSC by event", "json_round_trip": round_trip}
    model["labels"] = list(tone_model.LABELS)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=False), encoding="utf-8")
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1024:.0f} KB, {len(model['vectorizer']['terms'])} terms); round trip {round_trip}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
