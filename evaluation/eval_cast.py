"""How well does the cast find named mentions and link them across articles?

Usage::

    PYTHONPATH=. python evaluation/eval_cast.py [DATA_DIR] [--errors N]

``DATA_DIR`` (default ``../shared/eval``) must hold ``entities/meantime``: MEANTIME English
(Minard et al., LREC 2016; CC BY 4.0), 120 Wikinews articles in 4 topics, one folder of
``.txt`` per topic and ``<topic>.gold.json`` beside it with the named mentions (offsets into
the ``.txt``, a head span, a cross-document ``chain``). Exits 0 with "skipped: ..." when the
data is absent.

Measured per topic (each topic is read as one story) and pooled over the four:

* **mention recall**: share of gold named mentions whose head overlaps a cast mention;
* **cross-document link P/R/F1**: over pairs of gold mentions in different articles, a pair is
  linked in gold iff same chain, in the cast iff both are found and fall in the same entity
  (a missed mention links nothing);
* **kind accuracy**: share of found gold mentions whose entity's kind (person, organisation,
  place, other) is the gold kind (MEANTIME's PERSON, ORGANIZATION, LOCATION types), beside the
  baseline that calls every mention an organisation (the commonest gold kind);
* the same link score for two baselines run on the gold mentions themselves: exact name
  string, and last word of the name (surname or head). The data README gives F1 0.795 and
  0.802 for them; this script recomputes them.

``--errors N`` prints N wrong links and N missed links to read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biaslens.cast import build_cast  # noqa: E402
from biaslens.records import Article  # noqa: E402
from biaslens.text import split_sentences  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"


def load_topic(folder: Path) -> tuple[list[Article], list[dict]]:
    """The topic's articles (sources = file names) and its gold mentions (offsets checked)."""
    gold = json.loads((folder.parent / f"{folder.name}.gold.json").read_text(encoding="utf-8"))
    articles = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        # The gold offsets index the file as it is, so the text is not cleaned: this measures
        # the cast, not the boilerplate remover.
        articles.append(Article(id=path.stem, source=path.name, outlet=path.stem, title=raw.split("\n", 1)[0],
                                text=raw, sentences=split_sentences(raw)))
    texts = {a.source: a.text for a in articles}
    mentions = [m for m in gold["mentions"] if m["file"] in texts]
    for m in mentions:
        assert texts[m["file"]][m["start"]:m["end"]] == m["text"], m
    return articles, mentions


def link_scores(clusters: list[str | None], chains: list[str], files: list[str]) -> tuple[float, ...]:
    """Cross-document pairwise precision, recall, F1 and the pair counts tp, fp, fn
    (``None`` clusters link nothing)."""
    tp = fp = fn = 0
    for a, b in combinations(range(len(chains)), 2):
        if files[a] == files[b]:
            continue
        gold = chains[a] == chains[b]
        mine = clusters[a] is not None and clusters[a] == clusters[b]
        tp += gold and mine
        fp += mine and not gold
        fn += gold and not mine
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def evaluate(folder: Path, errors: int = 0) -> dict[str, tuple]:
    """Scores of the cast and both baselines on one topic."""
    articles, gold = load_topic(folder)
    cast = build_cast(articles)
    clusters: list[str | None] = []
    found = right = 0
    kinds: Counter[tuple[str, str]] = Counter()  # (gold kind, cast kind) of found mentions
    for m in gold:
        entity = cast.at(m["file"], m["head_start"], m["head_end"])
        clusters.append(entity.id if entity else None)
        found += entity is not None
        if entity is not None:
            right += entity.kind == m["kind"]
            kinds[(m["kind"], entity.kind)] += 1
    chains = [m["chain"] for m in gold]
    files = [m["file"] for m in gold]
    exact = [m["text"].lower() for m in gold]
    last = [m["text"].lower().split()[-1] for m in gold]
    if errors:
        _print_errors(gold, clusters, cast, errors)
    return {
        "n": (len(gold),),
        "recall": (found / len(gold) if gold else 0.0,),
        # (right, found, found organisations): the cast's kinds and the all-organisation baseline
        "kind": (right, found, sum(k for (g, _), k in kinds.items() if g == "organisation")),
        "confusion": tuple(sorted(kinds.items())),
        "cast": link_scores(clusters, chains, files),
        "exact": link_scores(exact, chains, files),
        "last word": link_scores(last, chains, files),
    }


