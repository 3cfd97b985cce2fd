"""Say when the inputs do not fit: not one story, too short to score, not English.

A comparison of articles about different events finds nothing but "only here" details; a page
whose extracted text is a photo caption has no tone worth reporting; text in another language
is scored with English word lists. Each case gets one warning a reader understands, shown on
the command line and in the report. Pure: articles and sentence similarities in, strings out.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .corpus import UPDATE_LABEL_REASON, broken_encoding
from .details import STOP_WORDS, entity_details
from .genre import GenreReading, opinion_reading, preview_reading
from .records import Article
from .text import paragraph_spans, time_stamp_spans

#: Fewer words than this in the body, and the text is likely a caption or a teaser.
MIN_WORDS = 80
#: An article with fewer of its sentences than this share having a similar sentence elsewhere
#: is called another story when, every pair weighed, it is also no part of the folder's largest
#: event (:func:`biaslens.stories.event_groups`). Same-story articles on BASIL dev go as low as
#: 13% (the constitution reading's fox article), so the share alone is not enough: with the
#: grouping, 0 of 30 dev events warn (1 before) and 78 of 90 strays added to an event are named
#: (as before; ``evaluation/eval_fit_basil.py``).
LOW_SHARED_SENTENCES = 0.15
#: English prose has about 40% of its words in the stop list; below this share it is not English.
MIN_ENGLISH_STOP_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: A live blog dates each of its entries ("3:40 p.m." on a line of its own); one or two time stamps
#: may mark an update to one report, three or more make a list of separate entries.
MIN_LIVE_BLOG_STAMPS = 3


#: A post's correction notice closes it ("This post has been revised to reflect the following
#: correction:", "Correction: December 1, 2010", "An earlier version of this post said ..."). Not
#: "has been updated": an update note may stand anywhere, and what follows it is often the story's
#: ("This post has been updated with comments from Trump's campaign").
_NOTICE = re.compile(r"(?:correction\b|this (?:post|article|story) (?:has been|was) (?:revised|corrected)"
                     r"|an earlier version of this|because of an editing error)", re.I)


def teaser_paragraphs(article: Article, others: Sequence[Article]) -> tuple[tuple[int, int], ...]:
    """The paragraphs after ``article``'s correction notice that tell of other things: a web
    page that prints the openings of later posts after the story ends (a 2010 post followed by
    2013's Nuland nomination and Obama's Sandy tour with Christie), as ``(start, end)`` offsets.

    A paragraph after the notice's own lines is another post's when most of the names it holds
    (their last word: "Christie", "Sandy") appear nowhere earlier in the article nor in any of
    ``others``; from the first such paragraph to the end, every one must be so. Without a notice
    nothing is cut: a story's last paragraphs often bring in a new voice, and the notice is what
    shows where the story ended. Empty when there is none.
    """
    text = article.text
    paragraphs = paragraph_spans(text)
    notice = next((k for k, (lo, hi) in enumerate(paragraphs) if _NOTICE.match(text, lo, hi)), None)
    if notice is None:
        return ()
    k = notice
    while k < len(paragraphs) and _NOTICE.search(text, *paragraphs[k]):
        k += 1  # the notice's own lines
    rest = paragraphs[k:]
    if not rest:
        return ()
    elsewhere = set(_WORD.findall(text[:paragraphs[notice][0]])).union(*(_WORD.findall(o.text) for o in others))
    names = entity_details(article)
    for lo, hi in rest:
        heads = {words[-1] for d in names if lo <= d.start < hi for words in [_WORD.findall(d.text)] if words}
        new = heads - elsewhere
        if len(new) * 2 <= len(heads) or not new:
            return ()
    return tuple(rest)


def teaser_warning(article: Article, spans: Sequence[tuple[int, int]]) -> str:
    """The warning for ``article``'s teaser paragraphs (:func:`teaser_paragraphs`), with their
    offsets and opening words as evidence."""
    lo, hi = spans[0][0], spans[-1][1]
    opening = article.text[lo:min(spans[0][1], lo + 90)].rstrip()
    many = f"last {len(spans)} paragraphs" if len(spans) > 1 else "last paragraph"
    return (f"{article.source}: its {many}, after its correction notice (characters {lo}\u2013{hi}: "
            f"\u201c{opening}\u2026\u201d), name people and things found nowhere else in the story: they may be "
            "the openings of other posts on the same page, so they are left out of \"only here\", "
            "\"left out\" and coverage.")


def english_stop_share(text: str) -> float:
    """Share of ``text``'s words that are common English function words (0-1)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(1 for w in words if w in STOP_WORDS) / len(words) if words else 0.0


