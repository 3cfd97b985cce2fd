"""What biaslens writes stays put and stays inert: crafted URLs cannot inject markup, and
written numbers do not carry the last-digit noise that differs between numpy builds."""

from __future__ import annotations

import json

from markdown_it import MarkdownIt

from biaslens.report.context import md_link
from biaslens.report.data import FLOAT_DECIMALS, round_floats, to_json_bytes
from biaslens.scheduled import index_markdown

CRAFTED = [
    "https://news.example/a>)![pixel](https://evil.example/p.png)",
    "https://news.example/a) ![pixel](https://evil.example/p.png",
    "https://news.example/<img src=x onerror=alert(1)>",
    'https://news.example/a" onclick="alert(1)',
    "https://news.example/a\n\n![pixel](https://evil.example/p.png)",
    "https://news.example/a]](https://evil.example/)[x",
]


def _index(url: str) -> str:
    data = {
        "stories": [
            {
                "slug": "floods",
                "title": "Floods",
                "report": "floods/report.md",
                "first_published": "2025-10-28",
                "last_published": "2025-10-28",
                "articles": 1,
                "by_outlet": {"Coast Radio": [{"title": "Floods hit Valmora", "url": url}]},
            }
        ]
    }
    return index_markdown(data)


def test_a_crafted_url_in_index_md_cannot_inject_an_image_or_a_second_link():
    for url in CRAFTED:
        html = MarkdownIt("commonmark").render(_index(url))
        assert "<img" not in html, (url, html)
        # One link for the story's report, one for the article: nothing else became a link.
        assert html.count("<a ") == 2, (url, html)
        assert 'href="https://evil.example' not in html, (url, html)


def test_an_ordinary_url_stays_a_working_link():
    url = "https://news.example/2025/10/floods-hit-valmora?id=7&ref=rss#top"
    html = MarkdownIt("commonmark").render(_index(url))
    assert f'href="{url.replace("&", "&amp;")}"' in html


def test_a_non_web_url_is_not_linked():
    assert md_link("Title", "javascript:alert(1)") == "Title"


def test_written_floats_are_rounded_so_build_noise_does_not_show():
    noisy = {"a": 0.1 + 0.2, "b": [1 / 3, (2 / 3,)], "c": -1e-12, "d": 7}
    assert round_floats(noisy) == {"a": 0.3, "b": [round(1 / 3, FLOAT_DECIMALS), [round(2 / 3, FLOAT_DECIMALS)]], "c": 0.0, "d": 7}
    # Two values that differ only in the last bits (as between numpy builds) write the same bytes.
    assert to_json_bytes({"tone": 0.123456789012345}) == to_json_bytes({"tone": 0.123456789012346})
    assert json.loads(to_json_bytes({"x": -0.0000001}))["x"] == 0.0
