"""The running-total test matches lower-cased ASCII text case-sensitively: the same answers
as its IGNORECASE patterns over the text as written."""

import re

import pytest

from producers.extract.counts import _RANKED, _RUNNING, _case_sensitive, _running

SENTENCES = [
    "The Death Toll Rose To 40 on Tuesday, officials said.",
    "THE DEADLIEST ATTACK SINCE THE WAR BEGAN killed 12 people.",
    "So Far, 230 people have been killed In Total across the country.",
    "Two people were killed in a strike on Kharkiv.",
    "It was the Second attack in just over a week; the toll stands at 15.",
    "Bringing The Total to 61, the ministry said ſince Monday.",  # not ASCII: the IGNORECASE patterns
]


def _as_written(text: str) -> bool:
    return any(_RANKED.search(text, max(0, m.start() - 60), m.start()) is None for m in _RUNNING.finditer(text))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_running_total_is_told_whatever_the_case(sentence: str) -> None:
    assert _running(sentence) == _as_written(sentence)


def test_the_running_total_is_found_in_capitals() -> None:
    assert _running("THE DEATH TOLL ROSE TO 40")
    assert not _running("Two people were killed in a strike on Kharkiv.")


def test_only_a_lower_case_ignorecase_pattern_is_matched_lowered() -> None:
    with pytest.raises(ValueError, match="lower case"):
        _case_sensitive(re.compile(r"\Stoll", re.IGNORECASE))
    with pytest.raises(ValueError, match="lower case"):
        _case_sensitive(re.compile(r"toll"))
