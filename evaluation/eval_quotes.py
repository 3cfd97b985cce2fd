"""Evaluate biaslens's quote finder and speaker attribution on PolNeAR (brat standoff).

Usage::

    PYTHONPATH=. python evaluation/eval_quotes.py [DATA_DIR] [--split dev] [--show 10] [--errors 60]

``DATA_DIR`` defaults to ``../shared/eval`` relative to the repository root; the corpus is read
from ``DATA_DIR/quotes/polnear/<split>/{text,attributions}``. Exits 0 with "skipped: ..." when
the data is absent.

What is measured (PolNeAR, Newell, Margolin & Ruths, LREC 2018)
  Gold direct quotes: gold Content spans whose text contains a quotation mark the extractor
  recognises (a double mark, NYT-style \'\'...\'\' and ``...\'\' included, or an opening single mark);
  ``--legacy-gold`` counts by the earlier definition (raw double and opening single marks only). PolNeAR content spans include the marks and, for a mixed quote
  ('the team avoided ... to "keep the details under wraps"'), the writer's words around them;
  each fragment is therefore clipped to run from its first to its last quotation mark, so gold
  and prediction both cover the quoted words. Comparison is on letters and digits only
  (marks, spaces and punctuation at the edges are conventions, not content).

  Overlap: a gold quote is found when at least half of its characters lie inside predicted
  quotes; a predicted quotation is correct when at least half of its characters lie inside gold
  direct quotes. Exact: the character sets are equal. P/R/F1 follow from those counts.

  Speaker accuracy, over found gold quotes that have a gold Source: the predicted quotation
  with the largest overlap is correct when its speaker mention overlaps the gold Source span
  (the same mention, pronouns included), or when the predicted speaker's last word (a surname,
  or the head noun of "the White House", "a senior official") occurs in the gold Source text.
  A predicted speaker of "unknown" is wrong.
  A second figure resolves gold pronoun sources ("he", "she", "who", ...): the predicted speaker
  is also correct when its last word occurs in the nearest earlier gold source that is not a
  pronoun (the annotators' own chain of sources). The first figure stays the headline number.

  Count correlation: Spearman between gold direct quotes and predicted quotations per article.
  Recall over ALL attributions: share of every gold Content span (indirect speech too) at least
  half covered by predicted quotes; low by design, shown so missed indirect quotes stay visible.

Several annotators labelled some articles; the first annotation file by name is used.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from biaslens.quotes import QUOTE_MARKS, _normalise_marks, find_quotes  # noqa: E402
from biaslens.records import Article  # noqa: E402
from biaslens.text import split_sentences  # noqa: E402

OVERLAP = 0.5
_OPEN_DOUBLE = re.compile("[\"\u201c\u201d\u00ab\u00bb]|(?:^|(?<=[\\s(]))['\u2018](?=\\w)")


@dataclass
class Gold:
    """One gold attribution: content fragments, and the source span (if any)."""

    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    source_text: str | None


def read_ann(path: Path, text: str) -> list[Gold]:
    """Parse a brat .ann file into attributions (content with its source)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
            spans[parts[0]] = (label, frags)  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:]))
    golds: list[Gold] = []
    used: set[str] = set()
    for rel in relations:
        content = rel.get("Content")
        if content not in spans:
            continue
        used.add(content)
        source = rel.get("Source")
        s_span = None
        s_text = None
        if source in spans:
            frags = spans[source][1]
            s_span = (frags[0][0], frags[-1][1])
            s_text = " ".join(text[a:b] for a, b in frags)
        golds.append(Gold(list(spans[content][1]), s_span, s_text))
    for tid, (label, frags) in spans.items():
        if label == "Content" and tid not in used:
            golds.append(Gold(list(frags), None, None))
    return golds


def alnum_chars(text: str, ranges: list[tuple[int, int]]) -> set[int]:
    """Positions of letters and digits inside ``ranges``."""
    return {i for a, b in ranges for i in range(a, b) if text[i].isalnum()}


def direct_part(text: str, gold: Gold) -> list[tuple[int, int]] | None:
    """The gold content clipped to its quotation marks, or None when it quotes nothing directly.

    ``text`` is the article as the extractor reads its marks (see ``evaluate``'s ``legacy_gold``).
    """
    clipped = []
    for a, b in gold.content:
        piece = text[a:b]
        marks = [m.start() for m in _OPEN_DOUBLE.finditer(piece)]
        closers = [i for i, ch in enumerate(piece) if ch in QUOTE_MARKS and (i == len(piece) - 1 or not piece[i + 1].isalnum())]
        if not marks:
            continue
        first = marks[0]
        last = max([i for i in closers if i > first] or [len(piece) - 1])
        clipped.append((a + first, a + last + 1))
    return clipped or None


GOLD_PRONOUNS = {"he", "she", "him", "her", "they", "them", "i", "we", "it", "who", "which", "that", "his", "its", "their"}


