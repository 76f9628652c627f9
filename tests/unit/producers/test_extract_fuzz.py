"""The extractor never raises, whatever the text."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from producers.extract import ArticleMeta, extract

META = ArticleMeta(published=datetime(2021, 5, 20, 14, 30, tzinfo=UTC), theatre="israel-gaza")
_WIRE_TEXT = (
    "rockets fired killed wounded at least some nearly 1,900 232 a dozen over after midnight on Thursday May 27 "
    "since 7 pm (1600 GMT) for eight hours eight-hour ceasefire truce agreed in principle took effect Gaza "
    "Beersheba Khan Younis security cabinet meeting air strikes buildings fled their homes UN Human Rights Council "
    "said Israel says health officials in Gaza say , . – “ ” 99999999999999999999 million 0 -1 February 30"
)
WIRE_WORDS = _WIRE_TEXT.split()
# the gazetteer, the rules and the sentence model load on first use (about 0.9 s here): outside any
# example's deadline, or the first example run in a fresh process can exceed it
extract(_WIRE_TEXT, META)


@settings(max_examples=200, deadline=1000)
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    assert isinstance(extract(text, META), list)


@settings(max_examples=200, deadline=1000)
@given(st.lists(st.sampled_from(WIRE_WORDS), max_size=120).map(" ".join))
def test_wire_like_word_salad_never_raises_and_gives_valid_spans(text: str) -> None:
    for event in extract(text, META):
        assert event.source.span is not None
        start, end = event.source.span
        assert text[start:end] == event.source.evidence
