"""Theatres decided from the text: every shipped theatre, hints, mixed articles,
places in no theatre, and the theatres file a user extends."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conflictwatch.models import EventType
from conflictwatch.theatres import TheatresError, load_theatres, shipped_theatres
from producers.articles import ArticleError, article_events, read_article
from producers.extract import ArticleMeta, extract
from producers.extract.actors import actor_lexicon
from producers.extract.extractor import extract_article

PUBLISHED = datetime(2024, 6, 12, 15, tzinfo=UTC)

# One sentence of our own per shipped theatre, naming its places or parties, never its slug.
BY_THEATRE = {
    "israel-gaza": "An air strike hit a house in Deir al-Balah on Tuesday, killing four people.",
    "west-bank": "Troops raided the Nur Shams camp near Tulkarm, killing two men.",
    "israel-lebanon": "Hezbollah fired rockets at Kiryat Shmona after a strike on Nabatieh.",
    "israel-iran": "Israeli missiles struck a site near Isfahan, the Revolutionary Guards said.",
    "yemen": "The Houthis launched drones at a tanker in the Red Sea.",
    "syria": "Clashes broke out in Sweida between Druze fighters and Bedouin clans, killing 30 people.",
    "iraq": "A drone strike hit a base near Erbil in the Kurdistan region.",
    "russia-ukraine": "Russian missiles struck Kharkiv overnight, wounding 12 people.",
    "sudan": "The RSF shelled El Fasher, killing nine civilians.",
    "south-sudan": "Fighting erupted in Nasir in Upper Nile, where the White Army attacked an army base.",
    "armenia-azerbaijan": "Shelling hit Stepanakert as Azerbaijani forces advanced.",
    "ethiopia": "Fano militiamen clashed with the army near Bahir Dar in Amhara.",
    "drc": "M23 rebels advanced towards Goma, and 400,000 people fled their homes in North Kivu.",
    "myanmar": "A junta air strike on a village in Sagaing killed 17 people.",
    "sahel": "JNIM fighters attacked an army post near Djibo, killing 20 soldiers.",
    "somalia": "Al-Shabaab fighters attacked an army base in Lower Shabelle.",
    "nigeria": "ISWAP fighters attacked a village in Borno, killing 37 people.",
    "india-pakistan": "Shelling across the Line of Control killed three people in Poonch.",
    "afghanistan-pakistan": "Taliban forces clashed with Pakistani troops at Spin Boldak.",
    "haiti": "Gang members attacked Mirebalais, and 5,000 people fled.",
    "thailand-cambodia": "Artillery fire hit Surin province as Thai and Cambodian troops clashed.",
    "mozambique": "Insurgents attacked Mocimboa da Praia in Cabo Delgado, killing five people.",
    "libya": "Clashes broke out in Tripoli between armed groups, killing six people.",
    "philippines": "MILF fighters clashed with BIFF gunmen in Datu Piang, Maguindanao, killing four.",
    "thailand": "Insurgents detonated a roadside bomb in Rangae district of Narathiwat, wounding two rangers.",
    "india": "Maoists ambushed a CRPF patrol in Sukma district of Chhattisgarh, killing three personnel.",
    "egypt": "Sinai Province militants attacked a checkpoint near Sheikh Zuweid, killing five soldiers.",
}


def test_every_shipped_theatre_has_a_case() -> None:
    assert set(BY_THEATRE) == set(shipped_theatres().by_slug)


@pytest.mark.parametrize(("theatre", "sentence"), sorted(BY_THEATRE.items()))
def test_each_theatre_is_decided_from_its_own_places_and_parties(theatre: str, sentence: str) -> None:
    events = extract(sentence, ArticleMeta(published=PUBLISHED))
    assert events, f"no event from {sentence!r}"
    assert {e.theatre for e in events} == {theatre}


def test_a_hint_does_not_overrule_the_text() -> None:
    text = "Russian missiles struck Kyiv, Lviv and Kharkiv, knocking out power across Ukraine."
    events = extract(text, ArticleMeta(published=PUBLISHED, theatre="israel-gaza"))
    assert events
    assert {e.theatre for e in events} == {"russia-ukraine"}


def test_a_hint_decides_what_the_text_leaves_open() -> None:
    events = extract("Rockets were fired overnight.", ArticleMeta(published=PUBLISHED, theatre="israel-lebanon"))
    assert [e.theatre for e in events] == ["israel-lebanon"]


def test_an_article_spanning_two_theatres_keeps_each_event_in_its_own() -> None:
    text = (
        "Israeli warplanes struck Rafah overnight, killing 12 people. "
        "In the north, Hezbollah fired 30 rockets at Metula. "
        "Israeli air strikes hit Tyre and Nabatieh."
    )
    by_place = {
        e.location.name: e.theatre for e in extract(text, ArticleMeta(published=PUBLISHED)) if e.location is not None
    }
    assert by_place["Rafah"] == "israel-gaza"
    assert by_place["Metula"] == "israel-lebanon"
    assert by_place["Tyre"] == by_place["Nabatieh"] == "israel-lebanon"


def test_a_sentence_without_places_follows_its_article() -> None:
    text = "Ukrainian officials said Russian drones hit Odesa's port. Three people were killed, officials said."
    events = extract(text, ArticleMeta(published=PUBLISHED))
    assert {e.theatre for e in events} == {"russia-ukraine"}


def test_a_mediators_capital_decides_nothing() -> None:
    text = "Armenian and Azerbaijani ministers agreed a truce in Moscow after talks over Nagorno-Karabakh."
    assert {e.theatre for e in extract(text, ArticleMeta(published=PUBLISHED))} == {"armenia-azerbaijan"}


@pytest.mark.parametrize(
    ("body", "country", "why"),
    [
        ("Clashes between the army and rebels in Colombia killed 7 soldiers.", "colombia", "names no theatre of"),
        ("Rioters clashed with police in the Netherlands, injuring 12 officers.", "netherlands", "names no theatre of"),
        (  # a warring state's own news: the war it was kept from, and the key that kept it
            "Police fired tear gas at protesters in Mashhad, injuring 12 people.",
            "iran",
            "names the places of israel-iran from one side only (needs_other_side",
        ),
        (
            "Police fired rubber bullets at opposition supporters in Phnom Penh, injuring 9 people.",
            "cambodia",
            "names the places of thailand-cambodia from one side only (needs_other_side",
        ),
        (
            "Rioters set fire to a hotel in Ismayilli and police detained 14 people, the news agency Turan said.",
            "azerbaijan",
            "names the places of armenia-azerbaijan from one side only (needs_other_side",
        ),
    ],
)
def test_a_report_filed_under_its_country_says_so_and_why(body: str, country: str, why: str) -> None:
    events, note = article_events(read_article(f"{country}.txt", f"Published: 2024-06-12T15:00:00Z\n\n{body}"))
    assert {e.theatre for e in events} == {country}
    assert note is not None
    assert f"country slug '{country}'" in note
    assert why in note


def test_a_province_names_the_country_of_a_report_that_names_no_country_and_no_city() -> None:
    raw = "Published: 2024-06-12T15:00:00Z\n\nGunmen attacked a market in the Upper East Region, killing 4 traders."
    events, note = article_events(read_article("ghana.txt", raw))
    assert {(e.theatre, e.location.name if e.location else None) for e in events} == {("ghana", "Upper East")}
    assert note is not None


def test_a_small_town_of_a_report_filed_under_its_country_is_the_events_own_place() -> None:
    # Eindhoven is too small to trust abroad; in a report on the Netherlands it is believed, so its
    # rally is an event apart from Rotterdam's, not a second telling of it
    raw = (
        "Published: 2024-06-12T15:00:00Z\n\nFarmers blocked roads across the Netherlands on Saturday. "
        "Rotterdam saw about 300 protesters march to the port. Eindhoven saw some 200 farmers rally "
        "outside the town hall."
    )
    events, _ = article_events(read_article("netherlands.txt", raw))
    places = {e.location.name for e in events if e.type is EventType.CIVIL_UNREST and e.location}
    assert {"Rotterdam", "Eindhoven"} <= places


def test_a_province_goes_before_a_small_town_of_its_name() -> None:
    text = "A security patrol was ambushed in Pattani province, killing one ranger and wounding two officials."
    (event,) = [e for e in extract(text, ArticleMeta(published=PUBLISHED)) if e.type.value == "casualty_report"]
    assert (event.theatre, event.location and event.location.name) == ("thailand", "Pattani")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Gunmen opened fire on villagers in Jiribam, Manipur, killing two people.", "india"),
        ("Pakistani shelling hit homes in Poonch on Thursday, killing three civilians.", "india-pakistan"),
        ("A bomb wounded four rangers in Yala province on Monday.", "thailand"),
        ("Thai and Cambodian troops exchanged fire near the border in Surin on Monday.", "thailand-cambodia"),
        # a country's own news: no other side of the war named
        ("Police fired tear gas at protesters in Mashhad and Tabriz on Friday, injuring 12 people.", "iran"),
        ("Gunmen clashed with Hezbollah supporters in Beirut on Sunday, killing three people.", "lebanon"),
        ("Gunmen attacked a concert hall near Moscow on Friday, killing 40 people.", "russia"),
        ("Protesters clashed with police in Yerevan on Sunday; 30 people were injured.", "armenia"),
        ("Militants attacked a police post in Lahore on Monday, killing four officers.", "afghanistan-pakistan"),
        # the other side named, or a place in its other country: the war
        ("Israeli jets struck a base near Tabriz on Friday, killing 12 people.", "israel-iran"),
        ("An Israeli drone struck a car in Beirut on Sunday, killing three people.", "israel-lebanon"),
        ("Ukrainian drones hit a refinery near Moscow on Friday, injuring 4 people.", "russia-ukraine"),
        ("Azerbaijani forces shelled villages near Yerevan on Sunday, killing three soldiers.", "armenia-azerbaijan"),
        ("Indian missiles struck a mosque in Lahore on Monday, killing four people.", "india-pakistan"),
        ("Indian police said rioters torched shops in Murshidabad on Friday, killing three people.", "india"),
        # a place the theatre lists is its front, whoever is named
        ("Militants attacked an army camp in Kupwara, Kashmir, on Monday, killing two soldiers.", "india-pakistan"),
        ("A drone struck a fuel depot in the Kursk region on Monday, injuring 3 people.", "russia-ukraine"),
        # unless the theatres file says a listed place is no front (front: false)
        ("Rioters set fire to the town hall in Zahle, in the Bekaa, on Thursday, injuring 20 people.", "lebanon"),
        ("An Israeli drone struck a car in the Bekaa on Thursday, killing two people.", "israel-lebanon"),
    ],
)
def test_a_countrys_own_news_is_not_the_war_it_shares_unless_the_other_side_or_its_front_is_named(
    sentence: str, theatre: str
) -> None:
    events = extract(sentence, ArticleMeta(published=PUBLISHED))
    assert events
    assert {e.theatre for e in events} == {theatre}


def test_a_stray_state_forces_alias_does_not_pull_a_report_on_a_country_in_no_theatre() -> None:
    # "government forces" is one of Syria's aliases, weak evidence; the report's places are in Cameroon
    raw = (
        "Published: 2024-06-12T15:00:00Z\n\nSeparatist fighters attacked Bamenda in Cameroon on Monday, killing "
        "four soldiers.\n\nResidents of Kumbo said government forces later raided the town."
    )
    events, _ = article_events(read_article("cameroon.txt", raw))
    assert {e.theatre for e in events} == {"cameroon"}


def test_an_article_naming_no_theatre_is_refused_not_filed_anywhere() -> None:
    raw = "Published: 2024-06-12T15:00:00Z\n\nRockets were fired and 3 people were killed."
    assert extract_article(raw, ArticleMeta(published=PUBLISHED)).theatre is None
    with pytest.raises(ArticleError, match="give --theatre"):
        article_events(read_article("nowhere.txt", raw))


def test_small_towns_abroad_and_names_of_people_are_not_evidence() -> None:
    text = "Human rights groups said Vladimir Putin urged Nikol Pashinyan to respect the truce in Nagorno-Karabakh."
    assert {e.theatre for e in extract(text, ArticleMeta(published=PUBLISHED))} == {"armenia-azerbaijan"}


def test_a_users_theatres_file_adds_a_theatre_without_code(tmp_path: Path) -> None:
    extra = tmp_path / "theatres.yaml"
    extra.write_text(
        "theatres:\n"
        "  - slug: colombia-catatumbo\n"
        "    name: Catatumbo\n"
        "    timezone: America/Bogota\n"
        "    countries: [CO]\n"
        "    places: [{name: Tibu, aliases: [Tibú], country: CO, lat: 8.64, lon: -72.73}]\n"
        "    parties: [{name: ELN, side: eln, aliases: [ELN, National Liberation Army]}]\n"
    )
    theatres = load_theatres(extra)
    events = extract("ELN fighters attacked Tibu, killing 8 people.", ArticleMeta(published=PUBLISHED), theatres)
    assert events
    assert {e.theatre for e in events} == {"colombia-catatumbo"}
    assert {e.actors.actor1.side for e in events if e.actors.actor1} == {"eln"}


_ELN_THEATRE = (
    "theatres:\n  - {slug: x, name: Xland, timezone: UTC, countries: [CO], "
    "parties: [{name: ELN, side: eln, aliases: [ELN]}]"
)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("theatres:\n  - {slug: x, name: X, timezone: Mars/Olympus, countries: [XX]}\n", "theatre 'x'"),
        ("theatres:\n  - {slug: Bad Slug, name: X, timezone: UTC, countries: [CO]}\n", "should match pattern"),
        ("theatres:\n  - {slug: x, name: X, timezone: UTC, countries: []}\n", "countries"),
        ("theatres:\n  - {slug: x, name: X, timezone: UTC, countries: [CO], parties: [{name: P}]}\n", "side"),
        ("- just a list\n", "a mapping"),
        (f"{_ELN_THEATRE}, needs_other_side: {{UA: [eln]}}}}\n", "UA is not one of its countries"),
        (f"{_ELN_THEATRE}, needs_other_side: {{CO: [farc]}}}}\n", "give sides of its own parties"),
        (f"{_ELN_THEATRE}, needs_other_side: {{CO: []}}}}\n", "no side"),
        (f"{_ELN_THEATRE}, places: [{{name: Tibu, front: maybe}}]}}\n", "front"),
    ],
)
def test_a_bad_theatres_file_names_the_file_the_theatre_and_the_field(tmp_path: Path, body: str, message: str) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(body)
    with pytest.raises(TheatresError, match=message) as caught:
        load_theatres(extra)
    assert "mine.yaml" in str(caught.value)


@pytest.mark.parametrize(
    ("venue", "war", "slug"),
    [
        ("Geneva", "Yemen", "yemen"),
        ("Havana", "Colombia", "colombia"),
        ("Oslo", "the Philippines", "philippines"),
        ("Kunming", "Myanmar", "myanmar"),
    ],
)
def test_a_venue_where_the_rivals_signed_is_no_country_of_the_war(venue: str, war: str, slug: str) -> None:
    raw = (
        f"Rivals sign truce in {venue}\n\nRivals sign truce in {venue}\n\n"
        f"The two delegations signed a permanent ceasefire on Friday after weeks of talks in {venue}. "
        f"The deal aims at ending the bloodshed in {war}."
    )
    extraction = extract_article(raw, ArticleMeta(published=PUBLISHED))
    assert extraction.theatre is not None
    assert extraction.theatre.theatre == slug
    assert {e.theatre for e in extraction.events} == {slug}


def test_people_who_fled_abroad_are_displaced_by_the_war_they_fled() -> None:
    raw = (
        "Myanmar's junta troops clashed with the Chin National Army near Falam and Hakha in Chin State on "
        "Monday, and shelled Tedim on Tuesday.\n\n"
        "More than 2,000 refugees have fled into India's Mizoram state since the clashes began."
    )
    extraction = extract_article(raw, ArticleMeta(published=PUBLISHED))
    flight = next(e for e in extraction.events if e.type is EventType.DISPLACEMENT_REPORT)
    assert flight.theatre == "myanmar"


def test_a_place_in_the_other_country_of_the_war_names_its_other_side() -> None:
    raw = (
        "Rockets were fired at Jerusalem on Saturday, the army said.\n\n"
        "Later, strikes hit a depot in Mashhad, killing five people."
    )
    assert {e.theatre for e in extract(raw, ArticleMeta(published=PUBLISHED))} >= {"israel-iran"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Airstrikes killed 14 Iranian-backed militiamen near Al-Mayadin.", []),
        ("The ISPR said Indian-sponsored terrorists attacked a post in Orakzai.", ["ISPR"]),
        ("Russian-backed separatists shelled Avdiivka.", []),
        ("The Saudi-led coalition struck Sanaa.", ["Saudi-led coalition"]),
    ],
)
def test_a_proxy_named_after_its_patron_is_not_the_patron(text: str, named: list[str]) -> None:
    assert [text[m.start : m.end] for m in actor_lexicon().find(text)] == named


def test_each_town_of_a_list_of_protests_abroad_is_its_countrys() -> None:
    text = (
        "Thousands of students rallied outside the legislature in Taipei on Sunday.\n\n"
        "Students abroad held rallies in Berlin, Munich, Vienna and Brussels on Sunday."
    )
    found = {
        (e.location.name, e.theatre)
        for e in extract(text, ArticleMeta(published=PUBLISHED))
        if e.type is EventType.CIVIL_UNREST and e.location is not None
    }
    assert found >= {("Berlin", "germany"), ("Munich", "germany"), ("Vienna", "austria"), ("Brussels", "belgium")}


def test_talks_in_a_venue_decide_no_theatre() -> None:
    text = "Hamas and Israeli negotiators held talks on a Gaza ceasefire in Vienna on Sunday."
    assert {e.theatre for e in extract(text, ArticleMeta(published=PUBLISHED))} == {"israel-gaza"}


@pytest.mark.parametrize(
    ("text", "theatre"),
    [
        # "bandits" is a party of Nigeria's war, but a name any war's news uses: weak evidence
        ("Armed bandits killed 12 police officers in an ambush near Baragoi, in Kenya's Samburu county.", "kenya"),
        ("Armed bandits killed 12 villagers in Zamfara on Sunday.", "nigeria"),
    ],
)
def test_a_generic_party_name_is_weak_evidence_of_its_theatre(text: str, theatre: str) -> None:
    assert {e.theatre for e in extract(text, ArticleMeta(published=PUBLISHED))} == {theatre}


def test_a_country_written_with_a_small_initial_is_found() -> None:
    text = "Cape Town - Police fired tear gas at pro-democracy protesters in eSwatini on Tuesday."
    events = extract(text, ArticleMeta(published=PUBLISHED))
    assert events
    assert {e.theatre for e in events} >= {"eswatini"}
    assert "eswatini" in {e.location.name.lower() for e in events if e.location}


def test_human_rights_watch_names_no_town() -> None:
    text = "Human Rights Watch said on Tuesday that security forces had killed ten protesters."
    assert all(e.theatre != "russia-ukraine" for e in extract(text, ArticleMeta(published=PUBLISHED)))


@pytest.mark.parametrize(
    ("text", "theatre"),
    [
        # Egypt's own news is not the Sinai war: a mediator's words stay in the war it mediates
        (
            "Israeli air strikes hit Khan Younis on Tuesday, killing nine people. "
            "Egypt, a mediator in past truces, condemned the strikes.",
            "israel-gaza",
        ),
        # a report naming no place of any size is where the people it names are
        (
            "Mozambican security forces killed at least ten children during protests, a rights group said on Tuesday. "
            "The Southern African nation has been rocked by unrest since the vote.",
            "mozambique",
        ),
    ],
)
def test_a_report_is_in_the_war_it_tells_not_a_country_it_names_in_passing(text: str, theatre: str) -> None:
    events = extract(text, ArticleMeta(published=PUBLISHED))
    assert events
    assert {e.theatre for e in events} == {theatre}
