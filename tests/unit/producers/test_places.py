from __future__ import annotations

import pytest

from producers.extract.places import gazetteer


def names(text: str, theatre: str = "israel-gaza") -> list[str]:
    return [m.location.name for m in gazetteer().find(text, theatre)]


def test_curated_places_the_city_list_lacks_or_names_otherwise() -> None:
    assert names("against communities near the Gaza border and the city of Beersheba") == [
        "communities near the Gaza border",
        "Beersheba",
    ]
    assert names("In the Gaza City suburb of Sabra") == ["Gaza City", "Sabra"]
    assert names("one attack on Khan Younis in southern Gaza") == ["Khan Younis", "Gaza Strip"]


def test_geonames_cities_and_countries_carry_coordinates_or_codes() -> None:
    kyiv, ukraine = gazetteer().find("Missiles struck Kyiv across Ukraine", "russia-ukraine")
    assert (kyiv.location.name, kyiv.location.country) == ("Kyiv", "UA")
    assert kyiv.location.lat == pytest.approx(50.45, abs=0.05)
    assert (ukraine.location.name, ukraine.location.precision) == ("Ukraine", "country")


def test_common_words_and_small_foreign_towns_are_not_places() -> None:
    assert names("Of the rockets fired in March, Union leaders said") == []
    assert names("Power was cut in Zhytomyr", "israel-gaza") == []  # a mid-size city far from the theatre
    assert names("Power was cut in Zhytomyr", "russia-ukraine") == ["Zhytomyr"]
