from __future__ import annotations

import pytest

from producers.extract.places import gazetteer, local_places


def names(text: str) -> list[str]:
    return [m.location.name for m in gazetteer().find(text)]


def test_places_the_theatres_file_lists_where_the_city_list_lacks_or_names_them_otherwise() -> None:
    assert names("against communities near the Gaza border and the city of Beersheba") == [
        "communities near the Gaza border",
        "Beersheba",
    ]
    assert names("In the Gaza City suburb of Sabra") == ["Gaza City", "Sabra"]
    assert names("one attack on Khan Yunis in southern Gaza") == ["Khan Younis", "southern Gaza"]
    assert names("Shelling hit Deir al Balah and El-Fasher") == ["Deir al-Balah", "El Fasher"]


def test_a_listed_place_without_coordinates_takes_them_from_geonames() -> None:
    kyiv, ukraine = gazetteer().find("Missiles struck Kyiv across Ukraine")
    assert (kyiv.location.name, kyiv.location.country, kyiv.listed, kyiv.theatres) == (
        "Kyiv",
        "UA",
        True,
        ("russia-ukraine",),
    )
    assert kyiv.location.lat == pytest.approx(50.45, abs=0.05)
    assert (ukraine.location.name, ukraine.location.precision) == ("Ukraine", "country")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protesters clashed with troops in Tripoli, in northern Lebanon, on Friday.", "LB"),
        ("Militias clashed in Tripoli, Libya's capital, on Friday.", "LY"),
        ("Militias clashed in Tripoli on Friday.", "LY"),
        ("Militias from Tripoli, Libya, fought on as Lebanon watched.", "LY"),
        ("Militias fought in Tripoli and Misrata as Lebanon watched.", "LY"),
    ],
)
def test_a_listed_place_another_countrys_city_shares_a_name_with_is_that_city_where_only_its_country_is_named(
    text: str, country: str
) -> None:
    [tripoli] = [m for m in gazetteer().find(text) if m.location.name == "Tripoli"]
    assert tripoli.location.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen stormed a party office in Amara on Friday, in southern Iraq.", "IQ"),
        ("Clashes spread from Gondar to Amara, Ethiopia's second region.", "ET"),
        ("Fighting spread across Amara on Friday.", "ET"),
    ],
)
def test_a_division_another_countrys_large_city_shares_a_name_with_is_that_city_where_only_its_country_is_named(
    text: str, country: str
) -> None:
    [amara] = [m for m in gazetteer().find(text) if text[m.start : m.end] == "Amara"]
    assert amara.location.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Five policemen were shot dead by gunmen in Beni Suef province on Thursday.", "Bani Suwayf", "EG"),
        ("ADF rebels attacked a village near Beni on Monday.", "Beni", "CD"),
    ],
)
def test_a_city_whose_longer_name_begins_with_a_listed_one_is_that_city(text: str, name: str, country: str) -> None:
    [place] = gazetteer().find(text)
    assert (place.location.name, place.location.country) == (name, country)


@pytest.mark.parametrize("text", ["The White House condemned the strike.", "Rebels held the Garden City district."])
def test_a_citys_nickname_of_everyday_words_is_no_place(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("name", "country"), [("Islamabad", "PK"), ("Bombay", "IN"), ("Rangoon", "MM")])
def test_a_citys_own_name_outranks_a_larger_citys_other_name(name: str, country: str) -> None:
    # Chattogram (3.9 million) was once called Islamabad; Mumbai is still called Bombay
    found = gazetteer().lookup(name)
    assert found is not None
    assert found.country == country


@pytest.mark.parametrize("text", ["Minister Ghulam Bahauddin Jilani visited", "On Tuesday, Abiy had warned"])
def test_one_word_of_a_towns_longer_name_is_no_town(text: str) -> None:
    assert "Mandi Bahauddin" not in names(text)
    assert "Abiy Adi" not in names(text)


