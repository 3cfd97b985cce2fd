"""Loading articles: the only module that reads input files.

Formats: ``.txt``/``.md`` (optional ``key: value`` header lines or ``---`` front matter with
title, outlet, url, published), ``.html``/``.htm`` (main text and metadata by trafilatura,
comments excluded: :func:`article_from_html`, the one path from HTML to an article), ``.json`` (one object or a list) and ``.jsonl`` (one object a line) with
the keys title, outlet, url, published, text. An optional ``manifest.json`` in a folder maps
file names to metadata: ``{"story": {"title": ...}, "files": {"a.txt": {"outlet": ...}}}``.

Cleaning happens here, once (:func:`clean_text`); the cleaned text becomes
``Article.text`` and never changes afterwards. Everything removed is kept as a
:class:`Removal` so the report can show a reader that nothing real was dropped.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .records import Article, Removal, Story
from .text import furniture_line, reads_as_headline, split_sentences

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
MANIFEST_NAME = "manifest.json"
METADATA_KEYS = ("title", "outlet", "url", "published")
# Longer than any news article (500,000 characters is ~80,000 words, a novel), so the analysis of
# one input stays bounded: every stage is linear, but a 20 MB "article" would still take an hour.
MAX_ARTICLE_CHARS = 500_000
# A saved page carries markup, scripts and styles around its text: allow it more.
MAX_HTML_CHARS = 5_000_000

# Whole lines that are page furniture, not article text. Each has the reason shown to users.
_BOILERPLATE_LINES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(also read|read more|related|recommended|see also)\s*:?\s*$", re.I), "link-list heading"),
    (re.compile(r"^post a comment\s*$", re.I), "comment-box label"),
    (re.compile(r"^\d+\s+comments?\s*$", re.I), "comment counter"),
    (re.compile(r"^the post .+ appeared first on .+$", re.I), "syndication footer"),
    (re.compile(r"^(©|\(c\)|copyright\b).*$", re.I), "copyright line"),
    (re.compile(r"^.*\bpic\.twitter\.com/\S+.*$", re.I), "embedded tweet"),
    (re.compile(r"^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}\s*$"), "embedded tweet credit"),
    # An embedded tweet's markup left in extracted text ('<tweet tweet-id="750816332573208576"><tweet/>.',
    # '<tweet author="@AP" ...>BREAKING: ...</tweet>'): its id was read as a number and a quote.
    (re.compile(r"^(?:<tweet\b.*|.*<(?:/tweet|tweet\s*/)>\W*)$", re.I), "embedded tweet"),
    (re.compile(r"^(share|share this article|advertisement|subscribe)\s*:?\s*$", re.I), "page furniture"),
    # A social-media or newsletter prompt standing as a line of its own, with its short come-on
    # question ("Are you on Team Trump? Like the page:", "Follow us on Twitter", "Sign up for our
    # newsletter"): the outlet promoting itself; its words were read as a name and a detail. The
    # question may hold a title's or an initial's stop ("Do you support Dr. Ben Carson? Like the page:").
    (re.compile(
        r"^(?:(?:[^.?!\n]|(?<=\b(?-i:[A-Z]))\.|(?<=\b(?-i:[A-Z][a-z]))\.|(?<=\b(?-i:[A-Z][a-z]{2}))\.){1,60}\?\s+)?(?:like (?:us|the page|our page)(?: on facebook)?"
        r"|follow (?:us|@\w+|[\w.]+ \w+) on (?:twitter|facebook|instagram|x)"
        r"|share this(?: article| story| post)?(?: on (?:twitter|facebook))?"
        r"|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:[\w-]+ ){0,2}(?:newsletters?|channel|page))\s*[:.!]?$",
        re.I), "social-media or newsletter prompt"),
    # A news database's label over a text with a correction at its end ("CORRECTION APPENDED."):
    # it names no one; it was read as an entity and an only-here name.
    (re.compile(r"^corrections? appended\s*\.?$", re.I), "correction label"),
    # A line of one letter ("X.", "K."): a page's widget or close button left in the extracted
    # text; it was read as a sentence of its own.
    (re.compile(r"^[A-Z]\.?$"), "page furniture (a stray letter)"),
    # An editor's note is the outlet speaking about the article or standing over every story on a
    # subject ("Editor's note: Donald Trump regularly incites political violence ..."), not the
    # article's reporting: its words were counted as the article's tone and loaded language.
    (re.compile(r"^editor['’]?s note\b.*$", re.I), "editor's note"),
    # A note that the article changed ("This article has been updated with additional information
    # on ..."): it says what was added, it reports nothing itself.
    (re.compile(r"^this (?:article|story|post|report) (?:has been|was) updated\b.*$", re.I), "update note"),
    # The label over a post's first version, under an update ("PREVIOUSLY:").
    (re.compile(r"^previously\s*:\s*$", re.I), "update label"),
    # The print-edition note under a web article ("A version of this article appears in print on
    # October 12, 2012, on page A16 of the New York edition with the headline: ..."): its page
    # number and old headline were read as details only that outlet reported.
    (re.compile(r"^an? (?:shorter |longer |earlier )?version of this (?:article|story|review|essay|column|editorial|report)"
                r" (?:appears|appeared|will appear) in print\b.*$", re.I), "print-edition line"),
]
_OUTLET_IN_TEXT: list[re.Pattern[str]] = [
    re.compile(r"^the post (?P<title>.+) appeared first on (?P<outlet>[^.\n]+?)\.?\s*$", re.I),
    re.compile(r"^(?:©|\(c\))\s*(?:copyright\s+)?(?P<outlet>[A-Z][\w&.' -]{1,60}?)\s+(?:19|20)\d\d\b", re.I),
    re.compile(r"^copyright\s+(?:©\s*)?(?:(?:19|20)\d\d\s+)?(?P<outlet>[A-Z][\w&.' -]{1,60}?)[.,]", re.I),
]
#: Who took or supplied a picture: an agency, a photo service or the platform it was taken from
#: ("Gary Cameron/Reuters.", "John Moore/Getty Images.", "Facebook/Osman Abou Laban.").
PHOTO_SOURCES = frozenset({"reuters", "ap", "ap photo", "afp", "associated press", "getty", "getty images", "epa",
                           "bloomberg", "upi", "zuma press", "corbis", "handout", "huffpost", "instagram",
                           "facebook", "linkedin", "twitter"})
#: A photo credit line: at most a few words around a slash, one side a photo source. Its names
#: ("Reuters", the photographer, a "POOL" tag) were read as people and details of the story.
_PHOTO_CREDIT = re.compile(r"^(?P<left>[A-Z][\w.'’& -]{0,40}?)\s?/\s?(?P<right>[A-Z][\w.'’& -]{0,40}?)\.?$")
#: The label that opens a paragraph added after publication ("UPDATE: 5/12 —", "UPDATED, 3:45 p.m.:"):
#: the paragraph is reporting and stays; the label says the article changed after it appeared.
_UPDATE_LABEL = re.compile(r"^(?P<label>(?:UPDATED?|Update[ds]?)\s*(?::\s*(?:[^\s:]*\d[^\s:]*\s*){0,3}[—–-]|:"
                           r"|\s+(?:[^\s:]*\d[^\s:]*\s*){1,3}[:—–-]))\s+(?=[A-Z“\"])")
#: The reason given for an update label: its paragraph stays, the warning says the text changed.
UPDATE_LABEL_REASON = "update label (the paragraph after it is kept)"
#: The label that opens a correction appended at a text's end ("CORRECTION:", "Correction: Because of
#: an editing error, ..."): the label alone on its line, or the correction's first words after it.
_CORRECTION_LABEL = re.compile(r"^corrections?\s*[:.]", re.I)
#: What a correction says: that an earlier version was wrong.
_CORRECTION_WORDS = re.compile(r"\b(?:error|erred|misidentified|misstated|misspelled|misquoted|misattributed|incorrectly"
                               r"|mistakenly|inadvertently|earlier version|should have said|referred erroneously)\b", re.I)
#: The lines around an appended correction: the edition it ran in ("As published in the International
#: New York Times.") and its date ("Friday, June 10, 2016.").
_CORRECTION_FRAME = re.compile(r"^(?:as )?(?:published|printed|appeared) in\b.{0,80}$|^(?:[A-Z][a-z]+day,? )?[A-Z][a-z]{2,8}\.? \d{1,2},"
                               r" \d{4}(?:, [A-Z][a-z]+day)?\.?$", re.I)
#: An appended correction is a short note; more words after the label are the article's own text.
MAX_CORRECTION_WORDS = 150
#: Text decoded with the wrong encoding (UTF-8 bytes read as Latin-1 or Windows-1252, "RaÃºl",
#: "â€œ"): a lead byte's letter ("Ã", "Â", "â") followed by a continuation byte's character (C1
#: controls, "¡" to "¿", or the Windows-1252 punctuation those bytes become) or by another lead
#: letter. No English, French, Spanish or Portuguese word has these pairs ("São", "âge" do not match).
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u009f\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122ÃÂ]|Ã(?=\\s|$)")
#: The reason recorded for a word whose encoding cleaning repaired.
ENCODING_REPAIR_REASON = "text encoding repaired (UTF-8 that was read as Latin-1 or Windows-1252)"
#: A credit line at the end of a text, naming who helped write or edit it ("Contributing: Deborah
#: Berry.", "(Reporting by Steve Holland; Editing by Peter Cooney)", "Additional reporting by ...",
#: "Associated Press writer Ken Thomas contributed to this report."): the names are the newsroom's,
#: no one the story is about, and the line reports nothing.
_CREDIT_LINE = re.compile(
    r"^\(?(?:(?:contributing|contributors?)\s*:|(?:additional\s+)?(?:reporting|writing|editing|compiled|compilation)"
    r"(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+(?-i:[A-Z]))[^()]{0,200}\)?\.?$"
    r"|^(?P<who>[^.!?]{1,120}?)\s+(?:also\s+)?contributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$", re.I)
# The lower-case words a "... contributed to this report" credit holds besides names ("Associated
# Press writers Ken Thomas and Julie Pace in Washington"); any other ("said") makes it a sentence.
_CREDIT_WORDS = frozenset("writer writers reporter reporters correspondent correspondents staff and in from of the "
                          "at a an news researcher researchers".split())
#: A credit line is short: longer lines are the article's own text.
MAX_CREDIT_WORDS = 30
#: A news database's section labels ("ABSTRACT.", "FULL TEXT."): the archive's, not the article's.
_DATABASE_LABEL = re.compile(r"^(?P<label>abstract|full text)\s*[.:]?$", re.I)
#: A line that is only a person's name, as a reader's letter is signed ("Rob Billeaud.",
#: "Kenneth L. Zimmerman."): a given name, then initials or capitalised words, the last a surname.
_NAME_LINE = re.compile(r"^(?P<given>[A-Z][a-z]+)(?: (?:[A-Z]\.|[A-Z][a-z'’-]+)){0,2} (?P<surname>[A-Z][a-z'’-]+)\.$")
#: The writer's town under a signed letter ("Huntington Beach, Calif.", "Staunton Va.", "New York.").
_TOWN_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? (?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]+\.)$|^[A-Z][a-z]+\.$")
#: A section label of a letters page ("LETTERS.", "FACEBOOK."): one word in capitals.
_SECTION_LABEL = re.compile(r"^[A-Z]{4,}\.?$")
#: The heading of a page of readers' letters.
_LETTERS_HEADING = re.compile(r"^letters(?: to the editor)?\s*[.:]?$", re.I)
#: A page of letters is signed more than once; a single name line may be a subheading.
MIN_SIGN_OFFS = 2
_HEADER_LINE = re.compile(r"^(?P<key>title|outlet|url|published|date|source)\s*:\s*(?P<value>.*)$", re.I)


@dataclass(frozen=True)
class Cleaned:
    """The result of :func:`clean_text`: canonical text and what cleaning learned."""

    text: str
    removed: tuple[Removal, ...]
    outlet: str | None
    title: str | None
    title_in_text: bool


def clean_text(raw: str) -> Cleaned:
    """Strip page furniture from ``raw`` and return the canonical text with a record of removals.

    Removes the line types in ``_BOILERPLATE_LINES``, repeats of the headline, and blank-line
    runs; lists a live blog's time stamps and separator lines (:func:`biaslens.text.furniture_line`),
    which stay in the text but are no sentences; reads the outlet and headline from syndication/copyright footers when present. The
    headline is the first line when it reads as one (short, no sentence-final punctuation).
    """
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    removed: list[Removal] = []
    outlet: str | None = None
    footer_title: str | None = None
    kept: list[str] = []
    for line in raw.split("\n"):
        # Repaired before spaces are collapsed: a wrongly decoded "à" ends in a no-break space.
        line, repairs = repair_encoding(line)
        removed.extend(repairs)
        stripped = " ".join(line.split())
        if not stripped:
            continue
        for pattern in _OUTLET_IN_TEXT:
            match = pattern.match(stripped)
            if match and outlet is None:
                outlet = match.group("outlet").strip()
                if "title" in match.groupdict():
                    footer_title = match.group("title").strip()
        reason = next((why for pattern, why in _BOILERPLATE_LINES if pattern.match(stripped)), None)
        if reason is None and is_photo_credit(stripped):
            reason = "photo credit"
        if reason is not None:
            removed.append(Removal(stripped, reason))
            continue
        if kept and stripped == kept[0]:
            removed.append(Removal(stripped, "repeated headline"))
            continue
        update = _UPDATE_LABEL.match(stripped)
        if update:
            # Only the label goes: the paragraph after it is the outlet's reporting.
            removed.append(Removal(update["label"], UPDATE_LABEL_REASON))
            stripped = stripped[update.end():]
        furniture = furniture_line(stripped)
        if furniture:
            # Kept, so a reader still sees where a live blog's entries begin; it is no sentence
            # (text.split_sentences skips it), and listed so the reader knows it was not scored.
            removed.append(Removal(stripped, furniture))
        kept.append(stripped)
    kept, dropped = _appended_correction(kept)
    removed.extend(dropped)
    kept, dropped = _database_sections(kept)
    removed.extend(dropped)
    kept, dropped = _sign_offs(kept)
    removed.extend(dropped)
    kept, dropped = _credit_lines(kept)
    removed.extend(dropped)
    title_in_text = bool(kept) and reads_as_headline(kept[0], bool(kept[1:2]))
    title = kept[0] if title_in_text else footer_title
    return Cleaned("\n".join(kept), tuple(removed), outlet, title, title_in_text)


def broken_encoding(text: str) -> list[str]:
    """The words of ``text`` that hold characters broken by a wrong encoding (UTF-8 read as Latin-1
    or Windows-1252: "RaÃÂol", "realâ€world"), in order, each once, as a reader sees them (without the
    invisible control characters such text holds); empty when there are none."""
    words = (match.group() for match in re.finditer(r"\S+", text) if _MOJIBAKE.search(match.group()))
    return list(dict.fromkeys(_visible(word).strip(".,;:!?()\"'“”‘’") for word in words))


def repair_encoding(line: str) -> tuple[str, list[Removal]]:
    """``line`` with its wrongly decoded characters repaired ("GuantÃ¡namo" → "Guantánamo") by ftfy's
    :func:`ftfy.fix_encoding`, and a :class:`Removal` for each word changed. A repair is kept only
    when it leaves nothing broken and guesses no lost byte: a text whose bytes were lost as well
    ("RaÃÂol", whose "ú" lost a byte) is left as it is, for :func:`broken_encoding` to warn of; a half repair would only hide it.
    Done line by line before cleaning, so every offset is taken on the repaired text."""
    # "Ã" before a plain space is "à" whose no-break space was lost, or the start of a letter whose
    # second byte was lost ("SÃ©golÃ ̈ne"): ftfy guesses "à", often wrongly, so the line is left to warn of.
    if not _MOJIBAKE.search(line) or re.search(r"Ã (?=\S)", line):
        return line, []
    import ftfy

    fixed = ftfy.fix_encoding(line)
    # A mark left over that composes with nothing ("à̈" for a lost "è") is a wrong guess too.
    if fixed == line or broken_encoding(fixed) or re.search("[\u0300-\u036f]", unicodedata.normalize("NFC", fixed)):
        return line, []
    before, after = line.split(), fixed.split()
    if len(before) != len(after):
        return fixed, [Removal(f"{' '.join(before)} → {' '.join(after)}", ENCODING_REPAIR_REASON)]
    return fixed, [Removal(f"{_visible(old)} → {new}", ENCODING_REPAIR_REASON) for old, new in zip(before, after) if old != new]


def _visible(word: str) -> str:
    """``word`` without the invisible C1 control characters that wrongly decoded text holds."""
    return re.sub("[\u0080-\u009f]", "", word)


def _appended_correction(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop a correction appended at the end of a text: from its label ("CORRECTION:", or
    "Correction:" before its first words) to the end, when that is a short note
    (:data:`MAX_CORRECTION_WORDS`) that says an earlier version erred ("Because of an editing error,
    an article on Wednesday ... misidentified ..."), with the edition and date lines around it. It
    is the outlet correcting another version, not the article's reporting: its date, names and
    "error" were read as the article's details and tone. A correction with more text after it (the
    openings of other posts) is left to :func:`biaslens.fit.teaser_paragraphs`."""
    start = next((k for k, line in enumerate(lines) if k and _CORRECTION_LABEL.match(line)), None)
    if start is None:
        return lines, []
    block = lines[start:]
    if (sum(len(line.split()) for line in block) > MAX_CORRECTION_WORDS or not any(map(_CORRECTION_WORDS.search, block))
            or not all(_CORRECTION_LABEL.match(line) or _CORRECTION_WORDS.search(line) or _CORRECTION_FRAME.match(line)
                       for line in block)):
        return lines, []
    return lines[:start], [Removal(line, "correction appended at the end (a note on an earlier version)") for line in block]