#: A wire agency's dateline opens the copy it sends: "WASHINGTON (AP) —", "LONDON (Reuters) -".
_WIRE_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.'’ -]{1,40}(?:, [A-Z][A-Za-z. ]{1,20})?\s+)?"
                            r"\((?P<agency>AP|Reuters|AFP|UPI)\)\s*[—–-]")
#: The agencies' names a reader knows.
WIRE_AGENCIES = {"AP": "the Associated Press", "Reuters": "Reuters", "AFP": "Agence France-Presse",
                 "UPI": "United Press International"}
#: The note under an opinion column that says who wrote it: a name, then "is a columnist for ...",
#: "is a member of USA TODAY's Board of Contributors", "is the author of ...", or a guest writer's
#: posts with no article before them ("is coordinator of the Bernie Delegates Network and
#: co-founder of RootsAction.org"). News articles end with reporting, not with the writer's posts.
_COLUMNIST_LINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:, [^.]{3,120},)? (?:is|was) (?:(?:a|an|the)\b)?"
                             r"[^.]{0,160}?\b(?:columnist|contributor|Contributors|op-ed|co-?founder of|author of)\b")



def wire_agency(article: Article) -> str | None:
    """The news agency whose copy ``article`` is, when its text opens with the agency's dateline
    ("WASHINGTON (AP) —"), else ``None``: its wording is the agency's, not the outlet's."""
    for sentence in article.body_sentences[:1]:
        match = _WIRE_DATELINE.match(sentence.text)
        if match:
            return WIRE_AGENCIES[match["agency"]]
    return None


def wire_note(article: Article) -> str:
    """What the articles table says beside ``article``'s outlet when it is wire copy
    (" (wire copy of the Associated Press)"), else ""."""
    agency = wire_agency(article)
    return f" (wire copy of {agency})" if agency else ""


def genre_warnings(article: Article) -> list[str]:
    """Warnings that ``article`` is no news report of its own: a page of readers' letters (signed
    by name lines, which cleaning removed), an opinion column (a note on its writer closes it),
    an agency's wire copy, a text updated after it appeared (cleaning removed its update label), or a
    live blog of separate entries under time stamps (:data:`MIN_LIVE_BLOG_STAMPS` or more)."""
    out = []
    signed = [r.text for r in article.removed if r.reason == "letter sign-off (the writer's name)"]
    # Cleaning removes sign-offs only on a page of letters (two signed, or one under a "Letters" heading).
    if signed:
        shown = ", ".join(f"\u201c{name}\u201d" for name in signed[:3]) + (", \u2026" if len(signed) > 3 else "")
        out.append(f"{article.source}: reads as a page of readers' letters or comments, not a news report: "
                   f"{len(signed)} of its paragraphs {'ends' if len(signed) == 1 else 'end'} in a writer's name ({shown}; those lines are left out, see "
                   "\"What was removed\"). What it says is its writers' opinion, so its tone, loaded words and "
                   "what it leaves out say little about the outlet's reporting.")
    paragraphs = paragraph_spans(article.text)
    if len(paragraphs) > 1:
        last = article.text[slice(*paragraphs[-1])]
        if len(last.split()) <= 50 and _COLUMNIST_LINE.match(last):
            out.append(f"{article.source}: reads as an opinion column, not a news report (\u201c{last.strip()}\u201d): "
                       "its tone, loaded words and labels are its writer's argument.")
    opinion = opinion_reading(article) if not any("opinion column" in w for w in out) else None
    if opinion:
        out.append(f"{article.source}: reads as an opinion piece, not a news report: {opinion.explanation}; "
                   f"{_shown_signs(opinion)}. Its tone, loaded words and labels are its writer's argument.")
    updates = [r.text for r in article.removed if r.reason == UPDATE_LABEL_REASON]
    if updates:
        out.append(f"{article.source}: was updated after it appeared (\u201c{updates[0]}\u201d, label removed, its "
                   "paragraph kept): its text mixes the first version with later news, so what it has that the "
                   "others lack may be news they could not have had yet.")
    stamps = time_stamp_spans(article.text)
    if len(stamps) >= MIN_LIVE_BLOG_STAMPS:
        shown = ", ".join(f"\u201c{article.text[lo:hi]}\u201d at characters {lo}\u2013{hi}" for lo, hi in stamps[:3]) \
            + (", \u2026" if len(stamps) > 3 else "")
        out.append(f"{article.source}: reads as a live blog, {len(stamps)} separate entries each under a time stamp "
                   f"({shown}): each entry reports its own news, so much of "
                   "what it has that the others lack is news they never set out to cover, not something they left out.")
    agency = wire_agency(article)
    if agency:
        opening = article.body_sentences[0].text[:40].rstrip()
        out.append(f"{article.source}: its text is wire copy of {agency} (\u201c{opening}\u2026\u201d): its wording "
                   f"is the agency's, not {article.outlet}'s own.")
    return out


