"""Labels describing an entity where it is named: titles, appositives, pre-modifiers, clauses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from biaslens.corpus import article_from_text
from biaslens.labels import entity_labels

CASES = json.loads((Path(__file__).parent / "data" / "label_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_cases(case):
    article = article_from_text(case["text"], "case.txt")
    mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(case["name"]), article.text)]
    labels = entity_labels(article, mentions)
    assert [[lab.kind, lab.text] for lab in labels] == case["labels"], case["why"]
    for lab in labels:
        assert article.text[lab.start:lab.end] == lab.text
        assert lab.sentence_text == article.text[lab.sentence[0]:lab.sentence[1]]


def test_nested_mentions_describe_the_longest_once():
    article = article_from_text("Prime Minister Sanae Takaichi arrived.", "a.txt")
    full = article.text.index("Sanae Takaichi")
    surname = article.text.index("Takaichi")
    labels = entity_labels(article, [(full, full + 14), (surname, surname + 8)])
    assert [(lab.kind, lab.text, lab.mention) for lab in labels] == [("title", "Prime Minister", (full, full + 14))]


def test_seed_takaichi_labels(seed_articles):
    """On the real seeds, each outlet's words for Takaichi come out with their sentence."""
    found = set()
    for article in seed_articles:
        mentions = [(m.start(), m.end()) for m in re.finditer(r"(?:Sanae )?Takaichi", article.text)]
        found |= {lab.text for lab in entity_labels(article, mentions)}
    assert any("first female prime minister" in text for text in found), found
