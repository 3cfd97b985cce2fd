"""Opinion pieces and previews told apart from news reports (biaslens.genre), each on a realistic
text and a look-alike that must not be flagged."""

from __future__ import annotations

from biaslens.corpus import article_from_text
from biaslens.fit import story_warnings
from biaslens.genre import FIRST_PERSON, opinion_reading, opinion_signs, preview_reading


def _article(body: str, source: str = "a.txt", title: str = "A headline") -> object:
    return article_from_text(body, source, {"outlet": source.split(".")[0], "title": title})


_REPORT = ("The Senate voted 52-48 on Tuesday to confirm the nominee after a long debate. "
           "Republicans said the vote showed the party was united behind the president. "
           "Democrats said they would keep pressing for hearings on the nominee's record. "
           "The vote came after weeks of talks between the two parties' leaders. "
           "The nominee is expected to be sworn in by the end of the month, aides said. "
           "Protesters gathered outside the Capitol as the vote was announced. ")


def test_a_column_in_the_first_person_is_an_opinion_piece() -> None:
    body = ("It's hard to imagine a tax code more complicated than the one we already have.\n\n"
            "His views were echoed by a number of tax experts I spoke to this week about the plans.\n\n"
            "All the experts I interviewed said her proposals were more detailed than his.\n\n"
            "Why should anyone believe the numbers? I don't, and neither should you.\n\n" + _REPORT)
    reading = opinion_reading(_article(body))
    assert reading is not None and reading.genre == "opinion"
    assert any(s.kind == FIRST_PERSON and s.text == "I" for s in reading.signs)
    article = _article(body)
    assert all(article.text[s.start:s.end] == s.text for s in reading.signs)


def test_a_report_whose_first_person_is_quoted_is_news() -> None:
    body = ("“I have never seen something so transparent,” Limbaugh said on his radio show on Monday.\n\n"
            "Limbaugh added:\n\n"
            "I mean, can she not beat this guy without rigging it with the referee? I doubt it.\n\n"
            "“We are really focused on this opportunity,” the campaign manager told CBS. “You will see.”\n\n"
            "The debate at Hofstra University in World War I veterans' hall drew protesters. " + _REPORT)
    article = _article(body)
    assert opinion_signs(article) == ()
    assert opinion_reading(article) is None


def test_an_invitation_to_comment_is_no_sign_of_opinion() -> None:
    body = (_REPORT + "\n\nOf course, the magazine drew criticism for an earlier cover.\n\n"
            "See the cover below, and tell us whether you think it crosses a line.\n\n"
            "Do you support the nominee?")
    article = _article(body)
    assert [s.kind for s in opinion_signs(article)] == ["the writer's own verdict"]
    assert opinion_reading(article) is None


def test_an_opinion_label_decides_alone() -> None:
    article = _article("Opinion: The Senate should not have rushed this vote.\n\n" + _REPORT)
    reading = opinion_reading(article)
    assert reading is not None and "label" in reading.explanation


_PREVIEW = ("Philadelphia (AFP) – President Barack Obama will spearhead a Democratic effort to paint "
            "Donald Trump as unfit to be commander-in-chief Wednesday.\n\n"
            "Obama will make the case to Democrats gathered in Philadelphia that Clinton is qualified.\n\n"
            "“Nothing truly prepares you for the demands of the Oval Office,” the president will say.\n\n"
            "The White House says Obama has been working on the roughly 30-minute speech for weeks.\n\n"
            "Vice President Joe Biden is expected to speak earlier in the evening.\n\n"
            "Clinton traveled the globe for four years as secretary of state.")
_ACCOUNT = ("President Obama told the Democratic convention on Wednesday night that Hillary Clinton was "
            "ready to be president.\n\n"
            "He portrayed Donald Trump as a divisive candidate who offered slogans, not plans.\n\n"
            "The crowd in Philadelphia cheered as he took the stage.\n\n"
            "Obama devoted much of his speech to Clinton's qualifications.\n\n"
            "Vice President Joe Biden spoke earlier in the evening.\n\n"
            "The speech lasted about 45 minutes.")


def test_a_preview_beside_accounts_of_the_event_is_flagged() -> None:
    preview = _article(_PREVIEW, "breitbart.txt", "Obama to frame election as commander-in-chief test")
    account = _article(_ACCOUNT, "nyt.txt", "Obama lays out stakes")
    reading = preview_reading(preview, [account])
    assert reading is not None and reading.genre == "preview"
    assert [s.text for s in reading.signs][:3] == ["Obama to frame", "will", "will"]
    assert "4 of its first 6 sentences tell what will happen" in reading.explanation
    assert preview_reading(account, [preview]) is None
    warnings = story_warnings([preview, account], {"breitbart.txt": 0.5, "nyt.txt": 0.5})
    said = [w for w in warnings if "preview" in w]
    assert len(said) == 1 and said[0].startswith("breitbart.txt:") and "characters" in said[0]


def test_a_story_about_a_coming_event_is_no_preview_when_all_tell_it_so() -> None:
    # Every outlet tells a coming vote in the future: none was written before the others' event.
    first = _article(_PREVIEW, "a.txt")
    second = _article(_PREVIEW.replace("Wednesday", "on Wednesday night"), "b.txt")
    assert preview_reading(first, [second]) is None
    assert preview_reading(first, []) is None