def _credit_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop the credit lines that end a text (:data:`_CREDIT_LINE`: "Contributing: Deborah Berry.",
    "(Reporting by ...; Editing by ...)"), last line first. Only at the end, and never the first
    line (a headline): inside the body "Reporting by" may open the article's own sentence."""
    end = len(lines)
    while end > 1 and len(lines[end - 1].split()) <= MAX_CREDIT_WORDS:
        match = _CREDIT_LINE.match(lines[end - 1])
        if match is None or (match["who"] and any(w.islower() and w not in _CREDIT_WORDS
                                                  for w in re.findall(r"[\w’'-]+", match["who"]))):
            break
        end -= 1
    return lines[:end], [Removal(line, "credit line (who helped write or edit the article)") for line in lines[end:]]


def is_photo_credit(line: str) -> bool:
    """Whether ``line`` is only a photo credit: a few capitalised words around a slash, one side
    a photo source of :data:`PHOTO_SOURCES` ("Gary Cameron/Reuters.", "POOL New/Reuters.",
    "Bloomberg/Getty Images."). A caption near it is kept: it is often the article's own sentence."""
    match = _PHOTO_CREDIT.match(line)
    return bool(match and len(line.split()) <= 8
                and ({match["left"].strip().lower(), match["right"].strip().lower()} & PHOTO_SOURCES))


