"""Conflicts in slots beyond days and amounts: bounded counts, places, relative times.

Each rule is pinned on small sentences written the way the outlets of BASIL dev wrote them
(issue #13: the Wal-Mart class size, Blumenthal's Norwalk event, Cordova's home town, the
trustees' report), with the negative cases that keep it precise: a pair that is not about
one thing must not be listed.
"""

from __future__ import annotations

import pytest

from biaslens.compare import StoryComparison, compare_articles
from biaslens.corpus import article_from_text
from biaslens.values import bound_before


def compare(texts: dict[str, str], published: dict[str, str] | None = None) -> StoryComparison:
    """Compare one article per (source, text), each from its own outlet."""
    return compare_articles([article_from_text(t, s, {"outlet": s[0], "published": (published or {}).get(s)})
                             for s, t in texts.items()])


def pairs(comparison: StoryComparison, slot: str) -> list[tuple[str, ...]]:
    """The value texts of every conflict and check-by-hand pair whose slot starts with ``slot``."""
    return [tuple(sorted(side.text for side in c.sides))
            for c in comparison.conflicts + comparison.conflicts_to_check if c.slot.startswith(slot)]


@pytest.mark.parametrize("prefix, bound", [
    ("a lawsuit involving as many as ", "high"),
    ("on behalf of up to ", "high"),
    ("no more than ", "high"),  # not "more than": the leftmost phrase decides
    ("the store has sold more than ", "low"),
    ("the Senate should take up some ", "near"),
    ("the sex discrimination lawsuit that covers ", None),
])
def test_bound_before(prefix, bound):
    found = bound_before(prefix)
    assert (found[0] if found else None) == bound
    assert found is None or prefix.rstrip().endswith(found[1])


def test_two_close_ceilings_of_one_count_are_listed_to_check():
    # nyt and hpo on the Wal-Mart class: two ceilings, maybe one estimate rounded two ways.
    comparison = compare({
        "a.txt": "Justices expressed qualms about how to administer a lawsuit involving as many as 1.5 million "
                 "women seeking back pay.",
        "b.txt": "The Supreme Court appears ready to block a massive sex discrimination lawsuit against Wal-Mart "
                 "on behalf of up to 1.6 million women.",
    })
    # (slots hold stems: "count of woman" since issue #16 gave "women" its singular stem)
    assert pairs(comparison, "count of woman") == [("1.5 million women", "1.6 million women")]
    assert not comparison.conflicts  # a reader decides: never a confident conflict
    explanation = comparison.conflicts_to_check[0].explanation
    assert "a.txt writes 'as many as'" in explanation and "b.txt writes 'up to'" in explanation


def test_far_floors_and_a_value_inside_a_bound_agree():
    # Two floors far apart both hold (a growing count); "up to 1.6 million" admits 1.5 million.
    comparison = compare({
        "a.txt": "Since its launch the iTunes store has sold more than 3 billion songs, Apple said.",
        "b.txt": "Apple said more than 4 billion songs had been downloaded from the iTunes store since its launch.",
    })
    assert pairs(comparison, "count of") == []
    comparison = compare({
        "a.txt": "The sex discrimination lawsuit against Wal-Mart covers 1.5 million women, the court heard.",
        "b.txt": "The sex discrimination lawsuit against Wal-Mart is on behalf of up to 1.6 million women.",
    })
    assert pairs(comparison, "count of") == []


def test_a_place_in_the_same_slot_is_listed_to_check():
    comparison = compare({
        "a.txt": "Mr. Blumenthal said to the group gathered in Norwalk in March 2008 that he served in Vietnam. "
                 "In an interview on Monday, the attorney general said that he had misspoken about his service "
                 "during the Norwalk event.",
        "b.txt": "The attorney general said he had misspoken at a 2008 event in Norfolk in which he said he had "
                 "served in Vietnam.",
    })
    assert pairs(comparison, "place") == [("Norfolk", "Norwalk")]
    conflict = comparison.conflicts_to_check[0]
    assert "event" in conflict.shared_words and not comparison.conflicts
    assert [e.sentence for side in conflict.sides for e in side.evidence] == [
        "The attorney general said he had misspoken at a 2008 event in Norfolk in which he said he had served in Vietnam.",
        "In an interview on Monday, the attorney general said that he had misspoken about his service during the "
        "Norwalk event."]


def test_a_home_town_is_a_place_slot():
    comparison = compare({
        "a.txt": "He did not know the woman who received the photo, Gennette Cordova, a student at Whatcom Community "
                 "College in Bellingham, Wash.; she followed him on Twitter.",
        "b.txt": "The site said the photo was tweeted to a female college student in Seattle.",
    })
    assert pairs(comparison, "place") == [("Bellingham", "Seattle")]
    assert "student" in comparison.conflicts_to_check[0].shared_words


def test_places_that_do_not_fill_one_slot_are_not_paired():
    comparison = compare({
        # One article names both places: it knows of both, so it contradicts nothing.
        "a.txt": "He spoke to a group in Norwalk in March 2008. He had misspoken at a 2008 event in Norfolk.",
        "b.txt": "He had misspoken at a 2008 event in Norfolk, the attorney general said.",
    })
    assert pairs(comparison, "place") == []
    comparison = compare({
        # Different things placed, worded apart: a unit he joined, the camp where he trained.
        "a.txt": "He joined a unit in Washington that conducted drills and focused on local projects.",
        "b.txt": "He voluntarily joined the reserves in 1970 and served for six months in Parris Island.",
    })
    assert pairs(comparison, "place") == []
    comparison = compare({
        # A country and a state contain towns a second outlet may name: never compared.
        "a.txt": "The photo was tweeted to a female college student in Seattle, the site said.",
        "b.txt": "The photo was tweeted to a female college student in Washington State, the site said.",
    })
    assert pairs(comparison, "place") == []
    comparison = compare({
        # One place in two spellings: the noun and its adjective.
        "a.txt": "GM's automotive division lost $1.5 billion, driven by losses in North America.",
        "b.txt": "The plan is to end GM's North American losses by 2008, the automotive division said.",
    })
    assert pairs(comparison, "place") == []


def test_two_relative_times_for_one_stated_finding_are_listed_to_check():
    comparison = compare({
        "a.txt": "The most recent projections, issued last month, indicate that at the current rate the "
                 "program's trust funds will be exhausted by 2036.",
        "b.txt": "Trustees of the Social Security Trust Fund last week warned the trust fund will be exhausted "
                 "in 2036 and seniors would face a cut in benefits.",
    })
    assert pairs(comparison, "relative time") == [("last month", "last week")]
    assert not comparison.conflicts


def test_relative_times_apart_are_not_paired():
    texts = {
        "a.txt": "The most recent projections, issued last month, indicate the trust funds will be exhausted by 2036.",
        "b.txt": "Trustees last week warned the trust fund will be exhausted in 2036.",
    }
    # Papers two weeks apart: "last week" in the later one may be "last month" in the earlier.
    assert pairs(compare(texts, {"a.txt": "2011-05-01", "b.txt": "2011-05-15"}), "relative time") == []
    # No number or date stated in both sentences: nothing ties the two times to one finding.
    comparison = compare({
        "a.txt": "The projections were issued last month by the agency.",
        "b.txt": "Trustees last week warned about the program's finances.",
    })
    assert pairs(comparison, "relative time") == []
