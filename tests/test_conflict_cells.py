"""Conflicts between the numbers of a poll: only values of one cell, one sample, one kind.

A poll story prints a table in prose: shares among groups, match-ups of candidates, an older
poll, margins of error of several samples. The session-6 read of a California primary story
(docs/CLAIMS.md) found all 24 confident conflicts and all 6 pairs to check by hand false: each
set two cells of the tables side by side. These tests pin the rules on sentences written the
way poll stories are (issue #13), with the true conflicts they must keep.
"""

from __future__ import annotations

import pytest

from biaslens.compare import StoryComparison, compare_articles
from biaslens.corpus import article_from_text
from biaslens.report.worksheet import _conflict_questions, read_comparison
from biaslens.values import among_groups, figure_times, is_margin_of_error, sample_sizes

PUBLISHED = {"a.txt": "2016-10-12", "b.txt": "2016-10-13"}


def compare(texts: dict[str, str]) -> StoryComparison:
    """Compare one article per (source, text), each from its own outlet, published a day apart."""
    return compare_articles([article_from_text(t, s, {"outlet": s[0], "published": PUBLISHED.get(s)})
                             for s, t in texts.items()])


def confident(comparison: StoryComparison) -> list[tuple[str, ...]]:
    """The value texts of each confident conflict."""
    return [tuple(sorted(side.text for side in c.sides)) for c in comparison.conflicts]


def to_check(comparison: StoryComparison) -> list[tuple[str, ...]]:
    """The value texts of each pair listed to check by hand."""
    return [tuple(sorted(side.text for side in c.sides)) for c in comparison.conflicts_to_check]


# --- Reading a poll's wording (values.py) -------------------------------------------------------------------

@pytest.mark.parametrize("before, after, margin", [
    ("The margin of error is plus or minus ", " percentage points.", True),
    ("The margin of sampling error among that group was plus or minus ", " percentage points.", True),
    ("The survey has a margin of error of ", " points.", True),
    ("those samples carry margins of error plus or minus 4.3 percent and ", " percent, respectively.", True),
    ("The poll has a ", "-point margin of error.", True),
    # a lead beside the words of a margin is no margin
    ("Sanders is only trailing by ", " points in the polls, and within the margin of error, he has a chance.", False),
    ("The race is within the margin of error, with Clinton at ", " percent.", False),
])
def test_margin_of_error(before, after, margin):
    assert is_margin_of_error(before, after) is margin


def test_sample_sizes():
    assert sample_sizes("The poll was conducted May 13-22 and surveyed 552 likely Democratic primary voters.") == (552.0,)
    assert sample_sizes("Of those, 996 were identified as likely voters.") == (996.0,)
    assert sample_sizes("The poll included 996 likely voters in the Senate race and 284 likely GOP primary "
                        "voters.") == (996.0, 284.0)
    assert sample_sizes("It was based on a phone survey of 1,704 California adults.") == (1704.0,)
    assert sample_sizes("In 2016 voters turned out; 45 voters came to the hall.") == ()


def test_among_groups():
    text = ("Sanders holds a large advantage among younger voters — leading 66 percent to 27 percent among voters "
            "under age 45 — while Clinton leads, 59 percent to 28 percent, among voters 45 and older.")
    assert [g[2] for g in among_groups(text)] == ["younger voters", "voters under age 45", "voters 45 and older"]
    assert [g[2] for g in among_groups("Mrs. Clinton is leading Mr. Trump among likely voters 49 percent to 39 "
                                       "percent.")] == ["likely voters"]
    # where the whole poll was taken is no group of it
    assert [g[2] for g in among_groups("She leads among likely voters in the Democratic primary, 46 percent to "
                                       "44 percent.")] == ["likely voters"]


def test_figure_times():
    assert figure_times("A survey by the organization in March found Mrs. Clinton with a lead of 48 percent to 41 "
                        "percent.", "2016-05-27") == {(2016, 3)}
    # a day dates an event, a month to come is a plan: neither dates a figure
    assert figure_times("Voters go to the polls in the June 7 primary, and the count ends in June.", "2016-05-27") == set()
    assert figure_times("A poll last month and one in 2012 found the same.", "2016-05-27") == {(2016, 4), (2012, 0)}


# --- Shares and leads: one cell of the table ----------------------------------------------------------------

HEADLINE_A = "A Marist poll released Tuesday found Hillary Clinton leading Donald Trump among likely voters in Ohio, 46 percent to 41 percent."
HEADLINE_B = "The Marist poll of Ohio showed Hillary Clinton ahead of Donald Trump among likely voters, 46 percent to 41 percent."


def test_one_cell_given_two_ways_is_one_conflict():
    comparison = compare({
        "a.txt": HEADLINE_A,
        "b.txt": "The Marist poll of Ohio showed Hillary Clinton ahead of Donald Trump among likely voters, "
                 "47 percent to 40 percent.",
    })
    # Two values differ in each sentence, but the two sentences make one row, never four
    # (46/47, 46/40, 41/47, 41/40): the pair of values at the same place in each.
    assert confident(comparison) in ([("40 percent", "41 percent")], [("46 percent", "47 percent")])
    assert not comparison.conflicts_to_check


