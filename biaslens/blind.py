"""Blind mode: hide which outlet wrote which article, so a class compares before it knows.

:func:`blind_articles` takes loaded :class:`~biaslens.records.Article` records and returns new
ones where every outlet is replaced by a neutral label ("Outlet A", "Outlet B", ...):

* metadata: ``outlet`` becomes the label, ``source`` becomes ``article-A.txt``, ``url`` is
  dropped (a web address names the outlet), ``outlet_from`` becomes ``"blind label"``;
* text: self-references are replaced *before* analysis, in the headline, the body, the
  ``removed`` records ("© Copyright IBTimes 2025" becomes "© Copyright Outlet A 2025") and
  the warnings. The replaced text is run through :func:`~biaslens.corpus.article_from_text`
  again, so sentences, the headline span and every offset computed later index the final
  ``Article.text``: nothing is patched after the fact.

Letters are assigned in the order of a SHA-256 hash of each article's text (with an optional
salt), never alphabetically by outlet or by file name, so "Outlet A" says nothing about who
wrote it. Same input, same letters.

What counts as an outlet's name: the outlet as loaded (from metadata or the article's own
footer; names taken from a file name are not real outlet names and are left alone), the host
of the article's web address ("ibtimes.co.uk", and its first label "ibtimes") and any extra
aliases the caller passes ("International Business Times"). Names match as whole words,
case-sensitively in the given form, Title form and UPPER CASE (so "Time" the magazine does not
swallow "time"); web hosts match in any case. A name nobody listed (a parent company, a
reporter's byline) is not found: the answer key says how many replacements were made in each
article so a teacher can check.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Iterable, Mapping, Sequence

from .corpus import article_from_text
from .records import Article, Removal

LABEL_PREFIX = "Outlet"
OUTLET_FROM = "blind label"
# First labels of a host that say nothing about the outlet.
_GENERIC_HOST_LABELS = {"www", "m", "amp", "news", "edition", "en", "uk", "us", "mobile"}


@dataclass(frozen=True)
class BlindEntry:
    """One row of the answer key: the neutral label and what it hides.

    ``replacements`` counts the outlet names replaced in this article's text, headline,
    removed lines and warnings.
    """

    letter: str
    label: str
    source: str
    original_source: str
    original_outlet: str
    original_outlet_from: str
    original_title: str
    original_url: str
    replacements: int


@dataclass(frozen=True)
class BlindResult:
    """Blinded articles (sorted by their new source), the answer key (in letter order), and
    the outlet names searched for in each original source."""

    articles: tuple[Article, ...]
    key: tuple[BlindEntry, ...]
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def relabel(self, text: str) -> str:
        """Replace every outlet name and original file name in ``text`` by its blind label.

        For text outside the articles: a story title, a warning, a problem message.
        """
        return _Replacer(self.key, self.names).apply(text)[0]


def letters(n: int) -> list[str]:
    """Return ``n`` labels in spreadsheet order: A ... Z, AA, AB, ..."""
    out = []
    for index in range(n):
        label, number = "", index + 1
        while number:
            number, rest = divmod(number - 1, 26)
            label = chr(ord("A") + rest) + label
        out.append(label)
    return out


def letter_order(articles: Sequence[Article], salt: str = "") -> list[Article]:
    """Return ``articles`` in blind-letter order: by SHA-256 of ``salt`` + text, then source.

    Hashing the text (not the outlet or file name) keeps the order unrelated to who wrote
    what, yet identical on every run over the same input.
    """
    def key(article: Article) -> tuple[str, str]:
        digest = hashlib.sha256((salt + "\0" + article.text).encode("utf-8")).hexdigest()
        return digest, article.source

    return sorted(articles, key=key)


def outlet_names(article: Article, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Return the names under which ``article``'s outlet may appear in text, longest first."""
    names: set[str] = {name.strip() for name in extra if name and name.strip()}
    if article.outlet_from != "file name" and article.outlet.strip():
        names.add(article.outlet.strip())
    host = _host(article.url)
    if host:
        names.update({host, "www." + host})
        first = host.split(".")[0]
        if first not in _GENERIC_HOST_LABELS and len(first) >= 3:
            names.add(first)
    return tuple(sorted((n for n in names if len(n) >= 2), key=lambda n: (-len(n), n)))


# Words an outlet's name carries or drops ("Fox News" is the outlet "Fox"; "The New York Times").
_OUTLET_FILLER = frozenset({"the", "news", "channel", "network", "online", "com", "www"})


def names_outlet(name: str, article: Article) -> bool:
    """True when ``name`` is ``article``'s own outlet: "Fox News" in an article from "fox" or
    foxnews.com, "New York Times" in one from "nyt" or "The New York Times".

    The outlet that reports a story is never one of the voices it gives: a quotation given to it
    was misread (a listener, 'Weiner told Fox News'; a subject line Fox News confirmed).
    """
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _OUTLET_FILLER]
    if not words:
        return False
    initials = "".join(w[0] for w in words) if len(words) > 1 else ""
    for outlet in outlet_names(article, (article.outlet,)):
        forms = [w for w in re.findall(r"[a-z0-9]+", outlet.lower()) if w not in _OUTLET_FILLER]
        if forms == words or (len(forms) == 1 and forms[0] in {"".join(words), initials}):
            return True
    return False


def _host(url: str) -> str:
    match = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url.strip(), re.I)
    if not match:
        return ""
    host = match.group(1).lower()
    return host[4:] if host.startswith("www.") else host