def _shown_signs(reading: GenreReading, most: int = 3) -> str:
    """The first signs of ``reading`` as evidence a reader can find: "characters 97\u2013101
    (\u201cwill\u201d), ..."."""
    shown = ", ".join(f"\u201c{s.text}\u201d at characters {s.start}\u2013{s.end}" for s in reading.signs[:most])
    more = len(reading.signs) - most
    return f"for example {shown}" + (f" and {more} more" if more > 0 else "")


def article_warnings(article: Article) -> list[str]:
    """Warnings about one article on its own: too short to score, not English, characters broken by
    a wrong encoding, no news report of its own (:func:`genre_warnings`)."""
    out = genre_warnings(article)
    broken = broken_encoding(article.text)
    if broken:
        # Cleaning repairs what can be repaired (corpus.repair_encoding); what is left lost bytes.
        shown = ", ".join(f"\u201c{word}\u201d" for word in broken[:3]) + (", \u2026" if len(broken) > 3 else "")
        out.append(f"{article.source}: its text has characters broken by a wrong encoding (UTF-8 read as Latin-1 or "
                   f"Windows-1252), which could not be repaired: {shown}. A name spelled with them may be split "
                   "or missed; fix the file's encoding and run again.")
    body = " ".join(s.text for s in article.body_sentences)
    words = len(_WORD.findall(body))
    if words < MIN_WORDS:
        out.append(
            f"{article.source}: only {words} words of text (a caption or a few lines?): too short to "
            "score; its numbers say little."
        )
    if words >= 20 and english_stop_share(body) < MIN_ENGLISH_STOP_SHARE:
        out.append(
            f"{article.source}: the text does not look like English; biaslens's word lists and models "
            "are English, so its scores are not meaningful."
        )
    return out


def story_warnings(articles: Sequence[Article], counterpart_share: Mapping[str, float]) -> tuple[str, ...]:
    """Warnings about a set of articles compared as one story.

    ``counterpart_share`` maps each source to the share of its body sentences that have a
    similar sentence in another article (see :mod:`biaslens.compare`).
    """
    out: list[str] = []
    for article in articles:
        out.extend(article_warnings(article))
    for article in articles:
        preview = preview_reading(article, [o for o in articles if o is not article])
        if preview:
            out.append(f"{article.source}: reads as a preview written before the event: {preview.explanation}; "
                       f"{_shown_signs(preview)}. What it leaves out may not have happened yet, and what it says "
                       "is what was announced or expected, not what was done.")
    if len(articles) >= 2:
        low = [a.source for a in articles
               if len(a.body_sentences) >= 5 and counterpart_share.get(a.source, 1.0) < LOW_SHARED_SENTENCES]
        # Few similar sentences is not enough: outlets telling one event in their own words share
        # few sentences (the constitution reading: 13% of fox's). The article must also stand apart
        # when every pair of the folder is weighed as one event (`biaslens report`'s own check);
        # grouping costs a TF-IDF fit, so it is only asked when an article is low.
        apart = _apart(articles) if low else set()
        strays = [source for source in low if source in apart]
        if len(strays) >= len(articles) - 1:
            out.append(
                "These articles share almost nothing: they do not look like one story, so \"only here\" "
                "and \"left out\" mean little. `biaslens run` groups articles into stories first."
            )
        else:
            # Said as measured: few similar sentences and apart by words, names and actions. A
            # profile or an analysis of the same news shares as little (nyt's profile of Clinton on
            # the day she clinched the nomination, beside three reports of Obama's endorsement).
            out.extend(
                f"{source} has few sentences like the other articles' ({counterpart_share.get(source, 0.0):.0%} have a "
                "similar sentence elsewhere) and stands apart from them by its words, names and actions: it may be about "
                "another story, or tell this one from another angle (`biaslens run` groups articles into stories)."
                for source in strays
            )
    return tuple(out)


def _apart(articles: Sequence[Article]) -> set[str]:
    """Sources outside the largest event of ``articles`` when every pair is weighed
    (:func:`biaslens.stories.event_groups`, no time window: a folder given by hand may span more
    days than a scheduled run's window); every source when each article is an event of its own.

    `biaslens run`'s one-by-one placement is not used: it needs a close earlier article to join,
    so one article told in other words than the first one placed (the constitution reading's fox
    article) ended up alone although the folder is one event.
    """
    from .stories import doc_from_article, event_groups

    groups = event_groups([doc_from_article(a.source, a) for a in articles])
    if len(groups[0]) == 1:
        return {a.source for a in articles}
    return {a.source for a in articles} - {d.key for d in groups[0]}