def _gold_antecedent(golds: list[Gold], pos: int) -> str | None:
    """The nearest gold source before ``pos`` that is not itself a pronoun (its text), or None."""
    best: tuple[int, str] | None = None
    for g in golds:
        if g.source and g.source_text and g.source[1] <= pos and g.source_text.strip().lower() not in GOLD_PRONOUNS:
            if best is None or g.source[1] > best[0]:
                best = (g.source[1], g.source_text)
    return best[1] if best else None


def head_word(name: str) -> str:
    """The last word of a name or noun phrase, lower case, possessive dropped."""
    words = re.findall(r"[\w\-]+", name.lower().replace("\u2019s", "").replace("'s", ""))
    return words[-1] if words else ""


def _error_row(stem: str, text: str, gold: Gold, clipped: list[tuple[int, int]], q) -> str:  # type: ignore[no-untyped-def]
    """One speaker error for reading by hand: paragraph, gold source, predicted speaker and mention."""
    p_start = text.rfind("\n", 0, clipped[0][0]) + 1
    p_end = text.find("\n", clipped[-1][1])
    p_end = len(text) if p_end < 0 else p_end
    # Show the gold source in [[...]] and the quote in <<...>> inside its paragraph; a source in
    # another paragraph is shown separately.
    marks = [(clipped[0][0], "<<"), (clipped[-1][1], ">>")]
    src_far = ""
    if gold.source and p_start <= gold.source[0] and gold.source[1] <= p_end:
        marks += [(gold.source[0], "[["), (gold.source[1], "]]")]
    elif gold.source:
        src_far = f"  (source elsewhere: ...{text[max(0, gold.source[0] - 60):gold.source[1] + 20]!r})"
    para = text[p_start:p_end]
    for pos, tag in sorted(marks, reverse=True):
        para = para[: pos - p_start] + tag + para[pos - p_start :]
    if len(para) > 600:
        para = para[:600] + " ..."
    mention = text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None
    return (f"[{stem}] gold={gold.source_text!r} pred={q.speaker!r} mention={mention!r} verb={q.verb!r}\n"
            f"    {para}{src_far}")


