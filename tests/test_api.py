"""The public API is pinned: a change to it shows up as a failing test."""

import biaslens


def test_all_is_sorted_and_importable():
    assert biaslens.__all__ == sorted(biaslens.__all__, key=lambda n: (not n[0].isupper(), n))
    for name in biaslens.__all__:
        assert getattr(biaslens, name).__doc__, f"{name} has no docstring"
