from __future__ import annotations

import pytest

from producers.extract.reporting import find_attribution, hedge_factor


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Since the fighting began on May 10, health officials in Gaza say 232 Palestinians …",
            "health officials in Gaza",
        ),
        ("Israel says it has killed at least 160 combatants in Gaza.", "Israel"),
        (
            "After a senior Hamas official predicted a truce within days, an Egyptian security source – whose country "
            "has been mediating between the sides – said they had agreed in principle to a mutual halt.",
            "an Egyptian security source",
        ),
        (
            "Nearly 450 buildings were destroyed, the United Nations humanitarian agency has said.",
            "the United Nations humanitarian agency",
        ),
        ("It has killed 705 people, according to the World Health Organization.", "the World Health Organization"),
        ("Israel continued air strikes in Gaza, saying it wanted to destroy Hamas.", None),
        ("Local officials put the toll at 30 on Friday.", "Local officials"),
        ("The shelling stopped after a Qatari-brokered truce was put in place.", None),
        ("Syrian authorities have said 12 people were killed in Daraa.", "Syrian authorities"),
        ("At least 40 people have been reported dead in Beni.", None),
        ("A day after a senior official said the truce held, fighting resumed.", None),
        ("Both sides were quick to say the other had fired first.", None),
        ("The hospital where the wounded were taken had reported 55 people dead.", None),
        ("Some reports said as many as 30 people were killed in the town.", None),
        ("Some witnesses said 30 people were killed in the town.", "Some witnesses"),
    ],
)
def test_attribution_names_who_says_so(text: str, who: str | None) -> None:
    assert find_attribution(text) == who


def test_hedges_lower_confidence_and_plain_statements_do_not() -> None:
    assert (
        hedge_factor("they had agreed in principle to a mutual halt")
        < hedge_factor("a senior official predicted a truce")
        < 1
    )
    assert hedge_factor("The UN General Assembly was due to meet, but it was not expected to take action.") < 1
    assert hedge_factor("Israel carried out over a dozen air strikes on Gaza after midnight.") == 1
