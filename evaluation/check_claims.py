"""Check every cross-outlet claim of a report against the article texts, conservatively.

Usage::

    PYTHONPATH=. python evaluation/check_claims.py [DATA_DIR] [--show N]
    PYTHONPATH=. python evaluation/check_claims.py --report path/to/report.json [--show N]

Without ``--report`` it compares the BASIL dev stories (``DATA_DIR/stories/basil-dev``, 30
events x 3 outlets; default ``../shared/eval``) with :func:`biaslens.compare.compare_articles`
and checks what the report would claim. Exits 0 with "skipped: ..." when the data is absent.

The rules flag a claim only when it is almost surely false, so the shares are a floor on the
error rate, not an estimate of it; read what is flagged (``--show``) and what is not.

* **only here** (a detail claimed to be in one article only) is flagged when another article
  has it after all: a name's surname (its last word; not where the text names another person of
  that surname in full, "Hillary Clinton" for "Bill Clinton"), its acronym ("NSA" for "National
  Security Agency") or, for an acronym, its expansion; a body's name that ends in a head word
  many names share ("Fox News", "Dallas Tea Party", "White House") by the words before the
  head ("Fox" alone or before "News", not "NBC News"; issue #13: 23 of the 38 names flagged
  before this rule were its false alarms); a quantity's value in any spelling
  ("$550bln", "550 billion dollars", "twenty-five billion"); a date's month and day; a quote's
  or phrase's exact words.
* **left out** (article X does not mention D) is flagged when X has D under the same variants.
* **junk**: an only-here detail that is a fragment (cut inside a word or an abbreviation such
  as "U.S.", a number cut from its month as "17 hearing" from "May 17 hearing", a quantity
  without its unit as "34.6 million metric") or an empty phrase ("meeting took place").
* **conflicts**: each is printed with its two sentences, to read; pairs whose sentences share
  no content word beyond the value are flagged as "unrelated".
* **voices only one outlet gave** (a named speaker quoted by one article, listed under "Voices
  only one outlet gave"): flagged when another article gives the same voice after all: one of
  its names (or its surname) right before a speech verb ("Bozell said", "Bozell, the group's
  president, told") or right after one ("said Bozell", "according to Bozell"), or a run of six
  of the words it is quoted with ("one blogger asking, 'Can anyone really say ...'"). Needs the
  quotes, so the BASIL run analyses each article with the quotes extractor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"

from biaslens.names import BODY_CONNECTORS, BODY_HEADS, is_given_name  # noqa: E402  (after the path insert)

_BODY_JOINS = BODY_CONNECTORS | {"of", "for"}

_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_MULT = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
         "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}
_NUMBER = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
    r"(?:\s?(?P<mult>trillion|billion|million|thousand|trn|tn|bln|bn|mln|mn|m|b|k)\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b))?",
    re.I,
)
# Phrases with no fact in them: a light verb and a generic noun.
_EMPTY_HEADS = frozenset("took taking taken includes struck made held doesn't don't".split())
# Head words that many bodies' and places' names share ("Fox News", "ABC News"): the last word
# of such a name says nothing of which one it is.
_GENERIC_HEADS = frozenset(
    """news post times journal party committee act house day counsel group state island americans
    republicans democrats department office council senate bureau agency association
    conference club center centre university college""".split())
_STOP = frozenset("a an the of to in on at for and or but with by from as is was are were be".split())


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'").removesuffix("'s") for w in _WORD.findall(text)]


def _digits_text(text: str) -> str:
    """``text`` with runs of number words written as digits ("twenty-five billion" -> "25 billion")."""
    from biaslens.values import NUMBER_WORDS, parse_number

    def digits(m: re.Match[str]) -> str:
        value = parse_number(m.group(0))
        return m.group(0) if value is None else f"{value:.10g}"

    return re.sub(rf"\b{NUMBER_WORDS}\b", digits, text, flags=re.I)


def quantities(text: str) -> set[tuple[float, str]]:
    """Every quantity of ``text`` as (value, unit) with unit "%" or "" (money and counts alike)."""
    out: set[tuple[float, str]] = set()
    for m in _NUMBER.finditer(_digits_text(text)):
        value = float(m.group("num").replace(",", "") + ("." + m.group("frac") if m.group("frac") else ""))
        mult = (m.group("mult") or "").lower()
        if mult in ("m", "b", "k") and m.group(0)[len(m.group("num")):].startswith(" "):
            mult = ""  # "5 m" is five metres, "5m" five million
        value *= _MULT.get(mult, 1.0)
        out.add((round(value, 6), "%" if m.group("pct") else ""))
    return out


def _detail_quantity(row: dict[str, Any]) -> tuple[float, str] | None:
    key = row["key"]
    if key.startswith("money:"):
        return round(float(key.split(":")[2]), 6), ""
    if key.startswith("percent:"):
        return round(float(key.split(":")[1]), 6), "%"
    if key.startswith("count:"):
        return round(float(key.split(":")[1]), 6), ""
    return None


def _count_head(row: dict[str, Any]) -> str:
    return row["key"].split(":")[2] if row["key"].startswith("count:") else ""


def _has_quantity(row: dict[str, Any], text: str) -> bool:
    quantity = _detail_quantity(row)
    if quantity is None:
        return False
    value, unit = quantity
    found = quantities(text)
    if unit == "%":
        return (value, "%") in found
    if row["key"].startswith("count:"):
        # A count is the same only with its noun near the number ("17 people", "17 more people").
        head = _count_head(row)[:5]
        digits = _digits_text(text).lower()
        number = f"{value:.10g}"
        return any(head in digits[m.end():m.end() + 30] for m in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w.,])", digits))
    return (value, "") in found and value >= 100  # small bare numbers are everywhere


def _acronym(words: list[str]) -> str:
    core = [w for w in words if w not in _STOP]
    return "".join(w[0] for w in core).upper() if len(core) >= 2 else ""


def _expansions(acronym: str, text: str) -> bool:
    """True when ``text`` has a capitalised run whose initials spell ``acronym``."""
    letters = acronym.replace(".", "")
    if len(letters) < 2 or not letters.isupper():
        return False
    pattern = r"\b" + r"\s+(?:(?:of|for|and|the|on)\s+)*".join(rf"{c}[a-z]+" for c in letters) + r"\b"
    # "Democrat of North Carolina" describes a member (a party noun, then "of" and a state); it
    # is no expansion of "DNC".
    return any(not _PARTY_MEMBER.match(m.group(0)) for m in re.finditer(pattern, text))


_PARTY_MEMBER = re.compile(r"(?:Democrat|Republican|Independent)s?\s+of\s")


def _other_of_surname(surface: str, last: str, text: str) -> bool:
    """Whether ``text`` names another person of the surname ``last`` in full ("Hillary Clinton" when the
    detail is "Bill Clinton"): the surname alone is then no sign that this person is named."""
    given = surface.split()[0] if len(surface.split()) >= 2 else ""
    # Only a person's name: a given name before the surname, here and in the other mention.
    if not given or not is_given_name(given.lower()):
        return False
    return any(m.group(1) != given and is_given_name(m.group(1).lower())
               for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(last)}\b", text))


def has_detail(row: dict[str, Any], text: str) -> bool:
    """True when ``text`` almost surely states the detail of ``row`` (the conservative rules)."""
    kind, surface = row["kind"], row["text"]
    words = set(_words(text))
    if kind == "entity":
        name = _words(surface)
        if not name:
            return False
        if surface.replace(".", "").isupper() and len(surface.replace(".", "")) >= 2:
            return _expansions(surface, text) or surface.replace(".", "") in text.replace(".", "")
        words = surface.split()
        if any(a.lower().strip(".,’'") in BODY_HEADS and b in _BODY_JOINS for a, b in zip(words, words[1:])):
            # "Office of Management and Budget", "Center on Budget and Policy Priorities": a body's
            # name that runs on after its head is found whole (or by its acronym), never by its
            # last word ("Budget" of another body, "Medicare" the programme).
            if re.search(r"\s+".join(re.escape(w) for w in words), text):
                return True
            acronym = _acronym(name)
            return len(acronym) >= 2 and re.search(rf"\b{acronym}\b", text) is not None
        if " of " in surface and len(surface.split(" of ")[0].split()) >= 2:
            words = surface.split(" of ")[0].split()  # "Log Cabin Republicans of Massachusetts"
        if len(words) >= 2 and words[-1].lower().strip(".,’'") in _GENERIC_HEADS:
            # "Fox News" is not "ABC News", "Dallas Tea Party" is not "Tea Party": a body's name
            # that ends in a common head word is found by the words before it.
            lead = " ".join(words[1:-1] if words[0] == "The" and len(words) > 2 else words[:-1])
            head = words[-1].strip(".,’'")
            # ... alone ("on ABC's This Week") or before the same head, not inside another name
            # ("National Commission" is not the "National Committee").
            if re.search(rf"(?<![\w.]){re.escape(lead)}(?![\w])(?!\s+(?!{re.escape(head)}\b)[A-Z])", text):
                return True
            acronym = _acronym(_words(" ".join(words)))
            return len(acronym) >= 2 and re.search(rf"\b{acronym}\b", text) is not None
        surname = name[-1]
        last = surface.split()[-1].strip('.,’')
        if len(surname) >= 3 and surname not in _STOP and re.search(rf"\b{re.escape(last)}\b", text) \
                and not _other_of_surname(surface, last, text):
            return True
        acronym = _acronym(name)
        return len(acronym) >= 2 and re.search(rf"\b{acronym}\b", text) is not None
    if kind == "number":
        if row["key"].startswith(("money:", "percent:", "count:")):
            return _has_quantity(row, text)
        return " ".join(_words(surface)) in " ".join(_words(text)) and len(_words(surface)) >= 2
    if kind == "date":
        key = row["key"]
        if key.startswith("weekday:"):
            return key.split(":")[1] in words
        if key.startswith("date:"):
            _, month, *day = key.split(":")[1].split("-")
            month_word = _MONTHS[int(month) - 1]
            if day:
                return re.search(rf"\b{month_word[:3]}\w*\.?\s+{int(day[0])}\b", text, re.I) is not None
            return month_word in words
        if key.startswith("year:"):
            return key.split(":")[1] in words
        return False
    if kind in ("quote", "phrase"):
        phrase = " ".join(_words(surface))
        return len(phrase.split()) >= 2 and f" {phrase} " in " " + " ".join(_words(text)) + " "
    return False


def is_junk(row: dict[str, Any], text: str, start: int, end: int) -> str:
    """Why the detail at ``text[start:end]`` is a fragment or an empty phrase ("" when it is not)."""
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if start > 0 and text[start - 1].isalnum():
        return "cut inside a word"
    if end < len(text) and text[end].isalnum():
        return "cut inside a word"
    if re.match(r"\.[A-Z]\.", after):
        return "cut inside an abbreviation"
    if row["kind"] == "number" and re.search(r"\b(?:%s)\.?\s$" % "|".join(m.title() for m in _MONTHS + ["jan", "feb", "aug", "sept", "oct", "nov", "dec"]), before) \
            and text[start:start + 1].isdigit():
        return "a day number cut from its month"
    if row["kind"] == "number" and re.search(r"\b(?:metric|square|cubic|per)$", row["text"]):
        return "a quantity cut from its unit"
    if row["kind"] == "phrase" and (set(_words(row["text"])) & _EMPTY_HEADS):
        return "an empty phrase"
    if row["kind"] == "number" and re.match(r"(?:more|less|fewer)\s+than\s+an?\s+\w+$", row["text"]) and not re.search(
            r"(?:hour|day|week|month|year|decade|minute|mile|page|dozen|third|half|quarter)s?$", row["text"]):
        return "a comparison without a measure"
    return ""


_SPEECH = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|argued|argues|insisted|noted|explained|claimed|stated|tweeted|according\s+to)"


def voice_heard(names: Iterable[str], quotes: Iterable[str], text: str) -> str:
    """How ``text`` gives a voice known by ``names`` and quoted with ``quotes`` ("" when it does not)."""
    for name in sorted(set(names), key=len, reverse=True):
        last = name.split()[-1]
        # The surname alone, not a head word many names share ("Committee", "House").
        for form in {name, last} if len(last) >= 4 and last.lower().strip(".,’'") not in _GENERIC_HEADS else {name}:
            pattern = re.escape(form.removesuffix("’s").removesuffix("'s"))
            if re.search(rf"\b{pattern}\b(?:,[^,.;\n]{{1,80}},)?\s+(?:\w+\s+){{0,2}}?{_SPEECH}\b", text) or \
                    re.search(rf"\b{_SPEECH}\s+(?:\w+\.?\s+){{0,2}}{pattern}\b", text):
                return f"reported speech of {form}"
    flat = " " + " ".join(_words(text)) + " "
    for quote in quotes:
        words = _words(quote)
        for k in range(len(words) - 5):
            run = " ".join(words[k:k + 6])
            if f" {run} " in flat:
                return f"the same words: {run}"
    return ""


def check_report(report: dict[str, Any]) -> dict[str, Any]:
    """Check the claims of one report (the dict of report.json) and return counts and flagged claims."""
    texts = {a["source"]: a["text"] for a in report["articles"]}
    comparison = report["comparison"]
    rows = {r["id"]: r for r in comparison.get("details", [])}
    result: dict[str, Any] = {"only": 0, "only_names": 0, "left": 0, "conflicts": 0, "shared": 0, "voices": 0,
                              "flag_voices": [], "apart_list": [],
                              "flag_only": [], "flag_only_names": [], "flag_left": [], "junk": [],
                              "conflict_list": [], "flag_conflicts": [], "shared_list": []}
    for source, ids in comparison.get("only_in", {}).items():
        for detail_id in ids:
            row = rows[detail_id]
            result["only"] += 1
            names = row["kind"] == "entity"
            result["only_names"] += names
            others = [s for s in texts if s != source]
            hit = next((s for s in others if has_detail(row, texts[s])), None)
            if hit:
                item = (source, row["kind"], row["text"], hit)
                result["flag_only"].append(item)
                if names:
                    result["flag_only_names"].append(item)
            evidence = row["evidence"][0]
            why = is_junk(row, texts[source], evidence["start"], evidence["end"])
            if why:
                result["junk"].append((source, row["kind"], row["text"], why))
    for source, ids in comparison.get("only_in_to_check", {}).items():
        # Phrases kept out of "only here" because a similar sentence elsewhere shares a word: to read.
        for detail_id in ids:
            row = rows[detail_id]
            result["apart_list"].append((source, row["text"], row["evidence"][0]["sentence"]["text"]))
    for omission in comparison.get("omissions", []):
        result["left"] += 1
        row = rows.get(omission["detail"]) or {"kind": omission["kind"], "text": omission["text"], "key": ""}
        if has_detail(row, texts[omission["missing_from"]]):
            result["flag_left"].append((omission["missing_from"], omission["kind"], omission["text"], ""))
    for conflict in comparison.get("conflicts", []):
        result["conflicts"] += 1
        a, b = (side["evidence"][0] for side in conflict["sides"][:2])
        shared = (set(_words(a["sentence"]["text"])) & set(_words(b["sentence"]["text"]))) - _STOP
        item = (conflict["slot"], conflict.get("confidence", conflict.get("similarity")), a["sentence"]["text"], b["sentence"]["text"])
        result["conflict_list"].append(item)
        if len(shared) <= 1:
            result["flag_conflicts"].append(item)
    result["to_check"] = len(comparison.get("conflicts_to_check", []))
    for conflict in comparison.get("conflicts_to_check", []):
        a, b = (side["evidence"][0] for side in conflict["sides"][:2])
        result["to_check_list"] = result.get("to_check_list", []) + [
            (conflict["slot"], conflict["confidence"], a["sentence"]["text"], b["sentence"]["text"])]
    result.setdefault("to_check_list", [])
    names: dict[str, set[str]] = {}
    for entity in comparison.get("entities", []):
        names[entity["id"]] = {m["text"] for m in entity["mentions"]} | {entity["name"]}
    for voice in comparison.get("voices", []):
        # The report lists a named voice quoted by one article and reported speaking by no other.
        if len(voice["sources"]) != 1 or voice.get("heard_in"):
            continue
        source = voice["sources"][0]
        result["voices"] += 1
        quoted = [q["text"] for q in voice["quotes"]]
        for other in (s for s in texts if s != source):
            how = voice_heard(names.get(voice["entity"], {voice["name"]}), quoted, texts[other])
            if how:
                result["flag_voices"].append((source, voice["name"], other, how))
                break
    for pair in comparison.get("shared_text", []):
        result["shared"] += 1
        result["shared_list"].append((pair.get("label", "near-copy"), pair["a"]["sentence"]["text"], pair["b"]["sentence"]["text"]))
    return result


def merge(results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Add up the counts and lists of several :func:`check_report` results."""
    total: dict[str, Any] = {}
    for result in results:
        for key, value in result.items():
            total[key] = total.get(key, 0 if isinstance(value, int) else []) + value
    return total


