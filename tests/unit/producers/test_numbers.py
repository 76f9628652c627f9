from __future__ import annotations

import pytest

from producers.extract.numbers import find_quantities


def figures(text: str) -> list[tuple[int, bool]]:
    return [(q.value, q.approximate) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("232 Palestinians", [(232, False)]),
        ("more than 1,900 wounded", [(1900, True)]),
        ("65 children and 39 women", [(65, False), (39, False)]),
        ("a dozen rockets", [(12, True)]),
        ("over a dozen air strikes", [(12, True)]),
        ("half a dozen civilians", [(6, True)]),
        ("half a million people", [(500_000, False)]),
        ("a half million people", [(500_000, False)]),
        ("about two dozen militants", [(24, True)]),
        ("three dozen houses", [(36, True)]),
        ("some 4,000 rockets", [(4000, True)]),
        ("Nearly 450 buildings", [(450, True)]),
        ("more than 52,000 people", [(52000, True)]),
        ("at least 160 combatants", [(160, True)]),
        ("More than 1.1 million people", [(1_100_000, True)]),
        ("eight people", [(8, False)]),
        ("fifty-two thousand people", [(52000, False)]),
        ("362K internally displaced people", [(362_000, False)]),
        ("1.2M people", [(1_200_000, False)]),
        ("the blast left one guard dead", [(1, False)]),  # after "the" and two words, a figure before its noun
        ("the toll has crossed 100", [(100, True)]),
        ("a toll that nears 40", [(40, True)]),
        ("killed at any rate 19 people", [(19, True)]),
    ],
)
def test_counts_in_digits_and_words_with_their_qualifiers(text: str, expected: list[tuple[int, bool]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Amira Esleem, 14, was hurt",
        "a 5m crater",
        "a young girl under ten",
        "on May 27",
        "frozen since 2014",
        "a 7 pm (1600 GMT) meeting",
        "the 11th day of hostilities",
        "the 15-member UN Security Council",
        "stopped for eight hours",
        "an eight-hour break",
        "a vote of 10 to 1",
        "a rise of 12%",
        "fighting on 16 and 17 October",
        "clashes on 3, 4 and 5 May",
        "between 27 to 28 Nov.",
        "the clinic, the only working one, was shelled",
        "each one was searched",
        "a bounty of ₹1.5 crore on his head",
        "a $5 million reward",
        "damage put at €30 million",
        "a 2-1 win on Sunday",
        "the F-16 jets",
        "the 2019-2020 season",
        "men aged 18-25",
        "fighting on 1-3 January",
        "a front 10-12 km long",
        "members of the counterterrorism squad Densus 88",
        "under Security Council Resolution 2098",
        "an ambush on Route 9",
    ],
)
def test_figures_that_are_not_counts_are_skipped(text: str) -> None:
    assert figures(text) == []


def test_a_count_beside_days_of_the_month_is_still_read() -> None:
    assert figures("On 16 and 17 October, 30 people were killed") == [(30, False)]


def test_number_words_joined_by_hyphens_through_and_are_one_figure() -> None:
    assert [q.value for q in find_quantities("Two-hundred-and-fifty civilians fled the clash.")] == [250]