def test_case_tells_a_place_from_a_word() -> None:
    assert names("the Chin State capital") == ["Chin State"]
    assert names("a cut on his chin, for the sake of it") == []


def test_a_division_is_a_region_of_its_country_unless_several_countries_share_its_name() -> None:
    (manipur,) = gazetteer().find("Violence flared again in Manipur on Saturday")
    assert (manipur.location.name, manipur.location.country, manipur.location.precision) == ("Manipur", "IN", "region")
    assert names("Central, Eastern and Lakes, said the report from Unity") == []


def test_counties_prefectures_and_rayons_are_divisions_and_a_county_takes_its_word() -> None:
    (garissa,) = gazetteer().find("A roadside bomb hit a car in Garissa on Friday")
    assert (garissa.location.name, garissa.location.country) == ("Garissa", "KE")
    (lamu,) = gazetteer().find("The ambush happened along a road in Lamu County")
    assert (lamu.location.name, lamu.location.country) == ("Lamu County", "KE")
    assert [(m.location.name, m.location.country) for m in gazetteer().find("Ouham-Pende and Tovuz")] == [
        ("Ouham-Pende", "CF"),
        ("Tovuz", "AZ"),
    ]


def test_a_demonym_is_no_division() -> None:
    assert names("according to Somali state media") == []


def test_common_words_acronyms_and_small_foreign_towns_are_not_trusted() -> None:
    assert names("Of the rockets fired in March, Union leaders said") == []
    assert names("the UN and the RSF") == []
    # Uman, Ukraine, is also spelt "Human" in GeoNames, and a report that names no other place ("Human Rights
    # Watch said …") was filed under Russia–Ukraine
    assert names("Human rights groups and Human Rights Watch") == []
    (uman,) = gazetteer().find("Missiles hit Uman")
    assert uman.theatres == ("russia-ukraine",)


def test_a_capital_is_marked_as_one() -> None:
    (moscow,) = gazetteer().find("talks in Moscow")
    assert moscow.capital
    assert not moscow.listed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kherson, Bilozerka and Sadove came under attack.", ["Kherson", "Bilozerka", "Sadove"]),
        ("Shelling overnight\nKherson, Bilozerka and Sadove came under attack.", ["Kherson", "Bilozerka", "Sadove"]),
        ("Shelling overnight. Kherson, Bilozerka and Sadove came under attack.", ["Kherson", "Bilozerka", "Sadove"]),
        # a list that does not open its sentence or line is no opening list
        ("Shelling overnight hit Kherson, Bilozerka and Sadove before dawn.", []),
    ],
)
def test_a_list_of_names_opening_a_text_a_line_or_a_sentence_is_a_list_of_places(text: str, found: list[str]) -> None:
    assert [p.location.name for p in local_places(text, [])] == found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Fighting went on in the Democratic Republic of the Congo on Sunday", "CD"),
        ("Fighting went on in the Democratic Republic of Congo on Sunday", "CD"),
        ("Fighting went on in the DRC on Sunday", "CD"),
        ("CAR: displacement after clashes", "CF"),
        ("the CAR’s army said", "CF"),
        ("Soldiers deployed across Burma", "MM"),
    ],
)
def test_countries_by_their_long_names_other_names_and_acronyms(text: str, country: str) -> None:
    assert [m.location.country for m in gazetteer().find(text)] == [country]