def _share(part: int, whole: int) -> str:
    return f"{part:4d}/{whole:<5d} {part / whole if whole else 0:6.1%}"


#: The numbers before this work (main at 0e83a8f, checked by these same rules on BASIL dev),
#: printed beside the current ones.
BASELINE = {"only": "3.2%", "only_other": "0.2%", "only_names": "12.2%", "left": "5.0%", "junk": "1.6%", "conflicts": "0 of 7",
            "voices": "17.6%"}


def report_numbers(total: dict[str, Any], show: int) -> None:
    """Print the shares and up to ``show`` flagged claims of each sort."""
    print(f"{'claim':34s} {'flagged/claims':>14s}  share   baseline")
    print(f"{'only here, flagged':34s} {_share(len(total['flag_only']), total['only'])}   {BASELINE['only']}")
    other = [f for f in total['flag_only'] if f[1] != "entity"]
    print(f"{'only here, other details, flagged':34s} {_share(len(other), total['only'] - total['only_names'])}   {BASELINE['only_other']}")
    print(f"{'only here about names, flagged':34s} {_share(len(total['flag_only_names']), total['only_names'])}   {BASELINE['only_names']}")
    print(f"{'left out, flagged':34s} {_share(len(total['flag_left']), total['left'])}   {BASELINE['left']}")
    print(f"{'junk only-here details':34s} {_share(len(total['junk']), total['only'])}   {BASELINE['junk']}")
    print(f"{'conflicts, sentences unrelated':34s} {_share(len(total['flag_conflicts']), total['conflicts'])}   {BASELINE['conflicts']}")
    print(f"{'conflicts listed to check by hand':34s} {total.get('to_check', 0):4d}")
    print(f"{'voices only one outlet gave, flagged':34s} {_share(len(total['flag_voices']), total['voices'])}   {BASELINE['voices']}")
    print(f"{'only here, listed apart to check':34s} {len(total['apart_list']):4d}")
    print(f"{'shared-text pairs':34s} {total['shared']:4d}")
    for title, key in (("only here, flagged", "flag_only"), ("left out, flagged", "flag_left"), ("junk", "junk"),
                       ("voices, flagged", "flag_voices"), ("listed apart to check", "apart_list"),
                       ("conflicts", "conflict_list"),
                       ("check by hand", "to_check_list"), ("shared text", "shared_list")):
        items = total[key]
        if show and items:
            print(f"\n{title} ({len(items)}):")
            for item in items[:show]:
                print("  " + " | ".join(str(x)[:160] for x in item))


