"""Sentence splitting with character spans, for wire prose.

A full stop ends a sentence when the next word starts a new one (capital, digit or
opening quote) and the word before it is not an abbreviation ("U.S.", "Gen.",
"a.m.") or a name's initial ("Hayk S. Minasyan"; not "said in a post on X."), also
where a scraped page lost the space after it. Line breaks between paragraphs always
end one; so does every line break, unless the text is wire copy wrapped at a fixed width
(lines that break mid-sentence, before a lower-case word): there a line break goes on with
the sentence before a lower-case word or after a full-width line, and ends one after a
bullet, a byline or a subhead (short lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a full stop before the next sentence's first word, with or without the space scraped pages lose
# ("an official has confirmed.The attack was …"; not "News.Az" or "Daily8.Com")
_BOUNDARY = re.compile(
    r"[.!?][\"”’')]*(?=\s+[\"“‘'(]?[A-Z0-9])|(?<=[a-z]{2})\.(?=[A-Z][a-z]{2,})(?!Com\b|Net\b|Org\b)|\n\s*"
)
# a line broken inside a sentence: "At least 14 Islamic State\nfighters were killed"
_MID_SENTENCE_BREAK = re.compile(r"[a-z,;]\n(?=[a-z])")
_WRAPPED_MIN_BREAKS = 3  # a page's stray footer line ("captcha challenge\nup") is not a wrapped text
_WRAPPED_MIN_LINE = 40  # wire copy wraps at 60-70 characters; a shorter line ends on its own
_BULLET = re.compile(r"\s*[*•-] ")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Pfc|Brig|Cdr|Lt-Col|St|Jr|Sr|"
    r"Prof|Rep|Sen|Gov|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx|vs|etc)|(?<![\w.’'-])[A-WYZ])$"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """`text` is the text's [start:end], its line breaks (in wrapped copy) read as spaces."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    wrapped = len(_MID_SENTENCE_BREAK.findall(text)) >= _WRAPPED_MIN_BREAKS
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _ABBREVIATION.search(text, max(0, match.start() - 12), match.start()):
            continue
        if wrapped and match.group()[0] == "\n" and _goes_on(text, match):
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
        sentences.append(Sentence(stripped.replace("\n", " "), start + lead, start + lead + len(stripped)))


def _goes_on(text: str, line_break: re.Match[str]) -> bool:
    """In wrapped copy: whether the sentence goes on past this line break."""
    if line_break.group().count("\n") > 1:  # a blank line
        return False
    line = text[text.rfind("\n", 0, line_break.start()) + 1 : line_break.start()]
    if _BULLET.match(line):
        return False
    following = text[line_break.end() : line_break.end() + 1]
    return following.islower() or len(line) >= _WRAPPED_MIN_LINE