def test_an_acronyms_word_in_lower_case_is_no_country() -> None:
    assert names("Car bomb kills three near the market") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("8 farmers were killed in Mafa Local Government Area of Borno", ["Mafa"]),
        ("two people were killed in Anter Mbalagh Council", ["Anter Mbalagh"]),
        ("more than 2,000 people had arrived at the Protection of Civilians site", []),
        ("officers from the Special Operations Battalion", []),
        ("two of the dead were from the Volunteers for the Defence of the Fatherland", []),
        ("homes were torched in the Palestinian village", []),
        ("the villages of Dapiawan, Madia, Elian and Gawang", ["Dapiawan", "Madia", "Elian", "Gawang"]),
        (
            "posts in the areas of Ak-Suu, Tort-Kul and Uch-Dobo as well as at the Jar-Bashy post",
            ["Ak-Suu", "Tort-Kul", "Uch-Dobo", "Jar-Bashy"],
        ),
        ("the posts came under mortar fire from Uzbek territory", []),
        ("two soldiers were killed in North Waziristan’s Mir Ali", ["Mir Ali"]),
        ("gunmen raided three towns in Upper State’s Kora Local Government Area", ["Kora"]),
        ("troops clashed with rebels in Agusan del Norte’s hills", ["Agusan del Norte"]),
        ("a man was shot dead in Cox’s Bazar", ["Cox’s Bazar"]),
        ("two soldiers were killed in Lower Kurram Thursday night", ["Lower Kurram"]),
        ("a house was hit by a shell in Kyaukseik Village", ["Kyaukseik"]),
        ("a man was beaten to death in Teknaf Upazila", ["Teknaf"]),
        ("a gun-battle broke out in Keller Tehsil", ["Keller"]),
        ("shelling continued in the Kotli Sector", ["Kotli Sector"]),
        ("“In Thayetpin village, four houses burned,” he said", ["Thayetpin"]),
        ("jets bombed marshes in Gen. Ramos and Datu Piang", ["Gen. Ramos", "Datu Piang"]),
        ("families fled from Tubod sa Lanao and Baloi", ["Tubod sa Lanao", "Baloi"]),
        ("a depot in the southern parts of Alamaday Marsh was destroyed", ["Alamaday Marsh"]),
        (
            "gunfire in the neighbourhoods of Hay Saad, Ras al Nabaa and Bir Hassan",
            ["Hay Saad", "Ras al Nabaa", "Bir Hassan"],
        ),
        ("shells fell on districts such as Qasr Bin Ghashir and Wadi Rabie", ["Qasr Bin Ghashir", "Wadi Rabie"]),
        ("the rebels said they captured Waja Dibo and Kobo Tsehay", ["Waja Dibo", "Kobo Tsehay"]),
        ("settlers stormed Umm Qasra on Monday", ["Umm Qasra"]),
        ("a shell hit Kan Thar Yar village at night", ["Kan Thar Yar"]),
    ],
)
def test_a_local_place_is_its_name_and_no_unit_body_or_peoples_adjective(text: str, found: list[str]) -> None:
    assert [p.location.name for p in local_places(text, [])] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rebels said the Juba Peace Agreement was dead as fighting spread in Darfur", ["Darfur"]),
        ("Kyiv accused Moscow of breaking the Minsk agreements", ["Kyiv", "Moscow"]),
        ("The Astana talks and the Rome Declaration failed; talks in Doha resumed", ["Doha"]),
        ("Under the Doha Agreement of 2020 the troops left Kabul", ["Kabul"]),
    ],
)
def test_a_place_that_names_an_agreement_or_talks_is_not_where_anything_happened(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Troops fought the Mindanao Islamic Freedom Fighters near Cotabato", ["Cotabato"]),
        ("The Kachin Independence Army said it took a post near Bhamo", ["Bhamo"]),
        ("Tigray Defence Forces shelled Alamata", ["Alamata"]),
    ],
)
def test_a_place_that_names_an_armed_group_is_not_where_anything_happened(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a known town at the end of a longer local name is not that town
        ("Gunmen attacked the Shah Mardan check post in Kalat", ["Kalat"]),
        ("Shells fell on Matha Sangar and Peshawar", ["Peshawar"]),
        # a direction, a demonym, a preposition or an article before it leaves it the place
        ("Fighting went on in Northern Kherson and Russian Kursk", ["Kherson", "Kursk"]),
        ("Strikes In Gaza and Al Hasakah", ["Gaza Strip", "Hasakah"]),
        # a line break ends a name: the headline's last word and the next line's first are two
        ("Six dead in Beirut\n\nBeirut port blast anniversary", ["Beirut", "Beirut"]),
    ],
)
def test_a_known_name_ending_a_longer_local_name_is_not_the_place(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A source told the Sudan Tribune that shells fell on Omdurman", ["Omdurman"]),
        ("The Kyiv Independent reported strikes on Kharkiv", ["Kharkiv"]),
        ("Citing the Balochistan Post, officials said Quetta was calm", ["Quetta"]),
    ],
)
def test_a_place_that_names_an_outlet_is_not_where_anything_happened(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Defense Minister Carlos Holmes Trujillo said 40 officers were hurt in Cali", ["Cali"]),
        ("Assistant Commandant Sagar Borade lost a leg in the blast in Bijapur", ["Bijapur"]),
    ],
)
def test_a_town_named_in_a_titled_persons_name_is_not_a_place(text: str, found: list[str]) -> None:
    assert names(text) == found


