"""Sentence splitting with character spans, for wire prose.

A full stop ends a sentence when the next word starts a new one (capital, digit or
opening quote) and the word before it is not an abbreviation ("U.S.", "Gen.",
"a.m.") or a name's initial ("Hayk S. Minasyan"; not "said in a post on X."), also
where a scraped page lost the space after it. Line breaks between paragraphs always
end one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a full stop before the next sentence's first word, with or without the space scraped pages lose
# ("an official has confirmed.The attack was …"; not "News.Az" or "Daily8.Com")
_BOUNDARY = re.compile(
    r"[.!?][\"”’')]*(?=\s+[\"“‘'(]?[A-Z0-9])|(?<=[a-z]{2})\.(?=[A-Z][a-z]{2,})(?!Com\b|Net\b|Org\b)|\n\s*"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Pfc|Brig|Cdr|Lt-Col|St|Jr|Sr|"
    r"Prof|Rep|Sen|Gov|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx|vs|etc)|(?<![\w.’'-])[A-WYZ])$"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _ABBREVIATION.search(text, max(0, match.start() - 12), match.start()):
            continue
        end = match.end() if match.group()[0] in ".!?" else match.start()
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(stripped, start + lead, start + lead + len(stripped)))