def _print_errors(gold: list[dict], clusters: list[str | None], cast, n: int) -> None:  # type: ignore[no-untyped-def]
    missed = Counter(m["text"] for m, c in zip(gold, clusters) if c is None)
    print("  missed mentions:", ", ".join(f"{t} x{k}" for t, k in missed.most_common(n)))
    by_chain: dict[str, Counter[str]] = defaultdict(Counter)
    by_cluster: dict[str, Counter[str]] = defaultdict(Counter)
    for m, c in zip(gold, clusters):
        if c is not None:
            by_chain[m["chain"]][c] += 1
            by_cluster[c][m["chain"]] += 1
    split = [(ch, cs) for ch, cs in by_chain.items() if len(cs) > 1]
    for chain, cs in sorted(split, key=lambda x: -sum(x[1].values()))[:n]:
        print(f"  split {chain}: " + "; ".join(f"{cast.entity(c).name} x{k}" for c, k in cs.most_common()))
    joined = [(c, chs) for c, chs in by_cluster.items() if len(chs) > 1]
    for c, chs in sorted(joined, key=lambda x: -sum(x[1].values()))[:n]:
        print(f"  joined in {cast.entity(c).name!r}: " + "; ".join(f"{ch} x{k}" for ch, k in chs.most_common()))


def main(argv: list[str] | None = None) -> int:
    """Print per-topic and pooled scores beside the baselines."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each kind per topic")
    args = parser.parse_args(argv)
    root = Path(args.data) / "entities" / "meantime"
    if not root.is_dir():
        print(f"skipped: {root} not found")
        return 0
    topics = sorted(p for p in root.iterdir() if p.is_dir())
    print(f"{'topic':<16}{'mentions':>9}{'recall':>8}   {'cast P/R/F1':<20}{'exact F1':>9}{'last F1':>9}")
    totals: dict[str, list[float]] = defaultdict(list)
    pooled: dict[str, list[int]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    for topic in topics:
        scores = evaluate(topic, args.errors)
        p, r, f = scores["cast"][:3]
        print(f"{topic.name:<16}{scores['n'][0]:>9}{scores['recall'][0]:>8.3f}   {p:.3f}/{r:.3f}/{f:.3f}      "
              f"{scores['exact'][2]:>9.3f}{scores['last word'][2]:>9.3f}")
        totals["recall"].append(scores["recall"][0])
        for name in ("cast", "exact", "last word"):
            totals[name].append(scores[name][2])
            pooled[name] = [a + b for a, b in zip(pooled.get(name, [0, 0, 0]), scores[name][3:])]
        totals["n"].append(scores["n"][0])
        pooled["kind"] = [a + b for a, b in zip(pooled.get("kind", [0, 0, 0]), scores["kind"])]
        for pair, k in scores["confusion"]:
            confusion[pair] += k
    weights = totals["n"]

    def mean(name: str) -> float:
        return sum(v * w for v, w in zip(totals[name], weights)) / sum(weights)

    print(f"{'mean (by mentions)':<25}{mean('recall'):>8.3f}   cast F1 {mean('cast'):.3f}  "
          f"exact F1 {mean('exact'):.3f}  last-word F1 {mean('last word'):.3f}")
    def f1(name: str) -> float:
        tp, fp, fn = pooled[name]
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    print(f"{'pooled pairs of all topics':<36}cast F1 {f1('cast'):.3f}  exact F1 {f1('exact'):.3f}  "
          f"last-word F1 {f1('last word'):.3f}")
    right, found, organisations = pooled["kind"]
    print(f"{'kind accuracy (found mentions)':<36}cast {right / found:.3f}  all-organisation baseline "
          f"{organisations / found:.3f}  (n={found})")
    print("  gold -> cast kind: " + ", ".join(f"{g}->{c} {k}" for (g, c), k in sorted(confusion.items())))
    print("goals: recall >= 0.95; cast F1 >= 0.90 and >= best baseline + 0.05")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
