"""Cyrillic letters that look like Latin ones, as copy-and-spin sites set them in English text.

Some mirrors of wire copy swap Latin letters for their Cyrillic look-alikes ("Thrее people hаvе bееn
killed", with Cyrillic е and а), which hides every word they touch from the extraction patterns. In a
report written in Latin letters those look-alikes are read as the Latin letters they imitate, one
character for one, so every offset into the text still holds; a report in Cyrillic is left as written.
"""

from __future__ import annotations

import re

# the look-alikes of Unicode's confusables list between the two alphabets, lower case and capitals
_LATIN_OF = str.maketrans(
    "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅ",
    "aeopcyxijsdhlqwABEKMHOPCTXYIJS",
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_SHARE = 2  # Latin letters per Cyrillic one for a report to count as written in Latin (spun copy: ~7)


def read_lookalikes_as_latin(text: str) -> str:
    """`text` with its Cyrillic look-alikes read as Latin letters, where the report is written in Latin."""
    if _CYRILLIC.search(text) is None:
        return text  # most reports
    if len(_LATIN.findall(text)) < _LATIN_SHARE * len(_CYRILLIC.findall(text)):
        return text
    return text.translate(_LATIN_OF)