def _database_sections(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop a news database's section labels and its abstract: "ABSTRACT." then a summary
    paragraph, then "FULL TEXT." before the article. The abstract retells a sentence of the body
    in other words, so it would count that sentence's hedges and tone twice."""
    labels = [k for k, line in enumerate(lines) if _DATABASE_LABEL.match(line)]
    full = next((k for k in labels if _DATABASE_LABEL.match(lines[k])["label"].lower() == "full text"), None)  # type: ignore[index]
    if full is None:
        return lines, []
    start = next((k for k in labels if k < full and _DATABASE_LABEL.match(lines[k])["label"].lower() == "abstract"), full)  # type: ignore[index]
    dropped = [Removal(line, "database section label" if k in (start, full) else "database abstract (a summary of the body)")
               for k, line in enumerate(lines[start:full + 1], start)]
    return lines[:start] + lines[full + 1:], dropped


def _sign_offs(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop the lines that sign readers' letters: a line that is only a name ("Rob Billeaud."),
    after a paragraph of prose, whose surname the page never uses again, and the town line under
    it ("Huntington Beach, Calif."). Only on a page signed at least :data:`MIN_SIGN_OFFS` times: a
    news article's lone name line is a subheading ("Hillary Clinton." over her paragraph, whose
    surname the paragraph uses). The writers are no one the story is about."""
    from .names import is_given_name

    text = "\n".join(lines)
    signed: list[int] = []
    for k, line in enumerate(lines[1:], 1):
        match = _NAME_LINE.match(line)
        if (match and is_given_name(match["given"].lower()) and len(lines[k - 1].split()) >= 8
                and lines[k - 1][-1] in ".?!\"”'’"
                and len(re.findall(rf"\b{re.escape(match['surname'])}\b", text)) == 1):
            signed.append(k)
    # A page headed as letters ("LETTERS.", "Letters to the editor") needs one signed letter.
    headed = any(_LETTERS_HEADING.match(line) for line in lines)
    if len(signed) < (1 if headed else MIN_SIGN_OFFS):
        return lines, []
    # On a page of letters, a name line after prose signs a letter even when the given name is
    # not in the list ("Oscar Mack.") or the writer signs twice; its surname is used nowhere else.
    for k, line in enumerate(lines[1:], 1):
        match = _NAME_LINE.match(line)
        if (k not in signed and match and lines[k - 1][-1] in ".?!\"”'’" and len(lines[k - 1].split()) >= 8
                and all(_NAME_LINE.match(other) for other in lines
                        if re.search(rf"\b{re.escape(match['surname'])}\b", other))):
            signed.append(k)
    towns = [k + 1 for k in signed if k + 1 < len(lines) and _TOWN_LINE.match(lines[k + 1])]
    # The page's section labels ("LETTERS.", "FACEBOOK."): one capitalised word, no sentence.
    sections = [k for k, line in enumerate(lines) if _SECTION_LABEL.match(line) or _LETTERS_HEADING.match(line)]
    drop = set(signed) | set(towns) | set(sections)
    dropped = [Removal(lines[k], "letter sign-off (the writer's town)" if k in towns
                       else "letters page section label" if k in sections else "letter sign-off (the writer's name)")
               for k in sorted(drop)]
    return [line for k, line in enumerate(lines) if k not in drop], dropped


def article_from_text(
    raw: str,
    source: str,
    metadata: dict[str, Any] | None = None,
    warnings: Iterable[str] = (),
) -> Article:
    """Build an :class:`Article` from raw text: clean it, split sentences, settle metadata.

    Outlet comes from ``metadata`` first, then the article's own boilerplate, then the file
    name (``source`` without its extension). Raises :class:`InputError` when nothing is left
    after cleaning, or when ``raw`` is longer than ``MAX_ARTICLE_CHARS``.
    """
    metadata = {k: v for k, v in (metadata or {}).items() if v not in (None, "")}
    if len(raw) > MAX_ARTICLE_CHARS:
        raise InputError(source, f"too long for a news article: {len(raw):,} characters (at most {MAX_ARTICLE_CHARS:,})")
    cleaned = clean_text(raw)
    if not cleaned.text.strip():
        raise InputError(source, "empty article (no text left after removing page furniture)")
    if metadata.get("outlet"):
        outlet, outlet_from = str(metadata["outlet"]), "metadata"
    elif cleaned.outlet:
        outlet, outlet_from = cleaned.outlet, "text"
    else:
        outlet, outlet_from = Path(source).stem, "file name"
    # The headline: from metadata (a JSON or HTML title, a `title:` header), else a footer
    # ("The post ... appeared first on ..."), else the first line when it reads as one. A title
    # from metadata leads the text when the body does not already start with it, so it is
    # scored as the headline with real offsets, whatever punctuation it ends with. None is
    # ever made up from the first sentence: an article without one has an empty title.
    given, repaired = repair_encoding(str(metadata.get("title") or cleaned.title or ""))
    given = " ".join(given.split())
    removed = tuple(repaired) + cleaned.removed  # a headline from metadata is repaired as the text is
    text = cleaned.text
    first_line = text.split("\n", 1)[0]
    if given and first_line != given:
        text = f"{given}\n{text}"
        first_line = given
    title = given or (first_line if cleaned.title_in_text else "")
    title_span = (0, len(first_line)) if title and first_line == title else None
    sentences = split_sentences(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Article(
        id=digest,
        source=source,
        outlet=outlet,
        title=title,
        text=text,
        sentences=sentences,
        outlet_from=outlet_from,
        url=str(metadata.get("url", "")),
        published=str(metadata.get("published", "")),
        title_span=title_span,
        removed=removed,
        warnings=tuple(warnings),
    )


def stand_in_title(article: Article, limit: int = 100) -> str:
    """A label for an article without a headline: its first sentence, cut at a word boundary.

    For naming stories and folders only; never shown or scored as the article's headline.
    """
    text = article.sentences[0].text if article.sentences else article.source
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + " …"


def decode_bytes(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode file bytes as UTF-8, falling back to Windows-1252 with a warning.

    Raises :class:`InputError` for binary data (NUL bytes) and empty files.
    """
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        where = error.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"{source}: not valid UTF-8 (byte {where}); decoded as {encoding}, check the characters"]
    raise InputError(source, "cannot decode text")  # unreachable: latin-1 decodes any bytes


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split ``---`` front matter or leading ``key: value`` lines from the body of a text file."""
    lines = text.lstrip("\ufeff").split("\n")
    metadata: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                for header in lines[1:i]:
                    _read_header_line(header, metadata)
                return metadata, "\n".join(lines[i + 1 :])
        return {}, text
    consumed = 0
    for line in lines:
        if not _read_header_line(line, metadata):
            break
        consumed += 1
    if consumed and (consumed == len(lines) or not lines[consumed].strip()):
        return metadata, "\n".join(lines[consumed:])
    return {}, text


def _read_header_line(line: str, metadata: dict[str, str]) -> bool:
    match = _HEADER_LINE.match(line.strip())
    if not match:
        return False
    key = match.group("key").lower()
    key = {"date": "published", "source": "outlet"}.get(key, key)
    metadata[key] = match.group("value").strip()
    return True


def load_file(path: Path, metadata: dict[str, Any] | None = None) -> tuple[list[Article], list[str]]:
    """Read one input file into articles (JSON lists and JSONL give several).

    Returns the articles and warnings; raises :class:`InputError` when the file cannot be used.
    """
    source = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot read file ({error.strerror or error})") from None
    text, warnings = decode_bytes(data, source)
    suffix = path.suffix.lower()
    metadata = dict(metadata or {})
    if suffix in (".html", ".htm"):
        return [article_from_html(text, source, metadata, warnings)], warnings
    if suffix in (".json", ".jsonl"):
        return _articles_from_json(text, source, metadata, warnings, lines=suffix == ".jsonl"), warnings
    header, body = split_header(text)
    return [article_from_text(body, source, {**header, **metadata}, warnings)], warnings


_PULL_QUOTE = re.compile(r"pull[-_ ]?quote|pullquote|blockquote--pull|quote--pull", re.I)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\"'“”‘’«»]", "", text).lower().split())


def drop_pull_quotes(html: str | bytes) -> tuple[Any, list[str]]:
    """Parse ``html`` and remove elements marked as pull quotes (class or id names them).

    Returns the lxml tree (for trafilatura) and the texts removed.
    """
    from trafilatura.utils import load_html

    # trafilatura's loader guesses the encoding of bytes (pages often declare none).
    tree = load_html(html)
    if tree is None:
        raise ValueError("not an HTML document")
    removed = []
    for element in list(tree.iter()):
        if not isinstance(element.tag, str):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if _PULL_QUOTE.search(marks):
            text = " ".join(element.text_content().split())
            if text:
                removed.append(text)
            element.drop_tree()
    return tree, removed


def drop_repeated_paragraphs(text: str) -> tuple[str, list[str]]:
    """Remove short paragraphs whose words repeat inside a longer paragraph (unmarked pull quotes).

    Only paragraphs of 5 to 60 words are candidates, so a body paragraph is never lost to a
    long summary that happens to contain it.
    """
    lines = text.split("\n")
    normalised = [_norm(line) for line in lines]
    # A paragraph containing a candidate holds the candidate's inner words (all but its first and
    # last, which may be cut mid-word) as whole words: an index of word trigrams finds the few
    # paragraphs worth comparing (comparing every pair was quadratic in paragraphs).
    holders: dict[tuple[str, ...], list[int]] = {}
    for j, other in enumerate(normalised):
        words = other.split()
        for gram in dict.fromkeys(tuple(words[k : k + 3]) for k in range(len(words) - 2)):
            holders.setdefault(gram, []).append(j)
    kept, removed = [], []
    for i, line in enumerate(lines):
        own = normalised[i]
        words = own.split()
        repeated = False
        if 5 <= len(words) <= 60:
            grams = [tuple(words[k : k + 3]) for k in range(1, len(words) - 3)]
            rarest = min((holders.get(g, []) for g in grams), key=len)
            repeated = any(j != i and len(normalised[j]) > len(own) and own in normalised[j] for j in rarest)
        if repeated:
            removed.append(line.strip())
        else:
            kept.append(line)
    return "\n".join(kept), removed


def article_from_html(
    html: str | bytes, source: str, metadata: dict[str, Any] | None = None, warnings: Iterable[str] = ()
) -> Article:
    """Turn a web page into an :class:`Article`: the one way HTML becomes an article.

    ``biaslens report page.html``, folder sources and fetched pages all come here, so the same
    page gives the same canonical text (and offsets, and scores) whichever way it arrives. The
    main text comes from trafilatura (comments and tables excluded); pull quotes are dropped and
    recorded as removals. ``metadata`` (title, outlet, url, published) overrides what the page
    says. Raises :class:`InputError` when no article text is found or the page is too large.
    """
    import trafilatura

    if len(html) > MAX_HTML_CHARS:
        raise InputError(source, f"page too large: {len(html):,} characters (at most {MAX_HTML_CHARS:,})")

    try:
        tree, pulled = drop_pull_quotes(html)
    except Exception as error:  # noqa: BLE001 - lxml raises several types on broken markup
        raise InputError(source, f"unreadable HTML ({error})") from None
    document = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    if document is None or not (document.text or "").strip():
        raise InputError(source, "no article text found in the HTML page")
    body, repeated = drop_repeated_paragraphs(document.text)
    found = {"title": document.title, "outlet": document.sitename, "url": document.url, "published": document.date}
    merged = {**{k: v for k, v in found.items() if v}, **{k: v for k, v in (metadata or {}).items() if v}}
    # article_from_text puts the title at the head of the text when the body lacks it.
    article = article_from_text(body, source, merged, warnings)
    extra = tuple(Removal(text, "pull quote (repeats a sentence of the body)") for text in pulled + repeated)
    return replace(article, removed=article.removed + extra) if extra else article


def _articles_from_json(
    text: str, source: str, metadata: dict[str, Any], warnings: list[str], lines: bool
) -> list[Article]:
    try:
        if lines:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            loaded = json.loads(text)
            records = loaded if isinstance(loaded, list) else [loaded]
    except json.JSONDecodeError as error:
        raise InputError(source, f"invalid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    articles = []
    for number, record in enumerate(records, start=1):
        name = source if len(records) == 1 else f"{source}#{number}"
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(name, "JSON article needs an object with a string 'text'")
        found = {key: record.get(key) for key in METADATA_KEYS}
        articles.append(article_from_text(record["text"], name, {**found, **metadata}, warnings))
    return articles


def read_manifest(folder: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Read ``manifest.json`` in ``folder``: returns (story metadata, per-file metadata)."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}, {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(str(path.name), f"unreadable manifest ({error})") from None
    if not isinstance(manifest, dict):
        raise InputError(path.name, "manifest must be a JSON object")
    return dict(manifest.get("story") or {}), dict(manifest.get("files") or {})


def input_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their article files (sorted, manifest excluded); keep files as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and p.name != MANIFEST_NAME
                )
            )
        else:
            files.append(path)
    return files


@dataclass(frozen=True)
class LoadResult:
    """What loading produced: the articles, one-line problems, warnings, and story metadata."""

    articles: tuple[Article, ...]
    problems: tuple[InputError, ...]
    warnings: tuple[str, ...]
    story: dict[str, Any]
    fingerprint: str


def load_articles(paths: list[Path]) -> LoadResult:
    """Load every article from files and folders; a bad file becomes a problem, not a crash.

    The fingerprint is a SHA-256 over every input file's name and bytes, so a report can say
    exactly which input it was made from.
    """
    problems: list[InputError] = []
    warnings: list[str] = []
    story: dict[str, Any] = {}
    per_file: dict[str, dict[str, Any]] = {}
    for path in paths:
        if path.is_dir():
            try:
                folder_story, folder_files = read_manifest(path)
            except InputError as error:
                problems.append(error)
                continue
            story = story or folder_story
            per_file.update(folder_files)
        elif not path.exists():
            problems.append(InputError(str(path), "no such file or folder"))
    articles: list[Article] = []
    digest = hashlib.sha256()
    for file in input_files([p for p in paths if p.exists()]):
        digest.update(file.name.encode("utf-8") + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:
            pass  # reported by load_file just below
        try:
            loaded, file_warnings = load_file(file, per_file.get(file.name))
        except InputError as error:
            problems.append(error)
            continue
        articles.extend(loaded)
        warnings.extend(file_warnings)
    articles = _unique_sources(articles)
    return LoadResult(tuple(articles), tuple(problems), tuple(warnings), story, digest.hexdigest())


def _unique_sources(articles: list[Article]) -> list[Article]:
    from dataclasses import replace

    seen: dict[str, int] = {}
    unique = []
    for article in sorted(articles, key=lambda a: a.source):
        count = seen.get(article.source, 0)
        seen[article.source] = count + 1
        unique.append(article if count == 0 else replace(article, source=f"{article.source}~{count + 1}"))
    return unique


def make_story(articles: tuple[Article, ...] | list[Article], story_meta: dict[str, Any] | None = None) -> Story:
    """Group loaded articles into one :class:`Story` (title from metadata, else a headline chosen
    by :func:`biaslens.stories.story_headline`: the most central one without loaded words)."""
    from .stories import doc_from_article, story_headline

    story_meta = story_meta or {}
    ordered = tuple(sorted(articles, key=lambda a: a.source))
    title = str(story_meta.get("title") or (story_headline([doc_from_article(a.source, a) for a in ordered])[0]
                                            if ordered else "Empty story"))
    slug = str(story_meta.get("slug") or slugify(title))
    return Story(title=title, articles=ordered, slug=slug)


def slugify(text: str, limit: int = 60) -> str:
    """Return a lowercase ASCII slug of ``text`` (stable: same text, same slug)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return (slug[:limit].rstrip("-") or "story")