def test_platforms_named_after_such_as_a_university_and_islamic_are_no_places() -> None:
    text = (
        "The government lifted its ban on platforms such as WhatsApp, Facebook and Instagram at University, "
        "a week after strikes on bases in the Islamic republic."
    )
    taken = [(m.start, m.end) for m in gazetteer().find(text)]
    assert [p.location.name for p in local_places(text, taken, taken)] == []


def test_a_state_bearing_a_countrys_name_is_that_state_not_the_country() -> None:
    found = gazetteer().find("Bandits raided a mining site in Niger State, near the border with Niger.")
    assert [(m.location.name, m.location.country) for m in found] == [("Niger State", "NG"), ("Niger", "NE")]


def test_a_name_written_with_its_accents_is_no_unaccented_other_name_of_a_city() -> None:
    # "Cano" is one of Kano's other names; "Caño" is a word of Colombian place names
    found = gazetteer().find("Guerrillas bombed the Caño Limón pipeline near Saravena, in Arauca.")
    assert "NG" not in {m.location.country for m in found}
    assert ("Kano", "NG") in [(m.location.name, m.location.country) for m in gazetteer().find("Riots in Kano.")]
    assert ("N'Djamena", "TD") in [
        (m.location.name, m.location.country) for m in gazetteer().find("Riots in N’Djamena.")
    ]


def test_a_preposition_opening_a_sentence_is_no_place() -> None:
    text = "On Friday, Egypt and Qatar urged both sides to stop."
    taken = [(m.start, m.end) for m in gazetteer().find(text)]
    assert names(text) == ["Egypt", "Qatar"]
    assert [p.location.name for p in local_places(text, taken, taken)] == []


def test_a_country_named_with_a_side_is_that_part_of_it() -> None:
    [syria, iraq, south_sudan] = gazetteer().find("Jets hit northeast Syria, northern Iraq and South Sudan")
    assert (syria.location.name, syria.location.country, syria.location.precision) == (
        "northeast Syria",
        "SY",
        "region",
    )
    assert iraq.location.name == "northern Iraq"
    assert (south_sudan.location.name, south_sudan.location.precision) == ("South Sudan", "country")


def test_a_place_named_with_its_kind_of_division_is_that_division() -> None:
    [kaduna, nasir] = gazetteer().find("Bandits raided Kaduna State as fighting went on in Nasir County")
    assert (kaduna.location.name, kaduna.location.country, kaduna.location.precision) == (
        "Kaduna State",
        "NG",
        "region",
    )
    assert (nasir.location.name, nasir.location.precision) == ("Nasir County", "region")


def test_the_last_word_of_a_longer_spanish_name_is_no_place_of_its_own() -> None:
    assert names("Clashes in Compostela, Davao del Norte, and in Lanao del Sur") == ["Compostela", "Davao"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Jackeline Muñoz, a trader, said Changuinola stayed shut.", "PA"),
        ("Shops near the Changuinola Airport stayed shut.", "PA"),
    ],
)
def test_the_largest_town_named_is_no_surname_and_no_everyday_word(text: str, country: str) -> None:
    assert gazetteer().largest_town_country(text) == country