def evaluate(data_dir: Path, split: str, show: int, errors: int = 0, legacy_gold: bool = False) -> int:
    """Run the evaluation and print the numbers; return the process exit code.

    A gold direct quote is a gold content span holding a quotation mark the extractor recognises,
    NYT-style \'\'...\'\' and ``...\'\' included. ``legacy_gold`` restores the earlier definition, which
    read only double marks and opening single marks in the raw text, so \'\'...\'\' quotes counted
    only when they happened to hold an apostrophe after a space.
    """
    base = data_dir / "quotes" / "polnear" / split
    if not (base / "text").is_dir():
        print(f"skipped: PolNeAR {split} split not found under {base}")
        return 0
    from scipy.stats import spearmanr

    started = time.perf_counter()
    tp_gold = tp_pred = n_gold = n_pred = 0
    exact_gold = exact_pred = 0
    all_found = all_total = 0
    unattributed = unattributed_named = 0
    spk_total = spk_ok = spk_ok_coref = 0
    gold_counts: list[int] = []
    pred_counts: list[int] = []
    misses: list[str] = []
    false_pos: list[str] = []
    wrong_speakers: list[str] = []
    error_rows: list[str] = []
    ann_files = sorted((base / "attributions").glob("*.ann"))
    for text_path in sorted((base / "text").glob("*.txt")):
        anns = [p for p in ann_files if re.sub(r"_[0-9a-f]{4}$", "", p.stem) == text_path.stem]
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        # The raw text, unchanged, so gold offsets stay valid (no cleaning here).
        article = Article(text_path.stem, text_path.name, "polnear", text_path.stem, text, split_sentences(text))
        golds = read_ann(anns[0], text)
        marks_text = text if legacy_gold else _normalise_marks(text)
        quotes = find_quotes(article)
        groups: dict[int, list] = {}
        for q in quotes:
            groups.setdefault(q.quote_id, []).append(q)
        pred_sets = {gid: alnum_chars(text, [(q.start, q.end) for q in qs]) for gid, qs in groups.items()}
        pred_all = set().union(*pred_sets.values()) if pred_sets else set()
        direct = [(g, d) for g in golds if (d := direct_part(marks_text, g))]
        gold_sets = [alnum_chars(text, d) for _, d in direct]
        gold_all = set().union(*gold_sets) if gold_sets else set()
        gold_counts.append(len(direct))
        pred_counts.append(sum(1 for qs in groups.values() if qs[0].repeat_of is None))
        all_content = set().union(*(alnum_chars(text, g.content) for g in golds)) if golds else set()
        for gold in golds:
            chars = alnum_chars(text, gold.content)
            if chars:
                all_total += 1
                all_found += len(chars & pred_all) >= OVERLAP * len(chars)
        for (gold, clipped), g_set in zip(direct, gold_sets):
            if not g_set:
                continue
            n_gold += 1
            found = len(g_set & pred_all) >= OVERLAP * len(g_set)
            tp_gold += found
            exact_gold += any(p == g_set for p in pred_sets.values())
            if not found:
                misses.append(f"{text_path.stem}: {text[clipped[0][0]:clipped[-1][1]][:150]!r}")
                continue
            if gold.source is None:
                continue
            spk_total += 1
            best = max(groups, key=lambda gid: len(pred_sets[gid] & g_set))
            q = groups[best][0]
            ok = False
            if q.speaker is not None:
                if q.speaker_span and q.speaker_span[0] < gold.source[1] and gold.source[0] < q.speaker_span[1]:
                    ok = True
                elif head_word(q.speaker) and head_word(q.speaker) in re.findall(r"[\w\-]+", (gold.source_text or "").lower()):
                    ok = True
            spk_ok += ok
            # Second definition: a gold source that is a pronoun is compared through the
            # annotators' own chain: its antecedent is the nearest earlier gold source that names
            # someone (PolNeAR marks the pronoun, we resolve it to the name).
            ok_coref = ok
            if not ok and q.speaker is not None and (gold.source_text or "").strip().lower() in GOLD_PRONOUNS:
                antecedent = _gold_antecedent(golds, gold.source[0])
                ok_coref = bool(antecedent) and head_word(q.speaker) in re.findall(r"[\w\-]+", antecedent.lower())
            spk_ok_coref += ok_coref
            if not ok:
                wrong_speakers.append(f"{text_path.stem}: gold {gold.source_text!r} pred {q.speaker!r} | {q.text[:80]!r}")
                if errors:
                    error_rows.append(_error_row(text_path.stem, text, gold, clipped, q))
        for gid, p_set in pred_sets.items():
            if not p_set:
                continue
            n_pred += 1
            correct = len(p_set & gold_all) >= OVERLAP * len(p_set)
            tp_pred += correct
            exact_pred += any(p_set == g for g in gold_sets)
            if not correct:
                q = groups[gid][0]
                # Quoted words PolNeAR does not attribute to anyone (scare quotes, titles): a
                # speaker named for them is a guess the reader cannot check, so it is counted.
                if len(p_set & all_content) < OVERLAP * len(p_set):
                    unattributed += 1
                    unattributed_named += q.speaker is not None
                false_pos.append(f"{text_path.stem}: [{q.kind}] {q.text[:120]!r}")

    def prf(tp_p: int, tp_g: int) -> tuple[float, float, float]:
        p = tp_p / n_pred if n_pred else 0.0
        r = tp_g / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = prf(tp_pred, tp_gold)
    ep, er, ef = prf(exact_pred, exact_gold)
    rho = spearmanr(gold_counts, pred_counts).statistic if len(gold_counts) > 2 else float("nan")
    print(f"PolNeAR {split}: {len(gold_counts)} articles, {n_gold} gold direct quotes, {n_pred} predicted quotations")
    print(f"  content overlap>={OVERLAP}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  content exact:         P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}")
    print(f"  speaker accuracy (found quotes with a gold source): {spk_ok}/{spk_total} = {spk_ok / max(spk_total, 1):.3f}")
    print(f"  speaker accuracy, gold pronouns resolved through the gold sources: {spk_ok_coref}/{spk_total} = "
          f"{spk_ok_coref / max(spk_total, 1):.3f}")
    print(f"  predicted quotations in no gold attribution (scare quotes, titles): {unattributed}, "
          f"given a speaker anyway: {unattributed_named} = {unattributed_named / max(unattributed, 1):.3f}")
    print(f"  Spearman of quote counts per article: {rho:.3f}")
    print(f"  recall over ALL attributions (indirect included): {all_found}/{all_total} = {all_found / max(all_total, 1):.3f}")
    print("  anchor: Gender Gap Tracker P/R/F1 84.6/82.7/83.7, speaker accuracy 86.5%")
    print(f"  time: {time.perf_counter() - started:.1f} s")
    for title, rows in (("missed", misses), ("false positives", false_pos), ("wrong speakers", wrong_speakers)):
        if show and rows:
            print(f"\n{title} (first {min(show, len(rows))} of {len(rows)}):")
            for row in rows[:show]:
                print("  " + row)
    if errors and error_rows:
        # A fixed, spread-out sample (every k-th error), so a reading is not only the first articles.
        step = max(1, len(error_rows) // errors)
        print(f"\nspeaker errors ({min(errors, len(error_rows))} of {len(error_rows)}, every {step}th):")
        for row in error_rows[::step][:errors]:
            print("  " + row)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--show", type=int, default=0, help="print this many misses, false positives, wrong speakers")
    parser.add_argument("--legacy-gold", action="store_true",
                        help="count gold direct quotes by the earlier definition (raw double marks and opening single marks only)")
    parser.add_argument("--errors", type=int, default=0,
                        help="print this many speaker errors with their paragraph, gold source, predicted speaker and mention")
    args = parser.parse_args(argv)
    return evaluate(Path(args.data_dir), args.split, args.show, args.errors, args.legacy_gold)


if __name__ == "__main__":
    raise SystemExit(main())
