"""Evaluate the genre warnings (:mod:`biaslens.genre`): opinion pieces and previews.

Usage::

    python evaluation/eval_genre.py [DATA] [--list]   # DATA defaults to ../shared/eval

Opinion, measured on three sets:

* 500 New York Times editorials (the Hutto & Gilbert 2014 snippets, fetched with pip by
  ``eval_data.py``; about ten sentences of each): all opinion, so the share flagged is recall;
* BASIL dev (90 articles of nyt, fox and hpo on 30 events, 2010-2012) and PolNeAR dev (84
  articles of 7 publishers, 2015-16): news with some opinion pieces among them; each flagged
  article is printed with its signs (``--list``) and was read by hand (docs/report.md gives
  the verdicts), so the flagged ones that are opinion give precision.

Preview: each BASIL dev event (three outlets on one happening) and each PolNeAR story of the
acceptance reads is one story; the articles flagged as previews are printed to be read.

Exits 0 with "skipped" when the data is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))
sys.path.insert(0, str(ROOT / "tests"))


# One definition of where the data lives and which events are reserved for the lead's read.
from eval_fit_basil import RESERVED, default_data  # noqa: E402


def _curly(text: str) -> str:
    """The editorials' archive spells quotation marks as two apostrophes (''A Visit from St.
    Nicholas,''): turn them into opening and closing marks, alternately."""
    out, opening = [], True
    for k, piece in enumerate(text.split("''")):
        if k:
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        out.append(piece)
    return "".join(out)


def _show(article, reading) -> str:  # type: ignore[no-untyped-def]
    signs = "; ".join(f"{s.kind}: {s.text!r}@{s.start}" for s in reading.signs[:6])
    return f"    {article.source[:60]}: {reading.explanation}\n      {signs}"


def main(argv: list[str]) -> int:
    """Run the evaluation; return the exit code."""
    args = [a for a in argv[1:] if not a.startswith("--")]
    listing = "--list" in argv
    data = Path(args[0]) if args else default_data()
    basil = data / "stories" / "basil-dev"
    polnear = data / "quotes" / "polnear"
    if not basil.is_dir() or not polnear.is_dir():
        print(f"skipped: {basil} or {polnear} not found")
        return 0
    from eval_data import nyt_editorial_sentences, nyt_editorials
    from eval_details_basil import load_event_articles

    from biaslens.corpus import article_from_text
    from biaslens.genre import opinion_reading, preview_reading

    print("Opinion (biaslens.genre.opinion_reading)")
    sentences = nyt_editorial_sentences()
    if sentences is None:
        print("  NYT editorials: skipped (the vaderSentiment sdist could not be fetched)")
    else:
        editorials = nyt_editorials(sentences)
        flagged = 0
        for key, rows in sorted(editorials.items(), key=lambda kv: int(kv[0])):
            text = "\n".join(_curly(r.text) for r in rows)
            article = article_from_text(text, f"editorial-{key}", {"outlet": "nyt"})
            flagged += opinion_reading(article) is not None
        print(f"  NYT editorials: {flagged} of {len(editorials)} flagged (recall {flagged / len(editorials):.0%})")
    events = load_event_articles(basil)
    basil_articles = [a for pairs in events.values() for a, _ in pairs]
    found = [(a, r) for a in basil_articles for r in [opinion_reading(a)] if r]
    print(f"  BASIL dev: {len(found)} of {len(basil_articles)} flagged")
    if listing:
        for article, reading in found:
            print(_show(article, reading) if not article.source.startswith(RESERVED) else
                  f"    {article.source[:8]}: reserved for the acceptance read, not shown")
    from test_teacher_read import POLNEAR_STORIES, _polnear_article

    stems = sorted(f"dev/{p.stem}" for p in (polnear / "dev" / "text").glob("*.txt"))
    polnear_articles = []
    for stem in stems:
        record = _polnear_article(stem)
        polnear_articles.append(article_from_text(record["text"], stem.split("/")[1],
                                                  {"outlet": record["outlet"], "title": record["title"],
                                                   "published": record["published"]}))
    found = [(a, r) for a in polnear_articles for r in [opinion_reading(a)] if r]
    print(f"  PolNeAR dev: {len(found)} of {len(polnear_articles)} flagged")
    if listing:
        for article, reading in found:
            print(_show(article, reading))

    print("\nPreview (biaslens.genre.preview_reading)")
    stories = {f"basil {event[:8]}": [a for a, _ in pairs] for event, pairs in sorted(events.items())}
    for name, stems in POLNEAR_STORIES.items():
        stories[f"polnear {name}"] = [
            article_from_text(r["text"], s.split("/")[1], {"outlet": r["outlet"], "title": r["title"]})
            for s in stems for r in [_polnear_article(s)]]
    flagged_previews = []
    for name, articles in stories.items():
        for article in articles:
            reading = preview_reading(article, [o for o in articles if o is not article])
            if reading:
                flagged_previews.append((name, article, reading))
    print(f"  {len(flagged_previews)} articles flagged in {len(stories)} stories")
    for name, article, reading in flagged_previews:
        if article.source.startswith(RESERVED):
            print(f"  {name}: reserved for the acceptance read, not shown")
            continue
        print(f"  {name}:")
        print(_show(article, reading))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