@pytest.mark.parametrize("a, b", [
    # different groups
    (HEADLINE_A + " Among women, Clinton leads Trump 55 percent to 36 percent.",
     HEADLINE_B + " Among men, Trump leads Clinton 50 percent to 38 percent."),
    # polls of different months
    ("In a Marist poll in August, Hillary Clinton led Donald Trump among likely voters in Ohio, 45 percent to 42 percent.",
     "In a Marist poll in September, Hillary Clinton led Donald Trump among likely voters in Ohio, 48 percent to 39 percent."),
    # a lead is no share
    ("Clinton leads Trump by 7 percent among likely voters in Ohio, the Marist poll found.",
     "Clinton has 46 percent among likely voters in Ohio, the Marist poll found."),
    # a lead is no margin of error
    ("Sanders is only trailing by two points in the polls against Clinton, within the margin of error.",
     "The poll of likely voters has a margin of error of plus or minus 5.7 percentage points."),
])
def test_two_cells_do_not_conflict(a, b):
    comparison = compare({"a.txt": a, "b.txt": b})
    assert confident(comparison) == [] and to_check(comparison) == []


def test_the_same_poll_leaves_no_unsure_cell():
    # Both print 46 to 41: one poll. A figure of an older poll ("in September") or of a group the
    # other does not name ("voters under 45") is another cell of it, not a disagreement.
    comparison = compare({
        "a.txt": HEADLINE_A + " Trump leads 48 percent to 39 percent among voters 45 and older, while Clinton leads "
                 "among voters under 45, 55 percent to 33 percent.",
        "b.txt": HEADLINE_B + " In a Marist survey in September, Mrs. Clinton had a lead of 44 percent to 42 percent "
                 "over Mr. Trump. Among likely Republican primary voters, 71 percent say they back Trump.",
    })
    assert confident(comparison) == [] and to_check(comparison) == []


def test_polls_of_different_samples_do_not_conflict():
    # Each article gives its margin of error for a sample of its own size: two polls, whose
    # figures differ by nature (a national poll of Democrats, a state poll of registered voters).
    comparison = compare({
        "a.txt": "Mrs. Clinton has support from 52 percent of Democratic primary voters, while Mr. Sanders has backing "
                 "from 33 percent, the poll found. The poll was conducted with 418 Democratic primary voters. The "
                 "margin of sampling error is plus or minus six percentage points.",
        "b.txt": "Clinton and Sanders have 5 percent, and O'Malley has 4 percent, the poll found. The survey of 1,200 "
                 "registered voters has a margin of error of plus or minus 2.83 percentage points.",
    })
    assert confident(comparison) == [] and to_check(comparison) == []


def test_unsure_cells_of_two_polls_are_only_to_check():
    # No pair printed by both: the cells may or may not be one; a table in prose is left to a reader.
    comparison = compare({
        "a.txt": "A Marist poll released Tuesday found Hillary Clinton leading Donald Trump among likely voters in "
                 "Ohio, 45 percent to 42 percent.",
        "b.txt": "The Marist poll found Hillary Clinton leading Donald Trump in Ohio, 48 percent to 39 percent.",
    })
    assert confident(comparison) == []
    assert len(to_check(comparison)) == 1


# --- Margins of error: one sample --------------------------------------------------------------------------

def test_margins_of_one_sample_meet_margins_of_two_do_not():
    # Rounded one way and the other (4 and 4.3) for the same 996 voters: a reader decides.
    comparison = compare({
        "a.txt": "The poll was based on 1,704 California adults. Of those, 996 were identified as likely voters. "
                 "The margin of sampling error among that group was plus or minus four percentage points.",
        "b.txt": "The poll surveyed 552 likely Democratic primary voters. The margin of error is plus or minus 5.7 "
                 "percentage points. The poll included 996 likely voters in the Senate race and 284 likely GOP "
                 "primary voters; those samples carry margins of error plus or minus 4.3 percent and 7.4 percent, "
                 "respectively.",
    })
    assert confident(comparison) == []
    assert to_check(comparison) == [("4.3 percent", "four percentage points")]


def test_margins_of_one_sample_that_differ_conflict():
    comparison = compare({
        "a.txt": "The Quinnipiac poll of 1,000 likely voters has a margin of error of plus or minus 3 percentage points.",
        "b.txt": "The Quinnipiac poll of 1,000 likely voters has a margin of error of plus or minus 4.5 percentage points.",
    })
    assert confident(comparison) == [("3 percentage points", "4.5 percentage points")]


# --- The worksheet asks each question once --------------------------------------------------------------------

def test_two_conflicts_of_one_slot_make_one_question():
    def conflict(a: str, b: str) -> dict:
        return {"slot": "percent", "explanation": f"percent: a.txt says {a!r}, b.txt says {b!r}.",
                "sides": [{"evidence": [{"source": "a.txt", "text": a, "sentence": {"text": f"It was {a}."}}]},
                          {"evidence": [{"source": "b.txt", "text": b, "sentence": {"text": f"It was {b}."}}]}]}

    view = read_comparison({"details": [], "conflicts": [conflict("27 percent", "41 percent"),
                                                         conflict("28 percent", "41 percent")]}, ("a.txt", "b.txt"))
    questions = _conflict_questions(view, {"a.txt": "A", "b.txt": "B"})
    assert len(questions) == 1 and "'27 percent'" in questions[0].answer