def basil_reports(folder: Path) -> list[dict[str, Any]]:
    """Compare each BASIL event and return report-like dicts (articles with text, comparison)."""
    from eval_details_basil import load_event_articles

    from biaslens.compare import compare_story
    from biaslens.corpus import make_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story

    # The quotes extractor alone: voices need the quotes, nothing else the claims use does.
    quotes = [e for e in build_extractors() if e.name == "quotes"]
    reports = []
    for event, pairs in sorted(load_event_articles(folder).items()):
        articles = [a for a, _ in pairs]
        if len(articles) < 2:
            continue
        comparison = compare_story(analyse_story(make_story(articles), quotes))
        reports.append({"event": event, "articles": [{"source": a.source, "text": a.text} for a in articles],
                        "comparison": comparison.to_dict()})
    return reports


def main(argv: list[str] | None = None) -> int:
    """Check the claims and print the shares; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--report", type=Path, action="append", help="a report.json to check (repeatable)")
    parser.add_argument("--show", type=int, default=0, help="print up to N flagged claims of each sort")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if args.report:
        reports = [json.loads(p.read_text(encoding="utf-8")) for p in args.report]
    else:
        folder = args.data / "stories" / "basil-dev"
        if not folder.exists():
            print(f"skipped: {folder} not found")
            return 0
        reports = basil_reports(folder)
        print(f"BASIL dev: {len(reports)} events")
    report_numbers(merge(check_report(r) for r in reports), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
