from __future__ import annotations

import pytest

from producers.extract.counts import read_counts
from producers.extract.rules import TOLL_FIELDS

ALL = TOLL_FIELDS | {"projectiles", "strikes", "buildings", "displaced"}


@pytest.mark.parametrize(
    ("text", "values", "approximate"),
    [
        (
            "health officials in Gaza say 232 Palestinians, including 65 children and 39 women, have been killed "
            "and more than 1,900 wounded in aerial bombardments.",
            {"killed": 232, "children": 65, "women": 39, "injured": 1900},
            {"injured"},
        ),
        (
            "Israel says it has killed at least 160 combatants in Gaza.",
            {"killed": 160, "combatants": 160},
            {"killed", "combatants"},
        ),
        ("Authorities put the death toll in Israel at 12, with hundreds of people treated", {"killed": 12}, set()),
        (
            "Hamas-run radio said a woman was killed and four children wounded in one attack on Khan Younis.",
            {"killed": 1, "women": 1, "injured": 4, "children": 4},
            set(),
        ),
        ("Amira Esleem, 14, and three family members were wounded in one Israeli attack", {"injured": 4}, set()),
        ("the fighting has killed about 45 civilians and 73 soldiers", {"killed": 118, "combatants": 73}, {"killed"}),
        ("Russia launched 88 missiles and 63 drones at the grid", {"projectiles": 151}, set()),
        ("Israel carried out over a dozen air strikes on Gaza", {"strikes": 12}, {"strikes"}),
        ("More than 52,000 people have fled their homes", {"displaced": 52000}, {"displaced"}),
        ("a strike on an apartment building killed one person and injured eight.", {"killed": 1, "injured": 8}, set()),
        ("11 major infrastructure facilities in eight regions had been damaged", {}, set()),
    ],
)
def test_each_figure_counts_what_its_noun_and_verb_say(
    text: str, values: dict[str, int], approximate: set[str]
) -> None:
    counts = read_counts(text, ALL)
    assert counts.values() == values
    assert counts.approximate == approximate


def test_only_the_fields_of_the_event_type_are_kept() -> None:
    text = "Russia fired 84 cruise missiles, killing at least 14 people"
    assert read_counts(text, frozenset({"projectiles"})).values() == {"projectiles": 84}
    assert read_counts(text, TOLL_FIELDS).values() == {"killed": 14}