class _Replacer:
    """One regex over every name of every outlet, mapping each match to its blind label."""

    def __init__(self, key: Sequence[BlindEntry], names: Mapping[str, tuple[str, ...]]):
        by_form: dict[str, set[str]] = {}
        insensitive: set[str] = set()
        for entry in key:
            forms = set(names.get(entry.original_source, ()))
            # File names (with and without extension) only ever appear in metadata and warnings.
            forms.add(entry.original_source)
            for name in forms:
                variants = {name, name.upper(), name[:1].upper() + name[1:]}
                if "." in name and " " not in name:
                    insensitive.add(name.lower())  # a host: any case
                for variant in variants:
                    by_form.setdefault(variant, set()).add(entry.label)
        self.labels = {form: _join_labels(labels) for form, labels in by_form.items()}
        self.insensitive = {form: self.labels.get(form, "") for form in insensitive}
        forms = sorted(set(self.labels) | set(self.insensitive), key=lambda f: (-len(f), f))
        if not forms:
            self.pattern = None
            return
        alternation = "|".join(
            (f"(?i:{re.escape(f)})" if f in self.insensitive else re.escape(f)) for f in forms
        )
        # Whole words only: "Invezz" but not "Invezzment"; a trailing "." may end a sentence.
        self.pattern = re.compile(rf"(?<![\w@/-])(?:{alternation})(?![\w@-]|\.\w)")

    def apply(self, text: str) -> tuple[str, int]:
        if self.pattern is None or not text:
            return text, 0
        count = 0

        def swap(match: re.Match[str]) -> str:
            nonlocal count
            count += 1
            found = match.group(0)
            return self.labels.get(found) or self.insensitive.get(found.lower()) or found

        return self.pattern.sub(swap, text), count


def _join_labels(labels: set[str]) -> str:
    # Two articles from one outlet share its name: say both labels rather than pick one.
    ordered = sorted(labels, key=lambda label: (len(label), label))
    if len(ordered) == 1:
        return ordered[0]
    return LABEL_PREFIX + " " + "/".join(label.split(" ", 1)[1] for label in ordered)


def blind_articles(
    articles: Sequence[Article],
    salt: str = "",
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> BlindResult:
    """Replace outlets by "Outlet A", "Outlet B", ... in metadata and text (see module docstring).

    ``aliases`` maps an original ``source`` to further names of its outlet. Returns the blinded
    articles sorted by new source (``article-A.txt`` first) and the answer key. Pure: the input
    articles are not changed.
    """
    aliases = aliases or {}
    ordered = letter_order(articles, salt)
    key_stub = []
    for letter, article in zip(letters(len(ordered)), ordered):
        suffix = PurePath(article.source.split("#", 1)[0].split("~", 1)[0]).suffix.lower() or ".txt"
        key_stub.append(
            BlindEntry(
                letter=letter,
                label=f"{LABEL_PREFIX} {letter}",
                source=f"article-{letter}{suffix}",
                original_source=article.source,
                original_outlet=article.outlet,
                original_outlet_from=article.outlet_from,
                original_title=article.title,
                original_url=article.url,
                replacements=0,
            )
        )
    names = {a.source: outlet_names(a, aliases.get(a.source, ())) for a in ordered}
    replacer = _Replacer(key_stub, names)
    blinded: list[Article] = []
    key: list[BlindEntry] = []
    for entry, article in zip(key_stub, ordered):
        text, n_text = replacer.apply(article.text)
        title, n_title = replacer.apply(article.title)
        removed = []
        n_removed = 0
        for removal in article.removed:
            removal_text, n = replacer.apply(removal.text)
            n_removed += n
            removed.append(Removal(removal_text, removal.reason))
        warnings = []
        for warning in article.warnings:
            warning_text, n = replacer.apply(warning)
            warnings.append(warning_text)
        # Analyse the replaced text from scratch: sentences and the headline span are computed
        # on the final text, so every offset the extractors produce later indexes it.
        rebuilt = article_from_text(
            text,
            entry.source,
            {"outlet": entry.label, "title": title, "published": article.published},
            warnings,
        )
        blinded.append(replace(rebuilt, removed=tuple(removed) + rebuilt.removed, outlet_from=OUTLET_FROM))
        # The original file name in a warning is metadata, not a self-reference: not counted.
        key.append(replace(entry, replacements=n_text + (n_title if article.title not in article.text else 0) + n_removed))
    return BlindResult(tuple(sorted(blinded, key=lambda a: a.source)), tuple(key), names)


def answer_key_markdown(result: BlindResult, story_title: str = "") -> str:
    """The teacher's answer key: which label hides which outlet, file, headline and address."""
    from .report.context import md_text

    lines = [
        "# Answer key: who wrote what",
        "",
        "This report was made in blind mode: outlets were replaced by neutral labels so a class can "
        "compare the articles before knowing who wrote them. Keep this file for the teacher.",
        "",
    ]
    if story_title:
        lines += [f"Story: {md_text(story_title)}", ""]
    lines += [
        "| Label | Outlet | Outlet name taken from | Original file | Headline | Web address | Names replaced in the text |",
        "|---|---|---|---|---|---|---:|",
    ]
    for entry in result.key:
        outlet = entry.original_outlet if entry.original_outlet_from != "file name" else f"unknown ({entry.original_outlet})"
        lines.append(
            f"| {entry.label} | {md_text(outlet)} | {md_text(entry.original_outlet_from)} | "
            f"{md_text(entry.original_source)} | {md_text(entry.original_title)} | "
            f"{md_text(entry.original_url) or '–'} | {entry.replacements} |"
        )
    lines += [
        "",
        "Letters follow a hash of each article's text, not the outlets' names or the file names, so "
        "the order gives nothing away. The last column counts how often the outlet's own name was "
        "replaced (headline, text, copyright and syndication lines). A name biaslens did not know "
        "(a parent company, a reporter's byline) is not replaced: skim the articles before class.",
    ]
    return "\n".join(lines) + "\n"
