"""One test per construction real reports use, in sentences written for these tests.

Each kind of miss and false event found on real wire copy, UN situation reports and
live blogs is pinned here in our own words, so that a rule change that loses one
fails by name."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from conflictwatch.models import Event, EventType, TimePrecision
from producers.extract import ArticleMeta
from producers.extract.model import SentenceModel
from tests.unit.producers.conftest import read

PUBLISHED = datetime(2024, 3, 14, 15, 0, tzinfo=UTC)  # a Thursday
T = EventType


def events(text: str, theatre: str | None = "israel-gaza") -> list[Event]:
    return read(text, ArticleMeta(published=PUBLISHED, theatre=theatre))


def one(text: str, event_type: EventType, theatre: str = "israel-gaza") -> Event:
    found = [e for e in events(text, theatre) if e.type is event_type]
    assert found, f"no {event_type.value} in {text!r}: {[e.type.value for e in events(text, theatre)]}"
    return found[0]


def types(text: str, theatre: str | None = "israel-gaza") -> set[EventType]:
    return {e.type for e in events(text, theatre)}


def unrest_places(text: str, theatre: str | None) -> set[str]:
    return {e.location.name for e in events(text, theatre) if e.type is T.CIVIL_UNREST and e.location is not None}


# Counts in coordinated and noun forms


def test_a_toll_wrapped_over_two_lines_of_wire_copy_is_read_whole() -> None:
    text = (
        "GAO, Jan 4 At least 14 jihadist\nfighters were killed in air strikes by French forces overnight\n"
        "near Gao, a local official said on Thursday, and the army\nbombed hideouts in the north of the\ncountry."
    )
    toll = one(text, T.CASUALTY_REPORT, "sahel")
    assert (toll.counts.killed, toll.counts.combatants) == (14, 14)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Two more rockets were fired towards border communities near Sderot an hour later.", "israel-gaza"),
        ("The town of Kilis was hit by rocket fire from across the border on Sunday.", "syria"),
    ],
)
def test_rocket_fire_told_by_where_it_went_or_what_it_hit_is_no_ground_clash(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.ROCKET_FIRE in found
    assert T.GROUND_CLASH not in found


def test_two_kinds_of_projectiles_launched_together_are_summed() -> None:
    fire = one("Militants launched 14 rockets and 6 mortar shells at Sderot overnight.", T.ROCKET_FIRE)
    assert fire.counts.projectiles == 20


def test_raids_and_missiles_in_one_response() -> None:
    strike = one("The army responded with 30 raids and the firing of 12 missiles on targets in Rafah.", T.AIR_STRIKE)
    assert strike.counts.strikes == 30


def test_shells_fired_are_shelling() -> None:
    clash = one("Troops fired 200 artillery shells at villages near Poonch.", T.GROUND_CLASH, "india-pakistan")
    assert clash.location is not None
    assert clash.location.name == "Poonch"


@pytest.mark.parametrize(
    ("sentence", "projectiles"),
    [
        ("Russia launched 31 Iranian-made Shahed drones, five cruise missiles and one Kinzhal missile at Lviv.", 37),
        ("A Russian ballistic missile struck Poltava on Tuesday, killing nine people.", 1),
    ],
)
def test_projectiles_qualified_by_two_words_and_one_missile_that_hit(sentence: str, projectiles: int) -> None:
    assert one(sentence, T.AIR_STRIKE, "russia-ukraine").counts.projectiles == projectiles


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army said it struck a militia weapons depot in Baalbek overnight.", "israel-lebanon"),
        ("Israeli forces targeted a former police building in Nuseirat on Friday.", "israel-gaza"),
        ("Ukrainian forces hit a Russian fuel terminal near Tuapse.", "russia-ukraine"),
        ("The rebels attacked two cargo ships in the Red Sea on Monday.", "yemen"),
        ("A Liberian-flagged tanker was targeted off Hodeidah on Sunday.", "yemen"),
    ],
)
def test_a_states_forces_striking_a_target_and_ships_attacked_at_sea(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A commander was targeted by a Turkish combat drone in Qamishli late on Wednesday.", "syria"),
        ("Military aircrafts targeted RSF positions in southern Khartoum on Wednesday.", "sudan"),
        ("The troops mounted a coordinated air and ground assault in the Bari mountains.", "somalia"),
        ("The soldiers returned fire with aerial support near Beit Jinn on Wednesday.", "syria"),
    ],
)
def test_targeted_by_a_drone_aircraft_that_targeted_an_air_and_ground_assault_and_aerial_support(
    sentence: str, theatre: str
) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


def test_a_vow_to_continue_attacks_on_ships_is_no_attack() -> None:
    assert T.AIR_STRIKE not in types("The rebels vowed to keep up attacks on ships bound for Eilat.", "yemen")


def test_drones_as_the_subject() -> None:
    strike = one(
        "Forty-two drones targeted Odesa's port overnight, the air force said.", T.AIR_STRIKE, "russia-ukraine"
    )
    assert strike.counts.projectiles == 42


@pytest.mark.parametrize(
    ("sentence", "buildings"),
    [
        ("Officials said 14 apartment buildings, six private houses, a school and an office were damaged in Sumy.", 22),
        ("Shelling damaged three high-rise buildings and nine houses in Kherson.", 12),
        ("The drone damaged a nine-storey apartment block in Kharkiv.", 1),
    ],
)
def test_buildings_listed_by_kind_are_summed_and_one_building_is_one(sentence: str, buildings: int) -> None:
    assert one(sentence, T.INFRASTRUCTURE_DAMAGE, "russia-ukraine").counts.buildings == buildings


# Casualty breakdowns in one sentence


def test_a_toll_with_children_of_whom() -> None:
    toll = one("The strike killed 19 people, of whom 7 were children.", T.CASUALTY_REPORT)
    assert (toll.counts.killed, toll.counts.children) == (19, 7)


def test_a_toll_with_a_further_number_injured() -> None:
    toll = one("Eleven people died and a further 23 were injured in Kharkiv.", T.CASUALTY_REPORT, "russia-ukraine")
    assert (toll.counts.killed, toll.counts.injured) == (11, 23)


def test_an_injured_only_toll() -> None:
    toll = one("At least 40 people were wounded when shells hit the market in El Fasher.", T.CASUALTY_REPORT, "sudan")
    assert toll.counts.injured == 40
    assert toll.counts.killed is None


@pytest.mark.parametrize(
    ("sentence", "combatants"),
    [
        ("About 25 Taliban fighters were killed near Chaman, the army said.", 25),
        ("Rebels said they killed 60 Wagner mercenaries near the border.", 60),
        ("The strike killed seven members of the Radwan brigades in Tyre.", 7),
        ("Nine government forces were killed in the ambush near Mopti.", 9),
        ("Eleven troops died when the convoy hit a mine near Mopti.", 11),
    ],
)
def test_fighters_named_with_their_side_or_as_members_of_a_force_are_combatants(sentence: str, combatants: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "sahel").counts.combatants == combatants


def test_soldiers_in_a_headlines_capitals_are_combatants() -> None:
    counts = one("5 Border Soldiers Killed In Night Raid", T.CASUALTY_REPORT, "sahel").counts
    assert (counts.killed, counts.combatants) == (5, 5)


@pytest.mark.parametrize(
    "headline", ["Gunmen Kill Nine Police Officers in Ambush", "Militants Kill Four Soldiers in Attack"]
)
def test_a_headlines_capitalised_attack_after_in_is_no_place(headline: str) -> None:
    toll = one(headline, T.CASUALTY_REPORT, "sahel")
    assert toll.location is None or toll.location.name not in {"Ambush", "Attack"}


def test_an_attack_that_took_the_lives_of_people_is_a_toll() -> None:
    toll = one(
        "The shelling took the lives of 12 villagers in Kramatorsk overnight.", T.CASUALTY_REPORT, "russia-ukraine"
    )
    assert toll.counts.killed == 12


def test_a_faith_after_in_is_no_place() -> None:
    toll = one("The blast killed 12 people near a shrine revered in Shiite Islam.", T.CASUALTY_REPORT, "syria")
    assert toll.location is None or toll.location.name != "Shiite Islam"


def test_confirmed_fatalities_of_a_group() -> None:
    toll = one("Officials reported 52 confirmed fatalities of civilians since Monday.", T.CASUALTY_REPORT, "sudan")
    assert toll.counts.killed == 52


def test_a_thousands_separator_with_a_stray_space() -> None:
    toll = one("The ministry put the death toll at 31, 184 on Thursday.", T.CASUALTY_REPORT)
    assert toll.counts.killed == 31184


# Situation-report style


def test_a_bullet_line_in_the_last_24_hours() -> None:
    toll = one("• In the last 24hrs, 71 Palestinians were killed and 112 injured.", T.CASUALTY_REPORT)
    assert (toll.counts.killed, toll.counts.injured) == (71, 112)


@pytest.mark.parametrize(
    "sentence",
    [
        "Overnight, drones struck the port of Odesa.",
        "Drones struck the port of Odesa throughout the night.",
        "On the night of 13-14 March, drones struck the port of Odesa.",
    ],
)
def test_a_night_told_at_a_sentence_start_through_the_night_or_as_a_night_of_two_dates(sentence: str) -> None:
    strike = one(sentence, T.AIR_STRIKE, "russia-ukraine")
    assert strike.time_precision is TimePrecision.HOUR
    assert strike.occurred_at == datetime(2024, 3, 13, 22, 0, tzinfo=UTC)  # midnight in Kyiv


def test_a_leap_day_and_the_day_before() -> None:
    published = datetime(2024, 3, 1, 15, 0, tzinfo=UTC)
    leap = read(
        "On 29 February, gunmen killed two men in Hebron.", ArticleMeta(published=published, theatre="west-bank")
    )
    assert {e.occurred_at.date() for e in leap} == {datetime(2024, 2, 29).date()}
    before = one("The day before, a strike on a school in Nuseirat killed 16 people.", T.CASUALTY_REPORT)
    assert before.occurred_at.date() == (PUBLISHED - timedelta(days=1)).date()


def test_a_telegraphic_line_between_two_clock_times() -> None:
    fire = one("Rocket fire on Ashkelon between 07:00 – 22:00 today.", T.ROCKET_FIRE)
    assert fire.occurred_at == datetime(2024, 3, 14, 5, 0, tzinfo=UTC)  # 07:00 in Ashkelon
    assert fire.time_precision is TimePrecision.EXACT


def test_as_of_a_clock_time_is_not_a_count() -> None:
    toll = one("As of 19:00, 12 people had been killed in the strikes on Khan Younis.", T.CASUALTY_REPORT)
    assert toll.counts.killed == 12


def test_a_heading_gives_the_place_of_the_lines_below() -> None:
    found = events("Rafah\n• Two houses were destroyed and three people killed.")
    places = {e.location.name for e in found if e.location is not None}
    assert "Rafah" in places


# Ceasefire states in everyday verbs


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce held through the night.",
        "The ceasefire is holding, residents said.",
        "The ceasefire largely held on Wednesday despite sporadic gunfire.",
        "The truce took hold at dawn.",
        "The truce came to effect at dawn.",
        "The truce, proposed by the two mediators after a week of shuttle talks, is still in place.",
    ],
)
def test_a_truce_that_holds_is_in_effect_not_violated(sentence: str) -> None:
    found = types(sentence)
    assert T.CEASEFIRE_IN_EFFECT in found
    assert T.CEASEFIRE_VIOLATION not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The four-day truce expired at 7 a.m. on Friday.",
        "Both armies resumed combat as the truce expired.",
        "The ceasefire collapsed after two weeks.",
    ],
)
def test_a_truce_that_ends(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED in types(sentence, "sudan")


def test_trading_accusations_of_violating_is_a_violation() -> None:
    assert T.CEASEFIRE_VIOLATION in types("The two sides traded accusations of violating the truce.", "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Three more violations were recorded near the village of Shyrokyne overnight.",
        "Kyiv dismissed the pause as hollow, citing some 1,200 violations by Russian forces.",
    ],
)
def test_violations_recorded_or_cited(sentence: str) -> None:
    assert T.CEASEFIRE_VIOLATION in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "Drone strike kills two near Tyre despite truce deal",
        "The president accused Israel on Monday of undermining the fragile ceasefire.",
        "Officials in Beirut called the raid on Tyre a “blatant breach” of the U.S.-brokered ceasefire.",
    ],
)
def test_a_truce_broken_told_in_a_headline_as_undermined_or_as_a_quoted_breach(sentence: str) -> None:
    assert T.CEASEFIRE_VIOLATION in types(sentence, "israel-lebanon")


def test_posts_listed_as_coming_under_fire_are_one_clash_each() -> None:
    text = (
        "Its posts in the areas of Ak-Suu, Tort-Kul and Uch-Dobo as well as at the Jar-Bashy post came under "
        "shelling from Uzbek territory on Friday."
    )
    events = read(text, ArticleMeta(published=PUBLISHED, theatre="kyrgyzstan"))
    found = {e.location.name for e in events if e.type is T.GROUND_CLASH and e.location is not None}
    assert found == {"Ak-Suu", "Tort-Kul", "Uch-Dobo", "Jar-Bashy"}


def test_fighting_despite_talks_on_a_truce_breaks_no_truce() -> None:
    assert T.CEASEFIRE_VIOLATION not in types("Fighting went on in Khartoum despite ceasefire talks.", "sudan")
    text = "Despite recent ceasefire discussions in Muse, the army has resumed air strikes on Lashio."
    assert T.CEASEFIRE_VIOLATION not in types(text, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "There were no immediate reports of breaches of the truce in Hodeidah on Monday.",
        "Residents of Hodeidah said there was no sign of violations of the truce overnight.",
    ],
)
def test_no_reports_of_a_breach_is_no_breach(sentence: str) -> None:
    assert T.CEASEFIRE_VIOLATION not in types(sentence, "yemen")


def test_a_party_accused_of_failing_to_honour_a_truce_is_a_violation_not_a_truce_in_effect() -> None:
    text = "The government accused the rebels of failing to comply with the ceasefire agreement in Marib."
    found = types(text, "yemen")
    assert T.CEASEFIRE_IN_EFFECT not in found
    assert T.CEASEFIRE_VIOLATION in found


def test_a_truce_named_as_the_limit_of_a_swap_has_not_ended() -> None:
    text = "Twelve detainees were freed on Friday, out of 60 to be released by the end of the three-day truce."
    assert T.CEASEFIRE_ENDED not in types(text)


def test_an_agreement_named_by_its_month_and_year_does_not_date_the_news_it_was_broken_by() -> None:
    text = (
        "A drone struck a car in Tyre on Monday, in what officials called a breach of the "
        "November 2022 U.S.-French-brokered ceasefire."
    )
    strike = one(text, T.AIR_STRIKE, "israel-lebanon")
    assert strike.occurred_at.date() == datetime(2024, 3, 11, tzinfo=UTC).date()


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce monitoring and verification accord was signed on Tuesday in Doha.",
        "The framework, signed between the government and the rebels on Tuesday in Doha, set a deadline for talks.",
    ],
)
def test_an_agreement_named_by_what_it_does_signed_or_signed_between_two_parties(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED in types(sentence, "drc")


@pytest.mark.parametrize(
    ("sentence", "agreed"),
    [
        ("Kinshasa, M23 rebels sign truce", True),
        ("The army and the rebels sign a ceasefire in Goma.", True),
        ("The rebels refused to sign the truce in Goma.", False),
        ("The two sides will sign a ceasefire in Goma next week.", False),
        ("There was no sign the truce in Goma would collapse.", False),
    ],
)
def test_a_headline_that_tells_a_truce_signed_in_the_present(sentence: str, agreed: bool) -> None:
    assert (T.CEASEFIRE_AGREED in types(sentence, "drc")) is agreed


def test_a_peace_that_was_signed_between_communities_long_ago_is_no_agreement_now() -> None:
    text = "The commissioner urged both communities to respect the 2020 peace that was signed between them."
    assert T.CEASEFIRE_AGREED not in types(text, "south-sudan")


def test_the_current_truce_is_a_truce_in_effect_but_the_current_truce_talks_are_not() -> None:
    assert T.CEASEFIRE_IN_EFFECT in types("The Red Cross welcomed the current ceasefire in Tigray.", "ethiopia")
    assert T.CEASEFIRE_IN_EFFECT not in types("Envoys pressed on with the current ceasefire talks in Jeddah.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Envoys ended a second day of talks in Geneva on Friday.", "russia-ukraine"),
        ("The defence minister met the SDF's commander in Damascus on Tuesday to reach a truce agreement.", "syria"),
        ("Negotiations have stalled over the border demands of both sides.", "armenia-azerbaijan"),
        ("The mayor led the mediation between the feuding clans on Wednesday.", "philippines"),
        ("The army sent a delegation to the talks in Jeddah.", "sudan"),
    ],
)
def test_talks_told_by_their_days_a_meeting_held_to_reach_a_truce_a_stall_a_mediation_or_a_delegation(
    sentence: str, theatre: str
) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("A fourth person was confirmed dead in Jenin on Wednesday.", "west-bank", T.CASUALTY_REPORT),
        ("A farmer who was hiding in the truck suffered a gunshot wound near Ilaga.", "indonesia", T.CASUALTY_REPORT),
        (
            "Fighters attempted to infiltrate the border near Kurram on Wednesday night.",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
        ),
        (
            "Gunmen carried out hit-and-run assaults on police posts in Doda on Tuesday.",
            "india-pakistan",
            T.GROUND_CLASH,
        ),
        (
            "Troops conducted an intelligence-based operation in Mir Ali on Wednesday.",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
        ),
        ("Thousands returned to the streets of Khartoum on Wednesday.", "sudan", T.CIVIL_UNREST),
    ],
)
def test_one_confirmed_dead_a_wound_suffered_an_infiltration_hit_and_run_assaults_and_crowds_back_in_the_streets(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_an_operation_that_wound_down_is_no_casualty() -> None:
    assert T.CASUALTY_REPORT not in types("The operation in Mir Ali wound down on Wednesday.", "afghanistan-pakistan")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Reporters saw at least 12 bodies in a street of Irpin on Wednesday.", 12),
        ("Journalists reported seeing nine bodies outside the morgue on Wednesday.", 9),
    ],
)
def test_bodies_a_reporter_saw_are_a_toll(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "russia-ukraine").counts.killed == killed


def test_next_to_a_place_does_not_make_a_weekday_the_coming_one() -> None:
    strike = one("A missile hit a school next to the station on Wednesday.", T.AIR_STRIKE, "russia-ukraine")
    assert strike.occurred_at.date() == datetime(2024, 3, 13, tzinfo=UTC).date()


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "A state lawmaker, Ana Ruiz, was killed; councillor Juan Perez was shot dead on Wednesday.",
            "mexico",
            T.CASUALTY_REPORT,
        ),
        ("Juan Perez was shot and killed outside a school in Quito on Wednesday.", "ecuador", T.CASUALTY_REPORT),
        ("Moscow says it downs 20 Ukrainian drones overnight", "russia-ukraine", T.AIR_STRIKE),
        ("Tuesday's guided bomb attack on Kharkiv killed two people.", "russia-ukraine", T.AIR_STRIKE),
        ("Separatists announced a roadblock on the Kumba road on Wednesday.", "cameroon", T.THREAT_STATEMENT),
        ("The rebels were observing an informal ceasefire on Wednesday.", "myanmar", T.CEASEFIRE_IN_EFFECT),
    ],
)
def test_a_named_politician_shot_dead_drones_downed_a_guided_bomb_a_road_closed_and_an_informal_truce_observed(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_a_guided_bomb_attack_is_no_ground_bombing() -> None:
    assert T.GROUND_CLASH not in types("Tuesday's guided bomb attack on Kharkiv killed two people.", "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The synagogue caught fire shortly after the gunmen attacked it in Derbent.", "russia"),
        ("Shops and businesses were set on fire by rioters in Menaka on Wednesday.", "sahel"),
        ("Gang members set fire to the penitentiary on Wednesday.", "honduras"),
        ("The air strikes hit residential neighbourhoods of the town on Wednesday.", "syria"),
    ],
)
def test_a_synagogue_businesses_a_penitentiary_and_neighbourhoods_damaged(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


def test_power_lines_damaged_by_high_winds_are_no_damage_of_the_war() -> None:
    text = "Power lines in several districts were damaged due to the high winds on Wednesday."
    assert T.INFRASTRUCTURE_DAMAGE not in types(text, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("The army attacked RSF-held areas in eastern Khartoum on Wednesday.", "sudan", T.GROUND_CLASH),
        ("Security forces shoot down a drone over Erbil", "iraq", T.AIR_STRIKE),
        ("Officials said the strikes caused material damages only.", "iraq", T.INFRASTRUCTURE_DAMAGE),
        ("A rocket exploded near a school in Hermel on Wednesday.", "israel-lebanon", T.ROCKET_FIRE),
        ("Ankara renewed its threats to launch a ground operation in northern Syria.", "syria", T.THREAT_STATEMENT),
    ],
)
def test_areas_attacked_a_drone_shot_down_material_damages_a_rocket_that_exploded_and_threats_to_launch(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_the_month_a_truce_was_reached_does_not_date_its_violation() -> None:
    text = "Despite a truce reached last October, the army carries out near-daily strikes in the south."
    assert T.CEASEFIRE_VIOLATION in types(text, "israel-lebanon")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("“It’s a fragile ceasefire,” the mayor said on Wednesday.", "israel-gaza"),
        ("The unilateral Easter truce is now active.", "russia-ukraine"),
        ("Families returned on the second day of the Lebanon truce.", "israel-lebanon"),
        ("China sent a team to Lashio to monitor the ceasefire between the army and the MNDAA.", "myanmar"),
        ("UN observers are monitoring the truce along the border.", "kyrgyzstan"),
        ("The monitors recorded no ceasefire violations in Luhansk region on Tuesday.", "russia-ukraine"),
    ],
)
def test_a_fragile_truce_one_now_active_its_third_day_one_monitored_and_none_of_its_violations_recorded(
    sentence: str, theatre: str
) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, theatre)


def test_delegations_a_mediator_would_send_to_monitor_a_truce_do_not_make_it_in_effect() -> None:
    text = "Egypt said it would send two delegations to Gaza to monitor the truce."
    assert T.CEASEFIRE_IN_EFFECT not in types(text)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army reported another attack targeting the military detachment of Djibo on Sunday.", "sahel"),
        ("The intruders shot at the legs of Armenian soldiers near Sotk on Wednesday.", "armenia-azerbaijan"),
    ],
)
def test_an_attack_targeting_a_detachment_and_soldiers_shot_at(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "The delegations agreed to extend for six months the bilateral ceasefire on Monday.",
            "colombia",
            T.CEASEFIRE_AGREED,
        ),
        ("Fighting killed dozens, with the two sides later agreeing to a truce.", "kyrgyzstan", T.CEASEFIRE_AGREED),
        (
            "The text of the peace agreement between the two countries has been agreed upon.",
            "armenia-azerbaijan",
            T.CEASEFIRE_AGREED,
        ),
        ("Bangkok suspends Phnom Penh deal after mine blast wounds soldiers", "thailand-cambodia", T.CEASEFIRE_ENDED),
        ("The president ordered the mobilisation of reservists on Wednesday.", "venezuela", T.THREAT_STATEMENT),
        ("He instructed the army to prepare for war on Wednesday.", "israel-lebanon", T.THREAT_STATEMENT),
    ],
)
def test_a_truce_extended_for_months_agreeing_to_a_truce_a_peace_text_agreed_a_deal_suspended_and_mobilisation(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_violations_that_might_occur_are_none() -> None:
    text = "He told the army to prepare for war should further ceasefire violations occur."
    assert T.CEASEFIRE_VIOLATION not in types(text, "israel-lebanon")


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt, which brokered the truce, called on all sides to adhere to it.",
        "The four governments backed the envoy's efforts to extend and expand the truce.",
    ],
)
def test_a_truce_named_by_its_broker_or_an_extension_only_sought_is_talks_not_an_agreement(sentence: str) -> None:
    found = types(sentence, "yemen")
    assert T.CEASEFIRE_AGREED not in found
    assert T.CEASEFIRE_TALKS in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling continued beyond the truce's start time on Wednesday.",
        "Heavy shelling hit Kafr Nabl after midnight, when the truce was supposed to have taken effect.",
    ],
)
def test_fire_past_a_truces_start_is_a_violation(sentence: str) -> None:
    assert T.CEASEFIRE_VIOLATION in types(sentence, "syria")


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("Troops arrested two men after raids on their hideouts in Mudiyah on Wednesday.", "yemen", T.GROUND_CLASH),
        ("Army artillery fire struck the fire station in Hpakant on Wednesday.", "myanmar", T.INFRASTRUCTURE_DAMAGE),
        ("A shop and a bus were damaged in Kharkiv on Wednesday.", "russia-ukraine", T.INFRASTRUCTURE_DAMAGE),
    ],
)
def test_raids_on_hideouts_artillery_fire_that_struck_a_fire_station_and_a_shop_damaged(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Police arrested 13 men accused of funding banned groups in Peshawar on Tuesday.", "afghanistan-pakistan"),
        ("The navy struck a boat accused of ferrying drugs in the eastern Pacific on Tuesday.", "venezuela"),
    ],
)
def test_someone_accused_of_a_crime_is_no_party_accusing_another(sentence: str, theatre: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army called on civilians to leave the streets of the district at once.", "lebanon"),
        ("Leaflets urged villagers not to vote in the coming election.", "peru"),
        ("The rebels have urged residents to build bomb shelters near their homes.", "myanmar"),
    ],
)
def test_civilians_told_what_to_do_are_no_diplomatic_statement(sentence: str, theatre: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, theatre)


def test_concern_an_incident_raised_is_no_statement() -> None:
    text = "The strike has once again raised concerns about the fragile calm in the south."
    assert T.DIPLOMATIC_STATEMENT not in types(text, "israel-lebanon")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The district has witnessed a series of attacks since the spring.", "india-pakistan"),
        ("The latest upsurge in armed attacks has driven thousands from their homes.", "chad"),
        ("Clashes over land are not new to the valley.", "afghanistan-pakistan"),
        ("Roadside bomb attacks are the trademark of the group.", "cameroon"),
        ("The army has been facing sporadic attacks in the mountains.", "algeria"),
        ("The front has a long history of ambushes and raids along the southern road.", "iran"),
        ("Kismayo is a known target for al-Shabab militants battling the government.", "somalia"),
        ("The northern districts of Benin are suffering attacks and incursions from jihadist groups.", "benin"),
        ("The camp near Sinjar was used by the militants to plan and execute attacks against soldiers.", "iraq"),
        ("Karen armed groups have battled the military in Kayin state since independence for autonomy.", "myanmar"),
    ],
)
def test_a_trend_or_a_record_of_attacks_is_no_attack(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Two drones crashed into private homes in the Proletarsky district on Tuesday.", "russia-ukraine"),
        ("Suspected insurgents torched 20 cell phone towers in Pattani on Friday.", "thailand"),
    ],
)
def test_drones_that_crashed_into_homes_and_cell_phone_towers_torched(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("An artillery unit fires during a military drill near Katzrin on Tuesday.", "israel-lebanon"),
        ("A Russian aerial assault on Kharkiv injured 30 people on Tuesday.", "russia-ukraine"),
    ],
)
def test_fire_in_a_drill_and_an_aerial_assault_are_no_ground_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_parties_complying_with_a_truce_is_a_truce_in_effect() -> None:
    text = "Both sides said on Tuesday they were complying with the ceasefire announced by the mediators."
    assert T.CEASEFIRE_IN_EFFECT in types(text, "russia-ukraine")


def test_an_alleged_violation_while_the_truce_holds() -> None:
    found = types("The truce was holding on Thursday, though each side alleged minor violations.", "sudan")
    assert found >= {T.CEASEFIRE_IN_EFFECT, T.CEASEFIRE_VIOLATION}


# Warnings, curfews and threats by named officials; people returning home


def test_a_curfew_announced() -> None:
    assert T.THREAT_STATEMENT in types("Authorities imposed a 24-hour curfew in Latakia.", "syria")


def test_an_evacuation_order() -> None:
    assert T.THREAT_STATEMENT in types("The army ordered residents of 20 villages to evacuate.", "israel-lebanon")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ('The president called the attack "the most cowardly act of this war".', "russia-ukraine"),
        ('Jets flew close to a frigate, a move the defence ministry called "deliberately provocative".', "venezuela"),
        ("The militia's leader also slammed the attack on the embassy.", "iraq"),
        ("The peacekeeping mission issued a statement castigating the raid on Agok.", "south-sudan"),
        ("The president expressed his repudiation of the ambush on the soldiers.", "colombia"),
    ],
)
def test_an_attack_characterised_in_quotes_slammed_castigated_or_repudiated_is_a_statement(
    sentence: str, theatre: str
) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A rocket slammed into the embassy compound on Tuesday.", "iraq"),
        ('The aid agency described the situation in the camp as "dire".', "syria"),
    ],
)
def test_a_rocket_that_slammed_into_a_building_and_a_situation_described_are_no_statements(
    sentence: str, theatre: str
) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Rebel alliances have pledged to disrupt the vote in the areas they hold.", "myanmar"),
        ("The president hinted at military action if the talks failed.", "armenia-azerbaijan"),
        ('The minister said Tehran would "make the occupiers" who ordered the strike regret it.', "israel-iran"),
    ],
)
def test_a_vow_to_disrupt_a_hint_at_force_and_a_promise_of_regret_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The minister said those behind the ambush will not be spared.", "india-pakistan"),
        ("The rebels said they reserve the full right to respond to any attack.", "drc"),
        ("The government declared a state of siege in two municipalities on Monday.", "guatemala"),
        ('"Our operations will continue at a growing pace," the spokesman said.', "yemen"),
        ("The group called on civilians to evacuate the town at once.", "iran"),
        ("The minister warned that further raids could spark retaliation.", "israel-lebanon"),
        ("The government called on citizens to take up arms to defend the capital.", "ethiopia"),
        ("The jihadists announced a blockade of the region on Tuesday.", "sahel"),
    ],
)
def test_no_one_spared_a_right_to_respond_a_state_of_siege_operations_to_continue_and_a_blockade_are_threats(
    sentence: str, theatre: str
) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The president vowed to speed up the release of prisoners.", "afghanistan-pakistan"),
        ("The president has vowed to end the war in the east.", "russia-ukraine"),
        ("The protests threatened to plunge the country into a new cycle of instability.", "iraq"),
        ("Water shortages raise the risk of life-threatening diseases in the camps.", "drc"),
        ("Village elders in Kajuru voiced concern that the gunmen would launch new attacks.", "nigeria"),
        ("Traders fear that the rebels will strike the market again before the harvest.", "drc"),
    ],
)
def test_vows_of_peace_or_reform_and_threats_no_party_makes_are_no_threat(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT not in types(sentence, theatre)


def test_a_named_official_threatens() -> None:
    assert T.THREAT_STATEMENT in types("The defence minister vowed to retaliate for the attack.", "israel-iran")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels accused the air force of bombing a clinic in Kutum.",
        "Villagers have accused the militia of killing dozens of herders.",
        "Both sides blamed each other for the shelling near the border.",
        "Army sources blamed the paramilitaries for the blast at the depot.",
        "Residents were urged to stay indoors after the explosions.",
        "The group rejected the latest proposal and vowed to keep its weapons.",
    ],
)
def test_accusations_of_an_attack_blame_passive_urging_and_rejected_plans_are_no_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy blamed the government for the collapse of the process.",
        "The council urged both parties to return to the table.",
    ],
)
def test_political_blame_and_urging_remain_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister accused Khartoum of bad faith in the talks.",
        "Kinshasa has accused Kigali of backing the rebellion, a charge it denies.",
    ],
)
def test_an_accusation_between_the_parties_is_no_statement(sentence: str) -> None:
    # the labelling guide's statements condemn, urge, call for, welcome, demand or pledge; an accusation is the
    # parties' dispute (in the blind rounds 9 were labelled a statement and 34 were not)
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomorrow we will continue with the operation to clear the town, the rebel leader said.",
        "The minister said his country would exact a heavy price from the militia.",
        "Those attacks will not go unanswered, the army said on Telegram.",
        "Tehran would face serious consequences, the envoy told reporters.",
        "The navy pledged not to halt its patrols until the raids cease.",
        "The movement said it threatened to respond with force to the killing.",
        "Jets struck the depot after the army warned the militia to withdraw from the border.",
        "The council said it would defend the capital at all costs.",
    ],
)
def test_threats_told_as_a_price_consequences_an_answer_or_a_warning_to_stop(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "israel-iran")


def test_a_war_that_threatens_to_spill_over_is_no_threat() -> None:
    assert T.THREAT_STATEMENT not in types("Diplomats fear it threatens to spill over into Iraq.", "israel-iran")


@pytest.mark.parametrize(
    "sentence",
    [
        '"We condemn this reckless shelling of our villages," the foreign minister said.',
        'The envoy expressed his "deep concern" about the reports of shelling near the border.',
        "The prime minister expressed his rejection of the renewed fighting in the province.",
        "The ministry described the incident as a tragic and unwarranted escalation.",
        "The UN warned the fighting could spark a regional war.",
        "The president warned the neighbouring army against crossing the river.",
        "The government lodged a complaint with the Security Council over the incursion.",
        "Diplomats are in the region advocating for calm along the frontier.",
        "The statement followed a call by the defence minister for more pressure on the junta.",
    ],
)
def test_statements_in_everyday_wording(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "thailand-cambodia")


def test_a_warning_that_a_toll_could_grow_is_no_statement() -> None:
    text = "The premier warned that the number of dead could grow as bodies are identified."
    assert T.DIPLOMATIC_STATEMENT not in types(text, "thailand-cambodia")


def test_a_displacement_total_since_fighting_escalated_months_ago_is_news() -> None:
    text = "Since fighting escalated in May 2023, some 90,000 people have been displaced in Rakhine State."
    assert one(text, T.DISPLACEMENT_REPORT, "myanmar").counts.displaced == 90000


def test_people_returning_home_are_displacement_news() -> None:
    back = one("About 300,000 people have returned to their homes in northern Gaza.", T.DISPLACEMENT_REPORT)
    assert back.counts.displaced == 300_000


def test_villagers_forced_out_of_their_homes_are_displaced() -> None:
    sentence = "The raids forced some 3,500 villagers out of their homes in Shiroro on Tuesday."
    assert one(sentence, T.DISPLACEMENT_REPORT, "nigeria").counts.displaced == 3500


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Six policemen were killed in a bombing at the Ismailia security headquarters on Monday.", "egypt"),
        ("An attempted lorry bombing in Rafah was foiled on Monday.", "egypt"),
    ],
)
def test_a_bombing_at_a_building_or_by_lorry_is_on_the_ground_not_from_the_air(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


def test_a_bombing_at_a_headquarters_is_a_ground_attack() -> None:
    found = types("Six policemen were killed in a bombing at the Ismailia security headquarters on Monday.", "egypt")
    assert T.GROUND_CLASH in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve police stations and four churches have been attacked in Minya since Wednesday.",
        "Machine gun fire was heard in central Cairo on Friday afternoon.",
        "A second explosion apparently targeted police vehicles near a metro station in Giza.",
    ],
)
def test_buildings_that_have_been_attacked_gunfire_heard_and_a_blast_that_apparently_targeted_are_clashes(
    sentence: str,
) -> None:
    assert T.GROUND_CLASH in types(sentence, "egypt")


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Jean Baptiste assassinated in attack on his residence",
        "The mayor was slain in an attack on his private residence in Petion-Ville early on Wednesday.",
    ],
)
def test_an_attack_on_someones_home_is_a_ground_attack_not_an_air_strike(sentence: str) -> None:
    found = types(sentence, "haiti")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Police officers inspect the site of a car bomb explosion in Peshawar on Wednesday.",
        "Mourners hold a vigil near the scene of a bomb attack in Lahore, Pakistan, on Tuesday.",
        "Rescuers search for the victims of two bomb blasts at a market in Quetta.",
    ],
)
def test_a_caption_at_the_scene_of_a_bombing_is_no_new_attack(sentence: str) -> None:
    found = types(sentence, "afghanistan-pakistan")
    assert T.GROUND_CLASH not in found
    assert T.AIR_STRIKE not in found


def test_a_caption_naming_the_scene_of_a_bombing_still_tells_it() -> None:
    assert T.GROUND_CLASH in types(
        "A general view shows the scene of a car bomb explosion in Quetta on Wednesday.", "afghanistan-pakistan"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Two loud explosions rocked a church in Kirkuk during the evening service on Sunday.",
        "The blasts struck early on Tuesday in the neighbourhoods of Sadr City and Shula, police said.",
        "Three more blasts hit near a crowded market in Baquba on Wednesday.",
    ],
)
def test_blasts_that_rocked_a_church_or_struck_a_neighbourhood_are_bombings_on_the_ground(sentence: str) -> None:
    found = types(sentence, "iraq")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_blasts_in_a_neighbourhood_with_missiles_named_are_still_air_strikes() -> None:
    found = types(
        "Explosions rocked Kyiv's neighbourhoods on Monday as Russian missiles struck the city.", "russia-ukraine"
    )
    assert T.AIR_STRIKE in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Israeli air force responded with an attack on the home of a Hamas commander in Rafah.",
        "The air force then struck two rocket launch sites near Beit Lahia.",
    ],
)
def test_an_air_force_that_attacked_made_an_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE in types(sentence)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("AN IRISH aid worker has been killed in an ambush near Djibo.", 1),
        ("AN AMERICAN soldier was killed when gunmen attacked the base near Gao.", 1),
    ],
)
def test_a_lead_set_in_capitals_is_counted_as_if_in_lower_case(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "sahel").counts.killed == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "“No French soldier was wounded,” an army spokesman told reporters on Saturday.",
        "No policeman was hurt in the attack on the convoy, the governor said.",
    ],
)
def test_no_soldier_wounded_is_nobody_hurt(sentence: str) -> None:
    assert T.CASUALTY_REPORT not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "At least six bombs going off in Yala on Friday wounded four rangers.",
        "A string of bomb and arson attacks struck tourist towns in Narathiwat on Thursday.",
    ],
)
def test_bombs_going_off_and_bomb_and_arson_attacks_are_bombings_on_the_ground(sentence: str) -> None:
    found = types(sentence, "thailand")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_bomb_threats_are_no_air_strike() -> None:
    assert T.AIR_STRIKE not in types("Bomb threats against Malaysia found in Johor on Friday", "malaysia")


def test_jets_that_have_since_attacked_a_position_made_an_air_strike_not_a_clash() -> None:
    found = types("French fighter jets have since attacked the rebel position near Konna.", "sahel")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


def test_bombings_told_by_where_they_took_place_are_clashes_in_each_place() -> None:
    found = [e for e in events("The bombings took place in Kirkuk and Tikrit on Thursday.", "iraq")]
    assert {e.location.name for e in found if e.type is T.GROUND_CLASH and e.location} >= {"Kirkuk", "Tikrit"}


def test_bombings_that_took_place_after_a_warning_name_no_place_of_the_warners() -> None:
    sentence = "Friday's bombings took place two days after the UK, France and the US warned of attacks."
    assert T.GROUND_CLASH not in types(sentence, "kenya")


def test_strikes_from_mortars_in_a_border_bulletin_are_projectile_fire_with_their_tally() -> None:
    event = one("In the Krasnopillia hromada, 12 strikes from mortars were recorded.", T.ROCKET_FIRE, "russia-ukraine")
    assert event.counts.projectiles == 12


def test_a_figure_measured_from_an_earlier_one_is_news_of_today_not_of_the_earlier_month() -> None:
    sentence = "The agency counted 41,000 displaced people in Haiti, a sharp increase from 26,500 in early January."
    assert one(sentence, T.DISPLACEMENT_REPORT, "haiti").counts.displaced == 41000


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Troops cleared hideouts in and around Kirta and Wulgo on Monday.", "nigeria"),
        ("Residents said fighting has been on between the army and the rebels in Paletwa since Friday.", "myanmar"),
        (
            "An explosion on the railway track derailed two carriages of a passenger train near Mastung.",
            "afghanistan-pakistan",
        ),
    ],
)
def test_hideouts_cleared_fighting_that_has_been_on_and_a_blast_on_a_railway_are_clashes(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_side_that_swept_into_a_town_fought_for_it() -> None:
    assert T.GROUND_CLASH in types("The rebels swept into the town of Bunia on Friday.", "drc")


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1,200 Kenyan troops have returned home from Mogadishu after a tour that cost 9 of their comrades.",
        "The new camp near Dadaab may soon exceed its capacity to hold 40,000 refugees.",
        "Police moved to stop the fighting between the two clans in Beledweyne on Sunday.",
    ],
)
def test_troops_back_from_a_mission_a_camp_capacity_and_a_force_that_moved_to_act_are_no_displacement(
    sentence: str,
) -> None:
    assert T.DISPLACEMENT_REPORT not in types(sentence, "somalia")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("Shelling on the district caused the displacement of some 3,100 people.", 3100),
        ("The school in Delmas now hosts about 700 IDPs.", 700),
        ("Around 15,000 residents moved from the town centre to the coast because of the fighting.", 15_000),
        ("More than 40,000 people from the border region have sought protection in Chad.", 40_000),
    ],
)
def test_displacement_told_as_a_movement_or_a_shelter(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "sudan").counts.displaced == displaced


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Militiamen massacred 31 villagers with machetes near Djugu.", 31),
        ("At least nine people were burned alive when their huts were set on fire.", 9),
        ("The civil war has killed more than 3,00,000 people, the monitor said.", 300_000),
    ],
)
def test_killings_by_other_verbs_and_south_asian_figures(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "drc").counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Another Palestinian was killed in Jenin hours earlier, the ministry said.", 1, None),
        ("A 58-year-old woman suffered a shrapnel injury in her yard in Kherson.", None, 1),
    ],
)
def test_another_victim_and_one_injury_suffered(sentence: str, killed: int | None, injured: int | None) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, "west-bank")
    assert (toll.counts.killed, toll.counts.injured) == (killed, injured)


def test_deaths_from_hunger_are_no_toll_of_war() -> None:
    text = "Three more infants have died of dehydration, bringing to 12 such child fatalities so far."
    assert T.CASUALTY_REPORT not in types(text)


def test_wounds_sustained_are_injuries() -> None:
    toll = one("Four children at the clinic sustained wounds from the blast in Jabalia.", T.CASUALTY_REPORT)
    assert (toll.counts.injured, toll.counts.children) == (4, 4)


def test_a_mandatory_evacuation_is_announced() -> None:
    assert T.THREAT_STATEMENT in types("Authorities announced a mandatory evacuation of Pokrovsk.", "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "The blast caused extensive damage to nearby homes in Mogadishu.",
        "Harm was also done to the hospital building in Beit Lahia.",
        "An artillery shell struck several civilian homes in Samrong district.",
    ],
)
def test_damage_told_without_a_damage_verb(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "somalia")


@pytest.mark.parametrize(
    "sentence",
    [
        "A glide bomb dropped by Russian jets hit a supermarket in Kharkiv on Friday.",
        "Shells fired by the militia struck a crowded market in the south of the city.",
        "Officials said a shell hitting a home in Kherson wounded two women.",
        "The terminal in Odesa sustained damages in the attack, the operator said.",
        "Residents returned to inspect the damage on their street in Sumy.",
        "Missiles destroyed a telecommunications tower near Izium overnight.",
    ],
)
def test_damage_told_a_clause_from_the_projectile_or_as_damage_sustained(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "A drone fell near Izmail but did not cause significant damage, officials said.",
        "Floods also destroyed roads and bridges across the province of Odesa.",
        "A blackout of internet services hit Kharkiv for six hours.",
    ],
)
def test_damage_denied_done_by_the_weather_or_to_the_internet_is_no_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "russia-ukraine")


def test_fighting_that_stopped_when_a_truce_was_agreed_is_a_truce_in_effect() -> None:
    assert T.CEASEFIRE_IN_EFFECT in types("The clashes stopped when both militias agreed to a ceasefire.", "libya")


def test_a_drone_targeting_a_car() -> None:
    assert T.AIR_STRIKE in types(
        "An Israeli drone targeting a car in the village of Khiam killed two men.", "israel-lebanon"
    )


def test_grad_missiles_are_rocket_fire_and_bombarding_with_mortars_no_air_strike() -> None:
    grad = types("Haftar's forces fired more than 50 Grad missiles at Tripoli's airport.", "libya")
    assert T.ROCKET_FIRE in grad
    assert T.AIR_STRIKE not in grad
    mortars = types("Gunmen bombarded the army post with shells and mortars near Inates.", "sahel")
    assert T.AIR_STRIKE not in mortars


@pytest.mark.parametrize(
    "sentence",
    [
        "A barrage of rocket attacks reached Ashkelon overnight.",
        "Israel struck back in retaliation for rockets fired toward the Golan Heights.",
    ],
)
def test_rocket_attacks_and_rockets_fired_toward_a_place(sentence: str) -> None:
    assert T.ROCKET_FIRE in types(sentence)


def test_a_shooting_attack_is_a_clash_and_its_murdered_victims_a_toll() -> None:
    text = "Three Israelis were murdered in a shooting attack near Huwara."
    assert {T.GROUND_CLASH, T.CASUALTY_REPORT} <= types(text, "west-bank")
    assert one(text, T.CASUALTY_REPORT, "west-bank").counts.killed == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting has spread to the Darfur region, witnesses said.",
        "Skirmishes occurred near two villages north of Maungdaw.",
    ],
)
def test_fighting_that_spreads_and_skirmishes_that_occur(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting also continued in several villages near Kosti.",
        "Fighting reportedly broke out around Babanusa at dawn.",
        "Battles continue to be reported in the hills east of Kadugli.",
        "Fighting was reported in Sennar and the villages around it.",
        "The army said it was intensifying operations around Wad Madani.",
        "Soldiers raided Kutum and its market before withdrawing.",
    ],
)
def test_fighting_told_with_an_adverb_as_reported_or_as_a_raid_on_a_town(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The pause brought the first halt in fighting in Darfur for a month.",
        "The accord aims to end years-long fighting in the region around Kadugli.",
        "Nurses in Kosti are fighting for every life they can save.",
        "Crews were fighting to contain the blaze at the depot in Kosti.",
        "Images showed the burned shells of cars outside the market in Kosti.",
        "Tags: sudan | shelling | darfur",
        "Sudan: Kosti Clashes Situation Report No. 7 (as of 12 March 2024)",
    ],
)
def test_a_halt_in_fighting_fighting_for_lives_and_tag_lines_are_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting resumed in Kosti on Friday soon after the pause expired.",
        "Troops were opening fire with mortars on the militia near Kosti.",
        "Witnesses heard automatic weapons fire near the bridge in Kosti.",
        "The army fired back with heavy weapons from inside Kosti.",
        "The militia resorted to unprovoked firing across the river at Kosti.",
    ],
)
def test_fighting_resumed_and_fire_named_by_its_weapons(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "An artillery shell struck two houses in Kosti on Monday.",
        "Later that morning it attacked the Jebel Aulia Mile Six army base.",
        "Military operations are ongoing around the bases near Kosti, the army said.",
        "The army carried out targeted operations in the market area of Kosti.",
    ],
)
def test_a_shell_that_struck_a_long_named_base_and_operations_under_way(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "sudan")


def test_outposts_coming_under_attack_are_a_clash() -> None:
    text = "The army said its outposts in Kutum came under \u201dsimultaneous attacks\u201d early Tuesday."
    assert T.GROUND_CLASH in types(text, "sudan")
    assert T.AIR_STRIKE not in types(text, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "During the clash, a helicopter fired rockets to cover the retreat near Kosti.",
        "Two more soldiers were later reported dead in the battle near Kosti.",
        "At dawn some 40 jets launched a coordinated assault on depots near Kosti.",
    ],
)
def test_a_clash_referred_back_to_and_an_assault_by_aircraft_are_no_new_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "sudan")


def test_attackers_on_motorcycles_storming_a_police_station_fight_on_the_ground() -> None:
    text = "Dozens of assailants on motorcycles attacked a police station in Dori on Friday."
    assert T.GROUND_CLASH in types(text, "sahel")
    assert T.AIR_STRIKE not in types(text, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "The junta declared martial law in Mindat on Thursday.",
        "The rebels imposed travel restrictions on northern Maungdaw.",
    ],
)
def test_martial_law_and_travel_bans_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "myanmar")


def test_a_ceasefire_with_effect_from_a_midnight() -> None:
    text = "Both armies agreed to strict observance of the cease firing along the LoC with effect from midnight."
    assert T.CEASEFIRE_IN_EFFECT in types(text, "india-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Oman and Qatar have been facilitating indirect negotiations between the two sides.",
        "The accord was signed after four months of talks in Doha.",
        "Officials said discussions will continue with the other side next week.",
        "Envoys are in the region advocating for a truce in the north.",
        "He said both leaders agreed to quickly work out a ceasefire.",
    ],
)
def test_talks_told_as_a_process(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "thailand-cambodia")


def test_military_commanders_holding_discussions_are_talks() -> None:
    text = "The two army chiefs held discussions on the ceasefire along the Line of Control."
    assert T.CEASEFIRE_TALKS in types(text, "india-pakistan")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Militiamen massacred 23 villagers near Djugu on Sunday.", 23),
        ("Gunmen abducted 40 passengers from a bus in Zamfara.", None),
        ("Fighters executed 12 civilians in the town square.", 12),
        ("Displaced women reported sexual violence in the camps around Goma.", None),
    ],
)
def test_violence_aimed_at_civilians_is_its_own_type(sentence: str, killed: int | None) -> None:
    found = one(sentence, T.VIOLENCE_AGAINST_CIVILIANS, "drc")
    assert found.counts.killed == killed


def test_soldiers_killed_in_battle_are_no_violence_against_civilians() -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types("Rebels killed 12 soldiers in a battle near Rutshuru.", "drc")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("The offensive has forced another 80,000 people to flee their homes.", 80_000),
        ("Over 9,500 new IDPs from Mocimboa arrived to safer areas this week.", 9_500),
        ("Almost 6,300 people arrived at the transit centre in Zaporizhzhia.", 6_300),
        ("Volunteers helped evacuate 212 people from villages near the front.", 212),
        ("UN: 40,000 flee from Kupiansk as Russian attacks intensify", 40_000),
        ("The shelling resulted in the evacuation of some 300 families from Vovchansk.", 300),
    ],
)
def test_people_forced_to_flee_arriving_or_evacuated(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "russia-ukraine").counts.displaced == displaced


def test_mortars_used_are_rocket_fire() -> None:
    assert T.ROCKET_FIRE in types("Government forces used mortars against the village overnight.", "armenia-azerbaijan")


def test_a_truce_that_took_force_and_one_that_was_announced() -> None:
    kinds = types("The truce, which was announced on Saturday, took force at midnight.", "armenia-azerbaijan")
    assert {T.CEASEFIRE_AGREED, T.CEASEFIRE_IN_EFFECT} <= kinds


def test_rockets_are_not_also_an_air_strike_by_the_model() -> None:
    kinds = types("Eight Katyusha rockets landed in the Green Zone near the embassy on Sunday.", "iraq")
    assert T.ROCKET_FIRE in kinds
    assert T.AIR_STRIKE not in kinds


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("The fighting near Bunagana claimed two soldiers on Sunday.", "killed", 2),
        ("Four protesters were hit by rubber bullets in Myitkyina.", "injured", 4),
        ("Rebels killed 40 Syrian military in the counter-attack near Saraqib.", "killed", 40),
    ],
)
def test_tolls_told_by_other_verbs(sentence: str, field: str, value: int) -> None:
    assert getattr(one(sentence, T.CASUALTY_REPORT, "syria").counts, field) == value


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("Nearly 90,000 people had crossed to neighbouring countries by Monday.", 90_000),
        ("About a million people are fleeing the fighting in Idlib.", 1_000_000),
        ("Half a million people have fled the city since the offensive began.", 500_000),
    ],
)
def test_crossings_and_figures_in_words(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "syria").counts.displaced == displaced


def test_factories_set_on_fire_and_small_arms_used() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types("Two factories in Hlaing Tharyar had been set on fire.", "myanmar")
    assert T.GROUND_CLASH in types("Near Starohnativka the enemy used small arms overnight.", "russia-ukraine")


# Background and description are not events


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents walked through the heavily bombed city.",
        "The bridge, destroyed in 1993, was never rebuilt.",
        "In 2014, he said, air strikes had flattened the neighbourhood.",
        "He called the decision a violation of international law.",
        "The earthquake's death toll rose to 3,000.",
        "Drivers now pay a road toll of 20 dollars.",
    ],
)
def test_background_and_description_make_no_event(sentence: str) -> None:
    kinds = types(sentence, "syria")
    assert not kinds & {T.AIR_STRIKE, T.INFRASTRUCTURE_DAMAGE, T.CASUALTY_REPORT, T.CEASEFIRE_VIOLATION}, kinds


def test_a_spokesmans_briefing_is_not_a_un_session() -> None:
    assert T.UN_SESSION not in types("A UN spokesman told a briefing in New York that aid was running out.")


def test_a_truce_mentioned_as_background_is_not_a_ceasefire_event() -> None:
    kinds = types("Since the truce collapsed last year, the town has been rebuilt.", "sudan")
    assert not kinds & {T.CEASEFIRE_AGREED, T.CEASEFIRE_IN_EFFECT, T.CEASEFIRE_TALKS}


def test_a_month_named_long_before_publication_is_background() -> None:
    assert not events("In December, the army killed 80 fighters near Djibo.", "sahel")  # published in March
    assert events("Since January, the army has killed 80 fighters near Djibo.", "sahel")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "The rebels, who stormed the provincial capital in October 2022, freed 30 captives near Goma.",
            T.GROUND_CLASH,
        ),
        (
            "The militia, which attacked the army base at Kamanyola in June 2023, said it would hold talks.",
            T.GROUND_CLASH,
        ),
        ("The movement, which carried out the bombing of a market in March 2021, denied any role.", T.AIR_STRIKE),
    ],
)
def test_a_relative_clause_dated_long_before_is_background(sentence: str, absent: EventType) -> None:
    assert absent not in types(sentence, "drc")


def test_a_relative_clause_dated_this_week_still_tells_news() -> None:
    assert T.GROUND_CLASH in types(
        "The rebels, who stormed the provincial capital on Tuesday, freed 30 captives.", "drc"
    )


@pytest.mark.parametrize(
    "headline", ["4 rebels killed in Kalehe army operation", "Five dead in military offensive vs militants in Sulu"]
)
def test_a_headlines_toll_of_an_army_operation_or_offensive_is_fighting(headline: str) -> None:
    assert T.GROUND_CLASH in types(headline, "drc")


def test_the_bombing_of_an_article_that_tells_a_bomb_set_off_on_the_ground_is_no_air_strike() -> None:
    text = (
        "A roadside bomb hit a patrol near Yala on Monday, wounding four rangers. "
        "Police are still hunting the men behind the bombing."
    )
    assert T.AIR_STRIKE not in {e.type for e in events(text, "thailand")}
    told_from_the_air = "Jets struck a market in Maarat al-Numan on Monday. The bombing killed nine people."
    assert T.AIR_STRIKE in {e.type for e in events(told_from_the_air, "syria")}
    told_after = (
        "The bombing near the cattle market in Maiduguri killed 12 people. Police said a suicide bomber set it off."
    )
    assert T.AIR_STRIKE not in {e.type for e in events(told_after, "nigeria")}


def test_protestors_spelled_with_an_o_are_protesters() -> None:
    assert T.CIVIL_UNREST in types("Police shot at unarmed protestors in Kisumu on Monday.", "kenya")
    toll = one("An unarmed protestor was shot and killed by a police officer in Kisumu.", T.CASUALTY_REPORT, "kenya")
    assert toll.counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The Houthis said they had targeted a Liberian-flagged container ship in the Gulf of Aden on Sunday.",
        "On Friday the Houthis also attacked a Panama-flagged coal carrier near the port of Hodeidah.",
    ],
)
def test_the_houthis_attacks_on_ships_are_strikes_from_the_air(sentence: str) -> None:
    assert T.AIR_STRIKE in types(sentence, "yemen")


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces shelled Nikopol with multiple launch rocket systems overnight.",
        "The villages of Bilozerka and Kizomys came under fire from multiple launch rocket systems.",
    ],
)
def test_fire_from_multiple_launch_rocket_systems_is_rocket_fire(sentence: str) -> None:
    assert T.ROCKET_FIRE in types(sentence, "russia-ukraine")


def test_people_displaced_by_fighting_at_a_place_named_tell_the_fighting_there() -> None:
    text = "Some 12,000 people have been displaced by heavy fighting in Pibor county since Monday, the UN said."
    assert {T.DISPLACEMENT_REPORT, T.GROUND_CLASH} <= types(text, "south-sudan")
    assert T.GROUND_CLASH not in types("Families displaced by the fighting are sheltering in schools.", "south-sudan")


def test_an_air_interdiction_executed_is_a_strike_from_the_air_and_no_execution() -> None:
    text = "To protect civilians, the air force executed an air interdiction on a militant camp at Kirawa on Sunday."
    found = types(text, "nigeria")
    assert T.AIR_STRIKE in found
    assert T.VIOLENCE_AGAINST_CIVILIANS not in found


def test_civilians_killed_in_a_strike_are_its_toll_not_violence_against_civilians() -> None:
    from_afar = types(
        "The governor condemned the killing of three civilians in a drone strike on Pibor.", "south-sudan"
    )
    assert T.VIOLENCE_AGAINST_CIVILIANS not in from_afar
    at_hand = types("Gunmen were blamed for the killing of 12 civilians in Yei on Monday.", "south-sudan")
    assert T.VIOLENCE_AGAINST_CIVILIANS in at_hand


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A second raid was carried out at the Nur Shams camp on Tuesday.", "west-bank"),
        (
            "According to the military, an intelligence based operation was conducted by the security forces in the "
            "Datta Khel area of North Waziristan.",
            "afghanistan-pakistan",
        ),
        (
            "During the operation, own troops effectively engaged the terrorists' location, as a result of which four "
            "were killed.",
            "afghanistan-pakistan",
        ),
    ],
)
def test_a_raid_or_operation_told_in_the_passive_and_a_location_engaged_are_fighting(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)
    quiet = "Before the operation was carried out, intelligence showed the militants had moved to Datta Khel."
    assert T.GROUND_CLASH not in types(quiet, "afghanistan-pakistan")


def test_hezbollah_s_drones_are_strikes_from_the_air_its_rockets_rocket_fire() -> None:
    drones = types(
        "Hezbollah said it launched explosive drones at an army base near Metula on Monday.", "israel-lebanon"
    )
    assert T.AIR_STRIKE in drones
    rockets = types("Hezbollah said it fired a barrage of rockets at Kiryat Shmona on Monday.", "israel-lebanon")
    assert T.ROCKET_FIRE in rockets


@pytest.mark.parametrize(
    "sentence",
    [
        "A junta fighter jet strafed the market in Demoso with machinegun fire on Sunday.",
        "Army helicopters shot at the village of Kyadet on Sunday afternoon.",
    ],
)
def test_aircraft_firing_their_guns_strike_from_the_air(sentence: str) -> None:
    assert T.AIR_STRIKE in types(sentence, "myanmar")


def test_police_clashing_with_a_group_of_armed_gunmen_fought_them_in_the_town_named() -> None:
    text = "State police clashed with a group of heavily armed gunmen from the Cartel of the Gulf in Piedras Negras."
    found = [e for e in events(text, "mexico") if e.type is T.GROUND_CLASH]
    assert found
    assert T.CIVIL_UNREST not in types(text, "mexico")
    assert found[0].location is not None
    assert found[0].location.name != "Cartel"


@pytest.mark.parametrize(
    ("text", "theatre"),
    [
        ("A spokesman told reporters that the fighters took the strategic town of Kitchanga in the afternoon.", "drc"),
        ("The army said its units liberated the village of Kurylivka in the Kharkiv region.", "russia-ukraine"),
        ("Assault units established control over the settlement of Pishchane, the ministry said.", "russia-ukraine"),
        ("Government forces entered Kafr Nabl in southern Idlib, a war monitor said.", "syria"),
    ],
)
def test_a_town_taken_liberated_or_brought_under_control_was_fought_for(text: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(text, theatre)


def test_bombers_who_blew_themselves_up_bombed_on_the_ground() -> None:
    assert T.GROUND_CLASH in types("The bomber blew himself up at the entrance of a market in Maiduguri.", "nigeria")
    text = (
        "Four suicide bombers struck the village of Qaa at dawn on Monday. "
        "The first bomber was confronted by a resident, and the other three set off their bombs one after another."
    )
    assert T.AIR_STRIKE not in {e.type for e in events(text, "lebanon")}


@pytest.mark.parametrize(
    ("after", "breached"),
    [
        ("Breaches have been reported around the city, the government said.", True),
        ("Rights groups documented human rights violations in the city's prisons.", False),
        ("The army said the front had been quiet and no violations were reported.", False),
    ],
)
def test_breaches_told_after_a_truce_are_its_violation(after: str, breached: bool) -> None:
    text = f"A truce between the two sides took effect in Marib on Sunday. {after}"
    assert (T.CEASEFIRE_VIOLATION in {e.type for e in events(text, "yemen")}) is breached


@pytest.mark.parametrize(
    "sentence",
    [
        "A complete blackout has been enforced in Jammu as a precautionary measure, an official said.",
        "Explosions were heard amid a blackout in Amritsar on Saturday night.",
    ],
)
def test_a_blackout_ordered_for_safety_is_no_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "india-pakistan")


def test_a_weeks_old_event_is_dated_to_its_own_day() -> None:
    strike = one("On March 2, an air strike hit Rafah.", T.AIR_STRIKE)
    assert PUBLISHED - strike.occurred_at > timedelta(days=10)


def test_no_trigger_runs_two_triggers_together() -> None:
    """Two adjacent string literals without a comma between them make one trigger that
    matches neither phrase: the tell-tale is a word boundary doubled."""
    from producers.extract.patterns import PATTERNS

    for pattern in PATTERNS:
        for trigger in pattern.triggers:
            assert r"\b\b" not in trigger.pattern, pattern.id


def test_tolls_for_several_places_in_one_sentence_are_an_event_each() -> None:
    tolls = [e for e in events("Rebels killed 38 people in Mukondi and eight in Mausa.", "drc") if e.counts.killed]
    assert sorted((e.location.name if e.location else "", e.counts.killed) for e in tolls) == [
        ("Mausa", 8),
        ("Mukondi", 38),
    ]


def test_a_toll_given_place_by_place_counts_each_part_as_the_first_part_does() -> None:
    text = (
        "Seven protesters were shot dead in Caracas on Monday, three in the state of Zulia (west), two in Barinas "
        "and one in Merida."
    )
    tolls = [e for e in events(text, "venezuela") if e.type is T.CASUALTY_REPORT]
    assert [(e.location.name if e.location else "", e.counts.killed) for e in tolls] == [
        ("Caracas", 7),
        ("Zulia", 3),
        ("Barinas", 2),
        ("Merida", 1),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday the army carried out its deepest airstrike inside Syria since the 2011 war.",
        "Jets bombed Idlib on Monday, the heaviest raids on the city since 2020.",
        "Jets struck Raqqa on Friday in the first Israeli air strikes there since 2019.",
    ],
)
def test_a_strike_that_sets_a_record_since_a_past_year_is_news(sentence: str) -> None:
    assert T.AIR_STRIKE in types(sentence, "syria")


def test_a_toll_of_a_battle_in_a_past_year_stays_background() -> None:
    text = "The raid is the first since the 2012 Battle of Homs, when 40 soldiers were killed."
    assert T.CASUALTY_REPORT not in types(text, "syria")


def test_a_fact_told_on_a_day_months_before_the_report_is_background() -> None:
    assert T.CASUALTY_REPORT not in types("Gunmen killed 300 people on Nov. 9 in the border villages.")
    assert T.CASUALTY_REPORT in types("Gunmen killed 30 people on March 9 in the border villages.")
    assert T.CASUALTY_REPORT in types("From Nov. 9 to March 9, 300 people were killed in the border villages.")


def test_a_sentence_naming_no_place_happened_where_the_text_last_named_one() -> None:
    text = "Shelling hit Kherson on Monday morning. Two people were wounded, the governor said."
    toll = one(text, T.CASUALTY_REPORT, "russia-ukraine")
    assert toll.location is not None
    assert toll.location.name == "Kherson"


@pytest.mark.parametrize("verb", ["struck", "hit", "has launched"])
def test_a_country_named_as_the_party_that_acts_is_not_where_it_happened(verb: str) -> None:
    text = f"Air raid sirens sounded across Odesa overnight. On Sunday Russia {verb} eight missiles at the port."
    strike = one(text, T.AIR_STRIKE, "russia-ukraine")
    assert strike.location is not None
    assert strike.location.name == "Odesa"


@pytest.mark.parametrize("party", ["by mortar shells fired from Pakistan", "in a truce violation by Pakistan"])
def test_a_country_named_as_the_party_by_or_from_which_it_came_is_not_where_it_happened(party: str) -> None:
    text = f"Shelling hit villages in Poonch on Monday. Two civilians were wounded {party}."
    toll = one(text, T.CASUALTY_REPORT, "india-pakistan")
    assert toll.location is not None
    assert toll.location.name == "Poonch"


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the truce was violated, blaming Azerbaijan for the shelling.",
        "Azerbaijan’s army fired on the truce line again, violating the ceasefire.",
    ],
)
def test_a_country_blamed_or_whose_forces_act_is_not_where_it_happened(sentence: str) -> None:
    text = f"Shelling hit Stepanakert on Sunday. {sentence}"
    violation = one(text, T.CEASEFIRE_VIOLATION, "armenia-azerbaijan")
    assert violation.location is not None
    assert violation.location.name == "Stepanakert"


@pytest.mark.parametrize(
    ("text", "theatre", "place"),
    [
        (
            "MOPTI (Example Wire) – At least 12 villagers were killed when gunmen on motorbikes raided two farming "
            "hamlets in central Mali on Sunday.",
            "sahel",
            "central Mali",
        ),
        (
            "date 2024-03-14 IMPHAL: Two people were killed and six others were injured when militants opened fire "
            "in Churachandpur on Sunday.",
            "india",
            "Churachandpur",
        ),
        (
            "KABUL, Afghanistan (Example Wire) — Twelve police officers were killed when insurgents stormed two "
            "checkpoints in Faryab on Sunday.",
            "afghanistan-pakistan",
            "Faryab",
        ),
        (
            "Kabul, March 14 (Example Wire) Twelve police officers were killed when insurgents stormed two "
            "checkpoints in Faryab on Sunday.",
            "afghanistan-pakistan",
            "Faryab",
        ),
        (
            "Kabul [Afghanistan], March 14 (EWN): Twelve police officers were killed when insurgents stormed two "
            "checkpoints in Faryab on Sunday.",
            "afghanistan-pakistan",
            "Faryab",
        ),
        (
            "GOMA, DR Congo - Rebels killed 12 people, the Democratic Republic of the Congo army said on Sunday.",
            "drc",
            "Goma",
        ),
        (
            "BEIRUT (Example Wire) - Air strikes killed 49 people in Lebanon on Monday, the health ministry said.",
            "israel-lebanon",
            "Lebanon",
        ),
        ("GOMA — Gunmen killed 12 people on Sunday.", "drc", "Goma"),
        (
            "GOMA — Gunmen killed 12 people on Sunday in a remote part of the Democratic Republic of the Congo.",
            "drc",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_a_dateline_city_is_where_the_lead_happened_only_when_it_names_no_other_place(
    text: str, theatre: str, place: str
) -> None:
    toll = one(text, T.CASUALTY_REPORT, theatre)
    assert toll.location is not None
    assert toll.location.name == place


@pytest.mark.parametrize(
    ("headline", "theatre"),
    [
        ("Rebels Attack Army Base in Rutshuru", "drc"),
        ("Militants storm police station in Bannu", "afghanistan-pakistan"),
        ("The ELN carries out attacks across Arauca", "colombia"),
    ],
)
def test_a_headlines_present_tense_attack_by_an_armed_group_is_ground_fighting(headline: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(headline, theatre)


def test_a_village_no_list_holds_is_still_where_it_happened() -> None:
    clash = one("Gunmen attacked the village of Kourakou on Sunday.", T.GROUND_CLASH, "sahel")
    assert clash.location is not None
    assert clash.location.name == "Kourakou"


def test_children_displaced_are_counted_as_children() -> None:
    sentence = "Some 9,000 people, including 4,000 children, fled their homes in Kalehe."
    flight = one(sentence, T.DISPLACEMENT_REPORT, "drc")
    assert (flight.counts.displaced, flight.counts.children) == (9000, 4000)


def test_people_named_in_a_list_opening_the_sentence_are_no_places() -> None:
    sentence = "Abdi Nur, Ali Hassan and Yusuf Ali were wounded in clashes in the neighbourhood of Jabal Mohsen."
    toll = one(sentence, T.CASUALTY_REPORT, "lebanon")
    assert toll.location is not None
    assert (toll.location.name, toll.counts.injured) == ("Jabal Mohsen", 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Army troops clashed with rebels in the Municipality of Datu Kanor.",
        "Army troops clashed with rebels in the barangay of Datu Kanor.",
    ],
)
def test_a_municipality_or_barangay_of_a_named_place_is_that_place(sentence: str) -> None:
    clash = one(sentence, T.GROUND_CLASH, "philippines")
    assert clash.location is not None
    assert clash.location.name == "Datu Kanor"


def test_the_district_of_a_named_place_is_that_place_not_the_word_before_district() -> None:
    clash = one("Gunmen attacked a market in the remote Malian district of Kobagou.", T.GROUND_CLASH, "sahel")
    assert clash.location is not None
    assert clash.location.name == "Kobagou"


@pytest.mark.parametrize(
    ("sentence", "theatre", "place"),
    [
        ("An attack by the NSAG in Meluco district was reported on Monday.", "mozambique", None),
        ("Gangs attacked the neighbourhoods of Solino and Bel-Air on Monday night.", "haiti", "Solino"),
        ("Bandits attacked a village in Gwoza on Monday.", "nigeria", "Gwoza"),
        ("Armed non-state actors attacked a mosque in the town of Djibo on Friday.", "sahel", "Djibo"),
        ("Russian forces stepped up their attacks on the Kupiansk front on Monday.", "russia-ukraine", "Kupiansk"),
        ("Over the past day Russian troops made 27 attacks on the Lyman front.", "russia-ukraine", "Lyman"),
    ],
)
def test_attacks_by_armed_groups_and_on_a_front_are_ground_fighting(
    sentence: str, theatre: str, place: str | None
) -> None:
    clash = one(sentence, T.GROUND_CLASH, theatre)
    assert T.AIR_STRIKE not in types(sentence, theatre)
    if place is not None:
        assert clash.location is not None
        assert clash.location.name == place


@pytest.mark.parametrize(
    ("text", "theatre", "places"),
    [
        (
            "They attacked Kaura town, Dogo, Gidan Bawa and Tudun Wada villages on Thursday.",
            "nigeria",
            ["Kaura", "Dogo", "Gidan Bawa", "Tudun Wada"],
        ),
        (
            "Russian troops shelled Ukraine's south on Monday. Bilozerka, Antonivka, Sadove and Tiahynka came under "
            "enemy attacks.",
            "russia-ukraine",
            ["Bilozerka", "Antonivka", "Sadove", "Tiahynka"],
        ),
        (
            "Russian troops attacked the region overnight. The Khotin, Yunakivka, Bilopillia and Velyka Pysarivka "
            "communities were shelled.",
            "russia-ukraine",
            ["Khotin", "Yunakivka", "Bilopillia", "Velyka Pysarivka"],
        ),
        (
            "Separatist troops opened fire near Avdiivka (12 km north of Donetsk) and Vuhledar (50 km south-west of "
            "Donetsk) on Tuesday.",
            "russia-ukraine",
            ["Avdiivka", "Vuhledar"],
        ),
        (
            "Rebels clashed with troops in the towns of Datu Piang and Shariff Aguak in Maguindanao, as well as in "
            "the municipality of Pikit, on Monday.",
            "philippines",
            ["Datu Piang", "Shariff Aguak", "Pikit"],
        ),
    ],
)
def test_each_place_of_a_list_after_a_place_kind_or_opening_a_sentence_has_its_event(
    text: str, theatre: str, places: list[str]
) -> None:
    clashes = [e for e in events(text, theatre) if e.type is T.GROUND_CLASH and e.location is not None]
    assert [e.location.name for e in clashes if e.location.name in places] == places


def test_a_list_of_places_the_sentence_opens_with_outranks_a_place_after_the_trigger() -> None:
    text = "Army camps in Uri, Poonch and Rajouri were targeted by drones along the frontier in Jammu on Sunday."
    strikes = [e.location.name for e in events(text, "india-pakistan") if e.type is T.AIR_STRIKE and e.location]
    assert strikes == ["Uri", "Poonch", "Rajouri"]


def test_damage_counted_for_a_list_of_places_is_an_event_for_each_with_the_figure_on_the_first() -> None:
    text = "In Kherson, Mykolaiv and Odesa, 40 houses were damaged by shelling on Monday."
    damage = [e for e in events(text, "russia-ukraine") if e.type is T.INFRASTRUCTURE_DAMAGE and e.location]
    assert [(e.location.name, e.counts.buildings) for e in damage if e.location] == [
        ("Kherson", 40),
        ("Mykolaiv", None),
        ("Odesa", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type", "theatre"),
    [
        ("Protests were held in Multan, Jhang and Kasur on Friday.", T.CIVIL_UNREST, "afghanistan-pakistan"),
        ("Curfews were imposed in Imphal, Bishnupur and Thoubal on Sunday.", T.THREAT_STATEMENT, "india"),
        (
            "Troops violated the ceasefire in Poonch, Rajouri and Uri on Sunday.",
            T.CEASEFIRE_VIOLATION,
            "india-pakistan",
        ),
    ],
)
def test_unrest_curfews_and_truce_violations_listed_in_places_are_one_event_each(
    sentence: str, event_type: EventType, theatre: str
) -> None:
    places = [e.location.name for e in events(sentence, theatre) if e.type is event_type and e.location is not None]
    assert len(places) == 3


def test_a_small_place_of_a_country_the_article_does_not_name_still_locates_the_event() -> None:
    clash = one("Gunmen attacked a village in Mueda district on Monday.", T.GROUND_CLASH, "mozambique")
    assert clash.location is not None
    assert clash.location.name == "Mueda"


@pytest.mark.parametrize(
    ("sentence", "theatre", "counts"),
    [
        ("Junta troops shelled the village on Monday, injuring a Buddhist novice.", "myanmar", {"injured": 1}),
        ("An Israeli strike on Monday killed his son in Rafah.", "israel-gaza", {"killed": 1}),
        ("An Israeli strike on Monday killed a baby in Rafah.", "israel-gaza", {"killed": 1, "children": 1}),
        ("The shelling on Monday seriously injured a young girl under ten.", "myanmar", {"injured": 1, "children": 1}),
        ("Omar Khalil Saadi, a Hamas leader in Jenin, was killed in the strike on Monday.", "west-bank", {"killed": 1}),
        ("Abdi Nur and Hassan Ali were shot dead by gunmen in Mogadishu on Monday.", "somalia", {"killed": 2}),
        ("The army said it had killed Ali Hassan al-Jaber on Monday.", "israel-lebanon", {"killed": 1}),
    ],
)
def test_one_or_two_people_told_by_name_kinship_or_calling_are_a_toll(
    sentence: str, theatre: str, counts: dict[str, int]
) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.values() == counts


def test_people_in_a_place_named_after_a_kill_verb_are_not_one_named_victim() -> None:
    assert T.CASUALTY_REPORT not in types("An Israeli strike killed Gaza City residents on Monday.")


@pytest.mark.parametrize(
    ("sentence", "theatre", "place"),
    [
        ("Gang members burned homes, cars and shops in Carrefour on Monday.", "haiti", "Carrefour"),
        ("The blast on Monday shattered the windows of dozens of homes in Haifa.", "israel-iran", "Haifa"),
        (
            "Gunmen attacked the village of Kouri on Monday, killing four and burning several buildings.",
            "sahel",
            "Kouri",
        ),
        ("The shelling hit a family house on the outskirts of Atarib on Monday.", "syria", "Atarib"),
    ],
)
def test_homes_burned_hit_or_with_windows_shattered_are_damage(sentence: str, theatre: str, place: str) -> None:
    damage = one(sentence, T.INFRASTRUCTURE_DAMAGE, theatre)
    assert damage.location is not None
    assert damage.location.name == place


@pytest.mark.parametrize(
    ("sentence", "theatre", "displaced"),
    [
        ("There are now 362K internally displaced people in Darfur.", "sudan", 362_000),
        ("Some 1.2M people have fled their homes in Darfur.", "sudan", 1_200_000),
        ("An additional 4,000 people are seeking shelter in Kosti.", "sudan", 4_000),
        ("Aid teams recorded 331 individuals arriving in Pemba on Monday.", "mozambique", 331),
    ],
)
def test_people_arriving_or_seeking_shelter_and_figures_scaled_by_a_letter_are_displacement(
    sentence: str, theatre: str, displaced: int
) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, theatre).counts.displaced == displaced


@pytest.mark.parametrize(
    ("sentence", "theatre", "killed"),
    [
        ("Residents fled after the massacre of a dozen people in Kamango on Sunday.", "drc", 12),
        ("At the market, 70 shoppers were gunned down by gunmen on Saturday.", "sahel", 70),
    ],
)
def test_a_massacre_of_people_and_people_gunned_down_are_a_toll(sentence: str, theatre: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.killed == killed
    assert T.DISPLACEMENT_REPORT not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Gunmen took a woman hostage in Kibati on Saturday.", "drc"),
        ("Militants stormed the town on Saturday and killed dozens while abducting around another 40.", "sahel"),
        ("Fighters butchered villagers in their homes in Tarkint on Sunday.", "sahel"),
        ("On the way back the troops resorted to torturing anyone they found on the road.", "myanmar"),
        ("Gunmen raided two villages on Saturday night and took away 20 residents.", "nigeria"),
    ],
)
def test_hostage_taking_abductions_and_butchery_are_violence_against_civilians(sentence: str, theatre: str) -> None:
    one(sentence, T.VIOLENCE_AGAINST_CIVILIANS, theatre)


def test_people_abducted_are_not_counted_as_killed() -> None:
    sentence = "Militants stormed the town on Saturday and killed dozens while abducting around another 40."
    assert all(e.counts.killed != 40 for e in events(sentence, "sahel"))


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Separatists attacked Mbonge on Sunday, forcing about 2,500 people to displace.",
            "cameroon",
            T.DISPLACEMENT_REPORT,
        ),
        ("Separatists attacked Mbonge on Sunday, forcing about 2,500 people to displace.", "cameroon", T.GROUND_CLASH),
        (
            "The militia killed 30 civilians in Boga on Monday, torching down over 400 houses.",
            "drc",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        (
            "The bandits went about putting fire on shops in the community of Guga on Monday.",
            "nigeria",
            T.INFRASTRUCTURE_DAMAGE,
        ),
    ],
)
def test_forced_to_displace_separatists_attacking_and_torching_houses(
    sentence: str, theatre: str, expected: EventType
) -> None:
    one(sentence, expected, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected", "place"),
    [
        (
            "Gunships provided close air support to the troops in Talipao on Sunday.",
            "philippines",
            T.AIR_STRIKE,
            "Talipao",
        ),
        ("On Monday the Russian military attacked a hospital in Okhtyrka.", "russia-ukraine", T.AIR_STRIKE, "Okhtyrka"),
        (
            "Overnight Russian troops fired 25 times at border villages of the Sumy region.",
            "russia-ukraine",
            T.GROUND_CLASH,
            "Sumy region",
        ),
        ("Kadugli has fallen to the Rapid Support Forces after a long siege.", "sudan", T.GROUND_CLASH, "Kadugli"),
        (
            "The army issued a new call to evacuate the area of Tyre on Saturday.",
            "israel-lebanon",
            T.THREAT_STATEMENT,
            None,
        ),
        (
            "The rebels sent a message asking the population to remain indoors on Monday.",
            "cameroon",
            T.THREAT_STATEMENT,
            None,
        ),
    ],
)
def test_air_support_attacks_on_hospitals_shots_counted_falls_and_orders_to_residents(
    sentence: str, theatre: str, expected: EventType, place: str | None
) -> None:
    found = one(sentence, expected, theatre)
    if place is not None:
        assert found.location is not None
        assert found.location.name == place


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Al-Shabaab has been fighting the Somali government for years in a bid to impose its rule.", "somalia"),
        ("The army said the bodies of 90 militants had been found in recaptured areas.", "israel-gaza"),
    ],
)
def test_a_group_fighting_a_government_as_background_and_recaptured_areas_are_no_fighting(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_border_villages_elsewhere_are_not_the_gaza_border() -> None:
    clash = one(
        "Russian troops fired 25 times at border communities of the Sumy region.", T.GROUND_CLASH, "russia-ukraine"
    )
    assert clash.theatre == "russia-ukraine"
    assert clash.location is not None
    assert "Gaza" not in clash.location.name


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "Gunmen killed six farmers in the north-west, the scene of five years of unrest, officials said.",
            T.CIVIL_UNREST,
        ),
        ("That was when he was captured.", T.GROUND_CLASH),
        (
            "The bloc approved new sanctions, its 14th since Moscow launched its full-scale invasion of Ukraine.",
            T.GROUND_CLASH,
        ),
    ],
)
def test_unrest_as_background_a_person_captured_and_the_war_s_name_are_no_event(
    sentence: str, absent: EventType
) -> None:
    assert absent not in types(sentence, "russia-ukraine")


def test_a_right_to_respond_reserved_is_a_threat() -> None:
    one("London said it and its allies reserved the right to respond appropriately.", T.THREAT_STATEMENT, "yemen")


def test_each_community_of_a_bulletin_list_has_its_own_strike() -> None:
    text = (
        "Stetskivka community: a launch of guided aerial bombs (1 explosion) was recorded.\n"
        "Mykolaivka community: an attack by guided aerial bombs (2 explosions)."
    )
    strikes = [e for e in events(text, "russia-ukraine") if e.type is T.AIR_STRIKE]
    assert [e.location.name for e in strikes if e.location] == ["Stetskivka", "Mykolaivka"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sudan clashes live updates: talks to resume in Jeddah",
        "The SPLA-IO has clashed with the army for decades in Upper Nile.",
    ],
)
def test_a_live_page_s_title_and_fighting_for_decades_are_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Militants held over 300 people hostage after the hijacking of a passenger train near Sibi.",
            "afghanistan-pakistan",
            T.VIOLENCE_AGAINST_CIVILIANS,
        ),
        (
            "Unidentified gunmen kidnapped a number of truck drivers on Tuesday.",
            "ethiopia",
            T.VIOLENCE_AGAINST_CIVILIANS,
        ),
        (
            "Witnesses accused the militia of street killings and the rape of residents in Geneina.",
            "sudan",
            T.VIOLENCE_AGAINST_CIVILIANS,
        ),
        ("The report describes the killing of unarmed civilians in Baniyas.", "syria", T.VIOLENCE_AGAINST_CIVILIANS),
        ("Nine civilians were killed in armed attacks in Largu and Fataki on 7 March.", "drc", T.GROUND_CLASH),
        ("Dozens were killed in a jihadist attack near Djibo on Saturday.", "sahel", T.GROUND_CLASH),
        (
            "The army said its troops had started ground raids into parts of southern Lebanon.",
            "israel-lebanon",
            T.GROUND_CLASH,
        ),
        ("The RSF said on Monday it was capturing the town of En Nahud.", "sudan", T.GROUND_CLASH),
        ("Israeli planes struck the southern suburbs of Beirut overnight.", "israel-lebanon", T.AIR_STRIKE),
        ("The army told Lebanese residents to evacuate 20 villages on Monday.", "israel-lebanon", T.THREAT_STATEMENT),
        ("Saturday's strikes hit a tent and a house in Khan Younis.", "israel-gaza", T.INFRASTRUCTURE_DAMAGE),
        (
            "Residents were left with electricity and water cut off in rural Idlib on Monday.",
            "syria",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        ("The raid caused widespread destruction to homes and roads in Jenin.", "west-bank", T.INFRASTRUCTURE_DAMAGE),
    ],
)
def test_round_23_constructions(sentence: str, theatre: str, expected: EventType) -> None:
    one(sentence, expected, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "absent"),
    [
        ("Gunmen kidnapped 12 travellers near Fiche on Tuesday.", "ethiopia", T.GROUND_CLASH),
        ("A tanker was hit by a missile on Monday in another attack by Houthi militants.", "yemen", T.GROUND_CLASH),
        ("Aid agencies are vowing to scale up their work in Gaza under the deal.", "israel-gaza", T.THREAT_STATEMENT),
        (
            "As of 4 September, more than 20,000 cases including 300 deaths were registered in the province.",
            "drc",
            T.CASUALTY_REPORT,
        ),
        (
            "The ground invasion and bombardment of the south have displaced a million people.",
            "israel-lebanon",
            T.GROUND_CLASH,
        ),
        (
            "Witnesses reported abuses in the two areas where hundreds of people were killed.",
            "sudan",
            T.CASUALTY_REPORT,
        ),
    ],
)
def test_round_23_traps(sentence: str, theatre: str, absent: EventType) -> None:
    assert absent not in types(sentence, theatre)


def test_places_named_especially_are_listed_with_the_first() -> None:
    text = "Electricity and water were cut off on Monday in rural Idlib, especially in Sarmada and Kafr Takharim."
    damage = [e for e in events(text, "syria") if e.type is T.INFRASTRUCTURE_DAMAGE and e.location]
    assert [e.location.name for e in damage if e.location] == ["Idlib", "Sarmada", "Kafr Takharim"]


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A deadly ADF attack leaves eight dead in Beni.", "drc"),
        ("In nearby Um Sumeima, RSF attacks reportedly resulted in the deaths of 30 people.", "sudan"),
    ],
)
def test_an_attack_given_its_attacker_is_evidence_of_the_attack_and_of_its_toll(sentence: str, theatre: str) -> None:
    assert {T.GROUND_CLASH, T.CASUALTY_REPORT} <= types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The prime minister announced that a date has been set for the ground incursion into Rafah.", "israel-gaza"),
        ("The minister said he had told the army to reach its goals in Iran at any cost.", "israel-iran"),
        ("The army says it will do whatever is necessary to push the militia away from the border.", "israel-lebanon"),
        ("The bandits had issued a warning to three other villages.", "nigeria"),
    ],
)
def test_operations_given_a_date_goals_at_any_cost_and_warnings_to_villages_are_threats(
    sentence: str, theatre: str
) -> None:
    one(sentence, T.THREAT_STATEMENT, theatre)
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Areas west of Gaza City, including the Mawasi zones, were also attacked by Israel on Tuesday.",
            "israel-gaza",
            T.AIR_STRIKE,
        ),
        ("The army said it was now starting to attack western Iran on Tuesday.", "israel-iran", T.AIR_STRIKE),
        ("Tuesday's attacks have shattered the fragile two-month-old ceasefire.", "israel-gaza", T.CEASEFIRE_ENDED),
        (
            "The army ordered residents of the following areas to “evacuate immediately” on Tuesday.",
            "israel-gaza",
            T.THREAT_STATEMENT,
        ),
        ("The government is determined to eliminate the terrorists, the minister said.", "somalia", T.THREAT_STATEMENT),
        (
            "Monks said the hall of the monastery was completely destroyed on Friday.",
            "myanmar",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        (
            "Aid agencies reported escalating violence in Nasir, Ulang and Baliet counties on Monday.",
            "south-sudan",
            T.GROUND_CLASH,
        ),
    ],
)
def test_round_24_constructions(sentence: str, theatre: str, expected: EventType) -> None:
    one(sentence, expected, theatre)


def test_each_county_of_a_list_sharing_the_word_has_its_event() -> None:
    text = "Aid agencies reported escalating violence in Nasir, Ulang and Baliet counties on Monday."
    clashes = [e for e in events(text, "south-sudan") if e.type is T.GROUND_CLASH and e.location]
    assert [e.location.name for e in clashes if e.location] == ["Nasir", "Ulang", "Baliet"]


@pytest.mark.parametrize(
    ("sentence", "published", "absent"),
    [
        (
            "On 26 October, the paramilitary force overran Kadugli after a long siege.",
            datetime(2025, 12, 21, tzinfo=UTC),
            T.GROUND_CLASH,
        ),
        (
            "The region has seen a deadly May air strike on a school that killed 20 pupils.",
            datetime(2025, 7, 12, tzinfo=UTC),
            T.CASUALTY_REPORT,
        ),
        (
            "Russian strikes on the energy grid last winter left millions in the cold.",
            datetime(2024, 12, 7, tzinfo=UTC),
            T.AIR_STRIKE,
        ),
    ],
)
def test_facts_dated_long_before_in_the_sentence_s_own_words_are_background(
    sentence: str, published: datetime, absent: EventType
) -> None:
    found = read(sentence, ArticleMeta(published=published, theatre="sudan"))
    assert absent not in {e.type for e in found}


@pytest.mark.parametrize(
    ("sentence", "theatre", "absent"),
    [
        ("Survivors had to eat peanut shells to survive the siege.", "sudan", T.GROUND_CLASH),
        (
            "Officials typically mean the group when they say terrorists: it held the south before it was pushed back.",
            "somalia",
            T.GROUND_CLASH,
        ),
        ("Jihadists attacked the town on Sunday, killing several dozen people.", "sahel", T.CASUALTY_REPORT),
    ],
)
def test_round_24_traps(sentence: str, theatre: str, absent: EventType) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The government said it is negotiating a peace agreement with the rebels.", "colombia"),
        ("The warring parties agreed on Monday to open negotiations on a comprehensive peace agreement.", "drc"),
        ("The two ministers discussed on Monday the steps taken to end the war in Ukraine.", "russia-ukraine"),
        ("Negotiations remain ongoing, officials said on Monday.", "israel-gaza"),
    ],
)
def test_peace_deals_negotiated_and_negotiations_going_on_are_talks(sentence: str, theatre: str) -> None:
    one(sentence, T.CEASEFIRE_TALKS, theatre)


def test_an_army_responding_to_sources_of_fire_in_neighbourhoods_is_a_clash_in_each() -> None:
    sentence = "The army responded to sources of fire in the Tebbaneh, Qobbeh and Mankoubin neighbourhoods."
    clashes = [e for e in events(sentence, "lebanon") if e.type is T.GROUND_CLASH]
    assert sorted(e.location.name for e in clashes if e.location) == ["Mankoubin", "Qobbeh", "Tebbaneh"]


def test_missiles_told_as_launched_in_the_passive_are_a_strike_but_interceptors_are_not() -> None:
    strike = one("Three missiles were launched at Najran on Monday.", T.AIR_STRIKE, "yemen")
    assert strike.counts.projectiles == 3
    assert T.AIR_STRIKE not in types("Interceptor missiles were fired over Ashkelon.", "israel-gaza")


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defence units shot down several enemy aircraft-type drones over Kursk overnight.",
        "Air defences destroyed multiple drones over Kursk.",
    ],
)
def test_drones_downed_without_a_figure_are_a_strike(sentence: str) -> None:
    found = events(sentence, "russia-ukraine")
    assert [e.source.extractor for e in found if e.type is T.AIR_STRIKE] == ["air-strike"]


def test_drones_shot_down_over_listed_regions_are_strikes_on_each() -> None:
    text = "Overnight, 33 Shaheds were shot down over the Odesa and Kherson regions."
    strikes = [e for e in events(text, "russia-ukraine") if e.type is T.AIR_STRIKE]
    assert len(strikes) == 2
    assert T.GROUND_CLASH not in types(text, "russia-ukraine")
    assert T.AIR_STRIKE not in types("Most of the missiles were intercepted, the army said.", "israel-iran")


@pytest.mark.parametrize(
    ("sentence", "theatre", "absent"),
    [
        ("The president said Russia must stop bombing Ukrainian cities.", "russia-ukraine", T.AIR_STRIKE),
        ("Insurgents have demanded that Israel cease its airstrikes.", "syria", T.AIR_STRIKE),
        (
            "Armed gangs continue to terrorise the north, abducting villagers for ransom.",
            "nigeria",
            T.VIOLENCE_AGAINST_CIVILIANS,
        ),
        ("Gunmen who abducted 105 people in Zamfara last week want talks.", "nigeria", T.GROUND_CLASH),
        (
            "The death toll from ongoing Israeli attacks on the Gaza Strip has risen to 28,775.",
            "israel-gaza",
            T.AIR_STRIKE,
        ),
    ],
)
def test_round_25_traps(sentence: str, theatre: str, absent: EventType) -> None:
    assert absent not in types(sentence, theatre)


def test_an_attack_named_by_its_date_long_ago_is_background_and_hostages_are_not_dead() -> None:
    text = "The army estimates 1,200 people were killed in the Oct. 7 attack, with more than 200 people held hostage."
    found = read(text, ArticleMeta(published=datetime(2023, 11, 25, tzinfo=UTC), theatre="israel-gaza"))
    assert T.CASUALTY_REPORT not in {e.type for e in found}
    recent = read(
        "At least 40 people were killed on Monday, with more than 20 people held hostage.",
        ArticleMeta(published=datetime(2023, 11, 25, tzinfo=UTC), theatre="israel-gaza"),
    )
    assert [e.counts.killed for e in recent if e.type is T.CASUALTY_REPORT] == [40]


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Displacement orders were issued for residents of Haret Hreik on Monday.",
            "israel-lebanon",
            T.THREAT_STATEMENT,
        ),
        (
            "He has ordered the military to draw up plans to evacuate the population of Rafah.",
            "israel-gaza",
            T.THREAT_STATEMENT,
        ),
        (
            "The ministry was ordered to evacuate people living near the border.",
            "thailand-cambodia",
            T.THREAT_STATEMENT,
        ),
        (
            "Gunmen killed 26 civilians in two attacks against gold-panning sites in Seno province.",
            "sahel",
            T.GROUND_CLASH,
        ),
        (
            "The mission reported interconnected attacks involving armed groups near Juba.",
            "south-sudan",
            T.GROUND_CLASH,
        ),
    ],
)
def test_round_26_constructions(sentence: str, theatre: str, expected: EventType) -> None:
    one(sentence, expected, theatre)


def test_the_pronoun_us_is_not_the_united_states_striking_from_the_air() -> None:
    sentence = "They attacked the town of Kourakou on Sunday, a survivor said, adding that they attacked us for hours."
    assert T.GROUND_CLASH in types(sentence, "sahel")
    assert T.AIR_STRIKE not in types(sentence, "sahel")


def test_each_village_of_a_list_no_gazetteer_holds_has_its_event() -> None:
    clashes = [e for e in events("Clashes were reported in Kourakou, Tamboli and Sagha Weri on Monday.", "sahel")]
    assert [e.location.name for e in clashes if e.location] == ["Kourakou", "Tamboli", "Sagha Weri"]


def test_a_list_of_names_sharing_a_plural_region_word_is_a_list_of_regions() -> None:
    found = events("Poltava, Sumy and Kherson oblasts came under attack overnight.", "russia-ukraine")
    assert [e.location.name for e in found if e.location] == ["Poltava region", "Sumy region", "Kherson region"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll from the drone attack rose to 14, officials said.",
        "The foreign ministry condemned the latest airstrikes as a breach of sovereignty.",
        "Moscow voiced regret over the recent Ukrainian strikes and called for restraint.",
    ],
)
def test_strikes_a_toll_or_a_statement_is_about_are_no_strike_of_their_own(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "russia-ukraine")


def test_no_patterns_gate_hides_one_of_its_triggers() -> None:
    """A pattern is tried only on sentences holding one of its gate words; a trigger that
    can match without one would silently never fire. Checked on every text at hand: the
    self-written gold always, and the real reports of the rounds already scored blind
    where their texts were re-created (a round not yet scored stays unread)."""
    import json
    from pathlib import Path

    from producers.corpus import QUALITY, load_corpus
    from producers.extract.patterns import GATES, PATTERNS
    from producers.extract.sentences import split_sentences

    gold = Path(__file__).resolve().parents[2] / "data" / "gold"
    scored = {record["round"] for record in json.loads(QUALITY.read_text())}
    texts = [p.read_text() for p in gold.glob("*.txt")] + [r.text for r in load_corpus(rounds=scored) if r.text]
    for text in texts:
        for sentence in split_sentences(text):
            lowered = sentence.text.lower()
            opened, present = GATES.open_for(lowered)
            hidden = [p.id for p in PATTERNS if p not in opened and p.trigger(lowered, sentence.text)]
            assert not hidden, f"{hidden} gated out of {sentence.text!r}"
            skipped = [
                p.id
                for p in opened
                if _span(p.trigger(lowered, sentence.text, present)) != _span(p.trigger(lowered, sentence.text))
            ]
            assert not skipped, f"{skipped}: a trigger's needles hid its match in {sentence.text!r}"


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_no_patterns_gate_lists_a_word_twice() -> None:
    """A gate word written twice does nothing the first did not: a sign the list was added to without reading it."""
    from collections import Counter

    from producers.extract.patterns import PATTERNS

    twice = {p.id: [w for w, n in Counter(p.gate).items() if n > 1] for p in PATTERNS}
    assert not {k: v for k, v in twice.items() if v}


def test_a_triggers_needles_are_words_every_match_holds() -> None:
    from producers.extract.pattern import needle_sets

    assert needle_sets(re.compile(r"(?:air ?strikes?|airstrikes?|bombing) (?:on|in)\b")) == (
        frozenset({"strike", "airstrike", "bombing"}),
    )
    assert needle_sets(re.compile(r"(?:[\w-]+ )?(?:hit|struck)\b")) == (frozenset({"hit", "struck"}),)
    assert needle_sets(re.compile(r"(?:a|an) \w+")) == ()  # too short to tell a sentence apart
    # a match holds a word of each set, so a sentence lacking "were" and "had been" is not tried
    assert needle_sets(re.compile(r"(?:buildings?|homes?) (?:were|had been) (?:hit|struck)\b")) == (
        frozenset({"building", "home"}),
        frozenset({"were", "had been"}),
        frozenset({"hit", "struck"}),
    )


def test_an_ignorecase_pattern_is_turned_away_only_where_no_case_of_its_needles_can_match() -> None:
    from producers.extract.pattern import folded_needle_sets, may_match_folded

    pattern = re.compile(r"\ba (?:missile|shell) (?:hit|struck)\b", re.IGNORECASE)
    sets = folded_needle_sets(pattern)
    assert sets == (frozenset({"missile", "shell"}), frozenset({"hit", "struck"}))
    assert may_match_folded(sets, "A MISSILE HIT the depot")
    assert not may_match_folded(sets, "A missile landed near the depot")
    assert pattern.search("A miſſile hit the depot")  # "ſ" is "s" ignoring case: a non-ASCII text is run
    assert may_match_folded(sets, "A miſſile hit the depot")
    assert folded_needle_sets(re.compile(r"\bthe \u212aiev (?:raid|attack)", re.IGNORECASE)) is None


# Mortars are rocket fire (the labelling guide: "rockets, mortar shells or unguided
# projectiles"), not ground fighting, in every way reports tell them


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday the rebels resorted to mortar shelling of forward posts near Kupwara.",
        "The garrison near Baidoa responded with mortars of its own on Tuesday.",
        "Both sides traded mortar bombardment near Baidoa for two hours on Tuesday.",
        "A few mortars even landed near the market in Kupwara on Tuesday.",
        "A mortar attack on the camp near Baidoa on Tuesday wounded four.",
    ],
)
def test_mortar_fire_in_its_usual_wordings_is_rocket_fire_not_a_clash(sentence: str) -> None:
    found = types(sentence, "somalia")
    assert T.ROCKET_FIRE in found
    assert T.GROUND_CLASH not in found


def test_mortars_and_artillery_together_are_both() -> None:
    found = types(
        "Troops used mortar and artillery shelling against villages near Kupwara on Tuesday.", "india-pakistan"
    )
    assert {T.ROCKET_FIRE, T.GROUND_CLASH} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Civil defence ordered the opening of public shelters in Haifa on Tuesday evening.",
        "The army instructed residents of Nahariya to stay near bomb shelters on Tuesday.",
        "Authorities told people in Kharkiv to remain in shelters until the all-clear on Tuesday.",
    ],
)
def test_orders_to_take_shelter_are_warnings_to_civilians(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "israel-lebanon")


def test_a_shelter_hit_or_described_is_no_warning() -> None:
    assert T.THREAT_STATEMENT not in types("Families in Haifa spent the night in a crowded shelter on Tuesday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Government troops advanced on Kidal from the south on Tuesday.",
        "Rebel fighters advanced into the outskirts of Goma on Tuesday.",
        "The insurgents tried to storm the army base near Gao on Tuesday.",
        "Gunmen attempted to overrun a police post in Mopti on Tuesday.",
        "The jihadists have stepped up attacks against army troops in the Mopti region.",
    ],
)
def test_ground_fighting_told_as_an_advance_or_an_attempt(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Peace talks advanced slowly in Doha on Tuesday.",
        "Prices advanced on the Bamako market on Tuesday.",
        "The protesters tried to storm out of the meeting in Bamako on Tuesday.",
        "The ministry described the raids as precise attacks against military infrastructure near Gao.",
    ],
)
def test_advances_and_attempts_that_are_no_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "The militants burnt the whole village of Kala on Monday.",
        "Three hamlets near Kala were torched by the attackers on Monday.",
        "Soldiers razed two villages outside Kala on Monday.",
        "About 120 houses in Kala were incinerated by soldiers on Monday.",
        "Troops incinerating homes in Kala on Monday left hundreds without shelter.",
    ],
)
def test_villages_burned_or_razed_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "nigeria")


def test_property_destroyed_is_damage() -> None:
    found = types("The fighters were accused of looting and widespread property destruction in Wad Madani.", "sudan")
    assert T.INFRASTRUCTURE_DAMAGE in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll from the clashes between rival militias rose to 40, the ministry said.",
        "Two soldiers were killed and five injured during the exchange of fire, officials said.",
        "The army has issued no statement regarding the clash so far.",
        "In view of the border shelling, officials closed schools near the frontier.",
    ],
)
def test_fighting_named_as_a_cause_or_referred_to_is_no_new_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "libya")


def test_a_clash_with_its_own_place_and_time_is_still_a_clash() -> None:
    assert T.GROUND_CLASH in types("Rival militias clashed in Tripoli on Tuesday, killing 12.", "libya")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Ground fighting and shelling went on around the airport of Marib on Tuesday.", T.GROUND_CLASH, "yemen"),
        ("Border guards came under attack near Kherson on Tuesday.", T.GROUND_CLASH, "russia-ukraine"),
        ("2:10 P.M. Rocket sirens blare across Sderot.", T.ROCKET_FIRE, "israel-gaza"),
        ("Rockets fired from Gaza were intercepted over Sderot on Tuesday.", T.ROCKET_FIRE, "israel-gaza"),
        (
            "The army launched an aerial and ground assault on militant positions near Tyre on Tuesday.",
            T.AIR_STRIKE,
            "israel-lebanon",
        ),
        ("The president vowed the attack on the base would not go unpunished.", T.THREAT_STATEMENT, "india-pakistan"),
        ("The African Union and the United Nations hailed the agreement on Tuesday.", T.DIPLOMATIC_STATEMENT, "sudan"),
    ],
)
def test_wordings_of_round_17(sentence: str, expected: EventType, theatre: str) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president ordered a definitive ceasefire with the rebels starting at midnight on Monday.",
        "The two sides concluded a final peace accord in Havana on Tuesday.",
    ],
)
def test_ceasefires_ordered_or_concluded_are_agreed(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED in types(sentence, "colombia")


def test_oblasts_coming_under_attack_is_no_ground_fighting() -> None:
    found = types("Sumy and Poltava oblasts also came under attack overnight.", "russia-ukraine")
    assert T.GROUND_CLASH not in found


def test_people_who_hail_from_a_place_make_no_statement() -> None:
    assert T.DIPLOMATIC_STATEMENT not in types("The three victims hailed from a village near Sittwe.", "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "The conflict has killed more than 2,000 people and forced 500,000 people to flee their homes.",
        "The violence has forced 500,000 to flee their homes in Ituri.",
    ],
)
def test_people_forced_to_flee_are_displaced_even_after_a_toll(sentence: str) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "drc").counts.displaced == 500_000


def test_a_homemade_bomb_is_ground_fighting() -> None:
    found = types("A homemade bomb wounded at least five people at a market in Bamenda on Sunday.", "cameroon")
    assert T.GROUND_CLASH in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A Palestinian teenager dies from Israeli fire in Jenin.",
        "A youth who was shot in Nablus last week has died of his wounds.",
        "A fifth victim later succumbed to his wounds in a Hebron hospital.",
    ],
)
def test_one_death_from_fire_or_wounds_is_a_toll_of_one(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "west-bank").counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A 48-hour truce begins in the north after Qatari mediation.", T.CEASEFIRE_IN_EFFECT),
        ("The army started a five-day ceasefire with the rebels on Friday.", T.CEASEFIRE_IN_EFFECT),
        ("The truce, effective 6 a.m. on Monday, covers the whole front.", T.CEASEFIRE_IN_EFFECT),
        ("The truce plan was approved by both governments on Saturday.", T.CEASEFIRE_AGREED),
        ("The rebel commander later signalled his acceptance.", T.CEASEFIRE_AGREED),
        ("The militia told the garrison to lay down its weapons within 24 hours.", T.THREAT_STATEMENT),
        ("The minister said the army would strike back if the shelling went on.", T.THREAT_STATEMENT),
        ("The governor urged residents to stay in shelters until the all-clear.", T.THREAT_STATEMENT),
        ("The ceasefire was passed unanimously by the Security Council on Friday.", T.UN_SESSION),
    ],
)
def test_truce_steps_ultimatums_warnings_and_votes_of_round_27(sentence: str, expected: EventType) -> None:
    assert expected in types(sentence, "sudan")


def test_talks_on_a_truce_that_begin_are_no_truce_in_effect() -> None:
    assert T.CEASEFIRE_IN_EFFECT not in types("Talks on a humanitarian truce began in Jeddah on Saturday.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 3,000 people abandoned the villages of Nacate and Litapata.", T.DISPLACEMENT_REPORT),
        ("The district hospital of Mueda was attacked on Tuesday.", T.GROUND_CLASH),
        ("The cabinet met in an extraordinary session after its regular meeting was postponed.", T.CABINET_MEETING),
        ("Qatar hosted negotiations towards a lasting end to the war.", T.CEASEFIRE_TALKS),
        ("Mediators said the negotiation was meant to bring an end to the fighting.", T.CEASEFIRE_TALKS),
    ],
)
def test_flight_attacks_meetings_and_talks_of_round_27(sentence: str, expected: EventType) -> None:
    assert expected in types(sentence, "mozambique")


def test_a_figure_that_reads_like_a_year_counts_people() -> None:
    assert (
        one("IOM said 2000 people were displaced from Memba.", T.DISPLACEMENT_REPORT, "mozambique").counts.displaced
        == 2000
    )


def test_an_offensive_begun_months_before_is_background() -> None:
    # published 14 March: October is five months back
    assert T.GROUND_CLASH not in types("The rebels began in October a major offensive to capture the city.", "yemen")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Fighting between the army and the militia was still continuing near Bunia.", T.GROUND_CLASH, "drc"),
        ("Troops began operations to regain control of the mining town of Rubaya.", T.GROUND_CLASH, "drc"),
        ("The rebels launched fresh offensives on two fronts last week.", T.GROUND_CLASH, "drc"),
        ("Most of the fighting raged around the airport of Goma.", T.GROUND_CLASH, "drc"),
        ("The insurgents stepped up deadly attacks across the province.", T.GROUND_CLASH, "mozambique"),
        ("Gunmen carried out attacks on farming communities near Macomia.", T.GROUND_CLASH, "mozambique"),
        ("The junta announced the imposition of martial law in the border districts.", T.THREAT_STATEMENT, "myanmar"),
        ("The truce brokered on Sunday has fallen apart.", T.CEASEFIRE_ENDED, "sudan"),
        ("A ceasefire deal was clinched in Doha on Sunday.", T.CEASEFIRE_AGREED, "sudan"),
        ("Envoys welcomed the agreement of both generals on a humanitarian truce.", T.CEASEFIRE_AGREED, "sudan"),
        ("Rockets and missiles fired from southern Lebanon struck Safed.", T.ROCKET_FIRE, "israel-lebanon"),
    ],
)
def test_fighting_offensives_martial_law_and_truce_steps_of_round_28(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_truce_after_which_fighting_resumed_is_no_truce_in_effect() -> None:
    assert T.CEASEFIRE_IN_EFFECT in types("The truce has resumed in Omdurman.", "sudan")
    assert T.CEASEFIRE_IN_EFFECT not in types("Within hours of the truce fighting had resumed in Omdurman.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The government on Thursday suspended peace talks with the rebel army.", T.CEASEFIRE_TALKS, "colombia"),
        ("The dialogue process is suspended, the peace delegation said.", T.CEASEFIRE_TALKS, "colombia"),
        (
            'The government declared "an indefinite truce effective immediately" in the north.',
            T.CEASEFIRE_AGREED,
            "ethiopia",
        ),
        ("The truce is effective immediately.", T.CEASEFIRE_IN_EFFECT, "ethiopia"),
        (
            "Islamabad summoned a senior Indian diplomat to register its strong protest.",
            T.DIPLOMATIC_STATEMENT,
            "india-pakistan",
        ),
        ("There were three Grad attacks on the airport on Sunday.", T.ROCKET_FIRE, "libya"),
        (
            "Troops killed 27 insurgents in several operations in the district on Monday.",
            T.GROUND_CLASH,
            "afghanistan-pakistan",
        ),
        ("Soldiers later neutralized the attackers near the camp.", T.GROUND_CLASH, "sahel"),
        ("The blast caused part of the station building to collapse.", T.INFRASTRUCTURE_DAMAGE, "afghanistan-pakistan"),
        ("Leaders stepped up calls for revenge against the enemy on Tuesday.", T.THREAT_STATEMENT, "iraq"),
    ],
)
def test_talks_suspended_truces_declared_protests_and_fighters_neutralised_of_round_29(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_count_of_fighters_named_with_an_acronym_in_brackets() -> None:
    toll = one(
        "Troops have killed more than 40 Islamic State (ISIS) militants in the mountains.", T.CASUALTY_REPORT, "somalia"
    )
    assert toll.counts.killed == 40


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The army said talks for a permanent ceasefire ended without an agreement.", T.CEASEFIRE_ENDED, "libya"),
        ("The country has for more than a decade battled an insurgency by armed groups.", T.GROUND_CLASH, "sahel"),
        ("The decision came in response to rebel attacks on army camps.", T.GROUND_CLASH, "ethiopia"),
        ("The president vowed to address the nation on Wednesday.", T.THREAT_STATEMENT, "iraq"),
        ("The moves threatened to further raise tensions in the region.", T.THREAT_STATEMENT, "west-bank"),
        ("Islamabad lodged a strong protest with the envoy.", T.CIVIL_UNREST, "india-pakistan"),
    ],
)
def test_talks_that_end_old_wars_and_harms_threatened_by_moves_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_an_attack_that_came_months_after_another_leaves_the_earlier_one_as_background() -> None:
    assert T.GROUND_CLASH not in types("The raid came two months after gunmen stormed a school in Katsina.", "nigeria")
    assert T.GROUND_CLASH in types("The raid came two days after gunmen stormed a school in Katsina.", "nigeria")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The assaults started before dawn in the hamlet of Kalunguta.", T.GROUND_CLASH, "drc"),
        ("A battle tank shelled an army post east of the crossing.", T.GROUND_CLASH, "israel-gaza"),
        ("Sniper shots hit a patrol near the fence on Monday.", T.GROUND_CLASH, "israel-gaza"),
        ("Several apartment blocks have also been hit.", T.INFRASTRUCTURE_DAMAGE, "israel-iran"),
        ("Months of bombing have flattened entire neighbourhoods of the city.", T.INFRASTRUCTURE_DAMAGE, "sudan"),
        ("The raiders set the health centre on fire before leaving.", T.INFRASTRUCTURE_DAMAGE, "nigeria"),
        ("A drone hit a kindergarten in the town on Sunday.", T.INFRASTRUCTURE_DAMAGE, "sudan"),
        ("A mortar landed near the market of Parachinar on Friday.", T.ROCKET_FIRE, "afghanistan-pakistan"),
        ("The fragile truce between the two armies has largely held.", T.CEASEFIRE_IN_EFFECT, "israel-lebanon"),
        ("Our fight against the bandits will continue, the governor said.", T.THREAT_STATEMENT, "nigeria"),
        ("Ten died under aerial and artillery shelling of Saqba.", T.AIR_STRIKE, "syria"),
        ("The villages of Beit Sawa were hit by aerial shelling.", T.AIR_STRIKE, "syria"),
    ],
)
def test_assaults_tanks_damage_mortars_and_aerial_shelling_of_round_30(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The rebels continue their campaign of looting in the province.", T.THREAT_STATEMENT, "drc"),
        ("Farmers were horrified to find their crops burned.", T.DIPLOMATIC_STATEMENT, "myanmar"),
        ("Thousands have been displaced due to hostilities around the capital.", T.GROUND_CLASH, "libya"),
        ("A monitor photographed a barn destroyed by shelling in Zolote.", T.GROUND_CLASH, "russia-ukraine"),
        ("Some 90,000 have fled since the fighting flared up in September.", T.GROUND_CLASH, "armenia-azerbaijan"),
    ],
)
def test_ongoing_campaigns_shocked_bystanders_and_named_causes_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_a_junta_called_the_military_council_places_a_report_in_myanmar() -> None:
    found = events("Military Council troops burned 30 houses in Tanintharyi Region on Monday.", None)
    assert found
    assert {e.theatre for e in found} == {"myanmar"}


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The council calls upon all militias to desist from attacks on aid convoys.", T.DIPLOMATIC_STATEMENT, "sudan"),
        ("London slapped sanctions on three commanders of the militia.", T.DIPLOMATIC_STATEMENT, "sudan"),
        (
            "The bishop described the killings of farmers in the villages around the plateau as genocide.",
            T.DIPLOMATIC_STATEMENT,
            "nigeria",
        ),
        ("Delegates of both armies took part in peace talks in Jeddah on Monday.", T.CEASEFIRE_TALKS, "sudan"),
    ],
)
def test_appeals_sanctions_and_peace_talks_in_everyday_wording(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Gunmen fired an anti-tank missile at a jeep near the fence.", T.GROUND_CLASH, "israel-lebanon"),
        ("People in the border villages reported hearing loud explosions overnight.", T.AIR_STRIKE, "india-pakistan"),
        ("The army answered with attack helicopters.", T.AIR_STRIKE, "israel-lebanon"),
        ("The army pressed on with military operations against the militia near Eringeti.", T.GROUND_CLASH, "drc"),
        ("Families leaving the town were shot at on the road to the border.", T.GROUND_CLASH, "sudan"),
        ("Fighting broke out in Omdurman while the truce was still in place.", T.CEASEFIRE_VIOLATION, "sudan"),
        ("Shelling of the camp continued throughout the humanitarian truce.", T.CEASEFIRE_VIOLATION, "sudan"),
        ("Washington announced an agreement for a 5-day ceasefire in the northeast.", T.CEASEFIRE_AGREED, "syria"),
        ("Envoys pressed both sides to open immediate negotiations to end the war.", T.CEASEFIRE_TALKS, "sudan"),
        ("The envoy met twice with the rebels' chief negotiator in Muscat.", T.CEASEFIRE_TALKS, "yemen"),
        ("The truce implemented on 2 March covers every front.", T.CEASEFIRE_IN_EFFECT, "yemen"),
        ("The truce entered its third week on Monday.", T.CEASEFIRE_IN_EFFECT, "yemen"),
        ('"Do not leave the shelters," the regional governor wrote.', T.THREAT_STATEMENT, "russia-ukraine"),
        ("The district administration ordered blackouts in the frontier towns.", T.THREAT_STATEMENT, "india-pakistan"),
        (
            "A warehouse fire was caused by falling debris after the interception.",
            T.INFRASTRUCTURE_DAMAGE,
            "russia-ukraine",
        ),
    ],
)
def test_anti_tank_fire_blasts_heard_fighting_during_truces_and_civil_defence_of_round_31(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Air raid sirens sounded in the capital for two hours.", T.AIR_STRIKE, "russia-ukraine"),
        ("A spokesman of the Qassam Brigades spoke to reporters.", T.ROCKET_FIRE, "israel-gaza"),
        ("The ministry said these clashes left 40 dead.", T.GROUND_CLASH, "haiti"),
        ("The closure of the bridge raised concerns among residents.", T.DIPLOMATIC_STATEMENT, "sudan"),
        ("Authorities announced blackouts along the frontier.", T.INFRASTRUCTURE_DAMAGE, "india-pakistan"),
        ("That year, the rebels seized the provincial capital.", T.GROUND_CLASH, "yemen"),
    ],
)
def test_sirens_names_clashes_referred_back_and_years_told_before_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_a_trigger_inside_a_longer_word_does_not_hide_one_that_starts_within_it() -> None:
    # "immediate negotiations": an alternative without its own boundary matches "mediate ..." inside the word
    assert T.CEASEFIRE_TALKS in types("Diplomats want immediate negotiations to halt the fighting.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Incoming rocket sirens were activated in Shlomi and Nahariya.", T.ROCKET_FIRE, "israel-lebanon"),
        ("Armed men raided two police stations on the outskirts of the capital.", T.GROUND_CLASH, "haiti"),
        ("The gunmen had earlier attacked three communities near Bokkos.", T.GROUND_CLASH, "nigeria"),
        ("The spread of fighting to the east has cut the main road.", T.GROUND_CLASH, "ethiopia"),
        ("Settlers ransacked and burned homes in the village overnight.", T.INFRASTRUCTURE_DAMAGE, "west-bank"),
        ("A terror shooting at the junction killed a driver.", T.GROUND_CLASH, "west-bank"),
        ("A mob went on a rampage through the market on Sunday.", T.GROUND_CLASH, "nigeria"),
    ],
)
def test_sirens_activated_raids_rampages_and_homes_ransacked_of_round_32(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Four were killed and nine wounded in the aerial attack, a medic said.", T.AIR_STRIKE, "myanmar"),
        ("Most casualties were caused by artillery shelling and air strikes.", T.GROUND_CLASH, "russia-ukraine"),
        ("The clashes displaced about 3,000 people, the agency said.", T.GROUND_CLASH, "sudan"),
        (
            "The province, home to two million people including many displaced by the war, is calm.",
            T.DISPLACEMENT_REPORT,
            "syria",
        ),
    ],
)
def test_attacks_and_weapons_named_as_causes_and_a_population_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("On Tuesday the two armies reached a Moscow-brokered ceasefire.", T.CEASEFIRE_AGREED, "armenia-azerbaijan"),
        (
            "Under Russian mediation an agreement was reached to cease fire at dusk.",
            T.CEASEFIRE_AGREED,
            "armenia-azerbaijan",
        ),
        ("The militants targeted several army outposts in Kunar on Saturday.", T.GROUND_CLASH, "afghanistan-pakistan"),
        (
            "Two checkpoints near the crossing were destroyed on Saturday.",
            T.INFRASTRUCTURE_DAMAGE,
            "afghanistan-pakistan",
        ),
        ("Fighting between the army and the rebels resumed on two fronts near Rutshuru.", T.GROUND_CLASH, "drc"),
        ("Army columns are still advancing towards the port of Kyaukphyu.", T.GROUND_CLASH, "myanmar"),
        ("The siege of the town has entered its third week.", T.GROUND_CLASH, "somalia"),
        ("The clinic was hit by mortars fired by the besieging forces.", T.ROCKET_FIRE, "somalia"),
        ("The jets struck targets in the border province overnight.", T.AIR_STRIKE, "india-pakistan"),
        (
            "The ministry called the ambush a flagrant violation of international humanitarian law.",
            T.DIPLOMATIC_STATEMENT,
            "colombia",
        ),
    ],
)
def test_brokered_truces_outposts_advancing_columns_and_sieges_of_round_33(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("In response to the airstrikes, the rebels shelled two army posts.", T.AIR_STRIKE, "afghanistan-pakistan"),
        ("They must stop all ground operations and airstrikes, the commander said.", T.AIR_STRIKE, "myanmar"),
        ("Rescuers have worked nonstop since the missile strike to reach survivors.", T.AIR_STRIKE, "russia-ukraine"),
        ("Deaths from the strike on the apartment block rose to 45.", T.AIR_STRIKE, "russia-ukraine"),
        (
            "The two governments accused each other of starting the fighting.",
            T.DIPLOMATIC_STATEMENT,
            "armenia-azerbaijan",
        ),
        ("Kabul blames the bombings on foreign agents.", T.DIPLOMATIC_STATEMENT, "afghanistan-pakistan"),
        (
            "During the first weeks of the declared ceasefire the army kept bombing villages.",
            T.CEASEFIRE_AGREED,
            "myanmar",
        ),
        ("The camp held 20,000 IDPs as of 12 October, the agency said.", T.DISPLACEMENT_REPORT, "israel-gaza"),
    ],
)
def test_strikes_named_as_causes_mutual_blame_declared_truces_and_old_figures_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The rebels claimed full control of the town of Lagawa on Monday.", T.GROUND_CLASH, "sudan"),
        ("The army said it had regained control of the district on Sunday.", T.GROUND_CLASH, "sudan"),
        ("Troops had a brief confrontation with the insurgents near Ocua.", T.GROUND_CLASH, "mozambique"),
        ("Resistance fighters inflicted heavy casualties on an army column near Budalin.", T.GROUND_CLASH, "myanmar"),
        ("Three villages - Tse Akaa, Yogbo and Ayati - were attacked by gunmen on Friday.", T.GROUND_CLASH, "nigeria"),
        ("Warplanes bombed the cattle market of Tora on Monday.", T.INFRASTRUCTURE_DAMAGE, "sudan"),
        ("Drones hit residential quarters in the north of the city.", T.INFRASTRUCTURE_DAMAGE, "israel-iran"),
        ("Hostages were taken when the gunmen stormed the hotel.", T.VIOLENCE_AGAINST_CIVILIANS, "somalia"),
        ('Mediators are engaged in "serious discussions" with both parties.', T.CEASEFIRE_TALKS, "israel-gaza"),
        ('The group said the enemy "will pay a heavy price" for the strike.', T.THREAT_STATEMENT, "israel-lebanon"),
        ("The gang leader had announced plans to attack the suburb.", T.THREAT_STATEMENT, "haiti"),
        ("On Monday the envoy briefed the UN Security Council on the raid.", T.UN_SESSION, "west-bank"),
    ],
)
def test_control_regained_confrontations_markets_bombed_hostages_and_briefings_of_round_34(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Hundreds were injured by Israel's air strikes, the group said.", T.AIR_STRIKE, "israel-iran"),
        ("The fighters launched anti-tank rockets at an army post.", T.ROCKET_FIRE, "israel-lebanon"),
        ("Three explosions were heard before a firefight broke out with the gunmen.", T.AIR_STRIKE, "somalia"),
        ("About 2,000 families fled the town due to clashes, the agency said.", T.GROUND_CLASH, "sudan"),
    ],
)
def test_causes_anti_tank_rockets_and_blasts_in_a_firefight_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The salvo began at dawn, triggering air-raid sirens in Haifa.", T.ROCKET_FIRE, "israel-lebanon"),
        ("A bomber detonated an explosive vest at the gate of the base.", T.GROUND_CLASH, "somalia"),
        ("Agencies report an upsurge in clashes between armed groups and the army.", T.GROUND_CLASH, "nigeria"),
        ("Two refugee camps near Shire have been vandalized.", T.INFRASTRUCTURE_DAMAGE, "ethiopia"),
        (
            "The coordinator issued a statement calling on the parties to let civilians leave.",
            T.DIPLOMATIC_STATEMENT,
            "sudan",
        ),
        ("The air force carried out more than 300 air strikes in the last year.", T.AIR_STRIKE, "myanmar"),
    ],
)
def test_sirens_triggered_bombs_detonated_upsurges_and_calls_of_round_35(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "The army carried out similar air strikes in the border provinces earlier this year.",
            T.AIR_STRIKE,
            "afghanistan-pakistan",
        ),
        (
            "The envoy was meeting officials in Kabul to discuss bilateral trade.",
            T.CEASEFIRE_TALKS,
            "afghanistan-pakistan",
        ),
        ("Dozens died after failed attempts to hold peace talks with the rebels.", T.CEASEFIRE_TALKS, "colombia"),
        (
            "Protesters gathered in the capital demanding the minister's resignation.",
            T.DIPLOMATIC_STATEMENT,
            "armenia-azerbaijan",
        ),
        ("Residents took to the streets to celebrate the fall of the regime.", T.CIVIL_UNREST, "syria"),
        ("Residents warned against the collapse of the truce.", T.CEASEFIRE_ENDED, "yemen"),
        (
            "The lack of staff is hindering the investigation of the alleged violations.",
            T.CEASEFIRE_VIOLATION,
            "ethiopia",
        ),
        ("The mission warned that the continuation of clashes would destabilise the capital.", T.GROUND_CLASH, "libya"),
    ],
)
def test_accusations_old_strikes_trade_talks_protesters_and_celebrations_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("An armed group attacked Dikwa and Marte towns on Wednesday.", T.GROUND_CLASH, "nigeria"),
        ("A bus carrying traders was attacked on the road to Macomia on Saturday.", T.GROUND_CLASH, "mozambique"),
        ("Residents reported an exchange of shots near the market.", T.GROUND_CLASH, "mozambique"),
        ("Two medics were targeted by soldiers near the border fence.", T.GROUND_CLASH, "israel-lebanon"),
        ("The minister said any breach would be met with fire.", T.THREAT_STATEMENT, "israel-lebanon"),
        ("Three clinics were affected by airstrikes on Tuesday.", T.INFRASTRUCTURE_DAMAGE, "israel-gaza"),
        ("A drone struck a petrol station in the city centre.", T.INFRASTRUCTURE_DAMAGE, "russia-ukraine"),
        ("Students clashed with riot police in the capital on Friday.", T.CIVIL_UNREST, "myanmar"),
    ],
)
def test_towns_and_vehicles_attacked_shots_exchanged_and_sites_affected_of_round_36(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Soldiers were ordered to open fire only at armed men.", T.GROUND_CLASH, "israel-lebanon"),
        ("The region is known for attacks by jihadist groups.", T.GROUND_CLASH, "sahel"),
        ("Gunmen have killed hundreds in the region over the past five years.", T.GROUND_CLASH, "drc"),
        ("DRCONGO-UNREST-ARMY", T.CIVIL_UNREST, "drc"),
    ],
)
def test_orders_reputations_long_tallies_and_wire_slugs_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The bombing of the market resulted in the tragic loss of over twenty lives.", T.CASUALTY_REPORT, "ethiopia"),
        ("The helicopters dropped incendiary weapons on the town of Nasir.", T.AIR_STRIKE, "south-sudan"),
        ("A booby-trapped drone was intercepted and brought down near the airport.", T.AIR_STRIKE, "iraq"),
        ("A strike destroyed the fuel tank farms at the port on Saturday.", T.INFRASTRUCTURE_DAMAGE, "yemen"),
    ],
)
def test_lives_lost_incendiaries_dropped_a_drone_downed_and_tank_farms_of_round_37(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_toll_told_as_lives_lost_counts_the_dead() -> None:
    assert one("The attack caused the loss of more than 30 lives.", T.CASUALTY_REPORT, "ethiopia").counts.killed == 30


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the clashes began last October, more than 500 people have died in the south.",
        "About a million people have fled their homes since rebels launched an insurgency in 2016.",
    ],
)
def test_a_running_total_since_a_war_began_long_ago_is_todays_figure(sentence: str) -> None:
    found = [e for e in events(sentence, "sahel") if e.counts.values()]
    assert found, sentence


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Paramedics said they evacuated 12 people to hospital.", T.DISPLACEMENT_REPORT, "israel-iran"),
        ("The post Two killed as shelling hits the town appeared first on Sudan News.", T.CASUALTY_REPORT, "sudan"),
        ("The militia says it seizes ships in order to protest the siege.", T.CIVIL_UNREST, "yemen"),
    ],
)
def test_hospital_evacuations_feed_footers_and_purposes_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("A bomb exploded near a bus carrying teachers in the town.", T.GROUND_CLASH, "somalia"),
        ("Insurgents carried out bombing attacks in the villages last night.", T.GROUND_CLASH, "sahel"),
        ("Residents have endured heavy bombardment from the RSF for a week.", T.GROUND_CLASH, "sudan"),
        ("On Monday, the insurgents occupied the district headquarters.", T.GROUND_CLASH, "mozambique"),
        ("Villagers in the border area have been urged to evacuate.", T.THREAT_STATEMENT, "israel-lebanon"),
        ("Families reported warning calls from the army before the strikes.", T.THREAT_STATEMENT, "west-bank"),
        ("Fires were seen at a power station near the port.", T.INFRASTRUCTURE_DAMAGE, "israel-iran"),
        ("There was further damage caused by explosions in the city.", T.INFRASTRUCTURE_DAMAGE, "israel-iran"),
        ("Aid agencies counted some 3,000 refugees crossing into Chad.", T.DISPLACEMENT_REPORT, "sudan"),
    ],
)
def test_bombings_on_the_ground_towns_occupied_evacuations_urged_fires_and_crossings_of_round_38(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_warplanes_bombing_a_groups_positions_stay_air_strikes() -> None:
    assert T.AIR_STRIKE in types("Government warplanes bombed Islamic State positions near the town.", "iraq")


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Gunmen carrying rifles celebrated with gunfire in the streets.", T.GROUND_CLASH, "haiti"),
        ("The movement is fighting to overthrow the elected government.", T.GROUND_CLASH, "somalia"),
        ("An official denies ceasefire talks with the rebels", T.CEASEFIRE_TALKS, "myanmar"),
    ],
)
def test_celebrations_aims_and_denied_talks_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_a_title_case_headline_is_counted() -> None:
    assert one("Nine Villagers Said Killed In Raid", T.CASUALTY_REPORT, "myanmar").counts.killed == 9


def test_one_of_several_strikes_is_no_person() -> None:
    sentence = "One of the earlier strikes caused light damage to a pipeline."
    assert all(e.counts.injured is None for e in events(sentence, "israel-iran"))


def test_a_toll_and_a_displacement_figure_split_by_place_in_one_sentence() -> None:
    found = events("Clashes killed 12 people in Tawila and displaced 300 in Tawila and 200 in Kutum.", "sudan")
    assert {e.counts.killed for e in found if e.type is T.CASUALTY_REPORT} == {12}
    assert {e.counts.displaced for e in found if e.type is T.DISPLACEMENT_REPORT} >= {300}


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The two communities committed to a cessation of hostilities.", T.CEASEFIRE_AGREED, "sudan"),
        ("The embassy issued an alert urging its citizens to leave the city.", T.THREAT_STATEMENT, "india-pakistan"),
        ("A missile struck a residential building in the town of Irpin.", T.INFRASTRUCTURE_DAMAGE, "russia-ukraine"),
        ("Two thirds of the region's residents still have no power.", T.INFRASTRUCTURE_DAMAGE, "russia-ukraine"),
        ("Rescuers searched a crumpled three-storey building for survivors.", T.INFRASTRUCTURE_DAMAGE, "syria"),
    ],
)
def test_cessations_committed_to_alerts_to_citizens_buildings_struck_and_power_lost_of_round_39(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The hospital said it had received 14 bodies since dawn.", 14),
        ("At least 9 bodies were recovered from the river.", 9),
        ("Eleven bodies of villagers killed by the rebels were discovered near the river.", 11),
        ("Kivu: 23 bodies of civilians shot by the rebels discovered near the river", 23),
        ("Officials announced the discovery of 12 bodies in a mass grave near Beni.", 12),
        ("The remains of seven bodies were exhumed from a grave outside Bunia on Monday.", 7),
    ],
)
def test_bodies_received_or_recovered_are_a_toll(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "drc").counts.killed == killed


def test_bodies_handed_over_in_an_exchange_are_no_toll() -> None:
    sentence = "The sides agreed to hand over 900 bodies of fallen soldiers."
    assert T.CASUALTY_REPORT not in types(sentence, "russia-ukraine")


def test_a_truce_told_in_a_press_statement_is_agreed_not_proposed() -> None:
    sentence = "The minister said in a press statement that both militias agreed to a ceasefire."
    assert T.CEASEFIRE_AGREED in types(sentence, "libya")


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Some 2,000 people have been displaced due to the attacks on three villages.", T.GROUND_CLASH, "sahel"),
        ("Until last week the town rarely suffered attacks by bandits.", T.GROUND_CLASH, "nigeria"),
        ("The insurgents have kept the ability to strike at army bases.", T.GROUND_CLASH, "somalia"),
    ],
)
def test_displacement_causes_rarities_and_capabilities_are_no_clashes(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Two villages near the town of Goris were hit by Azerbaijani fire.", T.GROUND_CLASH, "armenia-azerbaijan"),
        ("The rebels have lost several villages in the district to the army.", T.GROUND_CLASH, "somalia"),
        ("On Friday the insurgents staged arson attacks in a village near Mueda.", T.GROUND_CLASH, "mozambique"),
        ("Fighting between the army and the rebels continued in the north.", T.GROUND_CLASH, "ethiopia"),
        ("The truce was brokered in overnight talks in Doha.", T.CEASEFIRE_AGREED, "drc"),
        ("Gunmen set the villages ablaze before dawn.", T.INFRASTRUCTURE_DAMAGE, "nigeria"),
        ("Rockets target a border town in the north", T.ROCKET_FIRE, "israel-lebanon"),
        ("A drone strike hit a madrasa in the city on Tuesday.", T.INFRASTRUCTURE_DAMAGE, "india-pakistan"),
    ],
)
def test_fire_on_villages_ground_lost_arson_attacks_truces_brokered_and_villages_burned_of_round_40(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Shelling hit the village, leaving at least one person dead.", 1),
        ("A ten-year-old boy lost his life in the shelling of the town.", 1),
        # one person told with "the" or "its" as the subject of their death
        ("The district commander was martyred by militants near the border on Monday.", 1),
        ("Its deputy commander had been killed by a sniper near the border on Monday.", 1),
        ("The soldier, a 24-year-old conscript, died at a border outpost on Monday.", 1),
        ("The commander of the border post had been martyred by smugglers on Monday.", 1),
        ("They also named the police officer who died in the blast on Monday.", 1),
    ],
)
def test_one_person_left_dead_who_lost_a_life_or_told_as_the_subject_of_their_death(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "armenia-azerbaijan").counts.killed == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "The chief of the border outpost, Captain Aibek Toktogulov, was wounded by sniper fire on Monday.",
        "Deputy commander of the border unit was reportedly wounded in the leg near Vorukh on Monday.",
        "One guard was killed in the exchange of fire on Monday. Another was injured and taken to hospital.",
    ],
)
def test_one_person_wounded_named_by_a_role_or_as_another(sentence: str) -> None:
    tolls = [e for e in events(sentence, "kyrgyzstan") if e.type is T.CASUALTY_REPORT]
    assert any(e.counts.injured == 1 for e in tolls), [e.counts for e in tolls]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebel force has killed an undisclosed number of civilians near the border.",
        "The government has denied killing the soldier near the border.",
    ],
)
def test_the_person_word_that_is_no_subject_of_a_death_is_no_figure(sentence: str) -> None:
    assert all(e.counts.killed is None for e in events(sentence, "armenia-azerbaijan"))


def test_a_running_total_since_unrest_erupted_somewhere_long_ago() -> None:
    sentence = "About 3,000 people have been killed since jihadist unrest erupted in the north in October 2017."
    assert one(sentence, T.CASUALTY_REPORT, "mozambique").counts.killed == 3000


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The Qatar-brokered truce has been in place since March.", T.CEASEFIRE_AGREED, "drc"),
        ("Dozens were killed in the latest jihadist unrest in the province.", T.CIVIL_UNREST, "mozambique"),
        ("Attacks on the airport are rare.", T.GROUND_CLASH, "iraq"),
        (
            "Since fighting between the army and the militia erupted in 2023, millions have fled.",
            T.GROUND_CLASH,
            "sudan",
        ),
        ("A woman carries a dead body wrapped in a blanket.", T.CASUALTY_REPORT, "israel-gaza"),
        ("Airstrikes", T.AIR_STRIKE, "israel-lebanon"),
    ],
)
def test_named_truces_militant_unrest_rarities_running_causes_bodies_carried_and_headings_are_not_events(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Rockets fired by the group had killed two soldiers near the border.", T.ROCKET_FIRE, "israel-lebanon"),
        ("He spoke at a meeting of the country's security cabinet on Sunday.", T.CABINET_MEETING, "israel-gaza"),
        ("A war plane attacked a camp near the town of Gharyan on Friday.", T.AIR_STRIKE, "libya"),
        ("The Security Council adopted a resolution on the war in Sudan.", T.UN_SESSION, "sudan"),
        ("Some 4,000 people have been forced out of their homes.", T.DISPLACEMENT_REPORT, "libya"),
        ("Thousands flee clashes in North Kivu", T.GROUND_CLASH, "drc"),
    ],
)
def test_rockets_that_killed_cabinets_of_a_country_war_planes_resolutions_and_people_forced_out_of_round_41(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The army said it had killed the NPA's high-ranking commander Jose Ramos.", 1),
        ("Relatives buried a 32-year-old Palestinian who was killed by settlers.", 1),
    ],
)
def test_a_commander_named_by_a_possessive_and_a_person_who_was_killed(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "west-bank").counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The toll is one of the worst in the history of the conflict.", T.CASUALTY_REPORT, "cameroon"),
        ("Since the death of its leader, Abu Bakr Ali, the group has grown.", T.CASUALTY_REPORT, "nigeria"),
        ("Since morning the rebels did not violate the ceasefire.", T.CEASEFIRE_VIOLATION, "russia-ukraine"),
        ("So far 6,000 have fled the fighting.", T.GROUND_CLASH, "libya"),
    ],
)
def test_ranks_old_deaths_truces_not_violated_and_flight_from_fighting_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Air raid sirens were set off in several northern towns.", T.ROCKET_FIRE, "israel-lebanon"),
        ("Clashes have intensified near the border crossing.", T.GROUND_CLASH, "afghanistan-pakistan"),
        ("Several villages in the district were hit by insurgent attacks.", T.GROUND_CLASH, "mozambique"),
        ("The army base at Koutougou was the target of an attack on Monday.", T.GROUND_CLASH, "sahel"),
        ("The governor issued a warning to four border provinces.", T.THREAT_STATEMENT, "thailand-cambodia"),
        (
            "Officials urged all residents in border villages to follow evacuation plans.",
            T.THREAT_STATEMENT,
            "thailand-cambodia",
        ),
        ("Soldiers bombed civilian homes in the town.", T.INFRASTRUCTURE_DAMAGE, "myanmar"),
        ("It was the fiercest fighting in the region since the war began in November.", T.GROUND_CLASH, "ethiopia"),
    ],
)
def test_sirens_set_off_clashes_intensified_attacks_on_villages_warnings_and_homes_bombed_of_round_42(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("The clashes have so far claimed the lives of 40 fighters.", "killed", 40),
        ("Approximately 2,500 reportedly fled to Uganda.", "displaced", 2500),
    ],
)
def test_lives_claimed_and_people_who_reportedly_fled_are_counted(sentence: str, field: str, value: int) -> None:
    assert any(getattr(e.counts, field) == value for e in events(sentence, "drc"))


@pytest.mark.parametrize(
    ("sentence", "theatre", "places"),
    [
        (
            "Fighting erupted in the Catatumbo region, affecting towns including Abrego, Teorama and Tibu.",
            "colombia",
            {"Abrego", "Teorama", "Tibu"},
        ),
        (
            "Shelling was reported along the border in Poonch, including Mendhar, Mankote and even Gulpur.",
            "india-pakistan",
            {"Mendhar", "Mankote", "Gulpur"},
        ),
        (
            "Clashes broke out on Monday in Birka, Sarafaya, Jakho I and Jartouna villages.",
            "sudan",
            {"Birka", "Sarafaya", "Jakho I", "Jartouna"},
        ),
    ],
)
def test_a_clash_in_each_of_the_places_listed_within_a_region(sentence: str, theatre: str, places: set[str]) -> None:
    found = {e.location.name for e in events(sentence, theatre) if e.type is T.GROUND_CLASH and e.location}
    assert places <= found, found


@pytest.mark.parametrize(
    ("sentence", "theatre", "places", "not_places"),
    [
        (
            "Heavy shelling hit Idlib, Ariha, Kafr Nubl and Maarat al-Numan overnight.",
            "syria",
            {"Idlib", "Ariha", "Kafranbel", "Maarat al-Numan"},
            set(),
        ),
        (
            "Insurgents clashed with troops in Macomia, Chiure, Vila do Ibo and Nangololo.",
            "mozambique",
            {"Macomia", "Chiure", "Vila do Ibo", "Nangololo"},
            set(),
        ),
        (
            "Insurgents clashed with troops in Macomia, Chiure, Hamas and Nangololo.",
            "mozambique",
            {"Macomia", "Chiure"},
            {"Hamas"},
        ),
    ],
)
def test_a_list_of_places_goes_on_past_a_known_place_with_names_the_gazetteer_lacks(
    sentence: str, theatre: str, places: set[str], not_places: set[str]
) -> None:
    found = {e.location.name for e in events(sentence, theatre) if e.type is T.GROUND_CLASH and e.location}
    assert places <= found, found
    assert not found & not_places


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The rebels launched the attack at dusk on the outskirts of Beni.", T.GROUND_CLASH, "drc"),
        ("Gunmen shot dead four farmers near the village on Monday.", T.GROUND_CLASH, "nigeria"),
        ("Fighting began to flare up in areas south of the capital.", T.GROUND_CLASH, "libya"),
        ("Rescuers searched a house that was hit by a missile in Ashdod.", T.AIR_STRIKE, "israel-iran"),
        ("Rescuers searched a house that was hit by a missile in Ashdod.", T.INFRASTRUCTURE_DAMAGE, "israel-iran"),
        ("The army launched a sweeping aerial campaign against the rebels.", T.AIR_STRIKE, "myanmar"),
        ("Tehran retaliated by launching counterstrikes on Israel.", T.AIR_STRIKE, "israel-iran"),
        ("Drones carried out bombings against the militants near the base.", T.AIR_STRIKE, "somalia"),
        ("The blast shattered much of the old theatre building.", T.INFRASTRUCTURE_DAMAGE, "russia-ukraine"),
        ("He told the forces to withdraw or face a military intervention.", T.THREAT_STATEMENT, "syria"),
    ],
)
def test_attacks_launched_people_shot_dead_missiles_that_hit_aerial_campaigns_and_ultimatums_of_round_43(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_herder_who_died_of_a_gunshot_wound_is_a_toll_of_one() -> None:
    assert one("One herder died of a gunshot wound in the town.", T.CASUALTY_REPORT, "sudan").counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Helicopters dropped troops behind the front on Tuesday.", T.AIR_STRIKE, "myanmar"),
        ("The embassy was summoned and a strong protest lodged.", T.CIVIL_UNREST, "india-pakistan"),
        ("The minister warned on Monday against a ground assault on the city.", T.GROUND_CLASH, "israel-gaza"),
        ("Two trucks, weapons and ammunition were seized.", T.GROUND_CLASH, "nigeria"),
        ("The faction is notorious for suicide bombings.", T.GROUND_CLASH, "nigeria"),
    ],
)
def test_troops_dropped_protests_lodged_warnings_seizures_and_reputations_are_no_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_an_age_in_brackets_is_no_figure() -> None:
    found = events("Displaced Amna Ali (14) was injured in a robbery near the camp on Sunday.", "sudan")
    assert all(e.counts.displaced != 14 for e in found)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Eight were killed in an attack overnight on the village of Dori.", T.GROUND_CLASH, "sahel"),
        ("On Friday, an attack killed 12 civilians in the village of Bourzanga.", T.GROUND_CLASH, "sahel"),
        ("Turkish artillery strikes on a resort killed nine people.", T.GROUND_CLASH, "iraq"),
        ("About 15 projectiles were identified crossing from Lebanon.", T.ROCKET_FIRE, "israel-lebanon"),
        ("The army launched a “pre-emptive” strike on the group's positions.", T.AIR_STRIKE, "israel-lebanon"),
        ("Youths threw stones at soldiers in the old city.", T.CIVIL_UNREST, "west-bank"),
        ("The bombing resulted in the loss of five civilians in the town.", T.CASUALTY_REPORT, "syria"),
        ("The blast smashed windows in the vicinity of the ministry.", T.INFRASTRUCTURE_DAMAGE, "somalia"),
    ],
)
def test_attacks_with_a_place_artillery_strikes_projectiles_crossing_stones_and_windows_of_round_44(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("The insurgency has claimed around 30,000 lives and displaced two million people.", "killed", 30000),
        ("Intercommunal violence displaces 12,000 people in the county", "displaced", 12000),
        ("Soldiers killed a senior PIJ operative in the city.", "killed", 1),
    ],
)
def test_lives_claimed_with_a_hedge_present_tense_displacement_and_operatives(
    sentence: str, field: str, value: int
) -> None:
    assert any(getattr(e.counts, field) == value for e in events(sentence, "nigeria"))


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The district has suffered repeated attacks by the group.", T.GROUND_CLASH, "nigeria"),
        ("Armed group clashes displace 9,000 people in the county", T.GROUND_CLASH, "south-sudan"),
        ("Settlers hurled stones at passing cars near the village.", T.CIVIL_UNREST, "west-bank"),
        ("Two car bomb explosions killed or wounded scores of people.", T.CASUALTY_REPORT, "somalia"),
    ],
)
def test_repeated_attacks_clashes_as_a_cause_settlers_stones_and_explosions_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        (
            "The ministry summoned the envoy to register its “strong protest” at the shelling.",
            T.DIPLOMATIC_STATEMENT,
            "india-pakistan",
        ),
        ("The war has claimed an estimated 12,000 lives in the region.", T.CASUALTY_REPORT, "sudan"),
        (
            "The separatists escalated hostilities across the region using heavy artillery.",
            T.GROUND_CLASH,
            "russia-ukraine",
        ),
    ],
)
def test_protests_registered_in_quotes_estimated_lives_and_escalated_hostilities_of_round_45(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "The ministry summoned the envoy to register its “strong protest” at the shelling.",
            T.CIVIL_UNREST,
            "india-pakistan",
        ),
        ("OCHA warned of a rapidly deteriorating humanitarian situation in the city.", T.THREAT_STATEMENT, "sudan"),
        ("He urged the parties to demonstrate full commitment to the truce.", T.CIVIL_UNREST, "yemen"),
        ("It was the worst attack since the truce took effect in April.", T.CEASEFIRE_IN_EFFECT, "yemen"),
        ("US forces have not been targeted in the attack, officials said.", T.AIR_STRIKE, "israel-iran"),
        ("The militants detonated two car bombs at the airport.", T.INFRASTRUCTURE_DAMAGE, "somalia"),
    ],
)
def test_protests_registered_humanitarian_warnings_commitment_old_truces_denials_and_detonations_are_not_events(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Two villagers were killed by Indian shelling across the Line of Control.", T.GROUND_CLASH, "india-pakistan"),
        ("A man was wounded by Israeli fire near the crossing on Monday.", T.GROUND_CLASH, "israel-gaza"),
        (
            "Six policemen were injured in a quadcopter attack on a police station.",
            T.AIR_STRIKE,
            "afghanistan-pakistan",
        ),
        ("Two people died after an Israeli assault on the village of Tiri.", T.GROUND_CLASH, "israel-lebanon"),
    ],
)
def test_fire_named_with_a_place_or_side_quadcopters_and_assaults_on_villages(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_shelling_named_only_as_the_cause_of_a_toll_is_no_clash() -> None:
    assert T.GROUND_CLASH not in types("Three people were killed by shelling.", "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The blast left about fifty affected homes in the village.", T.INFRASTRUCTURE_DAMAGE, "colombia"),
        ("Windows broke from the blasts across the street.", T.INFRASTRUCTURE_DAMAGE, "israel-lebanon"),
        ("Fighters destroyed health facilities in the county.", T.INFRASTRUCTURE_DAMAGE, "south-sudan"),
        ("Attacks by armed elements around the village of Lopa continued.", T.GROUND_CLASH, "drc"),
        ("There was a fresh confrontation among forces in the county.", T.GROUND_CLASH, "south-sudan"),
        ("Troops conducted a raid on the city before dawn.", T.GROUND_CLASH, "west-bank"),
        ("Hundreds of demonstrators gathered outside the army headquarters.", T.CIVIL_UNREST, "haiti"),
        ("Officials said a ceasefire had indeed been reached.", T.CEASEFIRE_AGREED, "israel-gaza"),
        ("The calm came after a previous truce was punctured by rocket fire.", T.CEASEFIRE_VIOLATION, "israel-gaza"),
        ("The government on Monday announced a nationwide state of emergency.", T.THREAT_STATEMENT, "israel-lebanon"),
    ],
)
def test_homes_affected_windows_broken_attacks_by_armed_elements_demonstrators_truces_reached_of_round_46(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_people_prompted_to_flee_are_counted() -> None:
    sentence = "The attacks have prompted nearly 20,000 people to flee to the camp."
    assert one(sentence, T.DISPLACEMENT_REPORT, "drc").counts.displaced == 20000


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The regime has continued to conduct air raids on villages.", T.AIR_STRIKE, "myanmar"),
        (
            "These strikes come amid a 48-hour ceasefire agreement between the two nations.",
            T.CEASEFIRE_AGREED,
            "afghanistan-pakistan",
        ),
        ("He called on both sides to end continuous confrontations among forces.", T.GROUND_CLASH, "south-sudan"),
    ],
)
def test_ongoing_conduct_truces_as_background_and_appeals_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Four soldiers were martyred in the attack on the post.", T.CASUALTY_REPORT, "afghanistan-pakistan"),
        (
            "It was the second ceasefire attempt in a row to collapse within hours.",
            T.CEASEFIRE_ENDED,
            "armenia-azerbaijan",
        ),
        ("There were new attempts to bring about a ceasefire by Qatar.", T.CEASEFIRE_TALKS, "drc"),
        ("The enemy fired at the positions of the brigade near the village.", T.GROUND_CLASH, "russia-ukraine"),
        ("A barrage of 30 projectiles was fired across the border.", T.ROCKET_FIRE, "israel-lebanon"),
        ("The army destroyed several ammunition dumps across the line.", T.INFRASTRUCTURE_DAMAGE, "india-pakistan"),
        ("The raid destroyed a husseiniya in the village.", T.INFRASTRUCTURE_DAMAGE, "israel-lebanon"),
        ("The pleas for a ceasefire went unheeded.", T.CEASEFIRE_TALKS, "sudan"),
    ],
)
def test_martyrs_truce_attempts_positions_fired_at_barrages_and_dumps_of_round_47(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_figure_printed_with_a_space_after_its_comma() -> None:
    sentence = "More than 151, 000 people have been displaced in the region."
    assert one(sentence, T.DISPLACEMENT_REPORT, "ethiopia").counts.displaced == 151000


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The missile hit some of the city's industrial infrastructure.", T.INFRASTRUCTURE_DAMAGE, "russia-ukraine"),
        ("The strikes hit cranes, fuel tanks and vessels at the port.", T.INFRASTRUCTURE_DAMAGE, "yemen"),
        ("Fighters were looting and vandalising public property in the town.", T.INFRASTRUCTURE_DAMAGE, "sudan"),
        ("A ceasefire has gone into effect in the north-western region.", T.CEASEFIRE_IN_EFFECT, "syria"),
        (
            "More than 100 people arrived at the Malakal Protection of Civilians site.",
            T.DISPLACEMENT_REPORT,
            "south-sudan",
        ),
        ("Fighting extended further east to Pakwa on Friday.", T.GROUND_CLASH, "south-sudan"),
    ],
)
def test_weapons_that_hit_sites_looting_truces_gone_into_effect_arrivals_and_fighting_spreading_of_round_48(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_the_death_of_a_rebel_is_a_toll_of_one() -> None:
    sentence = "The firefight resulted in the death of a rebel near the village."
    assert one(sentence, T.CASUALTY_REPORT, "philippines").counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "Volunteers estimated that 5,000 residents would be displaced by the fighting.",
            T.DISPLACEMENT_REPORT,
            "myanmar",
        ),
        ("A truck carrying the rocket launcher has been seized.", T.GROUND_CLASH, "iraq"),
        ("Women have been fighting for their rights for decades.", T.GROUND_CLASH, "israel-gaza"),
        ("The violence has spread to neighbouring countries.", T.GROUND_CLASH, "nigeria"),
    ],
)
def test_forecasts_seizures_campaigns_and_regional_spread_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Fighting is continuing for the tenth day over the region.", T.GROUND_CLASH, "armenia-azerbaijan"),
        ("Overnight the forces fired upon the towns Askeran and Martuni.", T.GROUND_CLASH, "armenia-azerbaijan"),
        ("Eight people were killed in a roadside bombing in the south.", T.GROUND_CLASH, "somalia"),
        ("Tribal fighters attacked the SDF-held towns of Dhiban and Abu Hamam.", T.GROUND_CLASH, "syria"),
        ("A group of gunmen descended on the village of Melija.", T.GROUND_CLASH, "mozambique"),
        ("On 8 March the town was attacked once more by a non-state armed group.", T.GROUND_CLASH, "nigeria"),
        (
            "Over 2 million persons have been forced to leave their areas of residence.",
            T.DISPLACEMENT_REPORT,
            "nigeria",
        ),
    ],
)
def test_fighting_continuing_fire_upon_towns_bombings_and_people_forced_to_leave_of_round_49(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("At least twelve security personnel embraced martyrdom in the attack.", 12),
        ("The raid resulted in the martyrdom of nine personnel.", 9),
        ("The provisional tally stood at 165.", 165),
    ],
)
def test_martyrdom_and_a_provisional_tally_are_tolls(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "afghanistan-pakistan").counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The army took control of the city without having to fight.", T.GROUND_CLASH, "somalia"),
        ("The group has demonstrated the ability to strike back.", T.CIVIL_UNREST, "somalia"),
    ],
)
def test_a_town_taken_without_a_fight_and_a_shown_capability_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Bandits on Monday morning attacked Goran Namaye in the Maradun area.", T.GROUND_CLASH, "nigeria"),
        ("The bandits engaged the vigilantes in a fierce gun duel.", T.GROUND_CLASH, "nigeria"),
        ("Over 50 people are taking refuge in the school because of the attack.", T.DISPLACEMENT_REPORT, "nigeria"),
        ("The insurgents decapitated more than 20 people in the village.", T.CASUALTY_REPORT, "mozambique"),
    ],
)
def test_named_villages_attacked_gun_duels_refuge_and_beheadings_of_round_50(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "The fighting is the worst since the 1990s, when some 30,000 people were killed.",
            T.CASUALTY_REPORT,
            "armenia-azerbaijan",
        ),
        ("A photo capturing the aftermath in the port city of Odesa.", T.GROUND_CLASH, "russia-ukraine"),
    ],
)
def test_tolls_of_a_past_decade_and_photos_capturing_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        (
            "Four civilians were killed by Thai shelling on Monday in the border provinces.",
            T.GROUND_CLASH,
            "thailand-cambodia",
        ),
        ("The military said aircraft had struck militants in the camp.", T.AIR_STRIKE, "west-bank"),
        ("An armed group irrupted in the village of Namssiguia on Sunday.", T.GROUND_CLASH, "sahel"),
        ("The missile caused minimal damage near the airport.", T.INFRASTRUCTURE_DAMAGE, "yemen"),
        ("Gunmen destroyed the communication antenna in the village.", T.INFRASTRUCTURE_DAMAGE, "sahel"),
    ],
)
def test_side_named_shelling_aircraft_that_had_struck_irruptions_and_damage_caused_of_round_51(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_curfew_loosened_is_no_threat() -> None:
    assert T.THREAT_STATEMENT not in types("The curfew was loosened after calm returned to the city.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Fighting has been raging of late in Maungdaw and Gwa townships.", T.GROUND_CLASH, "myanmar"),
        ("The rebels have conducted attacks in several localities of Ituri.", T.GROUND_CLASH, "drc"),
        ("A drone fired two missiles into a house in the village.", T.INFRASTRUCTURE_DAMAGE, "israel-lebanon"),
    ],
)
def test_fighting_raging_attacks_conducted_in_places_and_missiles_into_a_house_of_round_52(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_men_a_force_lost_are_a_toll() -> None:
    assert one("Our forces lost 12 men in the battle for the base.", T.CASUALTY_REPORT, "somalia").counts.killed == 12


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("There was no immediate comment from the army on the airstrike.", T.AIR_STRIKE, "libya"),
        (
            "Officials said ceasefire violations are expected to increase this summer.",
            T.CEASEFIRE_VIOLATION,
            "india-pakistan",
        ),
    ],
)
def test_no_comment_and_expected_violations_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Two men were killed during an Israeli settler attack on the town of Sinjil.", T.GROUND_CLASH, "west-bank"),
        ("The strike obliterated the first three floors of the building.", T.INFRASTRUCTURE_DAMAGE, "syria"),
        ("Settlers fired live bullets at villagers near the spring.", T.GROUND_CLASH, "west-bank"),
        ("The resistance occupied two junta outposts on Friday.", T.GROUND_CLASH, "myanmar"),
    ],
)
def test_a_settler_attack_floors_obliterated_live_fire_and_outposts_occupied_of_round_53(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The aid worker said 16 donkeys were killed in the market.", T.CASUALTY_REPORT, "ethiopia"),
        ("Without any clashes on the ground, the strike hit the market.", T.GROUND_CLASH, "myanmar"),
        ("Videos circulating online captured drone sightings over the city.", T.GROUND_CLASH, "india-pakistan"),
    ],
)
def test_animals_no_clashes_videos_and_trends_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("More than 20,000 of these IDPs moved on to Bunia last week.", 20_000),
        ("The influx brought the number of IDPs in Bunia to over 410,000 on Monday.", 410_000),
        ("By 3 March the number of conflict-related displacements in Ituri had risen to 1.2 million.", 1_200_000),
        ("4’300 internally displaced (provisional) in Bunia, according to the cluster.", 4_300),
        ("Some 9,800 people now sheltering in 40 informal sites around Bunia.", 9_800),
    ],
)
def test_displaced_counted_as_part_of_a_group_as_a_number_of_or_with_apostrophes_of_round_54(
    sentence: str, displaced: int
) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "drc").counts.displaced == displaced


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("A blast ripped through a primary school in Dessie on Sunday.", T.INFRASTRUCTURE_DAMAGE, "ethiopia"),
        ("The bomb tore through a crowded market in Baidoa.", T.INFRASTRUCTURE_DAMAGE, "somalia"),
    ],
)
def test_a_blast_that_tore_through_a_building_is_damage(sentence: str, expected: EventType, theatre: str) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "Families of the captives join a rally calling for a truce outside the ministry.",
            T.CEASEFIRE_TALKS,
            "israel-gaza",
        ),
        (
            "Families of the captives join a rally calling for a truce outside the ministry.",
            T.DIPLOMATIC_STATEMENT,
            "israel-gaza",
        ),
        ("The blast was the latest in a string of rocket attacks on the embassy in Baghdad.", T.ROCKET_FIRE, "iraq"),
    ],
)
def test_a_rallys_call_and_the_attacks_a_new_one_follows_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        (
            "Troops shelled the town of Hadrut with heavy multiple rocket launchers.",
            T.ROCKET_FIRE,
            "armenia-azerbaijan",
        ),
        (
            "Officials said the enemy was shelling Hadrut from a “Smerch” rocket system.",
            T.ROCKET_FIRE,
            "armenia-azerbaijan",
        ),
        (
            "Shelling has rendered 1,200 houses and 40 schools in Tartar unusable.",
            T.INFRASTRUCTURE_DAMAGE,
            "armenia-azerbaijan",
        ),
        (
            "The army told Palestinians to temporarily evacuate eastern districts of Rafah.",
            T.THREAT_STATEMENT,
            "israel-gaza",
        ),
    ],
)
def test_launchers_that_shell_and_evacuation_orders_to_a_people_of_round_55(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_deaths_and_injuries_joined_in_a_toll_are_each_their_own_figure() -> None:
    toll = one(
        "The war in the south has caused some 2,000 deaths and 9,000 injuries.", T.CASUALTY_REPORT, "israel-lebanon"
    )
    assert (toll.counts.killed, toll.counts.injured) == (2_000, 9_000)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("The militias are often accused of violating human rights.", T.CEASEFIRE_VIOLATION, "sahel"),
        ("READ: Drone strikes on Kismayo doubled in 2023", T.AIR_STRIKE, "somalia"),
        ("Read More: Clashes in Baidoa kill twelve soldiers", T.GROUND_CLASH, "somalia"),
        ("Most of the victims in the pagoda were burned beyond recognition.", T.INFRASTRUCTURE_DAMAGE, "myanmar"),
        (
            "More than 200 evacuation centres opened in Surin for the displaced.",
            T.DISPLACEMENT_REPORT,
            "thailand-cambodia",
        ),
        (
            "The ministry accused the rebels of a shelling attack on Stepanakert.",
            T.DIPLOMATIC_STATEMENT,
            "armenia-azerbaijan",
        ),
    ],
)
def test_rights_violations_links_burned_victims_shelters_and_attacks_laid_at_a_door_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Resistance fighters are locked in a battle to capture Hpruso.", T.GROUND_CLASH, "myanmar"),
        ("The shelling caused fires in two houses in Nikopol.", T.INFRASTRUCTURE_DAMAGE, "russia-ukraine"),
    ],
)
def test_a_battle_to_capture_a_town_and_shelling_that_caused_fires_in_houses_of_round_56(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Tanks moved into Rafah after truce talks in Doha ended without a deal.", T.CEASEFIRE_ENDED, "israel-gaza"),
        ("The army published video footage showing airstrikes on Jabalia.", T.AIR_STRIKE, "israel-gaza"),
        ("Activists accused the militia of committing a massacre in Tawila.", T.DIPLOMATIC_STATEMENT, "sudan"),
    ],
)
def test_talks_that_ended_footage_of_strikes_and_a_massacre_laid_at_a_door_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_a_town_named_in_the_theatres_file_wins_over_a_shorter_name_inside_it() -> None:
    clash = one("Clashes continued in Ras al-Ain on Saturday.", T.GROUND_CLASH, "syria")
    assert clash.location is not None
    assert clash.location.name == "Ras al-Ain"


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A man was killed and six others, including a girl, were injured in the strike on Tyre.", 1, 6),
        ("Two women and a man were killed and eight people were wounded in the strike on Tyre.", 3, 8),
        ("A paramedic and another civilian were killed in the strike on Tyre.", 2, None),
        ("The strike on Tyre wounded three men and a woman.", None, 4),
        ("Twelve people were killed in the strike on Tyre, including five children and a woman.", 12, None),
    ],
)
def test_people_joined_to_a_toll_are_counted_with_it(sentence: str, killed: int | None, injured: int | None) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, "israel-lebanon")
    assert (toll.counts.killed, toll.counts.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "field", "value", "theatre"),
    [
        (
            "The ministry recorded some 1,800 Israeli violations of the truce, including the deaths of 61 people.",
            "killed",
            61,
            "israel-lebanon",
        ),
        (
            "A further 410 displaced families (approximately 2,050 individuals) arrived in Marib city.",
            "displaced",
            2_050,
            "yemen",
        ),
    ],
)
def test_violations_are_no_people_and_families_counted_as_individuals_count_the_individuals(
    sentence: str, field: str, value: int, theatre: str
) -> None:
    found = [e for e in events(sentence, theatre) if getattr(e.counts, field)]
    assert found, f"no {field} in {sentence!r}"
    assert getattr(found[0].counts, field) == value


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The army told residents to leave Gaza's Khan Younis region on Monday.", "Khan Younis"),
        ("Gaza's civil defence agency said 12 people were killed in a strike on Nuseirat.", "Nuseirat"),
        (
            "At least two people were killed and nine others were injured when a crowd set fire to a radio station "
            "in Pakistan’s Peshawar.",
            "Peshawar",
        ),
        (
            "More than 20,000 families have fled a military operation in Pakistan's Khyber Pakhtunkhwa.",
            "Khyber Pakhtunkhwa",
        ),
        ("Afghanistan’s deputy minister was killed with six others in a blast in Kabul on Wednesday.", "Kabul"),
        ("At least four people were killed in Cameroon’s largest city, Douala, on Monday.", "Douala"),
        ("Four soldiers were killed in an attack on a Pakistan Army check post in Bajaur on Thursday.", "Bajaur"),
    ],
)
def test_a_place_that_owns_what_follows_it_is_not_the_events_place(sentence: str, place: str) -> None:
    found = events(sentence)
    assert found
    assert {e.location.name for e in found if e.location is not None} == {place}


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("There have been other attacks in Chiure and Balama districts.", T.GROUND_CLASH, "mozambique"),
        ("The army post in Quissanga had been attacked at dawn.", T.GROUND_CLASH, "mozambique"),
        ("A fresh wave of attacks hit Ancuabe district this week.", T.GROUND_CLASH, "mozambique"),
        ("Insurgents attacked the outskirts of Palma with mortars.", T.ROCKET_FIRE, "mozambique"),
        ("Gunmen raided the district’s Tal Khuwaira village overnight.", T.GROUND_CLASH, "iraq"),
        ("Its jets destroyed the cooling tower of the Natanz reactor.", T.INFRASTRUCTURE_DAMAGE, "israel-iran"),
    ],
)
def test_attacks_that_there_have_been_posts_attacked_waves_mortars_raids_and_reactors_of_round_58(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_places_sharing_a_plural_kind_after_and_are_each_a_place() -> None:
    clashes = [
        e for e in events("Insurgents attacked Chiure and Balama districts.", "mozambique") if e.type is T.GROUND_CLASH
    ]
    assert {e.location.name for e in clashes if e.location is not None} == {"Chiure", "Balama"}


def test_a_span_of_months_is_dated_by_its_last_month() -> None:
    fighting = one("Fighting continued in February and March in Palma district.", T.GROUND_CLASH, "mozambique")
    assert fighting.location is not None


def test_an_announced_intention_to_attack_is_no_attack() -> None:
    assert T.GROUND_CLASH not in types("The RSF announced its intention to launch an offensive on El Obeid.", "sudan")


def test_a_place_that_owns_what_follows_it_stays_beside_a_place_as_broad() -> None:
    strikes = one("Gaza's health ministry said 40 people had been killed since Israel launched strikes.", T.AIR_STRIKE)
    assert strikes.location is not None
    assert strikes.location.name == "Gaza Strip"


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Heavy firing exchanges are under way on the border near Uri.", T.GROUND_CLASH, "india-pakistan"),
        ("Two villagers were killed in shell attacks by the army in Kupwara.", T.GROUND_CLASH, "india-pakistan"),
        ("The fighting reignited overnight in Zawiya.", T.GROUND_CLASH, "libya"),
        ("The main fighting on Tuesday in Zawiya was between two militias.", T.GROUND_CLASH, "libya"),
        ("The militia continued to shell Babanusa on Sunday.", T.GROUND_CLASH, "sudan"),
        ("A truce collapsed in Jaramana, with fighting resuming the next day.", T.GROUND_CLASH, "syria"),
        ("A clinic in Khan Younis sustained heavy damage in the strike.", T.INFRASTRUCTURE_DAMAGE, "israel-gaza"),
        ("The raiders went on a spree of killing and arson in Damasak.", T.INFRASTRUCTURE_DAMAGE, "nigeria"),
    ],
)
def test_firing_exchanges_shell_attacks_fighting_that_reignited_or_resumed_damage_sustained_and_arson_of_round_57(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The army asked displaced people to avoid villages near the border.", T.THREAT_STATEMENT, "israel-lebanon"),
        (
            "They went back despite warnings from the army that they should stay away.",
            T.THREAT_STATEMENT,
            "israel-lebanon",
        ),
        ("Settlers rampaged through the village of Sinjil on Friday.", T.GROUND_CLASH, "west-bank"),
        ("Duma was one of several villages raided by settlers this week.", T.GROUND_CLASH, "west-bank"),
        ("A shell fired by an army battalion hit a house in Minbya.", T.GROUND_CLASH, "myanmar"),
        ("The General Assembly adopted a resolution on the annexation on Wednesday.", T.UN_SESSION, "russia-ukraine"),
    ],
)
def test_civilians_asked_to_avoid_places_rampages_raids_by_settlers_shells_fired_and_assembly_votes_of_round_59(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Two soldiers were killed in a bomb blast targeting their patrol in Tuz Khurmatu.", T.GROUND_CLASH, "iraq"),
        ("Troops fired with automatic weapons at forward posts in Uri.", T.GROUND_CLASH, "india-pakistan"),
        ("Gunfire was still heard early on Saturday in Janzour.", T.GROUND_CLASH, "libya"),
        ("Two militants were waylaid near the Dadaab refugee camp on Monday.", T.GROUND_CLASH, "kenya"),
        ("The brigade has committed to ceasing hostilities in Janzour.", T.CEASEFIRE_AGREED, "libya"),
    ],
)
def test_bomb_blasts_fire_with_weapons_gunfire_heard_ambushes_and_commitments_to_cease_of_round_60(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Surgeons in Sumy are fighting for the lives of two children.", T.GROUND_CLASH, "russia-ukraine"),
        ("The gunmen used rocket-propelled grenades in the attack on Bannu.", T.ROCKET_FIRE, "afghanistan-pakistan"),
        ("Residents are urged to follow instructions to seek shelter in Haifa.", T.DIPLOMATIC_STATEMENT, "israel-iran"),
    ],
)
def test_lives_fought_for_grenades_and_instructions_urged_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_families_counted_or_as_individuals_count_the_individuals() -> None:
    sentence = "Some 40 families or 160 individuals fled Barangay Tabon in Sipalay City."
    assert one(sentence, T.DISPLACEMENT_REPORT, "philippines").counts.displaced == 160


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Gaza truce, prisoner deal reached", T.CEASEFIRE_AGREED, "israel-gaza"),
        ("We welcome the truce reached by the parties in Gaza.", T.CEASEFIRE_AGREED, "israel-gaza"),
        ("Artillery and tanks targeted positions in the town of Khiam.", T.GROUND_CLASH, "israel-lebanon"),
        (
            "Three villagers were beheaded by suspected insurgents in Muidumbe.",
            T.VIOLENCE_AGAINST_CIVILIANS,
            "mozambique",
        ),
        ("Two people died in an attack on a neighbourhood of Mueda town.", T.GROUND_CLASH, "mozambique"),
        ("Russians shell Nikopol overnight", T.GROUND_CLASH, "russia-ukraine"),
        ("The village of Kozatske was also under fire.", T.GROUND_CLASH, "russia-ukraine"),
        ("Shabab bomb in Baidoa kills five", T.GROUND_CLASH, "somalia"),
    ],
)
def test_truces_reached_artillery_and_tanks_beheadings_neighbourhoods_attacked_shelling_and_bombs_of_round_61(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "Four fishermen were returning home from the sea near Mocimboa da Praia.",
            T.DISPLACEMENT_REPORT,
            "mozambique",
        ),
        ("Shabab bomb in Baidoa kills five", T.AIR_STRIKE, "somalia"),
    ],
)
def test_fishermen_going_home_and_a_shabab_bomb_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("A truce has been established in Janzour after two days of clashes.", T.CEASEFIRE_IN_EFFECT, "libya"),
        ("Fighting between the army and the rebels has also taken place in Hpakant.", T.GROUND_CLASH, "myanmar"),
    ],
)
def test_a_truce_established_and_fighting_that_took_place_of_round_62(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("One constable embraced martyrdom in Bannu, while another was injured.", 1),
        ("Gunmen struck and killed a police reservist in Bannu.", 1),
    ],
)
def test_a_policeman_who_embraced_martyrdom_or_a_reservist_killed_is_one_dead(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "afghanistan-pakistan").counts.killed == killed


def test_armed_men_who_clashed_with_police_are_a_clash_not_unrest() -> None:
    assert types("Al-Shabaab fighters clashed with police reservists in Mandera.", "kenya") == {T.GROUND_CLASH}


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Settler attacks forced out the last families of Ras Ein al-Auja.", T.GROUND_CLASH, "west-bank"),
        ("The envoy urged the Houthis to return to negotiations over Hodeidah.", T.CEASEFIRE_TALKS, "yemen"),
    ],
)
def test_settler_attacks_and_a_return_to_negotiations_of_round_63(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("After the airstrike, all schools in Tubas were closed.", T.AIR_STRIKE, "west-bank"),
        ("The gunmen moved from house to house in Kaura, seizing six women.", T.DISPLACEMENT_REPORT, "nigeria"),
        (
            "The governor blamed the Oromo Liberation Army (OLA) for the attack in Gida.",
            T.DIPLOMATIC_STATEMENT,
            "ethiopia",
        ),
        ("Al-Shabaab continues to carry out suicide attacks in Mogadishu.", T.GROUND_CLASH, "somalia"),
    ],
)
def test_a_strike_named_as_a_time_raiders_going_house_to_house_blame_and_habits_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


def test_a_running_toll_between_a_dated_start_and_now_is_no_background() -> None:
    sentence = "Between 7 October 2023 and 12 March 2024, 31,000 Palestinians were killed in Gaza."
    assert one(sentence, T.CASUALTY_REPORT).counts.killed == 31_000


def test_a_staff_member_killed_is_one_dead() -> None:
    assert one("A UN staff member was killed in Rafah on Monday.", T.CASUALTY_REPORT).counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The army opened targeted fire on positions near Sotk.", T.GROUND_CLASH, "armenia-azerbaijan"),
        (
            "Baku accused Armenian troops of firing at the positions of its army near Kalbajar.",
            T.GROUND_CLASH,
            "armenia-azerbaijan",
        ),
        (
            "Such provocations near Sotk will face a decisive response, the ministry warned.",
            T.THREAT_STATEMENT,
            "armenia-azerbaijan",
        ),
        ("Insurgents raided, over the past days, the villages of Mitope and Nanjua.", T.GROUND_CLASH, "mozambique"),
    ],
)
def test_targeted_fire_firing_at_positions_provocations_that_will_face_a_response_and_raids_of_round_64(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_child_shot_dead_is_one_dead_child() -> None:
    toll = one("Insurgents shot dead a nine-year-old child in Mbau on Tuesday.", T.CASUALTY_REPORT, "mozambique")
    assert (toll.counts.killed, toll.counts.children) == (1, 1)


def test_unrest_linked_to_jihadists_is_background() -> None:
    assert T.CIVIL_UNREST not in types("Unrest linked to jihadist groups also plagues Niger and Mali.", "sahel")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Fighting escalates in Amhara, residents said on Friday.", T.GROUND_CLASH, "ethiopia"),
        ("He said he could hear heavy gunfire in Dessie on Thursday.", T.GROUND_CLASH, "ethiopia"),
        ("The gunmen went on to Biu, shooting sporadically.", T.GROUND_CLASH, "nigeria"),
    ],
)
def test_fighting_that_escalates_gunfire_one_could_hear_and_sporadic_shooting_of_round_65(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_a_service_member_injured_is_one_injured() -> None:
    toll = one("The rocket hit the base at Erbil, injuring one Iraqi service member.", T.CASUALTY_REPORT, "iraq")
    assert toll.counts.injured == 1


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "The ADF has pledged allegiance to Islamic State and raids villages near Beni.",
            T.DIPLOMATIC_STATEMENT,
            "drc",
        ),
        ("A drone heading for Erbil airport was shot down and destroyed.", T.INFRASTRUCTURE_DAMAGE, "iraq"),
    ],
)
def test_allegiance_pledged_and_drones_shot_down_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("A patrol hit an explosive device near the W National Park on Friday.", T.GROUND_CLASH, "benin"),
        ("Rwandan forces killed a number of jihadists in Mbau and Awasse.", T.GROUND_CLASH, "mozambique"),
        ("Witnesses reported the use of mortars in the attacks on Sotk.", T.ROCKET_FIRE, "armenia-azerbaijan"),
        ("A house in Haifa sustained a direct hit.", T.INFRASTRUCTURE_DAMAGE, "israel-iran"),
    ],
)
def test_mines_hit_fighters_killed_by_forces_mortars_used_and_direct_hits_of_round_66(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The shelling of Pokrovsk resulted in one fatality.", 1),
        ("A woman found the body of a relative killed in the shelling of Pokrovsk.", 1),
    ],
)
def test_one_fatality_and_a_relative_killed_are_one_dead(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "russia-ukraine").counts.killed == killed


@pytest.mark.parametrize(
    "sentence",
    ["The clashes in Zawiya subsided by Saturday noon.", "The clashing sides in Zawiya are allied militias."],
)
def test_clashes_that_subsided_and_the_clashing_sides_are_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "libya")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("The rebels claimed the capture of the localities of Rumangabo and Kalengera.", T.GROUND_CLASH, "drc"),
        ("The militants had caused damage in attacks on Gimbi.", T.INFRASTRUCTURE_DAMAGE, "ethiopia"),
        ("The raiders went on to burn shops and homes in Dankade.", T.INFRASTRUCTURE_DAMAGE, "nigeria"),
        ("Bulldozers bulldozed the roads at the entrance to Nur Shams camp.", T.INFRASTRUCTURE_DAMAGE, "west-bank"),
        ("Fighting between the army and the RSF is continuing in Omdurman.", T.GROUND_CLASH, "sudan"),
        ("A recent escalation in fighting in Sirwah district displaced thousands.", T.GROUND_CLASH, "yemen"),
        (
            "The junta chief said the army will take decisive action against the resistance in Sagaing.",
            T.THREAT_STATEMENT,
            "myanmar",
        ),
    ],
)
def test_captures_claimed_damage_caused_burning_bulldozing_fighting_continuing_and_decisive_action_of_round_67(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_strikes_a_party_has_repeatedly_carried_out_are_no_strike() -> None:
    assert T.AIR_STRIKE not in types("Turkey has repeatedly carried out strikes on the PKK in Sinjar.", "iraq")


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        (
            "Troops and Taliban forces had a military confrontation near Torkham.",
            T.GROUND_CLASH,
            "afghanistan-pakistan",
        ),
        ("The fighting in Janzour also went on last night.", T.GROUND_CLASH, "libya"),
        ("The ministry called on residents of Janzour to stay at home.", T.THREAT_STATEMENT, "libya"),
    ],
)
def test_military_confrontations_fighting_that_went_on_and_stay_at_home_calls_of_round_68(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "killed", "theatre"),
    [
        ("A 70-year-old lady was killed in the shelling of Mendhar.", 1, "india-pakistan"),
        ("Insurgents murdered a farmer near Mueda on Sunday.", 1, "mozambique"),
    ],
)
def test_a_lady_killed_or_a_man_murdered_is_one_dead(sentence: str, killed: int, theatre: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("No one was killed or wounded in Bamenda, though the blast caused panic.", T.CASUALTY_REPORT, "cameroon"),
        ("The truce in Lebanon was scheduled to take effect at dawn.", T.CEASEFIRE_IN_EFFECT, "israel-lebanon"),
    ],
)
def test_denied_wounds_and_a_truce_scheduled_to_take_effect_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("Israeli aircraft launched raids on Zibqin and Kafr Rumman overnight.", T.AIR_STRIKE, "israel-lebanon"),
        ("Rocket barrages targeted Safed and Acre on Monday.", T.ROCKET_FIRE, "israel-lebanon"),
        ("The rebels attacked the Border Guard Police (BGP) sector at Maungdaw.", T.GROUND_CLASH, "myanmar"),
    ],
)
def test_raids_by_aircraft_rocket_barrages_that_targeted_places_and_sectors_attacked_of_round_69(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        (
            "Hezbollah vowed to keep up its fire on Metula until a ceasefire is reached.",
            T.CEASEFIRE_AGREED,
            "israel-lebanon",
        ),
        (
            "Around 200 junta soldiers managed to flee from Buthidaung on Sunday night.",
            T.DISPLACEMENT_REPORT,
            "myanmar",
        ),
    ],
)
def test_a_truce_until_it_is_reached_and_soldiers_who_fled_are_not_events_of_their_kind(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "expected", "theatre"),
    [
        ("We urge the population of Stepanakert to seek shelter.", T.THREAT_STATEMENT, "armenia-azerbaijan"),
        (
            "Gangs killed 12 people in a massacre at the Cabaret market on Sunday.",
            T.VIOLENCE_AGAINST_CIVILIANS,
            "haiti",
        ),
        ("A policeman was killed in a raid at a police checkpoint in Mandera.", T.GROUND_CLASH, "kenya"),
    ],
)
def test_calls_to_seek_shelter_massacres_at_a_place_and_raids_at_a_checkpoint_of_round_70(
    sentence: str, expected: EventType, theatre: str
) -> None:
    assert expected in types(sentence, theatre)


def test_the_end_of_a_truce_declared_is_no_truce_agreed() -> None:
    assert T.CEASEFIRE_AGREED not in types(
        "The TTP declared the end of the ceasefire in Bannu.", "afghanistan-pakistan"
    )


def test_troops_deployed_as_residents_fled_are_not_displaced() -> None:
    found = events("As residents fled, the army deployed 5,000 troops to the Catatumbo region.", "colombia")
    assert not [e for e in found if e.counts.displaced]


def test_security_forces_wounded_returning_fire_are_injured() -> None:
    sentence = "Two members of the security forces who were returning fire in Bamenda were wounded."
    assert one(sentence, T.CASUALTY_REPORT, "cameroon").counts.injured == 2


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The Indian Army retaliated strongly along the Line of Control in Uri on Sunday.", "india-pakistan"),
        ("Police in Lakki Marwat retaliated against the attackers on Friday night.", "afghanistan-pakistan"),
        ("The Azerbaijani side took corresponding response measures near Tovuz on Monday.", "armenia-azerbaijan"),
        ("Fierce battles continue around Avdiivka, the regional governor said on Monday.", "russia-ukraine"),
        ("The town of Bara has been at the centre of fighting in recent days.", "sudan"),
        ("Aid agencies reported renewed attacks in Djugu and Mahagi on Wednesday.", "drc"),
        ("The traders were attacked along the road to Mueda on Thursday.", "mozambique"),
        ("The police post in Kpendjal has been raided twice since Sunday.", "togo"),
    ],
)
def test_forces_retaliating_battles_going_on_and_places_attacked_of_rounds_48_to_72(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_air_strikes_in_reply_are_no_ground_fighting() -> None:
    sentence = "The army retaliated with air strikes on rebel camps near Uri on Sunday."
    assert types(sentence, "india-pakistan") == {T.AIR_STRIKE}


@pytest.mark.parametrize(
    ("sentence", "theatre", "killed"),
    [
        ("One Ethiopian died in Gondar after gunmen opened fire on a bus.", "ethiopia", 1),
        ("A U.N. peacekeeper was killed in Bangassou on Saturday.", "central-african-republic", 1),
        ("At least 25 villagers were mowed down by gunmen in Djibo on Friday.", "sahel", 25),
    ],
)
def test_one_person_named_by_nationality_or_after_an_acronym_and_people_mowed_down_of_round_73(
    sentence: str, theatre: str, killed: int
) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The market in Djibo was raided again by members of armed groups on Friday.", "sahel"),
        ("The aid warehouse in Dikwa was attacked on Friday.", "nigeria"),
        ("The roof of a school in Uri was hit by a shell on Friday.", "india-pakistan"),
    ],
)
def test_a_place_raided_by_members_of_groups_attacked_on_a_day_or_hit_by_a_shell_of_rounds_73_and_74(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "absent"),
    [
        ("Two soldiers died in the firefight.", "philippines", T.GROUND_CLASH),
        ("Air defences were switched on when drones were spotted over Jammu.", "india-pakistan", T.AIR_STRIKE),
        ("A blackout and a red alert were announced in Amritsar on Friday.", "india-pakistan", T.INFRASTRUCTURE_DAMAGE),
    ],
)
def test_a_firefight_told_before_drones_spotted_and_a_blackout_announced_are_no_events_of_their_kind(
    sentence: str, theatre: str, absent: EventType
) -> None:
    assert absent not in types(sentence, theatre)


def test_targets_listed_after_the_strike_are_each_struck() -> None:
    found = events("Among the camps hit were Kotli and Muzaffarabad, the army said on Wednesday.", "india-pakistan")
    assert {e.location.name for e in found if e.type is T.AIR_STRIKE and e.location} >= {"Kotli", "Muzaffarabad"}


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Since Monday, army bases in Damboa and Gwoza have been targeted.", "nigeria"),
        ("Russian forces resumed their attacks at dawn near Kupiansk on Friday.", "russia-ukraine"),
        ("Intermittent gunfire continued near Tovuz on Friday night.", "armenia-azerbaijan"),
    ],
)
def test_bases_targeted_attacks_resumed_and_gunfire_that_continued_of_round_76(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Salma Haddad, a nurse from the town of Nawa, was shot and killed on Tuesday night.", "syria"),
        ("Karim Saleh, a driver from Tafas, was fatally shot on Tuesday.", "syria"),
        ("Gunmen ambushed a convoy near Bentiu on Tuesday, killing the County Commissioner Peter Gai.", "south-sudan"),
    ],
)
def test_people_shot_and_killed_fatally_shot_or_a_commissioner_killed_of_round_75(sentence: str, theatre: str) -> None:
    counts = one(sentence, T.CASUALTY_REPORT, theatre).counts
    assert counts.killed == 1
    assert not counts.combatants  # a commissioner is no fighter


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Israeli forces' operations in Qalqilya and Nablus went on for a third day.", "west-bank"),
        ("The Lebanese army said it returned fire near Khiam on Tuesday.", "israel-lebanon"),
        ("Unknown gunmen carried out two assassinations in Tafas on Tuesday night.", "syria"),
    ],
)
def test_operations_in_places_fire_returned_and_assassinations_carried_out_of_round_75(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Civil society in Beni condemned the killings and called on the army to act.",
        "A local doctors' network denounced the shelling of the market in Beni.",
        "Residents accused the soldiers of doing nothing to stop the attack in Beni.",
    ],
)
def test_statements_of_civil_society_doctors_or_residents_are_no_diplomatic_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "drc")


def test_a_government_condemning_is_still_a_diplomatic_statement() -> None:
    assert T.DIPLOMATIC_STATEMENT in types("The government of Uganda condemned the killings in Beni on Sunday.", "drc")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Another attack was carried out by Fano militias in Debre Markos on Friday.", "ethiopia"),
        ("Settlers also attacked a shepherd near Sinjil on Friday.", "west-bank"),
        ("The shooting is said to have occurred on Friday night in Bawku.", "ghana"),
    ],
)
def test_attacks_carried_out_by_settlers_who_also_attacked_and_a_shooting_said_to_have_occurred_of_rounds_77_and_78(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "killed"),
    [
        ("More than 90 people, including soldiers, have lost their lives in Kpendjal since 2022.", "togo", 90),
        ("A member of the Radaa force was killed in Zawiya on Friday.", "libya", 1),
    ],
)
def test_people_who_lost_their_lives_after_an_aside_and_a_member_of_a_force_killed(
    sentence: str, theatre: str, killed: int
) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.killed == killed


def test_damage_during_the_crossfire_is_no_second_clash() -> None:
    assert T.GROUND_CLASH not in types("During the crossfire, two shops in Damboa were damaged.", "nigeria")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("More than 20 individuals were abducted on the road out of Mora on Monday.", "cameroon"),
        ("Soldiers forcibly disappeared three herders near Sofara in February.", "sahel"),
    ],
)
def test_individuals_abducted_and_people_forcibly_disappeared_of_round_80(sentence: str, theatre: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Kenya and the AU called for the fighting around Beni to stop at once.", "drc"),
        ("The EU called on Armenia and Azerbaijan to halt military action in Nagorno-Karabakh.", "armenia-azerbaijan"),
    ],
)
def test_calls_for_the_fighting_to_stop_or_on_a_party_to_halt_its_operations_are_ceasefire_talks(
    sentence: str, theatre: str
) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "In northern Rakhine the informal truce is fragile, aid workers said.",
        "A renewed ceasefire prevails in the border villages of Batken.",
    ],
)
def test_a_truce_that_prevails_or_is_fragile_is_in_effect(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "myanmar" if "Rakhine" in sentence else "kyrgyzstan-tajikistan")


def test_an_aid_charity_condemning_an_attack_is_no_diplomatic_statement() -> None:
    sentence = "Doctors Without Borders strongly condemns the attack on its clinic in Nasir on Sunday."
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "south-sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Three soldiers were killed in clashes with the PKK in Duhok on Sunday.", "iraq"),
        ("Armenian troops fired back at the border near Jermuk.", "armenia-azerbaijan"),
    ],
)
def test_a_toll_of_clashes_with_a_group_in_a_place_and_fire_answered_of_round_83(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_ground_forces_backed_by_air_power_are_an_air_strike_too() -> None:
    sentence = "Troops backed by airpower killed 12 militants near Rafah in North Sinai on Monday."
    assert {T.AIR_STRIKE, T.GROUND_CLASH} <= types(sentence, "egypt")


def test_stun_grenades_to_disperse_a_crowd_are_no_bombing() -> None:
    assert T.AIR_STRIKE not in types("Police used tear gas and shock bombs to disperse a crowd in Zvecan.", "kosovo")


def test_soldiers_lost_counted_in_words() -> None:
    assert (
        one("We have lost seven soldiers in this attack near Marka.", T.CASUALTY_REPORT, "somalia").counts.killed == 7
    )


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Eight herders were shot dead by ISWAP fighters near Gwoza on Friday.", "nigeria"),
        ("An armed group reportedly killed six traders on the road to Beni on Monday.", "drc"),
    ],
)
def test_people_shot_dead_by_a_group_or_killed_by_one_named_as_a_group_of_round_86(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Suspected jihadists gunned down at least 20 worshippers in two Tillaberi villages.", "sahel"),
        ("Government troops fired on an Ethiopian border post near Humera on Sunday.", "ethiopia"),
        ("Clan militiamen killed eleven villagers near Kismayo on Sunday.", "somalia"),
        ("A local journalist was shot dead at dawn on Friday by unknown gunmen in Basra.", "iraq"),
    ],
)
def test_people_gunned_down_killed_or_shot_dead_by_armed_men_and_fire_on_one_post_are_clashes(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_fuel_truck_explosion_is_no_casualty_of_the_conflict() -> None:
    sentence = "On Saturday a fuel truck explosion in Cap-Haitien killed at least 60 people."
    assert T.CASUALTY_REPORT not in types(sentence, "haiti")


def test_a_health_post_set_on_fire_is_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types("Gunmen set fire to the health post in Djibo on Sunday.", "sahel")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("After midnight the troops opened intense fire at the village of Sotk.", "armenia-azerbaijan"),
        ("Nine people died in an inter-clan fight near Abudwak in Galgadud on Saturday.", "somalia"),
        ("Our village was attacked by the insurgents near Macomia.", "mozambique"),
    ],
)
def test_fire_opened_with_an_adjective_clan_fighting_and_a_village_attacked_of_rounds_87_and_88(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenia's Security Council held an extraordinary meeting on Tuesday night.",
        "The president spoke after a meeting of the country's national security council.",
    ],
)
def test_a_states_own_security_council_meeting_is_a_cabinet_meeting_not_a_un_session(sentence: str) -> None:
    found = types(sentence, "armenia-azerbaijan")
    assert T.CABINET_MEETING in found
    assert T.UN_SESSION not in found


def test_the_elimination_of_fighters_is_a_toll() -> None:
    sentence = "The raid led to the elimination of four separatist fighters near Bamenda."
    assert one(sentence, T.CASUALTY_REPORT, "cameroon").counts.killed == 4


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("An attack led by ADF fighters killed nine farmers in Oicha on Sunday.", "drc"),
        ("Seven soldiers were killed in two suspected jihadist attacks near Djibo on Monday.", "sahel"),
    ],
)
def test_an_attack_given_the_group_that_led_it_or_several_suspected_attacks_of_round_89(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Fighting had been ongoing in Nasir since Monday, local officials said.", "south-sudan"),
        ("Residents reported a continuation of battles between the army and the RSF in Omdurman.", "sudan"),
        ("A teenager was shot dead by soldiers in the Faraa camp on Tuesday.", "west-bank"),
    ],
)
def test_fighting_told_as_going_on_or_resumed_and_people_shot_dead_by_soldiers(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "kind"),
    [
        ("Hostilities have also been reported in Aleppo and Deir ez-Zor.", "syria", T.GROUND_CLASH),
        (
            "Militants lobbed a bomb at the house of a local leader in Imphal on Friday.",
            "india-pakistan",
            T.GROUND_CLASH,
        ),
        ("About 3,000 people crossed the border to seek refuge in Arauquita.", "colombia", T.DISPLACEMENT_REPORT),
    ],
)
def test_hostilities_reported_a_bomb_lobbed_jets_that_had_struck_and_people_seeking_refuge_of_round_91_and_92(
    sentence: str, theatre: str, kind: T
) -> None:
    assert kind in types(sentence, theatre)


def test_jets_that_had_struck_targets_are_read_by_the_air_strike_rule_not_only_guessed() -> None:
    sentence = 'Earlier, fighter jets had "struck a series of targets" in Aadchit.'
    assert one(sentence, T.AIR_STRIKE, "israel-lebanon").source.extractor == "air-strike"


def test_a_bomb_lobbed_by_hand_is_no_air_strike() -> None:
    sentence = "Militants lobbed a bomb at the house of a local leader in Imphal on Friday."
    assert T.AIR_STRIKE not in types(sentence, "india-pakistan")


@pytest.mark.parametrize(
    ("sentence", "theatre", "field", "value"),
    [
        ("Soldiers killed 23-year-old Mr Yonas Tabuni near the Bilogai village on Sunday.", "indonesia", "killed", 1),
        ("Ahmed Saleh al-Masri was shot dead in Daraa on Monday night.", "syria", "killed", 1),
        ("Three traders were hit by stray bullets in the market of Macomia.", "mozambique", "injured", 3),
    ],
)
def test_a_person_killed_by_name_after_an_age_or_title_and_people_hit_by_stray_bullets(
    sentence: str, theatre: str, field: str, value: int
) -> None:
    assert getattr(one(sentence, T.CASUALTY_REPORT, theatre).counts, field) == value


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Iranian missiles made impacts in Haifa and Tel Aviv overnight.", "israel-iran"),
        ("Explosive drones had been used in Aguililla, officials said on Monday.", "mexico"),
        ("US forces were attacked by drones in Erbil on Tuesday.", "iraq"),
    ],
)
def test_jet_strikes_missile_impacts_drones_used_or_attacking_of_rounds_87_to_91(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


def test_fighter_jet_strikes_are_read_by_the_air_strike_rule_not_only_guessed() -> None:
    sentence = "Fighter jet strikes continued in Kermanshah on Sunday."
    assert one(sentence, T.AIR_STRIKE, "israel-iran").source.extractor == "air-strike"


@pytest.mark.parametrize(
    ("sentence", "theatre", "kind"),
    [
        (
            "An operation in North Waziristan triggered an intense shootout on Sunday.",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
        ),
        ("The unit was attacked in the vicinity of the village of Tokabangou.", "sahel", T.GROUND_CLASH),
        ("Turkish forces launched air and ground attacks on Manbij on Sunday.", "syria", T.AIR_STRIKE),
        ("Their ground assaults went on near Manbij all of Sunday.", "syria", T.GROUND_CLASH),
    ],
)
def test_a_shootout_a_unit_attacked_near_a_village_and_air_and_ground_attacks_of_rounds_93_and_94(
    sentence: str, theatre: str, kind: T
) -> None:
    assert kind in types(sentence, theatre)


def test_people_who_found_refuge_are_displaced() -> None:
    sentence = "Some 12,000 people have found refuge in schools in Pemba since Friday."
    assert one(sentence, T.DISPLACEMENT_REPORT, "mozambique").counts.displaced == 12000


@pytest.mark.parametrize(
    "sentence",
    [
        "Yerevan accused Baku of staging an offensive near Jermuk on Tuesday.",
        "The army has been accused of deploying long-range rockets near Jermuk.",
        '"We deplore the loss of six of our soldiers," an army source said of the attack near Jermuk.',
    ],
)
def test_accusations_of_what_happened_or_by_no_one_and_a_forces_own_losses_are_no_diplomatic_statements(
    sentence: str,
) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    "sentence",
    [
        "This is not the first time gunmen have attacked schools near Kasese.",
        "This marks the third major Israeli military raid in Jenin in less than two years.",
    ],
)
def test_an_attack_counted_among_others_is_no_new_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "west-bank" if "Jenin" in sentence else "uganda")


@pytest.mark.parametrize(
    "sentence",
    [
        "He would not say whether he had asked Israel to pause strikes on Iran.",
        "The cessation of these air strikes depends on cutting off their fuel, the spokesman said in Tehran.",
    ],
)
def test_strikes_paused_or_their_cessation_are_no_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "israel-iran")


def test_a_separate_encounter_is_a_clash() -> None:
    sentence = "In a separate encounter, two rebels were killed by troops near Bamenda on Wednesday."
    assert T.GROUND_CLASH in types(sentence, "cameroon")


@pytest.mark.parametrize(
    ("sentence", "theatre", "killed"),
    [
        ("Israeli forces killed one Palestinian in Qalqilya on Monday.", "west-bank", 1),
        ("The army said it killed a Sudanese near Tawila on Friday.", "sudan", 1),
        ("The military said it killed four “bandits” near Zurmi on Sunday.", "nigeria", 4),
        ("Security forces killed 35 Taliban in Kurram on Saturday.", "afghanistan-pakistan", 35),
    ],
)
def test_one_person_by_nationality_before_a_place_and_people_quoted_or_named_taliban(
    sentence: str, theatre: str, killed: int
) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.killed == killed


def test_the_taliban_government_is_no_toll() -> None:
    sentence = "The 3 Taliban officials met Pakistani envoys in Kabul on Sunday."
    assert T.CASUALTY_REPORT not in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Three soldiers were hurt on Tuesday when a remote-controlled bomb hit their truck near Mandera.",
        "Two militants died when a bomb they were assembling went off in a house in Mandera.",
        "Two officers were injured in a bomb attack outside the police station in Mandera on Sunday.",
    ],
)
def test_bombs_set_off_on_the_ground_are_ground_fighting(sentence: str) -> None:
    found = types(sentence, "kenya")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_bomb_attacks_by_russians_are_no_ground_fighting() -> None:
    found = types(
        "The Russians carried out four bomb attacks on residential areas of Kharkiv on Saturday.", "russia-ukraine"
    )
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "An attack blamed on jihadists killed 12 villagers in Djibo on Monday.",
        "Suspected jihadist attack in Burkina kills 12 near Djibo.",
        "On Sunday, an attack attributed to separatists struck a market near Djibo, leaving three people dead.",
    ],
)
def test_an_attack_blamed_on_a_group_is_ground_fighting(sentence: str) -> None:
    found = types(sentence, "sahel")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A woman was burnt alive in Jibia on Monday.", 1),
        ("A soldier and an unidentified civilian lost their lives in the attack in Jibia.", 2),
        ("Thirteen workers of the gold mine were kidnapped and murdered in Jibia.", 13),
    ],
)
def test_people_burnt_alive_who_lost_their_lives_or_kidnapped_and_murdered_are_killed(
    sentence: str, killed: int
) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "nigeria").counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "combatants"),
    [
        ("Security forces killed a Maoist in an encounter near Bijapur on Friday.", 1, 1),
        ("Security forces killed three Naxalites in an encounter near Bijapur on Friday.", 3, 3),
        ("Gunmen shot dead a commercial motorcyclist near Bijapur on Monday.", 1, None),
    ],
)
def test_maoists_and_a_motorcyclist_killed_are_counted(sentence: str, killed: int, combatants: int | None) -> None:
    counts = one(sentence, T.CASUALTY_REPORT, "india").counts
    assert (counts.killed, counts.combatants) == (killed, combatants)


def test_a_sniper_named_before_what_he_did_is_ground_fighting() -> None:
    sentence = "A sniper from the resistance force killed three soldiers in Nanza village on Friday."
    assert T.GROUND_CLASH in types(sentence, "myanmar")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Separatist fighters had called for a two-week lockdown across the region.", "cameroon"),
        ("Local mosques called on residents to donate blood at the hospital in Bamenda.", "cameroon"),
        ("“We are appalled by this killing,” said the head of MSF in Gaza.", "israel-gaza"),
        ("MSF is horrified by the killing of two of its doctors in Gaza.", "israel-gaza"),
    ],
)
def test_armed_groups_congregations_and_charities_make_no_diplomatic_statement(sentence: str, theatre: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, theatre)


def test_a_ministry_appalled_by_a_killing_still_makes_one() -> None:
    sentence = "The foreign ministry said it was appalled by the killing of two doctors in Gaza."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "israel-gaza")


def test_air_assaults_are_air_strikes() -> None:
    sentence = "The junta launched air assaults on villages near Dawei on Saturday, forcing residents to flee."
    found = types(sentence, "myanmar")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("The second victim, Laibungjam Inao (27), was shot dead by armed men near Imphal.", 1, None),
        ("The other policeman was wounded in the firing near Imphal on Friday.", None, 1),
    ],
)
def test_the_second_or_other_person_named_with_an_apposition_is_counted(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    counts = one(sentence, T.CASUALTY_REPORT, "india").counts
    assert (counts.killed, counts.injured) == (killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "Haiti: a wave of violence in Port-au-Prince",
        "An upsurge of violence in the south-east is deepening the suffering, a UN spokesperson said on Tuesday.",
    ],
)
def test_a_wave_of_violence_named_as_a_trend_is_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "haiti")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army chief expressed his deep condolences at the death of the soldiers near Bawku.", "ghana"),
        ("The army rejected accusations that its officers fired on civilians in Bawku on Friday.", "ghana"),
        ("The fighting started after farmers accused herders of destroying their crops near Sarh.", "chad"),
    ],
)
def test_condolences_for_a_forces_own_dead_denials_and_feuding_farmers_are_no_statement(
    sentence: str, theatre: str
) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, theatre)


def test_a_leaders_condolences_to_a_civilian_victims_family_are_a_statement() -> None:
    sentence = "Prime Minister Hun Manet expressed condolences to the family of a civilian killed near Prey Chan."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "thailand-cambodia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Burkina Faso: 25 displaced civilians killed by armed assailants near Kaya on Sunday.",
        "UNHCR condemned the killing of 25 internally displaced people near Kaya on Sunday.",
        "Gunmen killed 25 IDPs near Kaya on Sunday.",
    ],
)
def test_displaced_people_killed_are_a_toll_not_a_displacement(sentence: str) -> None:
    found = one(sentence, T.CASUALTY_REPORT, "sahel")
    assert found.counts.killed == 25
    assert T.DISPLACEMENT_REPORT not in types(sentence, "sahel")


def test_mortar_bombs_are_rocket_fire_not_an_air_strike() -> None:
    sentence = "On Wednesday night, mortar bombs struck several districts of Mogadishu, killing at least one civilian."
    found = types(sentence, "somalia")
    assert T.ROCKET_FIRE in found
    assert T.AIR_STRIKE not in found
    assert one(sentence, T.CASUALTY_REPORT, "somalia").counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday a massacre killed at least 115 people in Pont-Sonde.",
        "Gang members committed massacres against residents in Pont-Sonde last week.",
        "Witnesses said gunmen rounded up villagers in Pont-Sonde before executing them.",
    ],
)
def test_massacres_named_as_such_and_executions_are_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "haiti")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Latest ISWAP attack in Borno leaves farmers dead near Mafa.", "nigeria"),
        ("Four people were killed in Amba attacks in Bamenda on Monday.", "cameroon"),
        ("New attacks blamed on ADF rebels left ten people dead near Beni on Sunday.", "drc"),
        ("The victims died following a night attack by unknown assailants in Kamwenge.", "uganda"),
    ],
)
def test_an_attack_named_by_its_group_or_blamed_on_one_is_ground_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_people_killed_in_an_attack_blamed_on_a_group_tell_the_attack_too() -> None:
    sentence = "Two soldiers were killed in an attack blamed on separatist fighters near Mamfe on Friday."
    assert T.GROUND_CLASH in types(sentence, "cameroon")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said in a statement it pledged to “retaliate” for the attack near Marib.",
        "The government forces pledged to punish the militia for the soldiers' deaths near Marib.",
        "“We will pursue them until the last terrorist is eliminated,” the governor of Marib said.",
        "Both governments have urged their citizens near the border to evacuate on Friday.",
    ],
)
def test_vows_of_punishment_and_calls_on_citizens_to_leave_are_threats(sentence: str) -> None:
    found = types(sentence, "yemen")
    assert T.THREAT_STATEMENT in found
    assert T.DIPLOMATIC_STATEMENT not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Congolese army shells M23 positions in Nyiragongo territory", "drc"),
        ("Residents said Stepanakert was under artillery bombardment on Tuesday.", "armenia-azerbaijan"),
    ],
)
def test_shelling_and_artillery_bombardment_are_ground_fighting_not_air_strikes(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_no_casualties_in_a_strike_told_before_is_no_new_strike() -> None:
    sentence = "Fortunately, no casualties have been reported in the airstrike, the mayor of Zawia said."
    assert T.AIR_STRIKE not in types(sentence, "libya")


def test_artillery_beside_drone_strikes_is_ground_fighting_and_an_air_strike() -> None:
    sentence = "Artillery and combat drone strikes have been reported from Sotk on Tuesday."
    assert {T.GROUND_CLASH, T.AIR_STRIKE} <= types(sentence, "armenia-azerbaijan")


def test_the_flight_of_people_is_their_displacement() -> None:
    sentence = "The violence caused the flight of more than 5,000 people from Carrefour-Feuilles on Tuesday."
    assert one(sentence, T.DISPLACEMENT_REPORT, "haiti").counts.displaced == 5000


@pytest.mark.parametrize(
    "sentence",
    [
        "During the operation near Liboi the team recovered improvised explosive device (IED) making materials.",
        "Police said the two men were placing an improvised explosive device near Liboi when they were arrested.",
        "The fighters also seized a large volume of arms and equipment near Liboi.",
    ],
)
def test_explosives_found_or_being_laid_and_arms_seized_are_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "kenya")


@pytest.mark.parametrize(
    "sentence",
    [
        "Clashes between herders and farmers are common in the region around Sarh.",
        "Deadly inter-communal conflicts are relatively frequent in Chad, mainly between herders and farmers.",
        "The rebels have clashed with the army in parts of Sarh throughout their war.",
    ],
)
def test_fighting_told_as_common_or_throughout_a_war_is_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "chad")


def test_the_causes_of_clashes_told_before_are_no_new_clash() -> None:
    assert T.GROUND_CLASH not in types("The exact causes of the clashes near Sarh were not immediately clear.", "chad")


@pytest.mark.parametrize(
    "sentence",
    [
        "He appealed to the people of Kasese to work closely with the army and volunteer information.",
        "To fight the insurgents, the government is calling on thousands of volunteers to form militias near Kasese.",
        "“I called for an ambulance,” a witness in Kasese said.",
    ],
)
def test_appeals_to_ones_own_people_and_calls_for_help_are_no_diplomatic_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "uganda")


@pytest.mark.parametrize(
    "sentence",
    [
        "The armed forces, with air support, eliminated at least 22 people near Tillaberi on Monday.",
        "Soldiers shot at the village from helicopters near Tillaberi on Monday.",
        "On Monday a strike disrupted the electricity and water supply in Tillaberi.",
    ],
)
def test_fire_from_the_air_beside_troops_and_a_strike_that_cut_supplies_are_air_strikes(sentence: str) -> None:
    assert T.AIR_STRIKE in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN mission called on rebels and militias to immediately cease hostilities near Bangui.",
        "“We urge all the parties involved to cease fire,” the UN envoy said in Bangui.",
        "The Secretary-General requested an “immediate cessation to the violence” around Bangui.",
    ],
)
def test_calls_to_cease_fire_or_for_a_cessation_of_violence_are_ceasefire_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "central-african-republic")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghadames hosted the fifth round of the Joint Military Commission talks on Monday.",
        "A second round of peace talks is underway this week in Tripoli.",
        "Diplomats renewed efforts to restart stalled peace talks in Tripoli.",
    ],
)
def test_rounds_of_talks_and_stalled_talks_restarted_are_ceasefire_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "libya")


@pytest.mark.parametrize(
    "sentence",
    [
        "The massacre took place in the villages of Koundjili and Djoumjoum on Sunday.",
        "Gunmen abducted humanitarian workers in the north of Borno State on Friday.",
        "Some victims had their throats cut in Gajiram, survivors said.",
    ],
)
def test_a_massacre_abducted_aid_staff_and_cut_throats_are_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "nigeria")


@pytest.mark.parametrize(
    "sentence",
    [
        "Entire families were brutally wiped out in their homes in Buthidaung.",
        "Militiamen have been terrorising civilians in the town of Buthidaung.",
        "Witnesses said soldiers were sexually assaulting women in Buthidaung.",
    ],
)
def test_families_wiped_out_civilians_terrorised_and_sexual_assault_are_violence_against_civilians(
    sentence: str,
) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fifty-seven huts were burned in Timberi on Monday.",
        "Two farmhouses were set on fire by militants near Timberi.",
    ],
)
def test_huts_and_farmhouses_burned_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "chad")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president on Tuesday ordered a “nationwide military response” against the attackers in Marib.",
        "The attacks against American and British ships will not stop, the Houthi spokesman said in Sanaa.",
        "The Houthis consider all American and British ships in the Red Sea as hostile targets.",
        "The army said it would start heavy air strikes on Marib if talks failed.",
    ],
)
def test_force_ordered_or_promised_to_go_on_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "yemen")


def test_a_figure_killed_near_a_place_is_counted() -> None:
    assert (
        one("Myanmar army kills eight near India border in dawn ambush", T.CASUALTY_REPORT, "myanmar").counts.killed
        == 8
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Aerial assaults on civilian targets near Magwe have become distressingly common.",
        "The military has conducted frequent airstrikes in Chin State, killing civilians and resistance members.",
        "The group has a reputation for bombing civilian targets in markets near Magwe.",
    ],
)
def test_strikes_told_as_grown_common_frequent_or_a_reputation_are_no_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting has intensified recently in the Darfur region, aid agencies said.",
        "Residents of Geneina reported intense house-to-house fighting on Monday.",
        "Another attack had taken place on Sunday near Geneina.",
        "Five civilians died in the crossfire in the Kutum district on Monday.",
    ],
)
def test_fighting_grown_fiercer_cross_border_an_attack_that_took_place_and_crossfire_at_a_place_are_clashes(
    sentence: str,
) -> None:
    assert T.GROUND_CLASH in types(sentence, "sudan")


def test_people_hurt_by_artillery_attacks_without_a_place_are_a_toll_not_a_clash() -> None:
    found = types("Seven villagers were killed and 12 injured by artillery attacks.", "myanmar")
    assert found == {T.CASUALTY_REPORT}


def test_artillery_attacks_on_a_place_are_a_clash_not_an_air_strike() -> None:
    found = types("Four villagers were killed by artillery attacks on Bilin.", "myanmar")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 30 passengers were killed in an attack on a passenger ship near Timbuktu.",
        "Carried out with howitzers, the attack on the convoy took place near Timbuktu around noon.",
    ],
)
def test_a_river_passenger_ship_or_howitzers_are_attacked_on_the_ground(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "sahel")


def test_a_bombing_a_group_claims_is_on_the_ground() -> None:
    found = types("Islamic State claims bombing of a ministry in Kabul", "afghanistan-pakistan")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_suspects_fleeing_are_not_displaced() -> None:
    assert T.DISPLACEMENT_REPORT not in types("Police chased four suspects fleeing in a car out of Owo.", "nigeria")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The envoy pushed the parties to extend the truce that expires on 2 August.", T.CEASEFIRE_ENDED),
        ("The envoy pushed the parties to extend the truce that expires on 2 August.", T.CEASEFIRE_AGREED),
        ("The rebels set new conditions to accept the proposal to extend the truce.", T.CEASEFIRE_AGREED),
        ("An extended truce would bring more fuel into the port of Hodeidah.", T.CEASEFIRE_AGREED),
        ("All alleged violations must be independently investigated, the envoy said.", T.CEASEFIRE_VIOLATION),
    ],
)
def test_a_truce_pushed_for_or_due_to_expire_is_neither_agreed_nor_ended(sentence: str, absent: EventType) -> None:
    assert absent not in types(sentence, "yemen")


def test_a_person_captured_by_an_armed_group_is_abducted_not_a_clash() -> None:
    found = types("A villager was captured by insurgents on Friday near Macomia.", "mozambique")
    assert T.VIOLENCE_AGAINST_CIVILIANS in found
    assert T.GROUND_CLASH not in found


def test_firing_that_will_be_answered_with_heavier_weapons_is_a_threat() -> None:
    sentence = "The commander warned that any further firing across the border will be responded with heavy weapons."
    assert T.THREAT_STATEMENT in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "A state of emergency was established for Gondar city.",
        "The prime minister introduced a state of emergency across the Amhara region on Friday.",
        "The regional council decided to establish a state of emergency in Gondar.",
    ],
)
def test_a_state_of_emergency_established_or_introduced_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "ethiopia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bombing at a police checkpoint in Beledweyne kills nine",
        "An explosives-laden truck detonated at a checkpoint in Beledweyne on Saturday.",
    ],
)
def test_a_bombing_at_a_checkpoint_and_an_explosives_laden_vehicle_are_on_the_ground(sentence: str) -> None:
    found = types(sentence, "somalia")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_missile_fire_exchanged_is_air_strikes() -> None:
    found = types("Israel and Iran exchanged missile fire for a third day on Monday.", "israel-iran")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army warned of incoming missiles launched from Iran towards Haifa.", "israel-iran"),
        ("The grid operator warns of emergency power cuts in Kharkiv tonight.", "russia-ukraine"),
    ],
)
def test_an_alert_of_incoming_fire_or_a_warning_of_power_cuts_is_no_threat_or_statement(
    sentence: str, theatre: str
) -> None:
    found = types(sentence, theatre)
    assert T.THREAT_STATEMENT not in found
    assert T.DIPLOMATIC_STATEMENT not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Two separate militant attacks on police checkpoints in Lower Dir were repelled on Sunday.",
        "Similar attacks in Nasir Bagh were foiled by police.",
        "In Bannu, militants targeted a check post near the police station.",
        "Assailants on a motorcycle threw a hand grenade at a check post in Charsadda.",
        "The truce has collapsed, with clashes resuming on Monday in Parachinar.",
    ],
)
def test_attacks_on_check_posts_foiled_attacks_grenades_thrown_and_clashes_resuming_are_clashes(
    sentence: str,
) -> None:
    assert T.GROUND_CLASH in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce between the army and the rebels in Rakhine is no longer holding.",
    ],
)
def test_a_truce_no_longer_holding_has_ended(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fears of renewed war are rising two years after a truce ended an assault on Tripoli.",
        "A truce on Sunday ended days of street battles in Tripoli.",
        "The second day of the Tripoli truce ended with sporadic gunfire in the southern suburbs.",
    ],
)
def test_a_truce_that_ended_something_else_or_one_of_its_days_did_not_end(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED not in types(sentence, "libya")


def test_martial_law_imposed_is_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("Martial law has been imposed on three more townships in Rakhine.", "myanmar")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Twelve inmates have been recaptured in Machala.", T.GROUND_CLASH),
        ("Hezbollah says its campaign in Lebanon supports Gaza amid the ongoing fighting.", T.GROUND_CLASH),
        ("Aid workers handed 195 birth kits to displaced women in Tibu.", T.DISPLACEMENT_REPORT),
    ],
)
def test_inmates_recaptured_fighting_as_background_and_kits_for_the_displaced_are_no_events(
    sentence: str, absent: EventType
) -> None:
    assert absent not in types(sentence, "israel-lebanon" if "Hezbollah" in sentence else "colombia")


def test_armed_people_attacking_a_village_or_an_attack_yesterday_on_a_village_are_on_the_ground() -> None:
    assert types("Overnight, armed people attacked the village of Sara.", "sahel") >= {T.GROUND_CLASH}
    assert T.AIR_STRIKE not in types("Overnight, armed people attacked the village of Sara.", "sahel")
    assert T.GROUND_CLASH in types("Ten children died in the attack yesterday on the village of Wad Rawah.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Hostilities between government forces and armed groups across southern Idlib went on.", "syria"),
        ("Attacks against civilians continued unabated, affecting the districts of Macomia and Meluco.", "mozambique"),
        ("On Monday the group claimed an attack in the district of Muidumbe.", "mozambique"),
    ],
)
def test_hostilities_across_a_region_and_attacks_continuing_or_claimed_in_districts_are_clashes(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Families dug shelters in Abu Shouk for protection from artillery and drone attacks.", "sudan"),
        ("Dozens were killed or injured due to airstrikes and shelling in Idlib since May.", "syria"),
        ("Twelve people have been hurt in Poonch since India's 26 February air strike on a camp.", "india-pakistan"),
    ],
)
def test_shelter_from_attacks_a_toll_due_to_strikes_and_a_strike_a_tally_counts_from_are_no_air_strike(
    sentence: str, theatre: str
) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


def test_settlers_attacking_a_village_are_on_the_ground() -> None:
    found = types("Israeli settlers kill one Palestinian in attack on Mughayyir village", "west-bank")
    assert T.AIR_STRIKE not in found


def test_al_shabaab_spelt_without_a_hyphen_attacks_on_the_ground() -> None:
    found = types("Al Shabaab militants killed 12 soldiers in an attack on a base in Lower Shabelle", "somalia")
    assert T.AIR_STRIKE not in found


def test_places_targeted_with_rockets_are_rocket_fire() -> None:
    sentence = "Earlier on Friday, the embassy and a security headquarters were targeted with rockets in Baghdad."
    assert T.ROCKET_FIRE in types(sentence, "iraq")


def test_an_attack_in_a_village_of_two_names_has_its_place() -> None:
    assert T.GROUND_CLASH in types("Bandits killed 16 people in a fresh attack in Ganar Kiyawa village.", "nigeria")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The colonel seized power in a January coup, promising to defeat the jihadists.", "sahel"),
        ("The emergency was declared following the previous inter-communal clashes near Kousseri.", "cameroon"),
        ("Four men were killed in an Israeli drone raid on Nur Shams camp in Tulkarem.", "west-bank"),
        ("The PKK claimed the attack, leading to increased hostilities between Turkey and the SDF in Syria.", "syria"),
    ],
)
def test_a_coup_fighting_before_a_drone_raid_and_rising_hostilities_are_no_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_weather_damage_is_not_the_conflicts() -> None:
    sentence = "Strong winds and heavy rain have hit several townships in Magway, causing damage to shelters."
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "myanmar")


@pytest.mark.parametrize(
    ("sentence", "absent", "theatre"),
    [
        ("Drone strikes on the base are less common.", T.AIR_STRIKE, "iraq"),
        ("Washington blamed militias for previous attacks, mostly rocket attacks on Baghdad.", T.ROCKET_FIRE, "iraq"),
        ("Lebanon blamed the attacks on Israel, which did not comment.", T.AIR_STRIKE, "israel-lebanon"),
    ],
)
def test_strikes_told_as_rare_attacks_of_before_and_attacks_blamed_on_a_party_are_no_events(
    sentence: str, absent: EventType, theatre: str
) -> None:
    assert absent not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The strikes came after a drone attack against a US base in Iraq wounded three troops.", "iraq"),
        ("Escalating violence in Nasir and Ulang counties has displaced 50,000 people since February.", "south-sudan"),
    ],
)
def test_a_drone_attack_on_a_base_and_violence_told_by_whom_it_displaced_are_no_clash(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On 12 March, Israeli forces killed a man during an operation in Jenin camp.", "west-bank"),
        ("Two infiltrators were killed near Uri during a joint operation of the army and police.", "india-pakistan"),
        ("Conflict activities continue to escalate in Marib governorate.", "yemen"),
        ("Forces announced the capture of key militant positions in the Cal Miskaad mountains.", "somalia"),
        ("A man stabbed and injured a settler near Beit Einoun.", "west-bank"),
        ("Violent gang attacks in the rural communities of Gros-Morne left ten dead.", "haiti"),
        ("Troops raided the cities of Jenin and Tulkarm on Wednesday.", "west-bank"),
        ("Tanks and bulldozers advanced on the central city of Deir el-Balah.", "israel-gaza"),
        ("Schools closed due to clashes that have taken place this week in El Geneina.", "sudan"),
    ],
)
def test_killings_in_operations_escalation_captures_stabbings_gang_attacks_and_raids_are_clashes(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_group_attack_in_a_place_is_a_clash() -> None:
    assert T.GROUND_CLASH in types("Iraq - 4 soldiers killed in IS attack in Kirkuk", "iraq")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army warned Iranians to evacuate arms factories near Isfahan.", "israel-iran"),
        ("Locals in Kulgam said the security forces directed them to stay indoors.", "india-pakistan"),
        ("Security forces in El Geneina have been authorised to use all force necessary.", "sudan"),
    ],
)
def test_people_told_to_leave_or_stay_indoors_and_force_authorised_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Houses in Zamuna village have been burnt by the attackers.", "nigeria"),
        ("The troops bulldozed the cemetery in the village of Blida.", "israel-lebanon"),
        ("Iran said Israel struck two oil refineries near Tehran.", "israel-iran"),
    ],
)
def test_homes_burnt_a_cemetery_bulldozed_and_refineries_struck_are_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mediators reconvened in Cairo on Sunday.",
        "The UN official called on the parties to stop the fighting in Gaza.",
    ],
)
def test_mediators_meeting_and_calls_on_the_parties_to_stop_fighting_are_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "israel-gaza")


@pytest.mark.parametrize(
    "sentence",
    [
        "The organisation calls on all parties in El Fasher to respect hospitals.",
        "The committee condemned the shelling of El Obeid and held the RSF responsible.",
    ],
)
def test_an_organisations_or_committees_appeal_is_no_diplomatic_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The clashes have severely disrupted daily life in Parachinar.", "afghanistan-pakistan"),
        ("The government said the rebel offensive in Kanem was over.", "chad"),
        ("The main causes for displacement in Choco are confrontations between armed actors.", "colombia"),
        ("Rifles, pistols and a grenade were seized during the operation in Vila Cruzeiro.", "brazil"),
    ],
)
def test_fighting_told_by_its_effects_an_offensive_over_and_arms_seized_are_no_clash(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_clashes_sparked_by_an_arrest_are_still_clashes() -> None:
    assert T.GROUND_CLASH in types("The clashes in Tripoli were sparked by the detention of a commander.", "libya")


def test_an_attack_named_again_without_a_place_or_time_of_its_own_is_the_one_told_before() -> None:
    text = (
        "A drone strike hit a market in Finote Selam on Sunday, killing 26 people. "
        "Government authorities did not remark on the drone strike."
    )
    strikes = [e for e in events(text, "ethiopia") if e.type is T.AIR_STRIKE]
    assert len(strikes) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Saturday's attack targeted a village in the Sagaing region.",
        "Residents blamed the army for the attack, which took place on Saturday.",
        "Aid workers said the attack on the displaced persons camp in Hpakant late Saturday had killed 12 people.",
    ],
)
def test_the_attack_named_again_after_an_air_strike_is_the_air_strike(second: str) -> None:
    text = f"A junta jet bombed a market in Kani on Saturday, witnesses said. {second}"
    kinds = {e.type for e in events(text, "myanmar")}
    assert T.AIR_STRIKE in kinds
    assert T.GROUND_CLASH not in kinds


def test_the_attack_named_again_after_rocket_fire_is_the_rocket_fire() -> None:
    text = (
        "Rockets struck the coalition base at Erbil airport on Monday night, officials said. "
        "A little-known group claimed responsibility for the attack on the base."
    )
    kinds = {e.type for e in events(text, "iraq")}
    assert T.ROCKET_FIRE in kinds
    assert T.GROUND_CLASH not in kinds


def test_the_attack_named_again_with_an_armed_group_named_is_a_clash() -> None:
    text = (
        "Jihadists attacked the army base in Djibo on Sunday, and a drone struck their column as they fled. "
        "A search for the jihadist survivors of the attack on Monday found several dozen more, the source said."
    )
    clashes = [e for e in events(text, "sahel") if e.type is T.GROUND_CLASH and "survivors" in e.source.evidence]
    assert clashes


def test_the_attack_named_again_with_fighting_on_the_ground_is_a_clash() -> None:
    text = (
        "A junta jet bombed a market in Kani on Saturday, witnesses said. "
        "Saturday's attack on the village of Kyin was carried out by troops who stormed it at dawn."
    )
    assert T.GROUND_CLASH in {e.type for e in events(text, "myanmar")}


def test_an_attack_named_again_with_a_place_of_its_own_is_another() -> None:
    text = "A drone strike hit a market in Finote Selam on Sunday. The drone strike on Bahir Dar followed on Monday."
    strikes = [e for e in events(text, "ethiopia") if e.type is T.AIR_STRIKE]
    assert len(strikes) == 2


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The extent of material and property damage in Guapi remains uncertain.", "colombia"),
        ("No information has been provided on the number of homes burned in Bamenda.", "cameroon"),
        ("Wildfires spreading across Kharkiv oblast destroyed hundreds of homes.", "russia-ukraine"),
        ("Troops destroyed a logistics base used by al-Shabaab militants near Garissa.", "kenya"),
        ("Settlers routinely attack Palestinians near Hebron, destroying their homes.", "west-bank"),
    ],
)
def test_damage_of_unknown_extent_wildfires_bases_destroyed_and_habits_are_no_damage(
    sentence: str, theatre: str
) -> None:
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("In the wake of the unrest, the minister cancelled four election rallies in Imphal.", "india"),
        ("Insurgents began fighting the army after civilian protests in Bamenda.", "cameroon"),
        ("A unit of the riot police captured four insurgents near Palma.", "mozambique"),
        ("South Korea, Japan protest over China, Russia aircraft incursions", "russia-ukraine"),
    ],
)
def test_unrest_as_background_history_riot_police_and_a_governments_protest_are_no_unrest(
    sentence: str, theatre: str
) -> None:
    found = types(sentence, theatre)
    assert T.CIVIL_UNREST not in found


def test_aircraft_incursions_protested_are_no_ground_clash() -> None:
    assert T.GROUND_CLASH not in types(
        "South Korea, Japan protest over China, Russia aircraft incursions", "russia-ukraine"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels denied that nine of their fighters were killed near Ilaga on Tuesday.",
        "Police dismissed reports that 24 people were killed in the attack on Ilaga.",
        "Authorities identified four of the dead near Ilaga so far.",
    ],
)
def test_a_toll_denied_or_dismissed_and_the_dead_identified_are_no_toll(sentence: str) -> None:
    assert T.CASUALTY_REPORT not in types(sentence, "indonesia")


def test_artillery_units_targeting_districts_and_the_villages_of_a_list() -> None:
    text = (
        "Army artillery units targeted Maarat al-Numan and Saraqib districts of Idlib province, "
        "as well as the villages of Kansafra, Kafr Nabl and Hass."
    )
    clashes = [e for e in events(text, "syria") if e.type is T.GROUND_CLASH]
    assert len(clashes) == 5
    assert {e.location.name for e in clashes} >= {"Maarat al-Numan", "Saraqib", "Kansafra", "Hass"}


def test_an_attack_told_with_the_toll_of_a_relative_clause_is_an_attack() -> None:
    text = "Hundreds fled Djibo after the attack on a civilian convoy which killed 30 people on Monday."
    assert {T.GROUND_CLASH, T.CASUALTY_REPORT} <= types(text, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Settlers torched cars and a barn in Sinjil on Wednesday night.",
        "Settlers attacked and damaged Palestinian-owned homes and farm buildings in Sinjil, north of Ramallah, "
        "and also threw stones at passing cars near Turmus Ayya.",
    ],
)
def test_settlers_torching_or_stoning_attack_rather_than_riot(sentence: str) -> None:
    found = types(sentence, "west-bank")
    assert T.GROUND_CLASH in found
    assert T.CIVIL_UNREST not in found


def test_debris_of_a_downed_drone_hitting_a_building_is_a_strike_with_damage() -> None:
    found = types(
        "Fragments also hit a multi-story building in the Obolonskyi district of Kyiv overnight.", "russia-ukraine"
    )
    assert {T.AIR_STRIKE, T.INFRASTRUCTURE_DAMAGE} <= found


def test_fuel_storage_sites_hit_are_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(
        "Drones hit fuel storage sites in Kosti on Tuesday, starting large fires.", "sudan"
    )


def test_people_displaced_from_recent_clashes_tell_no_clash() -> None:
    text = "Displaced families from recent clashes between armed groups arrive in Tibu on Saturday."
    assert T.GROUND_CLASH not in types(text, "colombia")


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with MILF fighters in Datu Piang on Friday. "
        "Two soldiers drowned during the intense firefight, officials said.",
        "Al-Shabaab militants attacked a base in Hiraan on Monday. "
        "The group said it killed 20 soldiers and seized eight military vehicles.",
    ],
)
def test_a_firefight_named_again_and_vehicles_seized_are_the_fight_told_before(text: str) -> None:
    theatre = "philippines" if "MILF" in text else "somalia"
    assert len([e for e in events(text, theatre) if e.type is T.GROUND_CLASH]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A suicide bomb killed 12 people at a military base in Baidoa on Saturday.",
        "Al-Shabaab claimed the twin bomb explosion that hit a market in Baidoa on Saturday.",
    ],
)
def test_a_suicide_bomb_or_a_bomb_explosion_is_a_bombing_on_the_ground(sentence: str) -> None:
    found = types(sentence, "somalia")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_a_truce_called_and_broken_within_minutes_by_a_volley_of_rockets() -> None:
    text = "A truce was called at 10 p.m. on Sunday in Gaza but was broken minutes later by a volley of rockets."
    assert {T.CEASEFIRE_VIOLATION, T.ROCKET_FIRE} <= types(text)


def test_attacks_that_occurred_in_a_commune() -> None:
    assert T.GROUND_CLASH in types("Hundreds fled following attacks that occurred in the commune of Cabaret.", "haiti")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A string of coordinated bomb and gun attacks killed seven people in Jamundi on Tuesday.", "colombia"),
        ("Journalists saw the wreckage of vehicle bombs in Jamundi and Suarez on Tuesday.", "colombia"),
        ("A car exploded in front of the city hall in Jamundi on Tuesday.", "colombia"),
        ("Roadside blasts killed five police officers near Bosaso on Saturday.", "somalia"),
    ],
)
def test_vehicle_bombs_and_roadside_blasts_are_bombings_on_the_ground(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_rockets_fired_by_a_force() -> None:
    text = "Rockets fired by government forces killed six people in the village of Kansafra on Saturday."
    assert T.ROCKET_FIRE in types(text, "syria")


def test_compounds_hit_by_stray_bullets_are_damage_not_a_toll() -> None:
    found = types("Two humanitarian compounds were hit by stray bullets in Kadugli during the clashes.", "sudan")
    assert T.INFRASTRUCTURE_DAMAGE in found
    assert T.CASUALTY_REPORT not in found


def test_operations_launched_against_a_group_in_villages_listed() -> None:
    text = "Troops launched operations against al-Shabaab in several villages including Qararow, Goryale and Waable."
    clashes = [e for e in events(text, "somalia") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in clashes if e.location} == {"Qararow", "Goryale", "Waable"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Omdurman and Bahri have been rocked by fierce battles between the army and the RSF.",
        "Two herders were killed in a cattle raid in Akobo on Tuesday.",
    ],
)
def test_places_rocked_by_battles_and_cattle_raids_are_fighting(sentence: str) -> None:
    theatre = "sudan" if "RSF" in sentence else "south-sudan"
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_displaced_due_to_intercommunal_conflict_tells_no_clash() -> None:
    found = types("Some 600 families were displaced in Magwi and Torit due to inter-communal conflict.", "south-sudan")
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("An estimated 500 people sought shelter in Nyiang town after the fighting.", 500),
        ("Over 8,000 people reportedly returned to Akobo last month.", 8000),
    ],
)
def test_people_who_sought_shelter_or_returned_are_displacement(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "south-sudan").counts.displaced == displaced


def test_people_who_returned_to_power_or_to_base_are_no_displacement() -> None:
    text = "The attack came two years after the Taliban returned to power in Kabul; the convoy returned to Kandahar."
    assert T.DISPLACEMENT_REPORT not in types(text, "afghanistan-pakistan")


def test_the_occupying_forces_firing_at_a_place_are_shelling_unless_with_drones() -> None:
    assert T.GROUND_CLASH in types("The occupying forces fired at houses in Siversk overnight.", "russia-ukraine")
    assert T.GROUND_CLASH not in types(
        "The occupiers hit the ports of Izmail with Shaheds overnight.", "russia-ukraine"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Myanmar's junta storms three townships in Sagaing in bid for a northern town.", "myanmar"),
        ("A separate attack by armed youths left two civilians dead in Panyagoor on Sunday.", "south-sudan"),
    ],
)
def test_a_force_that_storms_places_and_an_attack_by_armed_youths(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Maj. Gen. Juan Cruz lauded the soldiers for repelling the attack in Datu Piang.",
        "The army chief of staff urged commanders to rethink their strategy after the raid in Datu Piang.",
    ],
)
def test_officers_praising_or_urging_their_own_forces_make_no_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "philippines")


def test_tear_gas_fired_in_a_raid_leaves_the_raid_a_raid() -> None:
    text = (
        "An Israeli raid on the Jenin camp killed nine Palestinians on Thursday, "
        "and troops fired tear gas at the hospital."
    )
    found = types(text, "west-bank")
    assert T.GROUND_CLASH in found
    assert T.CIVIL_UNREST not in found


def test_attacks_carried_out_in_places_listed() -> None:
    text = "Residents fled after attacks carried out in Faskari and Sabuwa by bandits on Monday."
    clashes = [e for e in events(text, "nigeria") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in clashes if e.location} == {"Faskari", "Sabuwa"}


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The list is led by 114 murders in Saravena this year.", 114),
        ("Police counted 12 homicides in Tame on Monday.", 12),
    ],
)
def test_murders_and_homicides_counted_are_a_toll(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "colombia").counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Heavy confrontations were also reported in northern Omdurman and northern Bahri.", "sudan"),
        ("Bloody combat between the ELN and the dissidents has broken out in Saravena.", "colombia"),
    ],
)
def test_confrontations_reported_and_combat_between_groups_are_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_combat_told_as_a_span_or_a_start_is_background() -> None:
    text = "Five days of combat between Thailand and Cambodia killed 43 people before a truce took effect."
    assert T.GROUND_CLASH not in types(text, "thailand-cambodia")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Armed groups attacked the internal security forces in Sweida on Sunday.", "syria"),
        ("Armed youths shot dead 15 people in Pibor on Saturday.", "south-sudan"),
        ("The attackers laid siege to the town for nearly two hours on Friday.", "nigeria"),
    ],
)
def test_armed_groups_and_youths_attacking_and_a_siege_laid_are_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_truce_that_ended_the_fighting_is_in_effect() -> None:
    found = types("A US-brokered truce ended the fighting in Sweida last week.", "syria")
    assert T.CEASEFIRE_IN_EFFECT in found
    assert T.CEASEFIRE_TALKS not in found


def test_demonstrating_a_difficulty_is_no_demonstration_and_leaves_the_shelling() -> None:
    text = (
        "Demonstrating the difficulties of delivering aid, an armed group fired artillery shells "
        "into a residential area in Djibo on Monday."
    )
    found = types(text, "sahel")
    assert T.GROUND_CLASH in found
    assert T.CIVIL_UNREST not in found


def test_violence_that_has_displaced_people_tells_no_clash() -> None:
    text = "• Armed inter-clan violence has displaced nearly 150,000 people in Galmudug and Jubaland."
    assert T.GROUND_CLASH not in types(text, "somalia")


def test_fighting_and_airstrikes_that_escalated_in_places() -> None:
    text = "Fighting and airstrikes have escalated in Kawkareik and Myawaddy since 11 April."
    clashes = [e for e in events(text, "myanmar") if e.type is T.GROUND_CLASH]
    assert len(clashes) == 2


def test_an_armed_group_telling_residents_they_should_evacuate_is_a_threat() -> None:
    text = "The Arakan Army told residents on Sunday that they should evacuate Maungdaw by 9 p.m."
    assert T.THREAT_STATEMENT in types(text, "myanmar")


def test_a_truce_suspended_has_ended_not_been_agreed() -> None:
    text = (
        'The minister signed a decree to "suspend the bilateral and temporary national ceasefire" '
        "with the dissidents in Cauca on Sunday."
    )
    found = types(text, "colombia")
    assert T.CEASEFIRE_ENDED in found
    assert T.CEASEFIRE_AGREED not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The raid was against the village of Kitaya, in Mtwara province, on Wednesday.", "tanzania"),
        ("A soldier was shot dead by a member of the “National Defence” militia in Deir Ezzor on Monday.", "syria"),
    ],
)
def test_a_raid_against_a_village_and_a_man_shot_dead_by_a_militia_member(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Several others were treated after inhaling tear gas fired by Israeli soldiers in Qalqilya.", "west-bank"),
        ("Some 400 settlers marched down the main road of Turmus Ayya, setting fire to cars and homes.", "west-bank"),
        ("The region has been wracked by unrest for months, with clashes near Gondar last week.", "ethiopia"),
        ("Gangs terrorise the population, as demonstrated by a massacre at the market in Cabaret.", "haiti"),
        ("The gunmen marched the hostages away from the village near Gusau on Monday.", "nigeria"),
        ("Pakistan summons Indian diplomat to protest at shelling along the Line of Control", "india-pakistan"),
    ],
)
def test_tear_gas_from_soldiers_settlers_marching_and_unrest_as_background_are_no_unrest(
    sentence: str, theatre: str
) -> None:
    assert T.CIVIL_UNREST not in types(sentence, theatre)


def test_protesters_who_marched_through_the_streets_are_unrest() -> None:
    assert T.CIVIL_UNREST in types(
        "Thousands of protesters marched through the streets of Khartoum on Monday.", "sudan"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A bombing targeted a military patrol vehicle near Dibis on Friday, killing three soldiers.", "iraq"),
        ("Numerous bombs have been detonated across Guayaquil since Monday.", "ecuador"),
    ],
)
def test_bombs_detonated_and_a_bombing_targeting_a_patrol_are_on_the_ground(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The perpetrators of this heinous act will be brought to justice, the military said of the Bannu attack.",
        "Burundi later closed its border with Rwanda, which rejected the president's remarks about Bukavu.",
        "The mayor promised residents of Bannu that the road would reopen soon.",
    ],
)
def test_an_act_called_heinous_a_rejection_and_a_promise_of_no_help_are_no_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "afghanistan-pakistan")


def test_a_leader_who_promised_aid_makes_a_statement() -> None:
    text = "The US president said the truce offered a genuine opportunity and promised aid to rebuild Gaza."
    assert T.DIPLOMATIC_STATEMENT in types(text)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("At least 1,100 people have died since the Tripoli offensive began, among them 106 civilians.", "libya"),
        ("The government has banned carrying offensive weapons in Bawku and its surroundings.", "ghana"),
        (
            "UN officials accuse Israel of using disproportionate force in the offensive, which it denies.",
            "israel-gaza",
        ),
    ],
)
def test_an_offensive_named_as_background_is_no_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Government troops launched the offensive near Kalaw after learning of a rebel camp.", "myanmar"),
        ("The Houthi offensive on Marib has intensified, military sources said on Monday.", "yemen"),
    ],
)
def test_an_offensive_launched_or_under_way_at_a_place_is_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "The TTP is known to have carried out a number of attacks on security forces in Bannu.",
            "afghanistan-pakistan",
        ),
        ("Togo had previously been spared from attacks by militants who struck Benin and Ghana.", "togo"),
        ("Attacks by armed groups continue to drive displacement across Artibonite.", "haiti"),
    ],
)
def test_a_groups_record_and_a_trend_of_attacks_are_no_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Shabaab claimed responsibility for the bombing at the police academy in Mogadishu on Thursday.",
        "The group said this twin bombing in Mogadishu targeted the regional presidential palace.",
    ],
)
def test_a_bombing_a_group_claims_and_a_twin_bombing_are_on_the_ground(sentence: str) -> None:
    found = types(sentence, "somalia")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("An Israeli strike on a tent in Mawasi killed 11 people on Saturday.", "israel-gaza"),
        ("A Turkish drone targeted a clinic in Sinjar on Tuesday, killing eight people.", "iraq"),
    ],
)
def test_a_strike_on_or_targeting_a_building_tells_its_toll_not_damage(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.AIR_STRIKE in found
    assert T.INFRASTRUCTURE_DAMAGE not in found


def test_a_strike_that_destroyed_a_house_is_still_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types("An Israeli strike destroyed a house in Mawasi on Saturday.")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Two soldiers were wounded in Gegharkunik on Monday, with injuries that are not life-threatening.",
            "armenia-azerbaijan",
        ),
        (
            "Three guards were hurt in Kilis, and the governor said none of the injuries were life-threatening.",
            "turkey",
        ),
        (
            "Action is needed against this scourge in Fashoda, which threatens the stability of the region.",
            "south-sudan",
        ),
    ],
)
def test_life_threatening_injuries_and_a_threat_to_stability_are_no_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT not in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "A separatist ambush claims 3 lives in Bamenda.",
        "The raid on Bamenda, claiming 3 lives, was the worst in weeks.",
    ],
)
def test_lives_claimed_in_the_present_tense_are_a_toll(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "cameroon").counts.killed == 3


def test_residents_of_a_region_told_to_shelter_in_place_is_a_warning() -> None:
    assert T.THREAT_STATEMENT in types(
        "The army told residents of the western Galilee to shelter in place.", "israel-lebanon"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Israel said its warplanes would not fly over Rafah during the truce.", "israel-gaza"),
        ("A gunfight broke out in Yala, during which two explosions were heard.", "thailand"),
        ("Gunshots and explosions were heard near the town hall of Leposavic.", "kosovo"),
        ("Jihadists kill four herders in attack on Tessit", "sahel"),
    ],
)
def test_jets_that_will_not_fly_blasts_heard_in_a_gunfight_and_a_jihadist_attack_are_no_air_strikes(
    sentence: str, theatre: str
) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


def test_rebels_attacking_a_ship_are_still_a_strike_at_sea() -> None:
    assert T.AIR_STRIKE in types("The rebels claimed an attack on a cargo ship off Hodeidah on Monday.", "yemen")


@pytest.mark.parametrize(
    ("sentence", "theatre", "killed"),
    [
        ("The attack on a checkpost in Bannu resulted into Shahadat of three soldiers.", "afghanistan-pakistan", 3),
        ("Four brave soldiers embraced shahadat in Bannu on Friday.", "afghanistan-pakistan", 4),
        ("Troops shot dead five civilian detainees in Kani on Tuesday.", "myanmar", 5),
    ],
)
def test_shahadat_and_detainees_shot_dead_are_a_toll(sentence: str, theatre: str, killed: int) -> None:
    [toll] = [e for e in events(sentence, theatre) if e.type is T.CASUALTY_REPORT]
    assert toll.counts.killed == killed
    assert toll.location is None or toll.location.name != "Shahadat"


def test_a_helicopter_that_attacked_is_a_strike_and_one_attacked_is_not() -> None:
    assert T.AIR_STRIKE in types("A junta helicopter attacked the village of Kani for two hours.", "myanmar")
    assert T.AIR_STRIKE not in types("A police helicopter was attacked by gunmen near Amalfi.", "colombia")


def test_a_vast_military_operation_launched_is_fighting() -> None:
    assert T.GROUND_CLASH in types(
        "The army launched a vast and intense military operation in northern Shan.", "myanmar"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Soldiers also seized 12 rifles and two pistols in Datu Piang, he said.", "philippines"),
        ("After the gun battle began, families from Koutruk fled to safer areas.", "india"),
        ("The ministry announced an operation in Uruapan aimed at capturing those responsible.", "mexico"),
    ],
)
def test_arms_seized_fighting_named_as_a_time_and_a_manhunt_are_no_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_suspects_who_sought_refuge_are_not_displaced() -> None:
    assert T.DISPLACEMENT_REPORT not in types("He said some suspects had sought refuge in homes in Mare.", "brazil")


def test_an_airspace_violated_is_no_ceasefire_violation() -> None:
    sentence = "Moldova reported violations of its airspace during the night's attacks on Izmail."
    assert T.CEASEFIRE_VIOLATION not in types(sentence, "moldova")


def test_residents_urged_to_seek_shelter_are_warned() -> None:
    sentence = "The city administration issued air raid alerts at midnight, urging residents to seek shelter in Lviv."
    assert T.THREAT_STATEMENT in types(sentence, "russia-ukraine")


def test_the_dead_told_by_their_year_of_birth_are_todays_toll() -> None:
    sentence = "Russian shelling in Kupiansk killed a man born in 1951 and injured a woman born in 1963."
    [toll] = [e for e in events(sentence, "russia-ukraine") if e.type is T.CASUALTY_REPORT]
    assert (toll.counts.killed, toll.counts.injured) == (1, 1)


def test_evacuations_ordered_are_a_warning_and_the_defence_council_meeting_a_cabinet_meeting() -> None:
    assert T.THREAT_STATEMENT in types(
        "The governor said evacuations have been ordered in 40 villages near Kherson.", "russia-ukraine"
    )
    sentence = "The president chaired a meeting of the National Security and Defence Council in Kyiv."
    assert T.CABINET_MEETING in types(sentence, "russia-ukraine")


def test_a_pact_signed_to_end_the_fighting_is_a_ceasefire_agreed() -> None:
    assert T.CEASEFIRE_AGREED in types(
        "Kyrgyzstan and Tajikistan signed a pact to end fighting on their border.", "kyrgyzstan"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_type"),
    [
        (
            "One of its helicopters had been shot down near Lachin, leaving two crew dead.",
            "armenia-azerbaijan",
            T.AIR_STRIKE,
        ),
        ("A pressure bomb was used to attack the patrol near Bijapur, police said.", "india", T.AIR_STRIKE),
        (
            '"Combat operations on the whole front line are suspended," the statement said.',
            "armenia-azerbaijan",
            T.GROUND_CLASH,
        ),
        ("Troops pursued about ten other guerrillas who fled near Abra.", "philippines", T.DISPLACEMENT_REPORT),
    ],
)
def test_a_helicopter_downed_a_pressure_bomb_operations_suspended_and_guerrillas_fleeing(
    sentence: str, theatre: str, not_type: T
) -> None:
    assert not_type not in types(sentence, theatre)


def test_jets_continuing_to_hammer_places_are_strikes_on_each() -> None:
    found = events("Israeli jets are continuing to hammer Beit Lahia and Khan Younis.", "israel-gaza")
    assert sorted(e.location.name for e in found if e.type is T.AIR_STRIKE and e.location) == [
        "Beit Lahia",
        "Khan Younis",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The clashes ceased on Monday after the army was deployed in Dilling.",
        "The clashes prevented pupils in Dilling from sitting their examinations.",
    ],
)
def test_clashes_that_ceased_or_what_they_prevented_tell_no_new_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "sudan")


def test_whoever_resists_will_be_dealt_with_by_force_is_a_threat() -> None:
    sentence = '"Anyone who carries arms will be dealt with by force," the governor of Dilling said.'
    assert T.THREAT_STATEMENT in types(sentence, "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Fighting, including airstrikes, that began on Friday between the army and the rebels continued in Kalehe.",
            "drc",
        ),
        ("A clearing operation supported by airstrikes continued in Arghandab.", "afghanistan-pakistan"),
        ("A pipe bomb was also thrown at a ranger outpost in Raman.", "thailand"),
        ("Militants hurled a grenade towards a police patrol in Pulwama.", "india-pakistan"),
        ("A riot in the Turi prison left five inmates dead.", "ecuador"),
    ],
)
def test_fighting_continued_bombs_thrown_and_a_prison_riot_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_people_held_before_they_were_killed_are_still_counted() -> None:
    [toll] = [
        e
        for e in events("Four people who had been abducted were killed in Manta by a gang.", "ecuador")
        if e.type is T.CASUALTY_REPORT
    ]
    assert toll.counts.killed == 4


def test_no_one_reported_injured_is_no_toll() -> None:
    sentence = "Air defences downed six drones over Mykolaiv and no one was reported injured."
    assert T.CASUALTY_REPORT not in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The police chief urged civilians in Intan Jaya not to travel to remote villages.", "indonesia"),
        ("Families were under orders to leave Myrnohrad starting Tuesday.", "russia-ukraine"),
    ],
)
def test_people_told_not_to_travel_or_under_orders_to_leave_are_warned(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


def test_a_road_closed_by_the_conflict_tells_no_clash() -> None:
    assert T.GROUND_CLASH not in types(
        "The Kabul-Jalalabad highway remained closed due to ongoing conflict.", "afghanistan-pakistan"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_type"),
    [
        ("The fire near Sderot does not violate the ceasefire, the mayor said.", "israel-gaza", T.CEASEFIRE_VIOLATION),
        ("Police in Lamu have vowed to bring the perpetrators to justice.", "kenya", T.THREAT_STATEMENT),
        ("Talks on a truce for the besieged Tawergha went on for a third day.", "libya", T.GROUND_CLASH),
        ("The renewed clashes in Masisi have resulted in at least six deaths.", "drc", T.GROUND_CLASH),
        ("The army said it destroyed a house in Jenin where the cell was making bombs.", "west-bank", T.AIR_STRIKE),
    ],
)
def test_a_truce_not_violated_justice_vowed_a_besieged_town_a_toll_of_clashes_and_bomb_making(
    sentence: str, theatre: str, not_type: T
) -> None:
    assert not_type not in types(sentence, theatre)


def test_a_minister_saying_the_country_must_respond_is_a_threat() -> None:
    assert T.THREAT_STATEMENT in types(
        "A minister said Israel must respond to the rocket fire on Ashkelon.", "israel-gaza"
    )


def test_artillery_rounds_lobbed_at_a_village_are_shelling() -> None:
    assert T.GROUND_CLASH in types("Coalition forces lobbed several artillery rounds at the village of Hays.", "yemen")


def test_a_blast_that_occurred_at_a_gathering_is_a_bombing_on_the_ground() -> None:
    found = types(
        "Police said a blast occurred at a party convention in Timergara on Sunday afternoon.", "afghanistan-pakistan"
    )
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_a_gas_cylinder_explosion_is_no_bombing() -> None:
    assert T.GROUND_CLASH not in types(
        "A gas cylinder explosion occurred in a shop in Peshawar.", "afghanistan-pakistan"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Israeli artillery fired flares over the town of Kfar Kila.", "israel-lebanon"),
        ("Empty bullet shells have been found near the road in Rajouri.", "india-pakistan"),
        ("The toll since Israel launched its military assault on Tulkarm rose to 12.", "west-bank"),
        ("The mortar attack adds to incidents in Afgooye, where previous airstrikes also killed civilians.", "somalia"),
    ],
)
def test_flares_bullet_shells_an_assault_named_as_a_start_and_previous_strikes_are_no_new_fighting(
    sentence: str, theatre: str
) -> None:
    found = types(sentence, theatre)
    assert T.GROUND_CLASH not in found
    assert T.AIR_STRIKE not in found


def test_forces_ready_to_crush_the_enemy_are_a_threat() -> None:
    sentence = '"Our troops remain ready and prepared to crush the enemies of the state," the spokesman in Jolo said.'
    assert T.THREAT_STATEMENT in types(sentence, "philippines")


def test_insurgents_neutralized_are_counted_dead() -> None:
    sentence = "Air support from a fighter jet helped neutralize 12 more insurgents in Gwoza."
    [toll] = [e for e in events(sentence, "nigeria") if e.type is T.CASUALTY_REPORT]
    assert toll.counts.killed == 12


def test_a_police_car_hit_by_a_bomb_is_a_bombing_on_the_ground() -> None:
    found = types("A car carrying police officers in Tuz Khurmatu was hit by a bomb on Sunday.", "iraq")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The prime minister said he would “eliminate” the rebels in Wollega.", "ethiopia"),
        ("The government said all options are open for responding to the attack on Mukalla.", "yemen"),
        ("“No one will be spared,” the minister wrote about Tubas.", "west-bank"),
    ],
)
def test_eliminating_quoted_options_open_and_no_one_spared_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "The governor, touring recently attacked communities including Bama and Konduga, appealed for troops.",
            "nigeria",
        ),
        ("Israeli forces seized their bodies while withdrawing from Tubas.", "west-bank"),
    ],
)
def test_communities_toured_after_attacks_and_bodies_seized_are_no_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_a_motorbike_bomb_is_no_air_strike() -> None:
    sentence = "The police verified that it was a motorcycle bomb, which exploded in Jamundi on Saturday."
    assert T.AIR_STRIKE not in types(sentence, "colombia")


def test_a_warning_issued_to_smugglers_is_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("The minister issued a warning to drug smugglers off La Guajira.", "colombia")


@pytest.mark.parametrize(
    ("sentence", "theatre", "killed"),
    [
        ("Police confirmed the murder of the three policemen near Suarez.", "colombia", 3),
        ("Witnesses reported the summary execution of at least 10 villagers in Sugapa.", "indonesia", 10),
        ("Four homicides were reported in Culiacan on Saturday.", "mexico", 4),
    ],
)
def test_murders_executions_and_homicides_are_tolls(sentence: str, theatre: str, killed: int) -> None:
    [toll] = [e for e in events(sentence, theatre) if e.type is T.CASUALTY_REPORT]
    assert toll.counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Over 1.6 million people have been displaced since the escalation of fighting in October 2023.", "myanmar"),
        ("The attacks have resulted in over 40,000 forced displacements in Kenscoff.", "haiti"),
    ],
)
def test_displacement_since_an_escalation_and_forced_displacements_are_counted(sentence: str, theatre: str) -> None:
    assert T.DISPLACEMENT_REPORT in types(sentence, theatre)


def test_a_local_security_council_convened_is_a_cabinet_meeting() -> None:
    assert T.CABINET_MEETING in types(
        "The authorities convened an extraordinary security council in Jamundi.", "colombia"
    )


def test_back_down_or_face_life_threatening_consequences_is_a_threat() -> None:
    sentence = "Insurgents warned volunteers in Yala to back down or face life-threatening consequences."
    assert T.THREAT_STATEMENT in types(sentence, "thailand")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Heavy firing occurred between the villages of Pewar and Tangi in Kurram.", "afghanistan-pakistan"),
        ("Israeli forces started shooting at the car near Budrus.", "west-bank"),
    ],
)
def test_firing_that_occurred_and_forces_that_started_shooting_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_an_attack_committed_by_armed_men_is_a_clash() -> None:
    assert T.GROUND_CLASH in types(
        "The attack was committed by OLF fighters in Gida Ayana, officials said.", "ethiopia"
    )


def test_a_named_spokesperson_or_chief_killed_is_one_dead() -> None:
    sentence = "The front said its spokesperson Ahmad Wali Karimi was killed in clashes in Anaba on Sunday."
    [toll] = [e for e in events(sentence, "afghanistan-pakistan") if e.type is T.CASUALTY_REPORT]
    assert toll.counts.killed == 1


def test_an_aid_charitys_appeal_is_no_diplomatic_statement() -> None:
    sentence = (
        '"The Norwegian Refugee Council (NRC) is deeply concerned about the fighting at the doors of Sennar," it said.'
    )
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The group has long used roadside bombs to target patrols along the Lamu border.", "kenya"),
        (
            "The rebels concentrate their attacks on rural areas of Negros and have skirmishes with the army.",
            "philippines",
        ),
        ("Niger is battling two jihadist insurgencies, one in the southeast near Diffa.", "sahel"),
        ("Jihadists have increasingly staged attacks in the Menaka region.", "sahel"),
    ],
)
def test_a_groups_habits_and_a_countrys_long_war_are_no_new_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Washington has on several occasions launched strikes on Iran-backed groups in Anbar.", "iraq"),
        ("The hospital in Khan Younis has withstood raids and bombardment throughout 22 months of war.", "israel-gaza"),
    ],
)
def test_strikes_on_several_occasions_or_throughout_a_war_are_background(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


def test_a_named_victim_told_by_age_is_one_dead() -> None:
    sentence = "16-year-old Yousef Ali Mansour was shot and killed by Israeli forces in Silwan."
    [toll] = [e for e in events(sentence, "west-bank") if e.type is T.CASUALTY_REPORT]
    assert toll.counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The resistance leader sought talks with the Taliban in Panjshir to end the fight.", "afghanistan-pakistan"),
        ("A grand jirga continued negotiations in Parachinar on Thursday.", "afghanistan-pakistan"),
        ("Soldiers were killed near Harib despite diplomatic efforts to halt the war.", "yemen"),
        ("Qatar and Egypt were working to put an end to the violence in Gaza.", "israel-gaza"),
        ("The fourth cycle of peace talks in Caracas concluded on Friday.", "colombia"),
    ],
)
def test_talks_sought_carried_on_or_concluded_and_efforts_to_end_a_war_are_talks(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


def test_each_village_of_a_list_attacked_is_a_clash() -> None:
    sentence = "On Sunday, armed herders on camels and motorbikes attacked Goba, Tiriya, Amsa and Kuru."
    clashes = [e for e in events(sentence, "sudan") if e.type is T.GROUND_CLASH]
    assert sorted(e.location.name for e in clashes) == ["Amsa", "Goba", "Kuru", "Tiriya"]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The raid on the post in Zahedan was repelled by the border guards, who lost seven members.", 7),
        ("The militia lost 12 of its personnel in the fighting near Zahedan.", 12),
    ],
)
def test_members_or_personnel_a_force_lost_are_its_dead(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "iran").counts.killed == killed


def test_the_murder_of_one_person_named_as_a_cause_is_a_toll() -> None:
    sentence = "The unrest in Jolo began with the murder of a local imam last week."
    assert one(sentence, T.CASUALTY_REPORT, "philippines").counts.killed == 1


def test_attacks_launched_to_seize_a_base_are_on_the_ground() -> None:
    sentence = "The overnight attacks on Friday were launched with the aim to seize the army headquarters in Saravan."
    assert types(sentence, "iran") == {T.GROUND_CLASH}


def test_the_loss_of_one_person_is_read_without_failing() -> None:
    # "loss of" before a person once named no role and failed the whole article
    sentence = "The mission mourned the loss of a peacekeeper killed near Bangui."
    assert one(sentence, T.CASUALTY_REPORT, "central-african-republic").counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("During the unrest in Bogside a masked man fired several shots at police officers.", "united-kingdom"),
        ("Soldiers fired at a pickup carrying farmers home to Lungwa village on Sunday.", "india"),
        ("The minibus was reportedly fired on by troops near Lungwa.", "india"),
    ],
)
def test_shots_fired_at_police_or_at_a_vehicle_are_a_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_people_a_group_was_blamed_for_shooting_dead_are_its_dead() -> None:
    sentence = "Police said the dissidents were behind shooting dead a teacher in Strabane."
    assert one(sentence, T.CASUALTY_REPORT, "united-kingdom").counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The PKK has been waging an armed campaign against the state since 1984.", "turkey"),
        ("Communist rebels have been fighting the army in Samar for more than five decades.", "philippines"),
    ],
)
def test_a_war_fought_for_years_is_background(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_an_attack_told_beside_a_war_fought_for_years_is_still_a_clash() -> None:
    sentence = "The raid by al Shabaab, which has been fighting for over a decade, began at dawn in Lamu."
    assert T.GROUND_CLASH in types(sentence, "kenya")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Nine were killed in a new attack in Bamenda attributed by the authorities to separatists.",
            "cameroon",
        ),
        ("The assault by al Shabaab on the camp in Lamu began before dawn.", "kenya"),
    ],
)
def test_an_attack_given_its_attacker_is_a_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army said its units would shoot at anyone carrying a weapon in the streets of Tripoli.", "lebanon"),
        ("The kidnappers said the engineer would be killed if the ransom was not paid by Friday.", "nigeria"),
    ],
)
def test_fire_promised_on_anyone_or_a_hostage_killed_on_a_condition_is_a_threat(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.THREAT_STATEMENT in found
    assert T.CASUALTY_REPORT not in found


def test_a_toll_that_surpassed_a_figure_after_weeks_of_war_is_a_running_toll() -> None:
    toll = one(
        "Officials in Khartoum say the death toll has surpassed 9,000 after months of fighting.",
        T.CASUALTY_REPORT,
        "sudan",
    )
    assert (toll.counts.killed, toll.counts.cumulative) == (9000, True)


def test_the_loss_of_a_peacekeeper_deplored_is_one_dead() -> None:
    toll = one(
        "The mission deplores the loss of a peacekeeper in Bambari.", T.CASUALTY_REPORT, "central-african-republic"
    )
    assert toll.counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "During the intense exchange of fire, Captain Ali Raza, 31, embraced shahadat.",
        "Lance Naik Imran Khan, 24, from Mardan, Khyber Pakhtunkhwa, “having fought bravely” also embraced martyrdom.",
    ],
)
def test_a_soldier_named_with_his_age_who_embraced_martyrdom_is_one_dead(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "afghanistan-pakistan").counts.killed == 1


def test_a_guard_who_had_suffered_wounds_is_one_injured() -> None:
    sentence = "The ministry said a border guard had suffered wounds in shelling near Tovuz."
    assert one(sentence, T.CASUALTY_REPORT, "armenia-azerbaijan").counts.injured == 1


def test_bodies_of_people_found_opening_a_sentence_are_the_dead() -> None:
    toll = one("Bodies of at least 14 people have been found in Kyauk Ye village.", T.CASUALTY_REPORT, "myanmar")
    assert toll.counts.killed == 14


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce in Gaza was largely holding on Wednesday.",
        "“The ceasefire in Gaza is still respected,” an official said.",
    ],
)
def test_a_truce_holding_or_respected_is_in_effect(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence)


def test_a_truce_not_respected_is_not_in_effect() -> None:
    assert T.CEASEFIRE_IN_EFFECT not in types("The truce in Gaza was not respected on Wednesday.")


def test_a_group_that_threatens_to_strike_if_attacked_is_a_threat_not_a_strike() -> None:
    found = types("The Houthis threaten to target US warships if they attack Yemen.", "yemen")
    assert T.THREAT_STATEMENT in found
    assert T.AIR_STRIKE not in found


def test_militants_who_threaten_a_region_are_no_threat_statement() -> None:
    assert T.THREAT_STATEMENT not in types("Jihadists threaten the coastal states south of the Sahel.", "sahel")


def test_live_rounds_fired_near_people_are_a_clash() -> None:
    assert T.GROUND_CLASH in types(
        "Israeli troops fired live rounds near farmers in the Wazzani area.", "israel-lebanon"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Seven people were killed in Israeli airstrikes across southern Lebanon.", "israel-lebanon"),
        ("Three people were killed in an air strike east of Jabalia.", "israel-gaza"),
    ],
)
def test_a_strike_named_as_a_tolls_cause_with_a_place_of_its_own_is_a_strike(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


def test_a_force_that_lost_one_more_soldier_has_one_dead() -> None:
    toll = one("The Southern forces lost a seventh soldier near Al-Dhalea on Sunday.", T.CASUALTY_REPORT, "yemen")
    assert toll.counts.killed == 1


def test_two_people_named_who_were_both_killed_are_two_dead() -> None:
    sentence = "Ahmad Saleh and Yusuf Odeh were both killed inside the house in Tubas."
    assert one(sentence, T.CASUALTY_REPORT, "west-bank").counts.killed == 2


def test_a_side_that_continues_to_shell_villages_is_a_clash() -> None:
    assert T.GROUND_CLASH in types("The Houthis continue to shell villages in the Maqbana area.", "yemen")


def test_a_car_attacked_by_one_drone_is_a_strike() -> None:
    assert T.AIR_STRIKE in types("A car was attacked by a drone near Shebekino this evening.", "russia-ukraine")


def test_clashes_forecast_as_likely_are_no_clash() -> None:
    assert T.GROUND_CLASH not in types("Further clashes are likely between the ELN and the army in Tame.", "colombia")


def test_petrol_bombs_thrown_are_no_air_strike() -> None:
    found = types("The attackers threw petrol bombs into shops in Narathiwat on Tuesday night.", "thailand")
    assert T.AIR_STRIKE not in found


def test_a_group_named_by_the_war_it_fights_is_no_clash() -> None:
    sentence = (
        "Junta air strikes in Kyaukme killed six civilians, a spokesman for an armed group battling the military said."
    )
    found = types(sentence, "myanmar")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("SMM long-range unmanned aerial vehicles spotted new trenches near Zolote, Luhansk region.", "russia-ukraine"),
        ("Unmanned aerial vehicles (UAVs) carried out reconnaissance flights over Nablus.", "west-bank"),
    ],
)
def test_drones_that_watch_are_no_strike(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


def test_drones_that_strike_are_still_a_strike() -> None:
    assert T.AIR_STRIKE in types("Russian unmanned aerial vehicles struck Kherson overnight.", "russia-ukraine")


def test_clashes_that_were_expected_to_resume_are_no_clash() -> None:
    sentence = "A truce has held since Tuesday, but clashes were widely expected to resume in Rashidieh camp."
    assert T.GROUND_CLASH not in types(sentence, "israel-lebanon")


def test_hostages_still_held_are_no_truce_that_held() -> None:
    sentence = "Officials said Israel would agree to a pause in fighting in return for hostages still held in Gaza."
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president spoke after an extraordinary security council meeting on the ambush in Jamundí.",
        "Tomorrow there will be a security council in Jamundí where measures will be taken.",
    ],
)
def test_a_countrys_own_security_council_is_a_cabinet_meeting_not_a_un_session(sentence: str) -> None:
    found = types(sentence, "colombia")
    assert T.CABINET_MEETING in found
    assert T.UN_SESSION not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("About 300 soldiers took part in the operation near Tame and 21 weapons have been seized.", "colombia"),
        ("Both forces say large quantities of ammunition were seized near Beni and two rebels were captured.", "drc"),
        ("The statement said several rebels were killed or captured near Tame.", "colombia"),
    ],
)
def test_weapons_seized_and_fighters_captured_are_no_ground_taken(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_a_town_seized_is_still_a_clash() -> None:
    assert T.GROUND_CLASH in types("Rebels seized the town of Bunagana on Monday.", "drc")


def test_heavy_losses_inflicted_on_a_group_are_a_clash() -> None:
    sentence = "The army said it inflicted heavy losses on the armed groups near Niono on Tuesday."
    assert T.GROUND_CLASH in types(sentence, "sahel")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Fighting erupts in Rutshuru", "drc"),
        ("An armed conflict has erupted in Rutshuru territory, residents said.", "drc"),
        ("The army and UN peacekeepers were engaged in a fight with M23 rebels near Rutshuru on Sunday.", "drc"),
        ("Troops began firing heavy weapons from a hill north of Kyauktaw at about 9 p.m.", "myanmar"),
        ("Police said security forces had shot dead a suspected jihadist near Kasserine on Monday.", "sahel"),
        ("A soldier was killed in clashes with Kurdistan Workers' Party (PKK) militants in Van province.", "turkey"),
    ],
)
def test_fighting_told_as_erupting_engaged_in_or_fired_with_heavy_weapons_is_a_clash(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_war_that_erupted_long_ago_is_no_clash() -> None:
    sentence = "Since armed conflict broke out between the army and Fano in 2023, thousands have fled."
    assert T.GROUND_CLASH not in types(sentence, "ethiopia")


def test_homes_set_ablaze_a_long_clause_after_they_are_named_are_damage() -> None:
    sentence = (
        "Homes in Phayarpaung and Taungpauk villages in Rakhine State's Kyauktaw Township were set ablaze on Monday."
    )
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "myanmar")


def test_monitors_who_recorded_no_violations_report_no_violation() -> None:
    sentence = "In the reporting period, the Mission recorded no ceasefire violations in Donetsk region."
    assert T.CEASEFIRE_VIOLATION not in types(sentence, "russia-ukraine")


def test_adherence_to_a_ceasefire_monitored_is_a_truce_in_effect() -> None:
    sentence = "The monitors facilitated and monitored adherence to localised ceasefires near Donetsk."
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "russia-ukraine")


def test_support_for_a_country_reiterated_is_a_statement() -> None:
    sentence = 'The chancellor reiterated Germany\'s "unwavering support" to Ukraine in a phone call on Tuesday.'
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The two presidents discussed a Ukraine peace deal during a phone call on Tuesday.", "russia-ukraine"),
        ("The accord was reached following mediation by Guinea-Bissau's president, Umaro Sissoco Embalo.", "senegal"),
    ],
)
def test_a_peace_deal_discussed_or_reached_through_mediation_is_talks(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "\u201cI must tell you this act will have serious consequences,\u201d the president said in Bissau.",
            "guinea-bissau",
        ),
        ("The government issued shoot-at-sight orders after protesters set fire to buildings in Kathmandu.", "nepal"),
    ],
)
def test_consequences_promised_and_orders_to_shoot_on_sight_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


def test_a_toll_not_yet_known_is_no_toll() -> None:
    sentence = (
        "UPDATE 18: So far, it is unknown how many people are injured or how many gunmen are in the hotel in Nairobi."
    )
    assert T.CASUALTY_REPORT not in types(sentence, "kenya")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            '"We have imposed a curfew that will remain in effect until 10 pm local time (1615 GMT) to bring the'
            ' situation under control after protesters turned violent," an official in Kathmandu said.',
            "nepal",
        ),
        ("The ministers agreed on a ceasefire that will come into force from midnight on Sunday in Goma.", "drc"),
    ],
)
def test_a_curfew_in_effect_and_a_truce_yet_to_start_are_no_truce_in_effect(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("At least seven people were killed in separate attacks in Acapulco on Sunday.", "mexico"),
        ("Gang members carried out a drive-by shooting in Acapulco on Sunday night.", "mexico"),
    ],
)
def test_attacks_a_toll_counts_and_drive_by_shootings_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Calm returned on Friday after the army had captured Colonel Victor Tchongo in Bissau.", "guinea-bissau"),
        ("The province has experienced recurring clashes between security forces and rebels in Zahedan.", "iran"),
    ],
)
def test_a_commander_captured_and_clashes_told_as_a_places_history_are_no_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_sirens_heard_are_rocket_fire() -> None:
    assert T.ROCKET_FIRE in types("Sirens were heard in Kiryat Shmona and Metula on Tuesday.", "israel-lebanon")


def test_a_violation_only_supposed_is_no_violation() -> None:
    sentence = "Netanyahu warned that there will be an \u201cintensive war\u201d if Hizbullah violates the ceasefire."
    assert T.CEASEFIRE_VIOLATION not in types(sentence, "israel-lebanon")


def test_protests_that_condemn_a_government_are_no_diplomatic_statement() -> None:
    sentence = "In Colombo, protests condemning the government over the fuel shortages continued on Monday."
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "sri-lanka")


def test_restraint_demonstrated_is_no_protest() -> None:
    sentence = (
        "\u201cI urge all involved to demonstrate restraint and immediately restore calm in Nasir,\u201d he said."
    )
    assert T.CIVIL_UNREST not in types(sentence, "south-sudan")


def test_a_diplomat_summoned_is_a_statement() -> None:
    sentence = "A senior Indian diplomat was summoned to the foreign ministry in Islamabad on Monday."
    found = one(sentence, T.DIPLOMATIC_STATEMENT, "india-pakistan")
    assert found.location is not None
    assert found.location.name == "Islamabad"


def test_civilians_targeted_with_mortars_and_heavy_weapons_is_a_clash() -> None:
    sentence = "Indian troops targeted the civil population with mortars and heavy weapons in Battal Sector on Monday."
    assert T.GROUND_CLASH in types(sentence, "india-pakistan")


def test_parents_taken_by_armed_men_are_abducted_not_a_clash() -> None:
    found = types("His mother and father were taken by armed men while driving in La Guajira on Saturday.", "colombia")
    assert T.VIOLENCE_AGAINST_CIVILIANS in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The toll was 58 dead, a number of grain silos and two vehicles burned in Banibangou.", "sahel"),
        ("Petro accused the group of destroying a municipal aqueduct in Antioquia province on Monday.", "colombia"),
    ],
)
def test_silos_and_aqueducts_destroyed_are_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


def test_an_attack_that_breaks_a_ceasefire_is_a_violation() -> None:
    sentence = "The rifle attack on the police by the Clan del Golfo in Antioquia breaks the ceasefire."
    assert T.CEASEFIRE_VIOLATION in types(sentence, "colombia")


def test_a_violation_started_is_no_truce_started() -> None:
    sentence = "An official said the Pakistani army started the ceasefire violation by unprovoked firing in Poonch."
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence, "india-pakistan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Azerbaijani units fired weapons of various calibers at Armenian positions in Gegharkunik.",
            "armenia-azerbaijan",
        ),
        ("The ministry reported more shooting in the province of Gegharkunik on Monday.", "armenia-azerbaijan"),
        ("The Pakistani army is continuously firing in Keran Valley, Uri and Akhnoor sectors.", "india-pakistan"),
        ("Rebels and troops allied against the central government are rapidly advancing on Dessie.", "ethiopia"),
        ("The Nova Zambezia village in Macomia district was raided on Monday.", "mozambique"),
        ("The same group then moved on to attack Muiaguide village in Meluco.", "mozambique"),
    ],
)
def test_fire_advances_and_raids_told_these_ways_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The talks at the Kurram border failed as the Afghan side showed no flexibility.", "afghanistan-pakistan"),
        ("The government will continue its peace talks with the BRN in Kuala Lumpur next month.", "thailand"),
        ("Talks were held at the Torkham border crossing on Sunday night.", "afghanistan-pakistan"),
        ("Malaysia plays a role as a facilitator in the peace negotiations with the BRN.", "thailand"),
        ("The spokeswoman urged the BRN to stop the Deep South attacks on Sunday.", "thailand"),
    ],
)
def test_talks_failed_continued_held_facilitated_or_a_call_to_stop_attacks_are_talks(
    sentence: str, theatre: str
) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


def test_forces_ordered_to_resume_operations_is_a_threat() -> None:
    sentence = (
        "\u201cI have ordered the armed forces to reactivate all military operations against the Clan del Golfo.\u201d"
    )
    assert T.THREAT_STATEMENT in types(sentence, "colombia")


def test_one_person_beheaded_is_violence_against_civilians() -> None:
    sentence = "At least one person was beheaded in Nova Zambezia on Monday."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "mozambique")


def test_drones_that_destroy_anti_aircraft_batteries_are_a_strike() -> None:
    sentence = "Turkish drones destroyed two anti-aircraft batteries near Sirte airport on Monday."
    assert T.AIR_STRIKE in types(sentence, "libya")


@pytest.mark.parametrize(
    "sentence",
    [
        "Six private residences, a greenhouse and ten cars were damaged in Razumnoye on Monday.",
        "In Belgorod, a manufacturing enterprise and ten cars were damaged on Monday.",
    ],
)
def test_residences_and_enterprises_damaged_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Mweso and Bambo are the most affected by the resurgence of these fights in Masisi.", "drc"),
        ("Troops arrived at the location in Kauru and engaged the attackers, forcing them to retreat.", "nigeria"),
        ("A police officer was killed in Imphal after being hit by a sniper in his head.", "india"),
        ("After hours of fighting in Al Azariq, the Houthis managed to seize a number of sites.", "yemen"),
    ],
)
def test_fights_resurging_attackers_engaged_a_sniper_and_sites_seized_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_discussions_that_fell_flat_are_talks() -> None:
    sentence = "Discussions between local leaders and Russian representatives in Daraa fell flat on Tuesday."
    assert T.CEASEFIRE_TALKS in types(sentence, "syria")


def test_violations_monitored_with_a_count_are_violations_and_monitoring_alone_is_none() -> None:
    assert T.CEASEFIRE_VIOLATION in types("The joint room monitored 68 violations in Hodeidah in 24 hours.", "yemen")
    assert T.CEASEFIRE_VIOLATION not in types("UN officials are monitoring violations in Hodeidah.", "yemen")


@pytest.mark.parametrize(
    "sentence",
    [
        "Violent day in Zacatecas leaves 14 murders and 11 kidnappings",
        "Police reported the deprivation of liberty with violence of at least eleven people in Pinos.",
    ],
)
def test_kidnappings_counted_and_deprivation_of_liberty_are_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "mexico")


def test_a_headline_that_ends_a_ceasefire_ends_it() -> None:
    assert T.CEASEFIRE_ENDED in types("Pak Taliban end ceasefire, order nationwide attacks", "afghanistan-pakistan")


def test_fighters_ordered_to_stage_attacks_is_a_threat() -> None:
    sentence = "The group ordered its fighters to stage attacks across the country on Monday."
    assert T.THREAT_STATEMENT in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A non-State armed group (NSAG) attacked a State Security Forces (SSF) post in Bafang on Monday.", "cameroon"),
        ("Arsonists burned a dozen trucks on Wednesday during an attack on a factory in Araucania.", "chile"),
        ("Starting on Monday, hostilities increased across parts of western and southern Marib.", "yemen"),
    ],
)
def test_a_post_named_by_its_acronym_an_attacked_factory_and_hostilities_increased_are_clashes(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Two PKK members were killed in an airstrike carried out by Turkish aircraft on the village of Kafiya.",
            "iraq",
        ),
        ("Russian media reported several helicopter attacks on advancing Wagner convoys in Voronezh.", "russia"),
    ],
)
def test_a_strike_given_its_target_and_helicopter_attacks_are_air_strikes(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


def test_helicopter_attacks_on_a_convoy_are_no_clash() -> None:
    sentence = "Russian media reported several helicopter attacks on advancing Wagner convoys in Voronezh."
    assert T.GROUND_CLASH not in types(sentence, "russia")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("ATTACK KILLS FIVE AND DAMAGES HUMANITARIAN WAREHOUSE IN BARSALOGHO", "sahel"),
        ("The UN reported widespread outages in electricity, water and fuel in Sweida.", "syria"),
    ],
)
def test_a_warehouse_an_attack_damages_and_outages_are_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


def test_a_promise_to_stop_striking_energy_sites_is_no_damage() -> None:
    sentence = "Both statements said that Russia and Ukraine would stop striking each other's energy facilities."
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "russia-ukraine")


def test_a_resumption_of_peace_talks_is_talks() -> None:
    sentence = "Duterte ordered the reconstitution of the peace panel for a possible resumption of peace talks."
    assert T.CEASEFIRE_TALKS in types(sentence, "philippines")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("AA captures junta artillery battalion in Taungup Twsp", "myanmar"),
        ("Thousands were evacuated amid an advance by Russian forces near Vovchansk.", "russia-ukraine"),
        ("On Friday, as the gunshots resumed in Bel Air, residents fled.", "haiti"),
        ("On Monday, security forces conducted two major encounters in the Bastar division.", "india"),
        ("The army continues to engage the Abu Sayyaf Group in Sulu.", "philippines"),
    ],
)
def test_a_headlines_capture_an_advance_by_forces_gunshots_resumed_and_encounters_are_clashes(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_an_increase_in_attacks_told_as_a_trend_is_no_clash() -> None:
    sentence = "The past few months have seen a sharp increase in attacks in the Liptako Gourma region."
    assert T.GROUND_CLASH not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police were alerted when a villager reported that a bomb had gone off by a pond in Sai Buri.",
        "The second blast went off in Sai Buri while a bomb disposal team was working at the scene.",
    ],
)
def test_a_bomb_that_went_off_on_the_ground_is_a_clash_not_an_air_strike(sentence: str) -> None:
    found = types(sentence, "thailand")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The Taliban attacked a third provincial capital in Afghanistan in less than a week.", "afghanistan-pakistan"),
        ("This year, a record number of 1640 border skirmishes have been recorded in Poonch.", "india-pakistan"),
    ],
)
def test_a_capital_attacked_and_skirmishes_recorded_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Soldiers told the refugees in Mentao camp to leave within three days or face death.", "sahel"),
        ("\u201cWe promise to widen our attacks,\u201d the Houthi spokesman said in Sanaa on Saturday.", "yemen"),
    ],
)
def test_leave_or_face_death_and_a_promise_to_widen_attacks_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


def test_no_one_knows_if_anyone_was_killed_is_no_toll() -> None:
    sentence = "It is unknown if any of an estimated 850 juveniles in detention in Hasakah were killed."
    assert T.CASUALTY_REPORT not in types(sentence, "syria")


def test_belongings_seized_are_no_ground_taken() -> None:
    sentence = "Some of his personal belongings were seized, including a rifle and his hat, in Pichari on Monday."
    assert T.GROUND_CLASH not in types(sentence, "peru")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Prime Minister Shehbaz Sharif denounced the bombing in a statement in Quetta.", "afghanistan-pakistan"),
        ("Russia denied carrying out a missile strike on the station in Kramatorsk.", "russia-ukraine"),
    ],
)
def test_an_attack_only_denounced_or_denied_is_no_new_attack(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.AIR_STRIKE not in found
    assert T.GROUND_CLASH not in found


def test_an_attack_condemned_with_its_attacker_and_target_is_still_an_attack() -> None:
    sentence = "UNHCR condemns an attack by armed assailants on Toumour, a town in Niger, on Saturday."
    assert T.GROUND_CLASH in types(sentence, "sahel")


def test_a_strike_called_a_terrorist_attack_is_a_statement() -> None:
    sentence = "Zelensky called the strike on Vinnytsia a terrorist attack."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On Monday, two separate attacks by armed men were reported north-west of Diamerom.", "chad"),
        ("The conflict between the army and the Arakan Army in Rakhine State continues unabated.", "myanmar"),
    ],
)
def test_attacks_by_armed_men_and_a_conflict_that_continues_unabated_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_roof_blown_apart_and_a_tea_stall_destroyed_are_damage() -> None:
    sentence = "TV footage showed the platform's roof blown apart and a destroyed tea stall in Quetta on Saturday."
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Azerbaijani units fired towards Armenian positions in the Nerkin Hand area on Monday.", "armenia-azerbaijan"),
        ("Two killed in NPA mine blast in Masbate", "philippines"),
        ("A suspected anti-personnel land mine was detonated in Masbate on Sunday.", "philippines"),
    ],
)
def test_fire_towards_positions_and_mine_blasts_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_aerial_operations_in_provinces_are_air_strikes() -> None:
    sentence = "UNAMA documented international forces' aerial operations in Farah and Nimroz provinces on Monday."
    assert T.AIR_STRIKE in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "The ministry confirmed the complete destruction of the military site near Nerkin Hand.",
            "armenia-azerbaijan",
        ),
        ("Officials in Kharkiv said a block of flats was \u201ctotally destroyed\u201d on Monday.", "russia-ukraine"),
        ("On Saturday, the village of Masteri was also set on fire.", "sudan"),
    ],
)
def test_a_military_site_a_block_of_flats_and_a_village_set_on_fire_are_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Baku warned of a more severe and decisive response to any provocations near Nerkin Hand.",
            "armenia-azerbaijan",
        ),
        ("The police have appealed to the local people in Mendhar to stay indoors on Monday.", "india-pakistan"),
        ("The Israeli military instructed residents near Metula to stay in their homes on Monday.", "israel-lebanon"),
        (
            "Lebanon and Hezbollah will bear the responsibility for any attack against us, Netanyahu said.",
            "israel-lebanon",
        ),
    ],
)
def test_decisive_responses_orders_to_stay_home_and_responsibility_laid_are_threats(
    sentence: str, theatre: str
) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


def test_teenagers_tortured_and_murdered_is_violence_against_civilians() -> None:
    sentence = "Five teenagers were tortured and murdered in the Llano Verde neighbourhood of Cali on Monday."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "colombia")


def test_a_governor_who_decried_attacks_made_a_statement() -> None:
    sentence = "The Benue State governor on Wednesday decried the herdsmen attacks, saying he will not rest."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "nigeria")


@pytest.mark.parametrize(
    "sentence",
    [
        "There were no claims of responsibility for the grenade attacks in Bujumbura on Monday.",
        "Assailants hurled grenades in a Bujumbura parking lot and near a market on Monday night.",
        "A grenade thrown into a bar in Bujumbura wounded four people on Saturday.",
        "Two killed in Bujumbura after petrol bombs thrown at a minibus.",
    ],
)
def test_grenades_thrown_are_a_clash_not_rocket_fire(sentence: str) -> None:
    found = types(sentence, "burundi")
    assert T.GROUND_CLASH in found
    assert T.ROCKET_FIRE not in found


def test_a_vow_to_investigate_is_no_threat() -> None:
    sentence = "Burundi has vowed a thorough investigation into the grenade blasts that hit Bujumbura on Monday."
    assert T.THREAT_STATEMENT not in types(sentence, "burundi")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "\u201cThe perpetrators of this crime will undoubtedly be punished,\u201d the judiciary chief said.",
            "iran",
        ),
        ("Tokayev issued shoot-to-kill orders to end the unrest in Almaty.", "kazakhstan"),
    ],
)
def test_punishment_promised_and_shoot_to_kill_orders_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Guterres, calling for \u201can immediate end to the fighting\u201d in Bissau, expressed concern.",
            "guinea-bissau",
        ),
        ("The two sides held a commander level flag meeting in Tawang on Sunday to resolve the issue.", "india"),
    ],
)
def test_a_call_for_an_end_to_fighting_and_a_flag_meeting_are_talks(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


def test_a_shooting_near_a_mosque_is_a_clash() -> None:
    assert T.GROUND_CLASH in types(
        "Six people were killed in a shooting near a Shiite mosque in Muscat on Monday.", "oman"
    )


def test_live_fire_exercises_are_no_clash() -> None:
    sentence = "The army announced that it had conducted live-fire exercises near the border at Yeonpyeong."
    assert T.GROUND_CLASH not in types(sentence, "north-korea")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Residents fled areas of Nad Ali lost to the Taliban over the weekend.", "afghanistan-pakistan"),
        ("The meeting in Mocha discussed the Houthi escalation on all fronts on the west coast.", "yemen"),
    ],
)
def test_areas_lost_to_a_group_and_an_escalation_on_all_fronts_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_union_that_says_it_is_worried_makes_a_statement() -> None:
    sentence = "EU says \u201cworried\u201d about the shooting near Bardzruni."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army said the surrender resulted in the cessation of hostilities in Palimbang.", "philippines"),
        (
            "Since the beginning of the truce on Monday, monitors have recorded 225 violations in Donbas.",
            "russia-ukraine",
        ),
    ],
)
def test_hostilities_ceased_as_a_result_and_a_truce_since_its_start_are_in_effect(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, theatre)


def test_fighters_lost_at_least_a_figure_is_a_toll() -> None:
    found = one("The army said the terrorists have lost at least 15 fighters near Menaka.", T.CASUALTY_REPORT, "sahel")
    assert found.counts.killed == 15


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A mob went on a rampage and ransacked two police outposts in Bishnupur district on Thursday.", "india"),
        ("Dozens of people dressed in white protested in the cities of Tame and Arauquita on Sunday.", "colombia"),
        ("Israeli settlers rioted in Huwara on Sunday night.", "west-bank"),
        ("A comprehensive strike has been declared in cities across the West Bank on Monday.", "west-bank"),
    ],
)
def test_mobs_people_who_protested_or_rioted_and_general_strikes_are_unrest(sentence: str, theatre: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, theatre)


def test_armed_mobs_that_burn_villages_are_no_protest() -> None:
    sentence = "At least three villages were burnt in the vicinity of Aigeganj by armed mobs on Tuesday."
    assert T.CIVIL_UNREST not in types(sentence, "india")


@pytest.mark.parametrize(
    ("sentence", "theatre", "place"),
    [
        ("Heavy battles were fought around Woldia on Thursday, residents said.", "ethiopia", "Woldia"),
        ("Since Sunday, Masisi territory has been engulfed in fighting between the M23 and the army.", "drc", "Masisi"),
        ("On Tuesday there were fierce battles between dissidents and the ELN near Saravena.", "colombia", "Saravena"),
        ("Militant hideouts were raided in Bannu district on Wednesday.", "afghanistan-pakistan", "Bannu"),
    ],
)
def test_battles_fought_a_place_engulfed_in_fighting_and_hideouts_raided_are_clashes(
    sentence: str, theatre: str, place: str
) -> None:
    assert one(sentence, T.GROUND_CLASH, theatre).location.name == place  # type: ignore[union-attr]


def test_fierce_battles_said_to_lie_ahead_are_no_clash() -> None:
    assert T.GROUND_CLASH not in types("The commander said fierce battles lie ahead for the army.", "ethiopia")


@pytest.mark.parametrize(
    ("sentence", "theatre", "place"),
    [
        ("Residents said most of the fighting was in Injil district on Tuesday.", "afghanistan-pakistan", "Injil"),
        ("Taliban fighters have advanced in Guzara district since Tuesday.", "afghanistan-pakistan", "Guzara"),
        ("The military killed 13 guerrillas in two operations in Cauca on Tuesday.", "colombia", "Cauca"),
        ("The ELN killed four soldiers in an attack with explosives in Cauca on Tuesday.", "colombia", "Cauca"),
        ("An attack last week on the village of Gatumba killed 20 people.", "burundi", "Gatumba"),
    ],
)
def test_where_the_fighting_was_an_advance_in_a_district_and_fighters_killed_by_the_military_are_clashes(
    sentence: str, theatre: str, place: str
) -> None:
    assert one(sentence, T.GROUND_CLASH, theatre).location.name == place  # type: ignore[union-attr]


def test_a_rocket_attack_on_a_base_is_rocket_fire_not_a_clash() -> None:
    found = types("Five US troops were injured in a rocket attack on a US base in Anbar on Tuesday.", "iraq")
    assert T.ROCKET_FIRE in found
    assert T.GROUND_CLASH not in found


def test_a_group_announcing_the_end_of_its_armed_struggle_agrees_to_stop_fighting() -> None:
    sentence = "The PKK on Monday announced its dissolution and the end of its armed struggle."
    assert T.CEASEFIRE_AGREED in types(sentence, "turkey")


def test_religious_leaders_concern_is_no_government_statement() -> None:
    sentence = "Religious leaders in Western Equatoria have expressed serious concerns over the killings in Tambura."
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "south-sudan")


def test_refugees_expected_to_arrive_are_a_forecast_not_displacement() -> None:
    sentence = "UNHCR said 250,000 refugees could be expected to arrive in Chad by the end of the year."
    assert T.DISPLACEMENT_REPORT not in types(sentence, "sudan")


def test_the_sentence_model_adds_no_air_strike_where_a_pattern_told_a_clash() -> None:
    # a model that finds an air strike in every sentence
    model = SentenceModel(thresholds={T.AIR_STRIKE: 0.5}, bias={T.AIR_STRIKE: 5.0}, weights={}, trained_on={})
    meta = ArticleMeta(published=PUBLISHED, theatre="syria")
    told = read("The clashes included the town of Busayra, north of Deir ez-Zor.", meta, model=model)
    assert [e.type for e in told] == [T.GROUND_CLASH]
    assert T.AIR_STRIKE in {e.type for e in read("Busayra was hit again on Tuesday.", meta, model=model)}


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("North Korean leader Kim Jong Un convened a security meeting on Tuesday.", "north-korea", T.CABINET_MEETING),
        ("The statement came hours after peace talks in Angola were cancelled on Tuesday.", "drc", T.CEASEFIRE_TALKS),
        ("The RSF said on Friday they were extending by three days a previous truce.", "sudan", T.CEASEFIRE_AGREED),
        ("The army backed a weeklong ceasefire brokered by Juba on Wednesday.", "sudan", T.CEASEFIRE_AGREED),
        ("The junta kept up its bombardment of rebel areas with heavy artillery.", "myanmar", T.GROUND_CLASH),
    ],
)
def test_a_security_meeting_talks_cancelled_a_truce_extended_by_days_or_brokered_and_artillery_bombardment(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("Drones were also spotted over the Poltava and Dnipro regions on Tuesday.", "russia-ukraine", T.AIR_STRIKE),
        ("She said no grain storage facilities were hit in Odesa.", "russia-ukraine", T.INFRASTRUCTURE_DAMAGE),
        ("Pyongyang accused Seoul of sending drones last week.", "north-korea", T.DIPLOMATIC_STATEMENT),
    ],
)
def test_drones_spotted_no_facilities_hit_and_an_accusation_of_sending_drones_are_none_of_these(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type not in types(sentence, theatre)


def test_a_brokered_truce_named_as_the_time_of_something_else_is_no_new_agreement() -> None:
    sentence = "Clashes shook Khartoum on Tuesday, hours after a week-long truce brokered by Jeddah took effect."
    assert T.CEASEFIRE_AGREED not in types(sentence, "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("Gang members were killed in clashes with the police in Cité Soleil on Thursday.", "haiti", T.GROUND_CLASH),
        ("The town of Khan Sheikhoun was surrounded by government forces on Tuesday.", "syria", T.GROUND_CLASH),
        (
            "Some 20,000 villagers were forced to evacuate their homes near the border.",
            "israel-lebanon",
            T.DISPLACEMENT_REPORT,
        ),
    ],
)
def test_gangs_clashing_with_police_a_town_surrounded_and_people_forced_to_evacuate(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_people_slaughtered_are_a_toll() -> None:
    found = one("The insurgents slaughtered six male residents of Gubio on Saturday.", T.CASUALTY_REPORT, "nigeria")
    assert found.counts.killed == 6


def test_artillery_strikes_are_a_clash_not_an_air_strike() -> None:
    found = types("Israeli artillery strikes also hit targets in Naqoura on Tuesday.", "israel-lebanon")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_gangs_clashing_with_police_are_no_unrest() -> None:
    sentence = "Gang members were killed in clashes with the police in Cité Soleil on Thursday."
    assert T.CIVIL_UNREST not in types(sentence, "haiti")


def test_an_attack_condemned_on_a_weekday_is_no_new_attack() -> None:
    found = types("Former president Asif Ali Zardari strongly condemned the attack on Tuesday.", "afghanistan-pakistan")
    assert T.DIPLOMATIC_STATEMENT in found
    assert T.GROUND_CLASH not in found


def test_arabic_village_names_written_with_a_lower_case_article_are_each_a_place() -> None:
    sentence = "Turkish-backed forces shelled the villages of al-Fatsa, Sayda and al-Hawijah near Ain Issa on Sunday."
    clashes = [e for e in events(sentence, "syria") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in clashes if e.location} == {"al-Fatsa", "Sayda", "al-Hawijah"}


def test_places_listed_after_a_colon_are_each_a_place() -> None:
    sentence = "Fighting raged on Tuesday in three villages: Salbu, Pagatin and Tukanalipao."
    clashes = [e for e in events(sentence, "philippines") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in clashes if e.location} == {"Salbu", "Pagatin", "Tukanalipao"}


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "Though no new clashes have been reported since the truce, tension remains high.",
            "thailand-cambodia",
            T.GROUND_CLASH,
        ),
        (
            "Any ground offensive or further escalation in Lebanon would make things worse.",
            "israel-lebanon",
            T.GROUND_CLASH,
        ),
        ("The authorities vowed to prosecute anyone inciting unrest in Jaramana.", "syria", T.CIVIL_UNREST),
    ],
)
def test_no_new_clashes_any_offensive_and_inciting_unrest_are_none_of_these(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("Fighting has entered a second day in Khartoum.", "sudan", T.GROUND_CLASH),
        ("Leaders in Jaramana reached an agreement on Tuesday aimed at restoring calm.", "syria", T.CEASEFIRE_AGREED),
    ],
)
def test_fighting_entering_its_second_day_and_an_agreement_aimed_at_restoring_calm(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "place"),
    [
        ("Six civilians were killed in an attack in the regional capital Beni on Tuesday.", "drc", "Beni"),
        ("Three police officers were injured in a similar attack in Cauca on Tuesday.", "colombia", "Cauca"),
        ("IS also claimed an attack on a bank in Kunduz on Wednesday.", "afghanistan-pakistan", "Kunduz"),
        ("Militants launched a series of simultaneous attacks in Mandera County on Friday.", "kenya", "Mandera County"),
    ],
)
def test_an_attack_told_by_its_toll_its_claim_or_as_a_series_is_an_attack(
    sentence: str, theatre: str, place: str
) -> None:
    assert one(sentence, T.GROUND_CLASH, theatre).location.name == place  # type: ignore[union-attr]


def test_places_also_hit_are_more_places_of_the_attack_told_last() -> None:
    text = "US strikes hit the port of Hodeida on Tuesday. Others hit Dhamar and Ibb governorates."
    strikes = [e for e in events(text, "yemen") if e.type is T.AIR_STRIKE]
    assert {e.location.name for e in strikes if e.location} >= {"Dhamar", "Ibb"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The affected sectors included Uri and Poonch.",
        "The villages that were hit overnight included Uri and Poonch.",
        "Uri, Poonch and the town of Mendhar were the main targets.",
    ],
)
def test_the_affected_places_listed_after_an_attack_are_places_of_that_attack(sentence: str) -> None:
    text = f"Troops shelled posts along the Line of Control on Tuesday. {sentence}"
    clashes = [e for e in events(text, "india-pakistan") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in clashes if e.location} >= {"Uri", "Poonch"}


def test_people_also_hit_are_no_more_places_of_an_attack() -> None:
    text = "Russian missiles hit Odesa on Tuesday. Two civilians were also hit in Kherson."
    strikes = [e for e in events(text, "russia-ukraine") if e.type is T.AIR_STRIKE]
    assert [e.location.name for e in strikes if e.location] == ["Odesa"]


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "New fighting has pitted a self-defence group against UPC rebels around Mboki.",
            "central-african-republic",
            T.GROUND_CLASH,
        ),
        ("Fresh fighting between Fano forces and the army is reported in West Gojjam.", "ethiopia", T.GROUND_CLASH),
        ("Late Monday, an army convoy came under attack from guided missiles near Hermel.", "lebanon", T.AIR_STRIKE),
    ],
)
def test_new_or_fresh_fighting_and_a_convoy_attacked_by_missiles(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("Late Monday, an army convoy came under attack from guided missiles near Hermel.", "lebanon", T.GROUND_CLASH),
        ("Officials also seized one kg of explosives near a railway station in Colombo.", "sri-lanka", T.GROUND_CLASH),
        (
            "Calls for government help went unanswered at the weekend in Porgera.",
            "papua-new-guinea",
            T.DIPLOMATIC_STATEMENT,
        ),
        (
            "The attackers demanded that villagers lead them to the officials' homes in Kitaya.",
            "tanzania",
            T.DIPLOMATIC_STATEMENT,
        ),
    ],
)
def test_missiles_on_a_convoy_explosives_seized_calls_for_help_and_raiders_demands_are_none_of_these(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("President Tshisekedi held a crisis meeting on Tuesday evening.", "drc", T.CABINET_MEETING),
        ("He is due to chair a defence council in Kinshasa on Wednesday.", "drc", T.CABINET_MEETING),
        ("The cabinet will meet on Thursday at 3pm GMT in Jerusalem.", "israel-gaza", T.CABINET_MEETING),
        (
            "Trump said that Israel and Hamas have agreed to the first phase of a Gaza deal.",
            "israel-gaza",
            T.CEASEFIRE_AGREED,
        ),
    ],
)
def test_a_crisis_meeting_a_defence_council_a_cabinet_to_meet_and_a_first_phase_agreed(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("Afghan negotiators entered the talks in Istanbul on Tuesday.", "afghanistan-pakistan", T.GROUND_CLASH),
        ("Both sides must avoid unprovoked firing towards the other's positions.", "thailand-cambodia", T.GROUND_CLASH),
    ],
)
def test_negotiators_entering_talks_and_firing_to_avoid_are_no_clash(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type not in types(sentence, theatre)


def test_a_figure_for_a_half_year_that_ended_months_before_is_background() -> None:
    meta = ArticleMeta(published=datetime(2025, 10, 5, tzinfo=UTC), theatre="somalia")
    first = "Some 60,000 people were displaced by fighting in the first half of 2025 in Hiraan."
    assert T.DISPLACEMENT_REPORT not in {e.type for e in read(first, meta)}
    second = "Some 60,000 people were displaced by fighting in the second half of 2025 in Hiraan."
    assert T.DISPLACEMENT_REPORT in {e.type for e in read(second, meta)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow warned Warsaw on Tuesday that any aggression against Belarus would be considered an attack on Russia.",
        "The defence minister warned on Saturday that failure in Istanbul would mean open war.",
        "There definitely will be a response to the enemy, the president said on Tuesday.",
        "The BSF was ordered to respond strongly to the continued attacks on Tuesday.",
    ],
)
def test_a_step_warned_to_mean_war_and_a_response_promised_or_ordered_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "russia-ukraine")


def test_the_neutralisation_of_fighters_is_a_toll() -> None:
    found = one("The operation led to the neutralisation of 203 fighters near Moura.", T.CASUALTY_REPORT, "sahel")
    assert (found.counts.killed, found.counts.combatants) == (203, 203)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        ("Gunshots were on Wednesday night heard in Bamenda.", "cameroon", T.GROUND_CLASH),
        ("Militia snipers injured two women in the village of Al-Hait on Tuesday.", "yemen", T.GROUND_CLASH),
        ("The army ordered villagers out of their homes in Kyauk Tan on Tuesday.", "myanmar", T.THREAT_STATEMENT),
        (
            "Elders arrived in Las Anod on Monday to find a peaceful solution to the conflict.",
            "somalia",
            T.CEASEFIRE_TALKS,
        ),
        (
            "Settlers sneaked into Sinjil on Tuesday and uprooted about 80 olive trees.",
            "west-bank",
            T.INFRASTRUCTURE_DAMAGE,
        ),
    ],
)
def test_gunshots_heard_snipers_villagers_ordered_out_a_peaceful_solution_sought_and_trees_uprooted(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "Settlers sneaked into Sinjil on Tuesday and uprooted about 80 olive trees.",
            "west-bank",
            T.DISPLACEMENT_REPORT,
        ),
        ("The governor calls on the population to remain vigilant in Mutambu.", "burundi", T.DIPLOMATIC_STATEMENT),
        (
            "More troops were inducted in Kalakote to neutralise two militants trapped there.",
            "india-pakistan",
            T.CASUALTY_REPORT,
        ),
        ("The militia has never respected the truce since it was announced in Hodeidah.", "yemen", T.CEASEFIRE_AGREED),
    ],
)
def test_uprooted_trees_a_call_for_vigilance_fighters_to_neutralise_and_a_truce_named_as_a_time_are_none_of_these(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type not in types(sentence, theatre)


def test_a_man_beheaded_is_a_toll_of_one() -> None:
    assert (
        one("Insurgents beheaded a man on Tuesday in Mecufi district.", T.CASUALTY_REPORT, "mozambique").counts.killed
        == 1
    )


@pytest.mark.parametrize(
    ("sentence", "theatre", "displaced"),
    [
        ("The clashes on Tuesday led to displacements of more than 5,000 people in Jolo.", "philippines", 5000),
        ("The shelling on Tuesday forced over 86,000 people to evacuate from Sumy region.", "russia-ukraine", 86000),
        ("The violence on Tuesday forced more than 3,700 people to relocate in Delmas.", "haiti", 3700),
        ("The army relocated 40,000 civilians to safer areas in Surin on Tuesday.", "thailand-cambodia", 40000),
        ("Around 500,000 people have been on the move in South Kivu since Tuesday.", "drc", 500000),
    ],
)
def test_displacements_people_forced_to_evacuate_or_relocate_relocated_or_on_the_move_are_displaced(
    sentence: str, theatre: str, displaced: int
) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, theatre).counts.displaced == displaced


def test_an_agreement_named_by_its_year_does_not_date_a_call_to_respect_it() -> None:
    sentence = "The Indian side was called upon on Tuesday to respect the 2003 Ceasefire Understanding."
    assert T.CEASEFIRE_TALKS in types(sentence, "india-pakistan")
    history = "The 2003 ceasefire understanding was signed after months of shelling."
    assert not types(history, "india-pakistan")


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "Russian missile, drone and artillery strikes overnight killed four people in Kharkiv.",
            "russia-ukraine",
            T.AIR_STRIKE,
        ),
        (
            "The army launched a new wave of air and artillery attacks on eastern Khan Younis.",
            "israel-gaza",
            T.AIR_STRIKE,
        ),
        (
            "Four civilians were killed in airstrikes that targeted homes in Kafr Batikh on Tuesday.",
            "syria",
            T.AIR_STRIKE,
        ),
        (
            "At least five people were burnt alive in Bamenda on Wednesday evening.",
            "cameroon",
            T.VIOLENCE_AGAINST_CIVILIANS,
        ),
        (
            "The seasonal migrants were burnt to death by gunmen near Sabon Birni on Monday.",
            "nigeria",
            T.VIOLENCE_AGAINST_CIVILIANS,
        ),
    ],
)
def test_strikes_named_by_a_list_of_weapons_strikes_that_targeted_a_place_and_people_burnt_alive(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_an_attack_whose_time_the_army_did_not_say_is_no_new_clash() -> None:
    sentence = "The army did not say when the attack, which also injured four soldiers, took place."
    assert T.GROUND_CLASH not in types(sentence, "colombia")


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "Officials ordered a ceasefire on Friday night but some fighting continued in Las Anod.",
            "somalia",
            T.CEASEFIRE_VIOLATION,
        ),
        ("Talks begin today between the government and protesters in Quito.", "ecuador", T.CEASEFIRE_TALKS),
        ("The talks will be mediated by officials from the United Nations in Quito.", "ecuador", T.CEASEFIRE_TALKS),
        ("The rebels said on Sunday they were prepared to observe a ceasefire.", "chad", T.CEASEFIRE_TALKS),
        (
            'Putin on Sunday called the blast on the Kerch Bridge "an act of terrorism."',
            "russia-ukraine",
            T.DIPLOMATIC_STATEMENT,
        ),
    ],
)
def test_fighting_that_went_on_despite_an_order_talks_begun_or_mediated_and_a_blast_called_terrorism(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "After the truce entered into force, the sound of gunfire stopped being heard in the camp.",
            "israel-lebanon",
            T.GROUND_CLASH,
        ),
        (
            "This is an act of terrorism aimed at destroying civilian infrastructure, Putin said.",
            "russia-ukraine",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        (
            "Russian Security Council Deputy Chairman Dmitry Medvedev speaks during a meeting in Moscow.",
            "russia-ukraine",
            T.UN_SESSION,
        ),
    ],
)
def test_gunfire_that_stopped_damage_as_an_aim_and_a_national_security_council_are_none_of_these(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type not in types(sentence, theatre)


def test_abyei_is_a_place_of_the_south_sudan_theatre() -> None:
    text = "Unknown armed men attacked peacekeepers at a market in Abyei on Tuesday."
    assert [e.theatre for e in events(text, None) if e.type is T.GROUND_CLASH] == ["south-sudan"]


def test_security_forces_camps_targeted_are_attacked_and_a_claim_in_a_statement_names_no_place() -> None:
    sentence = "The extremists targeted two separate security forces' camps in Panjgur and Noshki on Wednesday night."
    clashes = [e for e in events(sentence, "afghanistan-pakistan") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in clashes if e.location} == {"Panjgur", "Noshki"}
    claim = "The BLA has claimed responsibility for the attacks in a statement issued to the media."
    assert T.GROUND_CLASH not in types(claim, "afghanistan-pakistan")


def test_people_forced_into_jungle_hideouts_are_displaced() -> None:
    sentence = "The shelling forced at least 20,000 people into jungle hideouts in Mutraw on Tuesday."
    assert one(sentence, T.DISPLACEMENT_REPORT, "myanmar").counts.displaced == 20000


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected", "not_expected"),
    [
        (
            "Late on Friday a truce was struck between the two militias in the old city.",
            "libya",
            T.CEASEFIRE_AGREED,
            None,
        ),
        ("The mission welcomed the agreement to cease the hostilities in Tajoura.", "libya", T.CEASEFIRE_AGREED, None),
        (
            "Talks on a permanent ceasefire deal ended without an agreement in Geneva.",
            "libya",
            T.CEASEFIRE_TALKS,
            T.CEASEFIRE_ENDED,
        ),
        (
            "Negotiations between the government and the rebels have been under way since March.",
            "colombia",
            T.CEASEFIRE_TALKS,
            None,
        ),
        (
            "No ceasefire violations were reported along the border overnight.",
            "india-pakistan",
            T.CEASEFIRE_IN_EFFECT,
            T.CEASEFIRE_VIOLATION,
        ),
        (
            "Sightings of drones near the frontier raised concerns of potential ceasefire violations.",
            "india-pakistan",
            None,
            T.CEASEFIRE_VIOLATION,
        ),
        (
            "The group accused the army of breaching the current truce with raids on Sunday.",
            "israel-gaza",
            T.CEASEFIRE_VIOLATION,
            T.CEASEFIRE_IN_EFFECT,
        ),
    ],
)
def test_a_truce_struck_talks_that_ended_without_one_and_violations_none_reported_or_only_feared(
    sentence: str, theatre: str, expected: EventType | None, not_expected: EventType | None
) -> None:
    found = types(sentence, theatre)
    assert expected is None or expected in found, found
    assert not_expected not in found, found


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Separatist forces again shell homes in Horlivka", "russia-ukraine", T.GROUND_CLASH),
        ("The militia carried out repeated shellings on the camp overnight.", "sudan", T.GROUND_CLASH),
        ("In the village, two houses were toppled by the blast.", "myanmar", T.INFRASTRUCTURE_DAMAGE),
        (
            "We are determined to liberate every district held by the insurgents, the minister said.",
            "somalia",
            T.THREAT_STATEMENT,
        ),
    ],
)
def test_forces_that_again_shell_shellings_houses_toppled_and_a_resolve_to_liberate(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "counts"),
    [
        ("One ranger sustained a serious injury to his arm.", "thailand", {"injured": 1, "combatants": 1}),
        ("Three gendarmes were killed in an ambush near the border.", "sahel", {"killed": 3, "combatants": 3}),
    ],
)
def test_rangers_and_gendarmes_are_combatants_and_one_who_sustained_an_injury_is_injured(
    sentence: str, theatre: str, counts: dict[str, int]
) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, theatre)
    assert {name: getattr(toll.counts, name) for name in counts} == counts


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        (
            "The bomb squad later defused two unexploded shells fired by Pakistani troops in Uri sector.",
            "india-pakistan",
            T.GROUND_CLASH,
        ),
        ("Sirens sounded in Haifa, but the army later said it was a false alarm.", "israel-lebanon", T.ROCKET_FIRE),
    ],
)
def test_shells_a_bomb_squad_defused_and_sirens_that_were_a_false_alarm_are_no_attack(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "The group claimed the murder of a prominent cleric in Kabul on Friday.",
            "afghanistan-pakistan",
            T.CASUALTY_REPORT,
        ),
        (
            "Authorities have ordered evacuations from the town due to the advancing Russian troops.",
            "russia-ukraine",
            T.THREAT_STATEMENT,
        ),
        (
            "A refugee was caught in the crossfire between members of two armed groups, camp sources said.",
            "bangladesh",
            T.GROUND_CLASH,
        ),
        ("Police clash with gang members near the port", "haiti", T.GROUND_CLASH),
    ],
)
def test_a_cleric_murdered_evacuations_ordered_a_crossfire_between_groups_and_police_clashing_with_gangs(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        ("The authority of the state of siege called on residents to return home.", "drc", T.THREAT_STATEMENT),
        ("Officials said more prisoners of war had been captured.", "russia-ukraine", T.GROUND_CLASH),
        ("Police clash with gang members near the port", "haiti", T.CIVIL_UNREST),
    ],
)
def test_the_authority_of_a_state_of_siege_prisoners_captured_and_police_fighting_gangs_are_not_what_they_sound_like(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


def test_an_article_naming_only_a_town_too_small_to_trust_abroad_is_filed_under_its_country() -> None:
    found = events("Two Rohingya men were killed in a gunfight between rival groups near Cox's Bazar on Sunday.", None)
    assert {e.type for e in found} >= {T.GROUND_CLASH, T.CASUALTY_REPORT}
    assert {e.theatre for e in found} == {"bangladesh"}


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The remaining residents of the town have been urged to leave by the rebels.", "myanmar", T.THREAT_STATEMENT),
        ("The prime minister has ordered renewed military strikes on Gaza.", "israel-gaza", T.THREAT_STATEMENT),
        ("The guerrillas paralysed traffic with bomb threats in several provinces.", "colombia", T.THREAT_STATEMENT),
        ("The militia later declared open confrontation with the regional forces.", "ethiopia", T.THREAT_STATEMENT),
        ("Rebels Promise Retaliation After Camp Shelled", "myanmar", T.THREAT_STATEMENT),
        ("Our fighters are preparing to respond to the shelling, the spokeswoman said.", "myanmar", T.THREAT_STATEMENT),
        ("Militants launched five attacks targeting soldiers and police on Friday.", "iraq", T.GROUND_CLASH),
        ("A fresh outbreak of fighting was reported from Nyala on Sunday.", "sudan", T.GROUND_CLASH),
        ("Two bombs were set off outside a district office in Yala, injuring nine people.", "thailand", T.GROUND_CLASH),
        ("Investigators found a heavily damaged power pole beside the road.", "thailand", T.INFRASTRUCTURE_DAMAGE),
        ("The truce was first declared on Monday in Doha.", "afghanistan-pakistan", T.CEASEFIRE_AGREED),
        (
            "Talks with the elders were held on Monday, leading to an agreement for a ceasefire.",
            "afghanistan-pakistan",
            T.CEASEFIRE_AGREED,
        ),
        ("Both delegations will reconvene in Istanbul next week.", "afghanistan-pakistan", T.CEASEFIRE_TALKS),
        (
            "A meeting will be held in Washington between the two foreign ministers.",
            "armenia-azerbaijan",
            T.CEASEFIRE_TALKS,
        ),
    ],
)
def test_residents_urged_to_leave_strikes_ordered_bomb_threats_attacks_launched_targeting_and_truces_first_declared(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        ("The prime minister has ordered renewed military strikes on Gaza.", "israel-gaza", T.AIR_STRIKE),
        ("The governor warned of the growing threat posed by drones.", "russia-ukraine", T.THREAT_STATEMENT),
        ("Two bombs were set off outside a district office in Yala, injuring nine people.", "thailand", T.AIR_STRIKE),
        ("Two men on a motorbike tossed a bomb over the fence of the office.", "thailand", T.AIR_STRIKE),
        ("The rebels said they fired rockets and captured many Israelis.", "israel-gaza", T.GROUND_CLASH),
        (
            "The army accused its rival of firing on positions, following the ceasefire reached on 14 September.",
            "armenia-azerbaijan",
            T.CEASEFIRE_AGREED,
        ),
        ("Despite the ceasefire, the border crossing remains closed.", "afghanistan-pakistan", T.CEASEFIRE_VIOLATION),
        ("The rebels called the strike as a protest against the new plan.", "colombia", T.CIVIL_UNREST),
        (
            "They urged both sides to let residents go home as they lived before the outbreak of hostilities.",
            "thailand-cambodia",
            T.GROUND_CLASH,
        ),
    ],
)
def test_strikes_ordered_a_threat_posed_by_drones_bombs_set_off_people_captured_and_a_truce_as_background(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


def test_a_town_and_the_region_holding_it_are_one_place_not_a_list_of_two() -> None:
    clashes = [e for e in events("Clashes broke out in El Fasher, North Darfur, on Monday.", "sudan")]
    assert [e.location.name for e in clashes if e.type is T.GROUND_CLASH and e.location] == ["El Fasher"]


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        ("The insurgents still carry out near-daily attacks on army posts.", "afghanistan-pakistan", T.GROUND_CLASH),
        (
            "Two soldiers were wounded while the militants captured three others.",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
        ),
        ("The port city experiences frequent unrest and fighting between militias.", "libya", T.CIVIL_UNREST),
        ("The army has sent more troops and attack helicopters to the town.", "myanmar", T.AIR_STRIKE),
        (
            "Humanitarian groups have raised concerns that the displaced are living in dire conditions.",
            "somalia",
            T.DIPLOMATIC_STATEMENT,
        ),
        ("Gunmen In Yala Throw Bomb At Checkpoint, Injure Ranger", "thailand", T.AIR_STRIKE),
    ],
)
def test_near_daily_attacks_people_captured_frequent_unrest_helicopters_sent_and_an_agency_s_concern(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "counts"),
    [
        ("Around 40 people have been admitted to the hospital after the clashes.", "bangladesh", {"injured": 40}),
        ("A hostage wounded in the rescue operation is being treated in Bamenda.", "cameroon", {"injured": 1}),
    ],
)
def test_people_admitted_to_hospital_and_a_hostage_wounded_are_injured(
    sentence: str, theatre: str, counts: dict[str, int]
) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, theatre)
    assert {name: getattr(toll.counts, name) for name in counts} == counts


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        (
            "The protesters vowed to march on the capital if their demands are not met.",
            "afghanistan-pakistan",
            T.THREAT_STATEMENT,
        ),
        (
            "The sit-in committee threatened to block the highway by Sunday evening.",
            "afghanistan-pakistan",
            T.THREAT_STATEMENT,
        ),
        ("Army bulldozers invaded two hamlets and flattened several homes.", "west-bank", T.GROUND_CLASH),
    ],
)
def test_protesters_vows_are_no_threat_and_bulldozers_invading_hamlets_are_no_clash(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected", "not_expected"),
    [
        (
            "Dozens killed in mosque bombing in northern city, officials say",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
            T.AIR_STRIKE,
        ),
        (
            "The bombing, which killed 20 people, was a suicide attack by two men.",
            "philippines",
            T.GROUND_CLASH,
            T.AIR_STRIKE,
        ),
        ("The army retaliated with aerial fire on a rebel base near the river.", "myanmar", T.AIR_STRIKE, None),
        ("Soldiers looted the village and captured four men, residents said.", "myanmar", None, T.GROUND_CLASH),
        ("Medics evacuated two martyrs and treated 28 wounded people.", "west-bank", None, T.DISPLACEMENT_REPORT),
        (
            "Market attack kills civilians, minister vows to hold perpetrators accountable",
            "russia-ukraine",
            None,
            T.THREAT_STATEMENT,
        ),
    ],
)
def test_a_mosque_bombing_a_suicide_attack_aerial_fire_men_captured_martyrs_evacuated_and_a_vow_of_accountability(
    sentence: str, theatre: str, expected: EventType | None, not_expected: EventType | None
) -> None:
    found = types(sentence, theatre)
    assert expected is None or expected in found, found
    assert not_expected not in found, found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Men armed with machetes attacked some squares where the other community lived.", "sudan"),
        ("Government forces attacked his residence in the north of the city on Sunday.", "somalia"),
        ("An unknown group attacked four vehicles on the road to the port early on Friday.", "chile"),
        ("Tribal conflict resumes in Blue Nile", "sudan"),
        ("The border conflict has reignited since Sunday, each side blaming the other.", "thailand-cambodia"),
        ("Militiamen suspected to be herders also struck in three farming communities.", "nigeria"),
        ("Terrorists targeted the police station in Lakki Marwat late on Sunday.", "afghanistan-pakistan"),
        ("Insurgents launched gun attacks simultaneously on rangers in two districts.", "thailand"),
        ("Troops raided and attacked a medical facility in the camp on Wednesday.", "west-bank"),
    ],
)
def test_homes_squares_vehicles_and_stations_attacked_a_conflict_that_resumed_and_militiamen_who_struck_are_clashes(
    sentence: str, theatre: str
) -> None:
    found = types(sentence, theatre)
    assert T.GROUND_CLASH in found, found
    assert T.AIR_STRIKE not in found, found


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "The council reached an agreement that a ceasefire would hold until the end of Eid.",
            "afghanistan-pakistan",
            T.CEASEFIRE_AGREED,
        ),
        (
            "The fighting stopped after a deal was brokered by Egypt and confirmed by both sides.",
            "israel-gaza",
            T.CEASEFIRE_AGREED,
        ),
        (
            "He urged the gunmen to lay down arms or be ready to face the full wrath of the law.",
            "nigeria",
            T.THREAT_STATEMENT,
        ),
        (
            "The president has ordered troops to shoot dead anyone found carrying a rifle.",
            "nigeria",
            T.THREAT_STATEMENT,
        ),
        (
            "The state government announced the state of emergency in the port city on Friday.",
            "sudan",
            T.THREAT_STATEMENT,
        ),
        ("Ukrainian forces came under fire near Pisky and Vodyane on Monday.", "russia-ukraine", T.GROUND_CLASH),
    ],
)
def test_an_agreement_that_a_truce_will_hold_a_deal_brokered_the_wrath_of_the_law_and_fire_came_under(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        (
            "The rebels demanded a halt to all military activities, including shelling and airstrikes.",
            "myanmar",
            T.AIR_STRIKE,
        ),
        ("When negotiations fail, airstrikes are likely to escalate, the analyst said.", "myanmar", T.AIR_STRIKE),
        ("Neighbours have urged the army to refrain from launching airstrikes.", "myanmar", T.AIR_STRIKE),
        ("Even while the peace talks were ongoing, the army shelled four villages.", "myanmar", T.CEASEFIRE_TALKS),
        ("Ukrainian forces came under fire near Pisky and Vodyane on Monday.", "russia-ukraine", T.AIR_STRIKE),
        ("Unconfirmed reports had said a ceasefire had been agreed for 8 p.m.", "israel-gaza", T.CEASEFIRE_AGREED),
        ("The general deplored the group's defiance of the agreed holiday truce.", "philippines", T.CEASEFIRE_AGREED),
        ("Families took to the streets in celebration as the truce began.", "israel-gaza", T.CIVIL_UNREST),
        ("Dealers who face attacks from rivals sometimes take refuge at the clinics.", "mexico", T.GROUND_CLASH),
        ("Meanwhile, the captured rebel was identified as a member of the unit.", "philippines", T.GROUND_CLASH),
    ],
)
def test_halts_demanded_strikes_forecast_talks_as_a_time_rumoured_and_named_truces_and_captured_rebels(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        ("The army stepped up aerial surveillance, with the movement of UAVs over the valley.", "india", T.AIR_STRIKE),
        (
            "Many were captured by the insurgents after guards closed the border crossing.",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
        ),
        (
            "The council chairman called on the youth to desist from taking the law into their hands.",
            "nigeria",
            T.DIPLOMATIC_STATEMENT,
        ),
        (
            "One of the fleeing residents, a farmer, said the attack lasted until midnight.",
            "nigeria",
            T.DISPLACEMENT_REPORT,
        ),
        (
            "The coordinator said on Monday that 12 displaced people were shot inside their camp.",
            "sudan",
            T.DISPLACEMENT_REPORT,
        ),
    ],
)
def test_drones_that_watch_people_captured_youths_urged_a_fleeing_witness_and_displaced_people_killed(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The divisional commissioner arrived in the town to mediate between the two tribes.", "afghanistan-pakistan"),
        ("The junta called on the armed groups of the north to renew dialogue with it.", "sahel"),
        ("The Security Council works to salvage the Hodeidah truce", "yemen"),
        ("Both countries agreed to Malaysia acting as mediator in the border conflict.", "thailand-cambodia"),
        ("The strike came days after the army chief called for talks with the rebels.", "myanmar"),
        ("Negotiators from both governments met in Minsk on Wednesday.", "russia-ukraine"),
    ],
)
def test_an_official_sent_to_mediate_dialogue_renewed_a_truce_salvaged_a_mediator_and_talks_called_for(
    sentence: str, theatre: str
) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The interior minister held a phone call with his Syrian counterpart on the border clashes.", "lebanon"),
        ("The shelling began hours after the president had a phone conversation with the rebel leader.", "myanmar"),
        ("Both leaders will attend a summit aimed at ending the border war.", "armenia-azerbaijan"),
        ("The peace summit in Sharm el-Sheikh drew thirty heads of state.", "israel-gaza"),
        ("American officials met separately with the Sudanese and Emirati delegations in Geneva.", "sudan"),
        ("The ministers met in Jakarta at a special meeting to address the situation.", "thailand-cambodia"),
        ("Colonels from both armies took part in a meeting of the Joint Border Committee.", "thailand-cambodia"),
    ],
)
def test_leaders_calling_and_meeting_on_the_conflict_are_talks(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        ("The raid came as the Qatar-brokered truce faced its hardest test yet.", "israel-gaza", T.CEASEFIRE_TALKS),
        (
            "Under the terms of the truce, the militia is to pull its fighters back from the river.",
            "israel-lebanon",
            T.CEASEFIRE_TALKS,
        ),
        ("New Delhi summoned the envoy and made a strong protest over the shelling.", "india-pakistan", T.CIVIL_UNREST),
        ("The ministry also vigorously protested the shelling of border villages.", "india-pakistan", T.CIVIL_UNREST),
    ],
)
def test_a_truce_told_by_its_broker_or_terms_and_a_protest_lodged_by_a_government(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Gunmen kidnapped the village head of Tudun Wada on Sunday night.", "nigeria", T.VIOLENCE_AGAINST_CIVILIANS),
        ("Soldiers shot four farmers in cold blood outside the village.", "myanmar", T.VIOLENCE_AGAINST_CIVILIANS),
        (
            "The governor urged residents of the frontline districts and the villages near the river to evacuate.",
            "russia-ukraine",
            T.THREAT_STATEMENT,
        ),
        (
            "The shelling forced the mayor to tell residents of the two hamlets on the ridge to evacuate.",
            "armenia-azerbaijan",
            T.THREAT_STATEMENT,
        ),
    ],
)
def test_a_village_head_kidnapped_people_shot_in_cold_blood_and_residents_told_to_evacuate(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The talks ended with each side accusing the other of violations.", "drc", T.CEASEFIRE_VIOLATION),
        (
            "The week-old truce has been rattled by daily shelling of the river towns.",
            "israel-lebanon",
            T.CEASEFIRE_VIOLATION,
        ),
        ("Two soldiers died in the raid, further shaking the fragile ceasefire.", "yemen", T.CEASEFIRE_VIOLATION),
        ("The council sent an invitation to the armed groups for peace talks.", "myanmar", T.CEASEFIRE_TALKS),
        ("The rebels expressed a willingness to enter into dialogue with the army.", "myanmar", T.CEASEFIRE_TALKS),
        (
            "The delegations failed to reach an agreement after two days in Doha.",
            "afghanistan-pakistan",
            T.CEASEFIRE_TALKS,
        ),
    ],
)
def test_a_truce_shaken_or_accusations_of_violations_and_talks_offered_or_failed(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Norway will send 200 more anti-tank missiles to the front.", "russia-ukraine", T.DIPLOMATIC_STATEMENT),
        (
            "Washington approved a further $90 million in military aid on Friday.",
            "russia-ukraine",
            T.DIPLOMATIC_STATEMENT,
        ),
        ("The bloc stepped up economic sanctions on the junta's banks.", "myanmar", T.DIPLOMATIC_STATEMENT),
        (
            "Remarks of the UN envoy, Hans Lindqvist, to the United Nations Security Council on the Hodeidah port",
            "yemen",
            T.UN_SESSION,
        ),
        ("The president put the nuclear forces on high alert after the strikes.", "india-pakistan", T.THREAT_STATEMENT),
        ("The militia arbitrarily detained nine aid workers on Monday.", "yemen", T.VIOLENCE_AGAINST_CIVILIANS),
    ],
)
def test_weapons_and_sanctions_a_briefing_to_the_council_nuclear_alert_and_arbitrary_detention(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("A sniper shot dead 41 year old Samir Naji Hassan in the old city on Monday.", "yemen", T.CASUALTY_REPORT),
        ("A trader was hacked to death by gunmen in Zaki Biam on Sunday.", "nigeria", T.CASUALTY_REPORT),
        (
            "Two guards died when a bomb fixed under their jeep with a magnet exploded in Jalalabad.",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
        ),
        ("The president chaired a meeting of the Council of Ministers in Pemba.", "mozambique", T.CABINET_MEETING),
        ("The prime minister addresses the Security Council on the crisis in Haiti.", "haiti", T.UN_SESSION),
        ("The agency put the number of people who had fled at 3,400 by Friday.", "myanmar", T.DISPLACEMENT_REPORT),
    ],
)
def test_a_sniper_killing_a_person_hacked_to_death_a_magnetic_bomb_ministers_meeting_and_those_who_fled(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_bomb_fixed_to_a_car_is_no_air_strike() -> None:
    sentence = "Two guards died when a bomb fixed under their jeep with a magnet exploded in Jalalabad."
    assert T.AIR_STRIKE not in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman said reports suggesting the truce had ended were false.",
        "The group denied that the ceasefire had collapsed after the raid.",
    ],
)
def test_an_end_of_a_truce_denied_is_no_end(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED not in types(sentence, "israel-gaza")


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        ("Aid agencies warn of escalating violence in the camps around the city.", "sudan", T.THREAT_STATEMENT),
        (
            "Despite a truce between the army and the militia on Friday, hopes for a lasting calm are slim.",
            "iraq",
            T.CEASEFIRE_VIOLATION,
        ),
        (
            "An army colonel said on Monday that the rebels were “most probably” behind the bombing.",
            "philippines",
            T.AIR_STRIKE,
        ),
    ],
)
def test_violence_growing_a_truce_with_little_hope_and_a_group_behind_a_bombing(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Mourners gathered for a student gunned down by soldiers on Monday.", "myanmar", T.CASUALTY_REPORT),
        ("A patient was killed by a stray bullet inside the hospital in Omdurman.", "sudan", T.CASUALTY_REPORT),
        ("The agency said the number of refugees could be as high as 8,000.", "iraq", T.DISPLACEMENT_REPORT),
    ],
)
def test_a_person_gunned_down_a_patient_killed_and_a_number_that_could_be_as_high_as(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_people_protesting_are_unrest_but_people_punished_for_protesting_are_not() -> None:
    assert T.CIVIL_UNREST in types("Students protesting the arrest blocked the main road in Dhaka.", "bangladesh")
    punished = "Fighters beat two traders in the market for protesting against a new levy."
    assert T.CIVIL_UNREST not in types(punished, "cameroon")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The governor convened an emergency State Security Council meeting on Sunday.", "nigeria", T.CABINET_MEETING),
        ("A motorcycle rider died of wounds sustained in the ambush near Mbanga.", "cameroon", T.CASUALTY_REPORT),
        ("Gunmen stormed the chapel and killed a worshipper, Mr Danjuma Bako.", "nigeria", T.CASUALTY_REPORT),
        ("The two clans signed a peace pact in Lamitan on Friday.", "philippines", T.CEASEFIRE_AGREED),
        ("The president held rare high-level talks with the rebel chief in Naypyitaw.", "myanmar", T.CEASEFIRE_TALKS),
        (
            "The elders urged the militia and Galmudug's leaders to cease hostilities.",
            "somalia",
            T.CEASEFIRE_TALKS,
        ),
        (
            "The rebels moved heavy guns to the line in violation of the Minsk agreements.",
            "russia-ukraine",
            T.CEASEFIRE_VIOLATION,
        ),
    ],
)
def test_a_state_security_council_a_rider_and_a_worshipper_killed_a_peace_pact_and_truces_urged(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_an_earthquakes_ruin_is_no_damage_of_the_war_and_a_state_security_council_no_un_session() -> None:
    quake = (
        "An earthquake measuring 6.8 near the city last month has killed 1,200 people, razed whole districts"
        " and crippled the country's infrastructure."
    )
    assert T.INFRASTRUCTURE_DAMAGE not in types(quake, "myanmar")
    council = "The governor convened an emergency State Security Council meeting on Sunday."
    assert T.UN_SESSION not in types(council, "nigeria")


def test_fire_opened_on_a_patrol_is_a_clash() -> None:
    assert T.GROUND_CLASH in types(
        "An armed man directly fired at a UNIFIL patrol near Blida on Tuesday.", "israel-lebanon"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Hundreds of supporters of the jailed leader stormed the governor's office in Quetta.",
            "afghanistan-pakistan",
            T.CIVIL_UNREST,
        ),
        ("Two people died in clashes between students and security forces in Dhaka.", "bangladesh", T.CIVIL_UNREST),
        ("The president has proposed dialogue with the indigenous federation.", "ecuador", T.CEASEFIRE_TALKS),
        ("The delegations will meet again next week in Istanbul.", "afghanistan-pakistan", T.CEASEFIRE_TALKS),
        ("Both ministers attended the talks held in Doha on Saturday.", "afghanistan-pakistan", T.CEASEFIRE_TALKS),
        ("Cairo announced an initiative to end the civil war on Saturday.", "libya", T.CEASEFIRE_TALKS),
    ],
)
def test_crowds_storming_protesters_clashing_with_police_dialogue_proposed_and_meetings_to_come(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_mortar_shells_that_struck_a_village_are_rocket_fire_not_an_air_strike() -> None:
    found = types("Four mortar shells struck the village of Daynile early on Thursday.", "somalia")
    assert T.ROCKET_FIRE in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The two armies' operations chiefs spoke over the hotline on Tuesday.", "india-pakistan", T.CEASEFIRE_TALKS),
        (
            "The foreign ministers of Armenia and Azerbaijan met on Friday in Geneva.",
            "armenia-azerbaijan",
            T.CEASEFIRE_TALKS,
        ),
        ("The deal came after six hours of talks in the capital.", "libya", T.CEASEFIRE_TALKS),
        ("The sides managed to reach agreement on a humanitarian truce.", "armenia-azerbaijan", T.CEASEFIRE_AGREED),
        ("Police said the blasts came from a short-range Katyusha missile attack.", "iraq", T.ROCKET_FIRE),
    ],
)
def test_a_hotline_call_ministers_meeting_hours_of_talks_an_agreement_reached_and_katyushas(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        ("Because the battles went on, the truce never came into force.", "armenia-azerbaijan", T.CEASEFIRE_IN_EFFECT),
        ("The troops called for close air support as they neared the camp.", "philippines", T.DIPLOMATIC_STATEMENT),
        ("Police said the blasts came from a short-range Katyusha missile attack.", "iraq", T.AIR_STRIKE),
    ],
)
def test_a_truce_that_never_took_effect_air_support_called_in_and_katyushas_are_not_their_look_alikes(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        (
            "Demonstrating exceptional courage, the guards held the gate until help came.",
            "afghanistan-pakistan",
            T.CIVIL_UNREST,
        ),
        ("About 100 herds of livestock were killed in the clashes near Sarh.", "chad", T.CASUALTY_REPORT),
    ],
)
def test_courage_demonstrated_and_herds_killed_are_no_unrest_and_no_toll(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The army's air and artillery assaults forced hundreds to flee the village.", "myanmar", T.AIR_STRIKE),
        ("Hundreds of people attended a demonstration in Khar on Friday.", "afghanistan-pakistan", T.CIVIL_UNREST),
    ],
)
def test_air_and_artillery_assaults_and_a_demonstration_attended(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_shutter_down_strike_is_no_air_strike() -> None:
    sentence = "Traders announced a shutter-down strike across the district in protest at the killings."
    assert T.AIR_STRIKE not in types(sentence, "afghanistan-pakistan")


def test_drones_that_caused_a_fire_at_an_enterprise_did_damage() -> None:
    sentence = "In the city's east, 20 drones caused a fire at a civilian enterprise overnight."
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Enemy troops fired on 31 settlements in the Kherson region on Monday.", "russia-ukraine"),
        ("Government soldiers fired towards Dulo village on Saturday night.", "armenia-azerbaijan"),
        ("Fighting had resumed by dawn near Bunagana, residents said.", "drc"),
        ("Fighting between the two militias rages across the south of the capital.", "libya"),
        ("Conflict erupted between herders and farmers in Dilling on Tuesday.", "sudan"),
        ("A fight broke out between two clans near the well on Thursday.", "somalia"),
        ("The border guards answered with retaliatory fire.", "armenia-azerbaijan"),
        ("Pakistani posts resorted to unprovoked small arms firing on Monday.", "india-pakistan"),
        ("The rebels have advanced quickly into the hills around Lashio.", "myanmar"),
        ("Insurgent forces have occupied the power station since Sunday.", "sahel"),
        ("Ukrainian units thwarted several assaults near Pokrovsk on Friday.", "russia-ukraine"),
        ("A group of armed individuals raided a market in Tawila on Sunday.", "sudan"),
        ("Shots were fired by unknown men in Cabaret on Monday.", "haiti"),
        ("Shootings were reported overnight in three districts of Culiacan.", "mexico"),
        ("The port city saw deadly violence between two rival units on Tuesday.", "yemen"),
        ("Nighttime raids hit four hamlets in Bassa on Sunday.", "nigeria"),
    ],
)
def test_fire_on_places_fighting_resumed_or_raging_advances_occupations_and_shots_fired(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Hezbollah fired at towns in the Galilee with a barrage of rockets on Monday.", "israel-lebanon"),
        ("Warning shots were fired into the air as the crowd grew on Monday.", "kenya"),
        ("Since the conflict erupted between the army and the RSF, millions have fled.", "sudan"),
    ],
)
def test_rocket_fire_on_towns_warning_shots_and_a_war_since_it_began_are_no_ground_fighting(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Army and rebel officers met for talks in Ruili on Tuesday.", "myanmar"),
        ("The government wants to relaunch peace talks with the guerrillas.", "colombia"),
        ("The army confirmed its participation in the talks in Geneva.", "sudan"),
        ("The two movements are close to concluding negotiations with the government.", "sudan"),
        ("Both sides were urged to sit down at the negotiating table.", "armenia-azerbaijan"),
        ("Elders said mediations continued in Shabwa on Monday.", "yemen"),
    ],
)
def test_talks_met_for_revived_joined_concluded_or_mediated(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The district was rocked by fighting between two cartels on Saturday.", "mexico"),
        ("The encounter between the police and the Maoists broke out near Abujhmad on Monday.", "india"),
        ("The two armies returned to fighting on Sunday after the truce lapsed.", "sudan"),
        ("Federal forces had overtaken Adigrat by Tuesday evening.", "ethiopia"),
        ("Artillery rounds pummelled the old city on Friday.", "sudan"),
        ("Soldiers were attacked in Teocaltiche on Friday.", "mexico"),
    ],
)
def test_rocked_by_fighting_an_encounter_a_return_to_fighting_a_town_overtaken_and_soldiers_attacked(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The rebels said they wanted to open new talks with the new government.", "colombia"),
        ("The movement is ready to hold peace negotiations in Juba.", "sudan"),
        ("Both delegations pledged to begin talks by the end of the month.", "drc"),
        ("The offensive came after the collapse of the negotiations in Nairobi.", "ethiopia"),
        ("The DGMO called up his counterpart on Monday evening.", "india-pakistan"),
        ("Regional envoys and diplomats sought to end the fighting on Sunday.", "south-sudan"),
        ("The joint military committee met in Ghadames on Tuesday.", "libya"),
        ("The summit in Doha was mediated by Qatar and Turkey.", "afghanistan-pakistan"),
        ("Officers attended a regional border committee meeting in Chanthaburi.", "thailand-cambodia"),
    ],
)
def test_talks_opened_begun_or_collapsed_a_counterpart_called_up_and_committees_that_met(
    sentence: str, theatre: str
) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, theatre)


def test_being_open_to_negotiations_opens_no_talks() -> None:
    assert T.CEASEFIRE_TALKS not in types("The commander said he is open to negotiations.", "afghanistan-pakistan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The militia leader said his men will fight if provoked.", "afghanistan-pakistan"),
        ("The paramilitary said its units were ready for any confrontation.", "sudan"),
        ("The cabinet is committed to continuing the offensive until the group surrenders.", "israel-gaza"),
    ],
)
def test_force_promised_on_a_condition_or_until_a_goal_is_a_threat(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army refused to accept their demands on Monday.", "myanmar"),
        ("Negotiations have stalled over their demands for a buffer zone.", "armenia-azerbaijan"),
        ("The ministry blamed a splinter group for the attack on the post.", "djibouti"),
        ("A mob surrounded the police station in Imphal on Wednesday, demanding weapons.", "india"),
    ],
)
def test_demands_had_or_made_a_blame_and_a_mobs_demand_are_no_statement(sentence: str, theatre: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, theatre)


def test_a_demand_voiced_by_a_government_is_still_a_statement() -> None:
    sentence = "The foreign ministry demanded that the troops withdraw from the border villages."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The Taliban attacked police in Zabul province on Tuesday.", "afghanistan-pakistan"),
        ("Three districts of Kunar have witnessed war since Monday.", "afghanistan-pakistan"),
        ("Hostilities have been intensified around Bawku on Friday.", "ghana"),
        ("An artillery round from the hill post fell near the school in Buthidaung on Thursday.", "myanmar"),
        ("A shell fired from the border post hit a house in Tumbru on Friday.", "bangladesh"),
        ("The army launched large operations in the Soum area on Monday.", "sahel"),
    ],
)
def test_police_attacked_districts_that_witnessed_war_shells_that_fell_and_operations_launched(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_relief_operations_launched_are_no_fighting() -> None:
    sentence = "Aid agencies launched relief operations in the Soum area on Monday."
    assert T.GROUND_CLASH not in types(sentence, "sahel")


def test_missiles_and_drones_shot_down_in_an_overnight_attack_on_cities_are_an_air_attack() -> None:
    sentence = "Ukraine reported shooting down 12 missiles and 30 drones in an overnight attack on Odesa and Lviv."
    assert T.AIR_STRIKE in types(sentence, "russia-ukraine")
    assert T.GROUND_CLASH not in types(sentence, "russia-ukraine")


def test_bodies_being_pulled_from_a_river_are_a_toll() -> None:
    event = one(
        "Rescuers were seen pulling 12 bodies from the river in Wad Madani on Monday.", T.CASUALTY_REPORT, "sudan"
    )
    assert event.counts.killed == 12


def test_destruction_reported_in_a_sector_is_damage() -> None:
    sentence = "Widespread destruction was reported in the northern sector of the camp on Tuesday."
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "israel-lebanon")


def test_an_invasion_named_as_the_time_of_a_story_is_no_fighting() -> None:
    sentence = "Farmers recalled what changed for them after the invasion of the valley."
    assert T.GROUND_CLASH not in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Other protesters called for the accord to be honoured and for what they called a genocide to stop.",
        "Hundreds joined protests in the square on Friday, demanding jobs and water and later calling for the "
        "mayor to resign.",
    ],
)
def test_what_protesters_call_for_is_the_protests_not_a_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "ethiopia")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The two commanders agreed to cease fire along the river from 6 p.m. on Friday.", "sudan", T.CEASEFIRE_AGREED),
        ("The rebel alliance said it would pause offensive operations for ten days.", "myanmar", T.CEASEFIRE_AGREED),
        ("Four councils in Zamfara have signed local peace deals with bandit leaders.", "nigeria", T.CEASEFIRE_AGREED),
        ("The army let its unilateral truce expire at midnight on Sunday.", "myanmar", T.CEASEFIRE_ENDED),
        ("Monitors said the truce continues to be largely respected.", "russia-ukraine", T.CEASEFIRE_IN_EFFECT),
        (
            "Army officials of both countries will meet in Kuala Lumpur on Monday.",
            "thailand-cambodia",
            T.CEASEFIRE_TALKS,
        ),
        ("The delegation left for talks with the rebel leadership on Friday.", "colombia", T.CEASEFIRE_TALKS),
        ("Regional envoys called for negotiations between the two factions.", "libya", T.CEASEFIRE_TALKS),
        ("Qatar said it had brokered a deal between the two militias.", "syria", T.CEASEFIRE_TALKS),
        ("Elders sponsored a meeting between representatives of the two clans.", "somalia", T.CEASEFIRE_TALKS),
    ],
)
def test_cease_fire_in_two_words_pauses_peace_deals_a_truce_let_expire_and_talks_to_come(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The governor promised to resist if the militia tried to enter the town.", "south-sudan"),
        ("A gang video warned residents, warning that anyone who stays will be killed.", "haiti"),
        ("The rebels had 48 hours to withdraw from the airport, the army said.", "sudan"),
        ("Forty villages along the border are subject to priority evacuation.", "russia-ukraine"),
        ("The president announced an all-out war against the insurgents on Tuesday.", "somalia"),
    ],
)
def test_resistance_promised_deaths_warned_of_deadlines_evacuations_and_war_declared_are_threats(
    sentence: str, theatre: str
) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


def test_a_hope_that_a_truce_will_be_respected_is_no_truce_in_effect() -> None:
    sentence = "The envoy urged both sides to make sure that this truce is fully respected."
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence, "yemen")


def test_a_deal_described_with_a_possessive_is_characterised_in_a_statement() -> None:
    sentence = "The foreign minister described Monday's accord as “a turning point” for the region."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "drc")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Two districts were taken by local militias on Sunday.", "afghanistan-pakistan"),
        ("The border town fell under the control of the rebels on Friday.", "myanmar"),
        ("Fighting between the army and the rebels persists around Sake.", "drc"),
        ("Fights are concentrated around the old market on Tuesday.", "syria"),
        ("Firing from the other side continued until dawn on Monday.", "thailand-cambodia"),
        ("At dawn the TPLF attacked on the southern front near Dessie.", "ethiopia"),
        ("Witnesses said Israeli forces fired on civilians near the crossing on Monday.", "israel-gaza"),
        ("The gang has raided two more neighbourhoods in the capital.", "haiti"),
    ],
)
def test_places_taken_or_fallen_fighting_that_persists_fire_from_a_side_and_neighbourhoods_raided(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_hostage_taken_by_rebels_and_fighting_halted_to_focus_on_a_disaster_are_no_fighting() -> None:
    assert T.GROUND_CLASH not in types("The rancher was taken by the rebels last week.", "paraguay")
    assert T.GROUND_CLASH not in types("Some groups halted fighting to focus on the rescue.", "myanmar")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The drones targeted gas storage tanks at the field on Wednesday.", "iraq"),
        ("Stray bullets flew across the district, hitting homes near the port.", "libya"),
    ],
)
def test_gas_tanks_targeted_and_bullets_hitting_homes_are_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("About 4,500 people have arrived in Kaya from the north since Monday.", "sahel", T.DISPLACEMENT_REPORT),
        (
            "The old town is being systematically destroyed, the mayor said on Monday.",
            "russia-ukraine",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        (
            "The governor reported 30 cases of damage in the border villages on Friday.",
            "armenia-azerbaijan",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        (
            "The minister said those responsible will face severe punishment.",
            "afghanistan-pakistan",
            T.THREAT_STATEMENT,
        ),
        (
            "The district office announced the launch of an operation in three villages.",
            "afghanistan-pakistan",
            T.THREAT_STATEMENT,
        ),
        ("Residents were told to sleep in basements for the coming nights.", "armenia-azerbaijan", T.THREAT_STATEMENT),
        (
            "The council decided to evacuate all children from the frontline towns.",
            "russia-ukraine",
            T.THREAT_STATEMENT,
        ),
        ("Soldiers handed out orders to demolish 20 homes in the camp on Monday.", "west-bank", T.THREAT_STATEMENT),
    ],
)
def test_arrivals_towns_being_destroyed_cases_of_damage_punishment_operations_announced_and_demolition_orders(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The ministry said there had been no armed clashes since Sunday.", "thailand-cambodia"),
        ("The envoys signed a truce aimed at stopping the border clashes.", "kyrgyzstan"),
        ("Two neighbours agree to a ceasefire after deadly border clashes.", "lebanon"),
        ("A committee was formed in the wake of the clashes to mediate.", "syria"),
        ("It was not clear what sparked the clashes, officials said.", "libya"),
    ],
)
def test_clashes_denied_ended_by_a_truce_referred_back_to_or_explained_are_no_new_fighting(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_clashes_with_a_named_side_after_which_something_happened_are_fighting() -> None:
    sentence = "Security was tightened in the town following the clashes with the rebels at the jetty on Friday."
    assert T.GROUND_CLASH in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "Most residents had left the town during the shelling, the mayor said.",
        "Inspectors drove to the shelling site on Tuesday morning.",
        "At the time of the shelling, he was asleep in his flat.",
    ],
)
def test_shelling_as_the_time_place_or_danger_of_something_else_is_no_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "russia-ukraine")


def test_shelling_that_has_not_stopped_is_fighting() -> None:
    sentence = "The enemy hasn’t stopped shelling and keeps attacking the villages near Ochakiv."
    assert T.GROUND_CLASH in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Clearing operations by the special forces are underway in Marjah district.", "afghanistan-pakistan"),
        ("The army continued its mop-up operations in the hills on Tuesday.", "syria"),
        ("The Taliban attacked three parts of Kunduz city overnight.", "afghanistan-pakistan"),
        ("Confrontations between the two cartels persisted in the valley.", "mexico"),
        ("There was a lot of shooting near the market all morning.", "haiti"),
        ("The militia were driven out of the town by government forces last week.", "somalia"),
        ("Settlers overnight attacked the outskirts of Huwara.", "west-bank"),
    ],
)
def test_clearing_operations_named_groups_attacking_persisting_confrontations_and_fighters_driven_out(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The province is littered with landmines laid during the civil war.",
        "Engineers said 12 landmines were found near the temple between Friday and Sunday.",
        "The kingdom said it was committed to the convention banning antipersonnel landmines.",
    ],
)
def test_landmines_as_a_legacy_a_treaty_or_a_find_are_no_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "thailand-cambodia")


def test_a_truce_violated_only_if_is_no_violation() -> None:
    sentence = "If the ceasefire is violated, the army keeps the right to respond, the minister said."
    assert T.CEASEFIRE_VIOLATION not in types(sentence, "israel-gaza")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The government blamed the rebels for breaching the truce on Friday.", "sudan", T.CEASEFIRE_VIOLATION),
        (
            "Junta troops breached the Kunming Agreement on Tuesday, the alliance said.",
            "myanmar",
            T.CEASEFIRE_VIOLATION,
        ),
        ("Monitors called the attack a violation of the Juba Declaration.", "south-sudan", T.CEASEFIRE_VIOLATION),
        ("A shell exploded near the school in Uri on Monday evening.", "india-pakistan", T.GROUND_CLASH),
        ("The warring factions fought in the old town on Friday.", "libya", T.GROUND_CLASH),
    ],
)
def test_truce_agreements_breached_a_shell_that_exploded_and_factions_that_fought(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "not_expected"),
    [
        (
            "The mayor said there were no signs of further shooting in the border area on Tuesday morning.",
            "armenia-azerbaijan",
            T.GROUND_CLASH,
        ),
        (
            "Dozens of protesters gathered at the bank in Crater, burned tires and cut off all roads.",
            "yemen",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        (
            "The brigade vowed not to give up the city as it prepared a counteroffensive.",
            "russia-ukraine",
            T.THREAT_STATEMENT,
        ),
    ],
)
def test_no_signs_of_shooting_tyres_burned_and_a_vow_not_to_give_up_a_city(
    sentence: str, theatre: str, not_expected: EventType
) -> None:
    assert not_expected not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("New shooting incidents were reported along the line of contact on Monday.", "armenia-azerbaijan"),
        ("Border units on both sides kept exchanging fire until dusk on Thursday.", "kyrgyzstan"),
        ("Russian troops are bearing down on Toretsk from two sides.", "russia-ukraine"),
        ("The junta has been waging a relentless offensive for weeks, residents said.", "myanmar"),
        ("The rebels have blockaded the town since Friday.", "drc"),
        ("A police post came under a “terrorist attack” on Sunday night.", "sahel"),
    ],
)
def test_shooting_incidents_fire_being_exchanged_forces_bearing_down_offensives_waged_and_towns_blockaded(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_toll_due_to_shelling_on_a_weekday_is_dated_in_the_past() -> None:
    event = one("Four children lost their lives due to shelling on the village on Tuesday.", T.CASUALTY_REPORT, "syria")
    assert event.occurred_at.weekday() == 1
    assert event.occurred_at < event.reported_at


def test_a_single_neighbourhood_attacked_by_a_gang_is_fighting_on_the_ground() -> None:
    sentence = "The Bel-Air gang, led by a notorious chief, attacked the Delmas neighborhood on Thursday, killing two."
    assert T.GROUND_CLASH in types(sentence, "haiti")
    assert T.AIR_STRIKE not in types(sentence, "haiti")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The district office advised residents to shelter in place overnight.", "armenia-azerbaijan"),
        ("The ministry said Israel maintains the right to respond strongly.", "israel-gaza"),
        ("Entry to the border villages is prohibited until further notice, the army said.", "israel-lebanon"),
        ("Troops warned farmers that anyone approaching the fence would be targeted.", "israel-gaza"),
        ("The junta chief announced a continuation of military operations on Monday.", "myanmar"),
        ("“Let this be a warning to them,” the commander said.", "philippines"),
    ],
)
def test_sheltering_in_place_force_in_reserve_areas_closed_and_operations_to_go_on_are_threats(
    sentence: str, theatre: str
) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Envoys briefed allies on the recently relaunched US-Taliban talks.",
            "afghanistan-pakistan",
            T.CEASEFIRE_TALKS,
        ),
        ("Egypt is conducting intensive talks to head off an escalation.", "israel-gaza", T.CEASEFIRE_TALKS),
        (
            "A meeting in Saida on Monday between senior representatives of both factions was held.",
            "israel-lebanon",
            T.CEASEFIRE_TALKS,
        ),
        ("The contact group starts discussing a plan of joint steps.", "russia-ukraine", T.CEASEFIRE_TALKS),
        (
            "The president repeated his willingness to talk to both sides.",
            "russia-ukraine",
            T.CEASEFIRE_TALKS,
        ),
        ("During negotiations in Caracas, both delegations restated their commitments.", "colombia", T.CEASEFIRE_TALKS),
        ("Faction leaders affirmed their support for a truce in the camp.", "israel-lebanon", T.CEASEFIRE_AGREED),
        ("The agreement included a ceasefire and a handover of heavy weapons.", "syria", T.CEASEFIRE_AGREED),
    ],
)
def test_talks_relaunched_conducted_or_begun_meetings_between_representatives_and_truces_affirmed_or_included(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_call_to_declare_a_truce_is_no_agreement() -> None:
    sentence = "Egypt and Qatar called for all parties of the conflict to declare a ceasefire on Friday."
    assert T.CEASEFIRE_AGREED not in types(sentence, "libya")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Troops also fired on the border Dovegh, Berdavan and Koti villages on Sunday.", "armenia-azerbaijan"),
        ("Government forces were edging closer to the regional capital on Monday.", "ethiopia"),
        ("Gunshots could still be heard across the district on Thursday evening.", "haiti"),
        ("The troops waged a war to control the old fort above the town.", "libya"),
        ("The junta lost control of Falam and Tedim in the north to resistance forces.", "myanmar"),
        ("The communities attacked include Kauran Namoda and Bakura.", "nigeria"),
    ],
)
def test_fire_on_a_list_of_villages_forces_edging_closer_a_war_waged_for_a_place_and_control_lost(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Guns have gone silent in Datu Piang since the weekend.", "philippines", T.CEASEFIRE_IN_EFFECT),
        (
            "An ambulance was hit by an unmanned enemy aircraft near Berd on Thursday.",
            "armenia-azerbaijan",
            T.AIR_STRIKE,
        ),
        ("The army retaliated with bombings near Kawlin on Friday.", "myanmar", T.AIR_STRIKE),
    ],
)
def test_guns_gone_silent_a_car_hit_by_an_unmanned_aircraft_and_bombings_in_retaliation(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council called for all parties to the fighting in the Nuba hills to declare a ceasefire at once.",
        "The bishops urged the armed groups on both banks of the river to respect the humanitarian truce.",
    ],
)
def test_a_call_on_parties_named_at_length_to_declare_or_respect_a_truce_is_talks_not_an_agreement(
    sentence: str,
) -> None:
    found = types(sentence, "sudan")
    assert T.CEASEFIRE_TALKS in found
    assert T.CEASEFIRE_AGREED not in found


def test_a_toll_between_two_figures_in_words_counts_the_lower() -> None:
    toll = one(
        "Between five and nine villagers were killed in the raid on Kutum on Sunday.", T.CASUALTY_REPORT, "sudan"
    )
    assert toll.counts.killed == 5


def test_a_lone_victim_placed_in_a_village_of_a_province_between_commas_is_a_toll() -> None:
    sentence = "A shepherd near the hamlet of Movses, in Tavush, was reported wounded by sniper fire on Friday."
    assert one(sentence, T.CASUALTY_REPORT, "armenia-azerbaijan").counts.injured == 1


def test_people_freed_after_killing_their_captors_are_no_toll_of_their_own() -> None:
    found = events("Three hostages were freed by troops after killing two of their guards near Gusau.", "nigeria")
    assert all(e.counts.killed != 3 for e in found)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The bishops pleaded with both sides to exercise restraint after the clashes in Rutshuru.", "drc"),
        ("The ministers' joint note encourages all parties to prioritise de-escalation along the border.", "ethiopia"),
        (
            "New Delhi suspended the decades-old water-sharing treaty and expelled three military attaches.",
            "india-pakistan",
        ),
        ("Islamabad closed its airspace to Indian carriers on Thursday.", "india-pakistan"),
        ("Washington will impose visa bans on settlers involved in attacks on Palestinians.", "west-bank"),
        (
            "The EU is ready to allocate 150 million euros to help the Lebanese army deploy in the south.",
            "israel-lebanon",
        ),
        ("The envoy announced $8.5 million in humanitarian assistance for families displaced from Kalehe.", "drc"),
    ],
)
def test_restraint_pleaded_for_measures_against_a_state_and_aid_announced_are_statements(
    sentence: str, theatre: str
) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Egypt brokered a truce on Mar. 9, which remains in place to this day.",
            "israel-gaza",
            T.CEASEFIRE_IN_EFFECT,
        ),
        (
            "The guerrillas said they had decided to disarm... and end their armed struggle.",
            "colombia",
            T.CEASEFIRE_AGREED,
        ),
    ],
)
def test_an_abbreviation_or_an_ellipsis_inside_a_sentence_does_not_cut_a_pattern_short(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "The regional summit decided on the cessation of attacks by the rebels from Friday.",
            "drc",
            T.CEASEFIRE_AGREED,
        ),
        ("Both delegations have pledged to hold further negotiations in Doha next week.", "sudan", T.CEASEFIRE_TALKS),
        (
            "Gunfire went on despite a recent hotline talk between the two commanders.",
            "india-pakistan",
            T.CEASEFIRE_TALKS,
        ),
        (
            "Windows of several shops near the market were shattered by the blast.",
            "israel-lebanon",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        ("Rocket alarms went off overnight in several kibbutzim near the border.", "israel-gaza", T.ROCKET_FIRE),
        (
            '"I condemn in the strongest terms this attack on the convoy," the envoy said.',
            "sudan",
            T.DIPLOMATIC_STATEMENT,
        ),
        ('"We call, once more, for the utmost restraint," the mission said.', "south-sudan", T.DIPLOMATIC_STATEMENT),
        (
            "The UN Security Council on Tuesday authorised a mission to verify the truce.",
            "colombia",
            T.UN_SESSION,
        ),
    ],
)
def test_a_cessation_decided_talks_pledged_shattered_windows_rocket_alarms_a_condemnation_and_a_mission_authorised(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_pledge_to_hold_talks_is_talks_not_a_statement_and_residents_urged_at_length_are_no_statement() -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(
        "Both delegations have pledged to hold further negotiations in Doha next week.", "sudan"
    )
    assert T.DIPLOMATIC_STATEMENT not in types(
        '"I urge residents of the villages along the border and the towns under fire not to ignore the warnings," '
        "the governor said.",
        "russia-ukraine",
    )


def test_a_truce_offered_is_talks() -> None:
    assert T.CEASEFIRE_TALKS in types(
        "The president last week offered a unilateral truce to the armed groups.", "sudan"
    )


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("A CRPF sub-inspector was injured in the blast near Chaibasa on Monday.", "injured"),
        ("A BSF jawan was killed in firing along the border near Samba on Monday.", "killed"),
    ],
)
def test_a_lone_sub_inspector_or_jawan_is_a_toll(sentence: str, field: str) -> None:
    assert getattr(one(sentence, T.CASUALTY_REPORT, "india-pakistan").counts, field) == 1


def test_houses_that_suffered_destruction_are_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(
        "Some twenty houses in Hulyaipole suffered heavy destruction.", "russia-ukraine"
    )


def test_a_weekday_in_the_possessive_is_no_place() -> None:
    found = events("The gunmen beheaded two farmers, says a report in Friday’s issue of the weekly.", "mozambique")
    assert found
    assert all(e.location is None or "Friday" not in e.location.name for e in found)


def test_a_four_letter_alternate_name_of_a_city_in_no_theatre_is_not_taken() -> None:
    clash = one("Resistance fighters overran two junta camps in Chin on Sunday.", T.GROUND_CLASH, "myanmar")
    assert clash.theatre == "myanmar"
    assert clash.location is not None
    assert clash.location.country != "CN"  # not Jinzhou, whose alternate name "Chin" is


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Near Avdiivka, the enemy fired from small arms and grenade launchers.", "russia-ukraine", T.GROUND_CLASH),
        (
            "Enemy units subjected to fire a harvester working in Tavush on Monday.",
            "armenia-azerbaijan",
            T.GROUND_CLASH,
        ),
        (
            "Elders are mediating to contain the fighting between the two clans near Galkayo.",
            "somalia",
            T.CEASEFIRE_TALKS,
        ),
    ],
)
def test_fire_from_small_arms_a_vehicle_subjected_to_fire_and_mediation_to_contain_clashes(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_town_subjected_to_rocket_fire_is_no_ground_clash() -> None:
    found = types("Enemy forces subjected the town of Tartar to rocket fire on Monday.", "armenia-azerbaijan")
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Since then, 40 families have been brought back to the village of Sugovushan.", "armenia-azerbaijan", 40),
        ("As of Friday, 650 people are staying in four relief camps set up in Kangpokpi district.", "india", 650),
    ],
)
def test_families_brought_back_and_people_staying_in_relief_camps_are_displacement(
    sentence: str, theatre: str, expected: int
) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, theatre).counts.displaced == expected


def test_crowds_setting_ablaze_party_offices_are_damage_but_vehicles_are_not() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(
        "Angry crowds were setting ablaze political parties' headquarters in Ranya.", "iraq"
    )
    assert T.INFRASTRUCTURE_DAMAGE not in types("Protesters set ablaze two police vehicles in Ranya.", "iraq")


def test_the_number_of_people_injured_that_has_risen_is_an_injured_toll() -> None:
    sentence = "The number of people injured in the shelling of Nikopol on Sunday has risen to seven."
    assert one(sentence, T.CASUALTY_REPORT, "russia-ukraine").counts.injured == 7


def test_firing_initiated_opposite_a_list_that_goes_on_with_as_well_as_is_one_clash_per_place() -> None:
    sentence = "Pakistani posts initiated firing opposite Uri and Tangdhar sectors, as well as the Keran sector."
    found = [e for e in events(sentence, "india-pakistan") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in found if e.location} >= {"Uri", "Tangdhar", "Keran"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Yunakivka, an FPV drone strike was recorded (two explosions).", T.AIR_STRIKE),
        ("In Krasnopillia, mortar shelling was recorded (six explosions).", T.ROCKET_FIRE),
        ("In Myropillia, fragmentation grenades were dropped from a drone (one explosion).", T.AIR_STRIKE),
    ],
)
def test_a_bulletin_line_opened_by_its_place_is_an_event_there(sentence: str, expected: EventType) -> None:
    found = [e for e in events(sentence, "russia-ukraine") if e.type is expected]
    assert found
    assert found[0].location is not None
    assert found[0].location.name == sentence.split(",")[0].removeprefix("In ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The troops targeted villagers by firing from across the border in Battal and Nikial on Tuesday.",
        "The army effectively engaged the Indian troops near Battal on Tuesday.",
    ],
)
def test_firing_from_across_the_border_and_posts_engaged_are_ground_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "india-pakistan")


def test_a_figure_with_some_after_it_is_an_approximate_count() -> None:
    flight = one("Altogether 2,000-some villagers have fled Kyauktaw since Monday.", T.DISPLACEMENT_REPORT, "myanmar")
    assert flight.counts.displaced == 2000


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The army has ongoing offensives in northern Shan.", "myanmar", T.GROUND_CLASH),
        (
            "The council vowed to hold those behind the killings in Geneina accountable.",
            "sudan",
            T.DIPLOMATIC_STATEMENT,
        ),
        (
            "Fighting went on despite Phnom Penh reaffirming its openness to a ceasefire.",
            "thailand-cambodia",
            T.CEASEFIRE_TALKS,
        ),
        ("Eleven civilians were killed by missile shelling on the Raghwan district last week.", "yemen", T.AIR_STRIKE),
    ],
)
def test_ongoing_offensives_a_vow_of_accountability_openness_to_a_truce_and_missile_shelling(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_truce_yet_to_take_effect_is_not_in_effect_and_clashes_not_reported_are_none() -> None:
    assert T.CEASEFIRE_IN_EFFECT not in types(
        "A truce urged by the mediators on Saturday has yet to take effect.", "sudan"
    )
    assert T.GROUND_CLASH not in types(
        "Officials were not reporting any major clashes in the region on Sunday.", "sudan"
    )


def test_a_figure_repeated_in_brackets_counts_once() -> None:
    toll = one("The strike killed one (1) militant near Jilib on Monday.", T.CASUALTY_REPORT, "somalia")
    assert toll.counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "The rebels said in a statement that their forces would abide by the agreement.",
            "south-sudan",
            T.CEASEFIRE_AGREED,
        ),
        (
            "Fighting stopped with a truce agreed on Sunday under AU supervision but violated on Tuesday.",
            "libya",
            T.CEASEFIRE_VIOLATION,
        ),
        ("On Tuesday the Security Council ended the peacekeeping mission's mandate in Darfur.", "sudan", T.UN_SESSION),
    ],
)
def test_a_deal_to_be_abided_by_a_truce_but_violated_and_a_mandate_ended_by_the_council(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_city_spared_the_destruction_elsewhere_is_no_attack() -> None:
    sentence = "Since the invasion, Uzhhorod had largely been spared the scale of destruction seen in bombarded cities."
    assert not {T.AIR_STRIKE, T.GROUND_CLASH} & types(sentence, "russia-ukraine")


def test_rustlers_who_attacked_kraals_in_two_payams_are_two_clashes() -> None:
    sentence = "Armed cattle rustlers attacked two kraals in Lotimor and Nakodo payams on Sunday."
    found = [e for e in events(sentence, "south-sudan") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in found if e.location} == {"Lotimor", "Nakodo"}


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "A firearm exchange took place near Gujba on Saturday.",
            "nigeria",
            T.GROUND_CLASH,
        ),
        (
            "The raid killed 9 Afghan security force members in Zabul on Friday.",
            "afghanistan-pakistan",
            T.CASUALTY_REPORT,
        ),
    ],
)
def test_a_firearm_exchange_and_security_force_members_killed(sentence: str, theatre: str, expected: EventType) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Families sheltered there since a gang war broke out between two gangs for control of Bel Air and Delmas.",
            "haiti",
            T.GROUND_CLASH,
        ),
        ("Prohibitory orders have been imposed in Jangipur and Suti on Sunday.", "india", T.THREAT_STATEMENT),
    ],
)
def test_a_war_that_broke_out_between_gangs_and_prohibitory_orders(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_the_date_of_an_earlier_agreement_named_in_the_sentence_does_not_date_the_news() -> None:
    sentence = "A drone struck a car in Yaroun on Friday, in a new violation of the truce agreement signed on Nov. 27."
    found = events(sentence, "israel-lebanon")
    assert {T.AIR_STRIKE, T.CEASEFIRE_VIOLATION} <= {e.type for e in found}
    assert all(e.occurred_at.date() == date(2024, 3, 8) for e in found)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Baku and Yerevan signed a US-brokered peace roadmap on Friday.", "armenia-azerbaijan", T.CEASEFIRE_AGREED),
        ("Fighting went on despite the peace pact signed in Doha on Monday.", "drc", T.CEASEFIRE_AGREED),
        ("Both sides reaffirmed a ceasefire agreement on Monday.", "thailand-cambodia", T.CEASEFIRE_AGREED),
        ("The announcement came hours after the two armies declaring a truce on Monday.", "sudan", T.CEASEFIRE_AGREED),
        ("Several truce deals have failed to stick.", "sudan", T.CEASEFIRE_ENDED),
        ("The sides traded accusations over breaches to the truce on Monday.", "yemen", T.CEASEFIRE_VIOLATION),
    ],
)
def test_a_peace_roadmap_signed_a_truce_reaffirmed_or_declared_deals_that_failed_to_stick_and_breaches_to_a_truce(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Troops on Monday night killed a Palestinian teen in Tubas.", "west-bank", T.CASUALTY_REPORT),
        ("A woman was hurt in Bilozerka on Monday due to the attack of the FPV drone.", "russia-ukraine", T.AIR_STRIKE),
        ("The rebels ousted junta troops from Kyauktaw on Monday.", "myanmar", T.GROUND_CLASH),
    ],
)
def test_a_teen_killed_the_attack_of_a_drone_and_troops_ousted(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The mayor urged residents to stay home and avoid areas near the fighting.", "syria", T.THREAT_STATEMENT),
        (
            "Two guards were killed in a sniper attack by the Arakan Army near Maungdaw on Monday.",
            "myanmar",
            T.GROUND_CLASH,
        ),
        (
            "The dissidents detonated a vehicle loaded with explosives near a base in Jamundí.",
            "colombia",
            T.GROUND_CLASH,
        ),
        ("The rebels say the army continued its offensives during the talks.", "drc", T.GROUND_CLASH),
    ],
)
def test_residents_told_to_stay_home_a_sniper_attack_a_car_bomb_and_continued_offensives(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        (
            "Shelling went on despite the president announcing a surprise but brief Easter truce.",
            "russia-ukraine",
            T.CEASEFIRE_AGREED,
        ),
        ("A mediation effort launched by Cairo began on Thursday.", "sudan", T.CEASEFIRE_TALKS),
        ("The army boycotted the talks hosted by the regional bloc in Addis Ababa.", "sudan", T.CEASEFIRE_TALKS),
        ("They hope the truce would enable them to continue with the peace talks.", "drc", T.CEASEFIRE_TALKS),
    ],
)
def test_a_truce_announced_a_mediation_effort_talks_boycotted_or_continued(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_truce_only_considered_is_not_agreed() -> None:
    sentence = "A request was made to consider announcing a short ceasefire along the front."
    assert T.CEASEFIRE_AGREED not in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The bloc's leaders will instruct the regional force to use force if the rebels stay.", "drc"),
        ("The ministry said its troops stand ready to give a fitting rebuff to any attack.", "armenia-azerbaijan"),
        ("Officials said the army would continue to retaliate until the shelling stops.", "thailand-cambodia"),
        ("Officials have imposed Section 144 in the town after the clashes.", "india"),
        ("Police said they had banned all rallies in the capital on Friday.", "bangladesh"),
        ("The governor has imposed movement restrictions across the state.", "sudan"),
        ("The minister reiterated the government's resolve to eradicate the insurgency.", "india"),
        ("The commander said his men will continue until they liberate the whole district.", "somalia"),
        ("Residents of the border villages are advised to remain indoors tonight.", "india-pakistan"),
    ],
)
def test_force_ordered_a_rebuff_promised_gatherings_banned_and_people_advised_to_stay_in(
    sentence: str, theatre: str
) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops were given strict instructions not to use force against protesters.",
        "Section 144 imposed in the two districts was withdrawn on Sunday as calm returned.",
        "The attack only strengthens the government's resolve to eradicate the insurgency.",
    ],
)
def test_force_forbidden_a_lifted_order_and_a_resolve_only_strengthened_are_no_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT not in types(sentence, "india")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Both armies reached a consensus on Saturday to halt the gunfire along the border.", "india-pakistan"),
        ("The militia announced the suspension of military and security operations against the troops.", "iraq"),
        ("The two presidents agreed in principle to halt strikes on power plants.", "russia-ukraine"),
        ("The president ordered a 30-day halt on strikes against the energy grid.", "russia-ukraine"),
        ("The coalition said it would cease military operations during the holy month.", "yemen"),
        ("On 6 May, the president announced that the navy would halt airstrikes against the rebels.", "yemen"),
    ],
)
def test_a_halt_to_attacks_agreed_ordered_or_announced_by_a_side_is_a_truce_agreed(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_AGREED in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The aid agency announced the suspension of its operations in the camp after the looting.",
        "Envoys urged both sides to halt attacks on civilians.",
    ],
)
def test_aid_work_suspended_or_a_halt_urged_is_no_truce_agreed(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED not in types(sentence, "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The militia left the town after three days of intense battle with the army.", "somalia", T.GROUND_CLASH),
        ("Monday's fighting unfolded some 20 kilometres east of the provincial capital.", "yemen", T.GROUND_CLASH),
        ("Officials said the raiders mounted the attack shortly after midnight.", "ethiopia", T.GROUND_CLASH),
        ("A rebel spokesman said they were preparing to attack the town.", "yemen", T.THREAT_STATEMENT),
    ],
)
def test_an_intense_battle_fighting_that_unfolded_an_attack_mounted_and_one_prepared(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "Troops are conducting targeted search-and-strike operations against enemy units "
            "trying to push into the city.",
            T.AIR_STRIKE,
        ),
        ("Street fighting goes on in the centre, the Air Assault Forces said.", T.AIR_STRIKE),
        ("Assault groups work with the units of the 7th Corps of the Air Assault Forces.", T.AIR_STRIKE),
        ("The barrages caused heavy damage to enemy forces.", T.INFRASTRUCTURE_DAMAGE),
    ],
)
def test_raids_and_a_unit_named_for_the_air_are_no_air_strike_and_losses_of_troops_are_no_damage(
    sentence: str, absent: EventType
) -> None:
    assert absent not in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry blamed a drone strike on a gas distribution station for the fire.", T.INFRASTRUCTURE_DAMAGE),
        ("Drone and shelling attacks on the border district cut off power to 2,000 homes.", T.INFRASTRUCTURE_DAMAGE),
        ("Drone and shelling attacks on the border district went on overnight.", T.AIR_STRIKE),
        ("The enemy launched 90 artillery, tank and mortar attacks on the front.", T.GROUND_CLASH),
    ],
)
def test_an_energy_site_struck_power_cut_by_attacks_and_attacks_named_by_their_weapons(
    sentence: str, expected: EventType
) -> None:
    assert expected in types(sentence, "russia-ukraine")


def test_a_strike_on_energy_only_banned_is_no_damage() -> None:
    sentence = "Both sides agreed to a ban on attacks on energy facilities and a halt to strikes on the power grid."
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "russia-ukraine")


def test_a_truce_the_parties_are_called_on_to_agree_is_talked_of_not_agreed() -> None:
    sentence = "Its allies are calling for the rebels to agree to a ceasefire before the talks."
    found = types(sentence, "afghanistan-pakistan")
    assert T.CEASEFIRE_TALKS in found
    assert T.CEASEFIRE_AGREED not in found


def test_a_country_mediating_between_the_sides_is_talks() -> None:
    sentence = "Beijing, which has been mediating between the junta and the armed groups, sent observers to the town."
    assert T.CEASEFIRE_TALKS in types(sentence, "myanmar")


def test_an_extension_only_advocated_is_talked_of_not_agreed() -> None:
    found = types("The president continued to advocate for an extension of the truce for 30 days.", "russia-ukraine")
    assert T.CEASEFIRE_TALKS in found
    assert T.CEASEFIRE_AGREED not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Two villagers were wounded while two others were abducted by the gunmen.",
        "Gunmen kidnapped three Chinese nationals at a mining site on Sunday.",
        "Officials said two foreign engineers were kidnapped near the dam.",
    ],
)
def test_others_nationals_and_engineers_abducted_are_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "nigeria")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Villagers from across the border stoned a house in the hamlet overnight.", "kyrgyzstan"),
        ("Police said there were attempts at stone pelting in the old town.", "india"),
        ("Angry youths barricaded the main highway with logs after the killings.", "nigeria"),
        ("Residents blocked the national highway after the attack on the post.", "afghanistan-pakistan"),
        ("The tribal body imposed a 48-hour total shutdown in the district.", "india"),
    ],
)
def test_stones_barricades_blocked_roads_and_a_shutdown_are_unrest(sentence: str, theatre: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The junta imposed an internet shutdown across the region.",
        "The warring sides barricaded roads and guarded their streets with armed trucks.",
        "The rebels vowed to go on until the aggression and economic blockade end.",
    ],
)
def test_an_internet_shutdown_fighters_barricades_and_a_states_blockade_are_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "somalia")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The battle broke out on Sunday near a village of the township.", "myanmar", T.GROUND_CLASH),
        (
            "A ceasefire negotiated on the same day brought a gradual halt to the fighting.",
            "kyrgyzstan",
            T.CEASEFIRE_AGREED,
        ),
        ("The towns have seen confrontations between the youth and security officers.", "ethiopia", T.CIVIL_UNREST),
        ("Peace talks between the two sides remain deadlocked in the Gulf.", "afghanistan-pakistan", T.CEASEFIRE_TALKS),
    ],
)
def test_a_battle_that_broke_out_a_truce_negotiated_youths_confronting_police_and_talks_deadlocked(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_war_s_start_named_as_a_time_is_no_fighting() -> None:
    assert T.GROUND_CLASH not in types("It has been almost a month since Russia invaded Ukraine.", "russia-ukraine")


def test_individuals_slaughtered_in_excess_of_a_number_are_a_toll() -> None:
    event = one("The militias have slaughtered in excess of 300 individuals since January.", T.CASUALTY_REPORT, "drc")
    assert event.counts.killed == 300


@pytest.mark.parametrize(
    "sentence",
    [
        "Local elder Hassan Ali Nur was killed by masked gunmen in the town on Monday evening.",
        "The raid ended in the killing of prominent militia leader Omar Saleh Haddad on Monday.",
    ],
)
def test_a_titled_elder_killed_and_the_killing_of_a_leader_told_by_name_are_a_toll(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "somalia").counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Police believe the bomb contained about 20 kilograms of explosives.",
        "A wave of arson and bombing attacks hit the southern provinces overnight.",
        "Officials said a bomb killed a ranger and wounded three others near the school.",
        "Bomb kills two rangers in the south as talks begin",
    ],
)
def test_a_bomb_told_by_what_it_held_or_killed_and_bombing_attacks_are_fought_on_the_ground(sentence: str) -> None:
    found = types(sentence, "thailand")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Searching the site, troops recovered a pistol, a tiffin bomb and a quantity of explosives.",
        "The two attackers detonated the bombs they were carrying on themselves.",
    ],
)
def test_a_bomb_recovered_or_set_off_by_its_carrier_is_no_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "india")


def test_a_bomb_dropped_from_a_plane_that_killed_is_still_an_air_strike() -> None:
    assert T.AIR_STRIKE in types("A bomb dropped by a junta jet killed three villagers on Monday.", "myanmar")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Troops patrolling near the river came in contact with the ADF terrorists on Sunday.", "drc", T.GROUND_CLASH),
        ("Late that night a device exploded at the police station of the town.", "colombia", T.GROUND_CLASH),
        ("Witnesses reported a mortar explosion a few hundred metres from the gate.", "myanmar", T.ROCKET_FIRE),
    ],
)
def test_troops_in_contact_with_the_enemy_a_device_that_exploded_and_a_mortar_explosion(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy released a statement on Monday expressing his grave concern over the fighting.",
        "“I reiterate my call to all parties to respect international humanitarian law,” the coordinator said.",
        "The minister wrote that the kingdom reaffirms its firm commitment to peace.",
        "The regional bloc announced it was suspending the country from all its activities.",
    ],
)
def test_concern_expressed_a_call_reiterated_a_commitment_to_peace_and_a_member_suspended(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "sudan")


def test_condolences_expressed_and_a_mission_s_commitment_to_its_mandate_are_no_statement() -> None:
    sentence = "Expressing deep sorrow, the force reaffirmed its commitment to implementing its mandate."
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A villa said to be used by foreign agents was damaged in the rocket attack.", "iraq"),
        ("Stray bullets hit the town hall, damaging windows.", "israel-lebanon"),
        ("One drone got through the air defences and damaged the oil platform.", "yemen"),
        ("Bandits blew up the railway track with an explosive device.", "nigeria"),
    ],
)
def test_a_villa_windows_an_oil_platform_and_a_railway_track_damaged(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("People went back to their villages on Monday as hostilities have ceased.", "india-pakistan"),
        ("The army said it stopped firing at midnight on Monday.", "thailand-cambodia"),
        ("The truce has led to a significant reduction of violence across the country, the envoy said.", "yemen"),
        ("The clashes came to a complete halt on Tuesday in the two districts.", "syria"),
    ],
)
def test_fighting_that_stopped_and_calm_a_truce_brought_are_a_truce_in_effect(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.CEASEFIRE_IN_EFFECT in found
    assert T.GROUND_CLASH not in found


def test_fighting_that_stopped_named_as_a_time_is_no_truce() -> None:
    sentence = "Residents are afraid to go back because troops have camped near the village since the fighting stopped."
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence, "myanmar")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Government revokes the Ramazan ceasefire in the valley", "india-pakistan"),
        ("The government has decided not to extend the suspension of operations in the state.", "india-pakistan"),
        ("The president decided on Friday to lift the unilateral ceasefire with the rebels.", "philippines"),
        ("The clashes shredded a previous Beijing-brokered truce.", "myanmar"),
    ],
)
def test_a_truce_revoked_lifted_not_extended_by_decision_or_shredded_has_ended(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_ENDED in types(sentence, theatre)


def test_a_truce_that_will_not_be_extended_is_not_agreed() -> None:
    assert T.CEASEFIRE_AGREED not in types(
        "“We have no intention to extend the ceasefire,” he said.", "afghanistan-pakistan"
    )


def test_jets_that_also_targeted_hideouts_are_an_air_strike() -> None:
    sentence = "Army jets also targeted the militants' hideouts in the northern countryside."
    assert T.AIR_STRIKE in types(sentence, "syria")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("Villagers on both sides threw rocks at each other before the shooting began.", "kyrgyzstan", T.CIVIL_UNREST),
        ("For six days the city was immersed in fighting between rival cartels.", "mexico", T.GROUND_CLASH),
    ],
)
def test_rocks_thrown_by_villagers_and_a_city_immersed_in_fighting(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


def test_a_gendarmerie_brigade_attacked_is_ground_fighting() -> None:
    sentence = "Armed separatist forces attacked the gendarmerie brigade in the town on Sunday."
    assert T.GROUND_CLASH in types(sentence, "cameroon")


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected", "absent"),
    [
        ("Al-Shabaab fighters kill dozens in attack on army base", "somalia", T.GROUND_CLASH, T.AIR_STRIKE),
        ("Gunmen gunned down Rahim Ali Khan in his field on Saturday.", "india", T.CASUALTY_REPORT, None),
        ("On Wednesday protesters set fire to the consulate in the city.", "iraq", T.INFRASTRUCTURE_DAMAGE, None),
    ],
)
def test_fighters_attacking_a_base_a_named_man_gunned_down_and_a_consulate_burned(
    sentence: str, theatre: str, expected: EventType, absent: EventType | None
) -> None:
    found = types(sentence, theatre)
    assert expected in found
    assert absent not in found


def test_bodies_buried_are_a_toll() -> None:
    event = one("Twelve bodies were buried in the village this morning, the mayor said.", T.CASUALTY_REPORT, "sahel")
    assert event.counts.killed == 12


def test_a_man_shot_in_the_leg_is_one_injured() -> None:
    event = one("Another man was shot in the leg and shoulder in the old quarter.", T.CASUALTY_REPORT, "syria")
    assert event.counts.injured == 1


def test_a_couple_who_were_martyred_is_a_toll() -> None:
    sentence = "He said the farmer and his wife were martyred when their home was hit on Tuesday."
    assert one(sentence, T.CASUALTY_REPORT, "sudan").counts.killed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The group's spokesman announced the decision to resume fighting on Monday.", T.THREAT_STATEMENT),
        ("The president claims attacks are ongoing despite Putin's Easter truce.", T.CEASEFIRE_VIOLATION),
    ],
)
def test_a_decision_to_resume_fighting_and_attacks_despite_a_leader_s_truce(sentence: str, expected: EventType) -> None:
    assert expected in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb hidden in a cooking gas cylinder was detonated near a power pole on Friday.",
        "A bomb detonated as a ranger unit was patrolling the highway on Friday.",
        "Officers inspect the bomb scene in the district on Friday morning.",
    ],
)
def test_a_bomb_detonated_on_the_ground_and_a_bomb_scene_are_no_air_strike(sentence: str) -> None:
    found = types(sentence, "thailand")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "theatre", "expected"),
    [
        ("The military said 260 Kurdish and ISIL fighters were killed in the incursion.", "syria", T.CASUALTY_REPORT),
        (
            "Fighting last week also resumed in the state over the control of two counties.",
            "south-sudan",
            T.GROUND_CLASH,
        ),
        ("Bandits on motorcycles launched a fresh onslaught on the villages on Sunday.", "nigeria", T.GROUND_CLASH),
        ("Residents said the peace accord had collapsed, citing renewed attacks.", "nigeria", T.CEASEFIRE_ENDED),
        (
            "The general said the forces will proceed with the operations until the militants are driven out.",
            "somalia",
            T.THREAT_STATEMENT,
        ),
    ],
)
def test_fighters_of_two_groups_counted_fighting_resumed_last_week_an_onslaught_a_collapsed_accord_and_a_vow(
    sentence: str, theatre: str, expected: EventType
) -> None:
    assert expected in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Another villager, Anna Petrosyan, born in 1931, was also killed on Saturday.",
        "Anna Petrosyan, 85, was also killed in the village on Saturday.",
    ],
)
def test_a_victim_told_by_name_and_age_or_birth_year_is_a_toll_of_one(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "armenia-azerbaijan").counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The incident underscores the volatility in the region and raises concerns over the dam's future.",
        "Scores of people attended a demonstration on Thursday, calling for the protection of civilians.",
    ],
)
def test_an_event_that_raises_concerns_and_a_demonstration_s_call_are_no_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "syria")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Unknown attackers fired on two cars near Parachinar on Tuesday, killing a driver.", "afghanistan-pakistan"),
        ("Suspected militants fired at a police outpost in Jiribam on Saturday night.", "india"),
    ],
)
def test_armed_men_firing_on_a_target_is_ground_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_armed_men_firing_on_protesters_is_not_told_as_ground_fighting_by_that_alone() -> None:
    assert T.GROUND_CLASH not in types("Masked gunmen fired on protesters outside the ministry on Friday.", "iraq")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("A motorcycle bomb exploded outside the market in Yala on Sunday, wounding four rangers.", "thailand"),
        ("Two soldiers were killed on Friday when an explosion targeted their patrol near Galkayo.", "somalia"),
        ("Three people were wounded in a shooting incident in Hodan district on Monday.", "somalia"),
        ("A truck carrying traders hit a landmine near Boni on Thursday.", "sahel"),
    ],
)
def test_bombs_mines_and_shootings_on_the_ground_are_ground_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The curfew followed Saturday's attack in Zaki Biam in which 11 people were killed.", "nigeria"),
        ("Meanwhile, the March 9 attack in Kamwenge resulted in the death of three people.", "uganda"),
    ],
)
def test_an_attack_named_by_its_day_is_told_with_a_time_of_its_own(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("No group has claimed responsibility for Sunday's attack.", "somalia"),
        ("Tuesday's missile attack on Kharkiv killed three people.", "russia-ukraine"),
    ],
)
def test_an_attack_by_its_day_only_referred_to_or_from_the_air_is_no_ground_fighting(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The two militias had agreed to a truce, but heavy fighting erupted again on Sunday in Zawiya.", "libya"),
        ("Days after a ceasefire agreement between the army and the rebels, clashes erupted in Lashio.", "myanmar"),
        ("Despite the agreement, fierce clashes broke out on Monday in Bulo Burde.", "somalia"),
    ],
)
def test_fighting_that_broke_out_after_a_truce_was_agreed_is_a_violation(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_VIOLATION in types(sentence, theatre)


def test_fighting_that_resumed_when_the_truce_expired_is_its_end_not_a_violation() -> None:
    found = types("The truce expired on Sunday, but fighting resumed on Monday in Marib.", "yemen")
    assert T.CEASEFIRE_ENDED in found
    assert T.CEASEFIRE_VIOLATION not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Residents said the army had resumed air strikes on Bahri and was using more artillery.", "sudan"),
        ("Junta aircraft and gunboats bombarded the town of Kyaukpyu on Monday.", "myanmar"),
    ],
)
def test_artillery_used_alongside_aircraft_is_ground_fighting_too(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH in found


def test_rockets_and_mortars_fired_are_rocket_fire_not_ground_fighting() -> None:
    assert T.GROUND_CLASH not in types("Militants launched about 300 rockets and mortars at Sderot on Sunday.")


def test_an_agreement_told_with_the_talks_that_reached_it_is_both() -> None:
    text = "On Saturday, after ten hours of negotiations in Moscow, the two sides agreed to a humanitarian ceasefire."
    found = types(text, "armenia-azerbaijan")
    assert T.CEASEFIRE_AGREED in found
    assert T.CEASEFIRE_TALKS in found


def test_an_agreement_alone_is_no_talks() -> None:
    assert T.CEASEFIRE_TALKS not in types("The two sides agreed to a ceasefire on Saturday.", "armenia-azerbaijan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Twelve militants were killed in an operation carried out by the army near Bulo Burde on Monday.", "somalia"),
        ("The rebel commander died in a military operation carried out in the district of Kidal.", "sahel"),
        ("On Tuesday the army continued its operations on the town of Wad Madani.", "sudan"),
        ("Government troops carried out an operation on Friday to retake the village of Maleya.", "myanmar"),
    ],
)
def test_an_operation_carried_out_somewhere_is_ground_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police launched a search operation near Kohat after the blast.",
        "Soldiers carried out a rescue operation in the flooded village of Maleya.",
        "One soldier died during the operation, the army said.",
    ],
)
def test_a_search_or_rescue_operation_or_one_only_named_is_no_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN chief vowed to do his utmost to keep the ceasefire in Western Sahara.",
        "The envoy vows to do her best to salvage the truce in Western Sahara.",
        "The minister vowed to maintain the ceasefire in Western Sahara.",
    ],
)
def test_a_vow_to_keep_the_peace_is_no_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT not in types(sentence, "western-sahara")


def test_a_vow_to_fight_on_is_still_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("Polisario vowed to do everything to crush the invaders.", "western-sahara")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president condemned the violence and called for peaceful protests in the capital.",
        "The envoy calls on protesters to cooperate with the security forces in Lima.",
        "The separatists have been protesting since 2016 in Bamenda.",
    ],
)
def test_a_call_for_protests_or_a_peoples_record_of_protest_is_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "peru")


def test_protesters_who_took_to_the_streets_after_a_call_are_unrest() -> None:
    found = types("Opposition leaders called for protests, and thousands took to the streets of Lima.", "peru")
    assert T.CIVIL_UNREST in found


def test_members_of_a_group_counted_by_its_acronym_are_people() -> None:
    sentence = "The firefight in Samar resulted in the death of seven NPAs on Monday."
    toll = one(sentence, T.CASUALTY_REPORT, "philippines")
    assert toll.counts.killed == 7


def test_weapons_counted_by_their_acronym_are_no_people() -> None:
    toll = one("Five soldiers were killed by two IEDs near Jolo.", T.CASUALTY_REPORT, "philippines")
    assert toll.counts.killed == 5


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The rebels accused the army of shelling their positions in violation of a ceasefire.", "drc"),
        ("Moscow said Kyiv kept striking energy sites, violating the moratorium agreed last week.", "russia-ukraine"),
        (
            "Azerbaijani units entered the village, violating the provisions of the trilateral statement.",
            "armenia-azerbaijan",
        ),
    ],
)
def test_a_truce_broken_under_another_name_is_a_violation(sentence: str, theatre: str) -> None:
    assert T.CEASEFIRE_VIOLATION in types(sentence, theatre)


def test_a_special_cabinet_meeting_is_a_cabinet_meeting() -> None:
    found = types("The prime minister resigned during a special cabinet meeting in Colombo on Friday.", "sri-lanka")
    assert T.CABINET_MEETING in found


def test_sides_trading_accusations_of_violation_report_a_violation() -> None:
    found = types("The army and the rebels have been trading accusations of violation near Yei.", "south-sudan")
    assert T.CEASEFIRE_VIOLATION in found


def test_posts_fired_on_from_mortars_are_mortar_fire_not_ground_fighting() -> None:
    found = types("Border outposts near Khoja Alo are being fired from mortars.", "tajikistan")
    assert T.ROCKET_FIRE in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On Monday the 39th Infantry Battalion encountered a band of NPA guerrillas near Lumbia.", "philippines"),
        ("The patrol encountered an undetermined number of rebels outside Bato on Friday.", "philippines"),
    ],
)
def test_a_unit_that_encountered_rebels_fought_them(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_cause_given_a_place_of_its_own_is_the_fighting_too() -> None:
    sentence = "Nine herders were wounded in the clashes that broke out in Goz Beida on Sunday."
    assert {T.GROUND_CLASH, T.CASUALTY_REPORT} <= types(sentence, "chad")


def test_a_toll_of_clashes_named_only_as_a_cause_is_no_fighting() -> None:
    sentence = "Nine herders were wounded in the clashes, officials said on Sunday."
    assert T.GROUND_CLASH not in types(sentence, "chad")


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Troops fired on farmers near Kafr Kila on Sunday, resulting in one injury.", None, 1),
        ("Troops fired on farmers near Kafr Kila on Sunday, resulting in one death and one injury.", 1, 1),
        ("Shooting went on all night near Kafr Kila, claiming the life of one farmer.", 1, None),
    ],
)
def test_one_injury_one_death_and_the_life_of_one_are_a_toll(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, "israel-lebanon")
    assert (toll.counts.killed, toll.counts.injured) == (killed, injured)


def test_civilian_bodies_discovered_are_the_dead() -> None:
    toll = one("Three civilian bodies were discovered near Oicha on Monday.", T.CASUALTY_REPORT, "drc")
    assert toll.counts.killed == 3


def test_a_vigilante_with_a_gunshot_wound_is_one_hurt() -> None:
    toll = one("A vigilante sustained a gunshot wound in Gusau on Monday.", T.CASUALTY_REPORT, "nigeria")
    assert toll.counts.injured == 1


def test_a_town_named_after_its_country_is_where_it_happened() -> None:
    sentence = "A missile strike carried out in Ukraine on Monday killed four civilians in the city of Zaporizhzhia."
    assert one(sentence, T.AIR_STRIKE, "russia-ukraine").location.name == "Zaporizhzhia"


def test_a_town_among_a_tolls_parts_leaves_the_country_its_place() -> None:
    sentence = "Five people were killed in Israel on Monday, including a man whose car was hit in Ashkelon."
    assert one(sentence, T.CASUALTY_REPORT).location.name == "Israel"


@pytest.mark.parametrize(
    "sentence",
    [
        "Border guards using heavy machine guns and mortars attacked the village of Vorukh on Monday.",
        "The guards were accused of shelling a dam near Vorukh with rocket-propelled grenades and mortars.",
        "Troops kept targeting farms near Vorukh with artillery fire, heavy-calibre mortars and rifles on Monday.",
    ],
)
def test_mortars_used_or_fired_with_other_weapons_are_mortar_fire(sentence: str) -> None:
    assert T.ROCKET_FIRE in types(sentence, "tajikistan")


def test_rocket_propelled_grenades_alone_are_no_rocket_fire() -> None:
    sentence = "Gunmen attacked a checkpoint near Vorukh with rocket-propelled grenades on Monday."
    assert T.ROCKET_FIRE not in types(sentence, "tajikistan")


@pytest.mark.parametrize(
    "sentence",
    ["A guard was fatally wounded near Vorukh on Monday.", "A guard was mortally injured near Vorukh on Monday."],
)
def test_fatally_wounded_is_killed(sentence: str) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, "tajikistan")
    assert (toll.counts.killed, toll.counts.injured) == (1, None)


def test_officers_gunned_down_are_an_attack_on_them() -> None:
    sentence = "Two more officers were gunned down near the port of Manta on Tuesday."
    assert {T.GROUND_CLASH, T.CASUALTY_REPORT} <= types(sentence, "ecuador")


@pytest.mark.parametrize(
    ("headline", "killed"),
    [
        ("Border soldier killed in Vorukh shelling", 1),
        ("Guard dies in Vorukh shooting", 1),
        ("4 herders die in Vorukh", 4),
    ],
)
def test_a_headlines_bare_noun_or_present_tense_is_a_toll(headline: str, killed: int) -> None:
    assert one(headline, T.CASUALTY_REPORT, "tajikistan").counts.killed == killed


def test_people_who_could_die_are_no_toll() -> None:
    assert T.CASUALTY_REPORT not in types("Thousands could die in Vorukh if the blockade goes on.", "tajikistan")


def test_a_figure_in_thousands_after_a_month_is_a_figure_not_a_day() -> None:
    flight = one("Since May 41,200 people have been displaced from Ancuabe.", T.DISPLACEMENT_REPORT, "mozambique")
    assert flight.counts.displaced == 41200


def test_pupils_snatched_were_abducted() -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(
        "Four pupils were snatched on their way to school in Kumbo.", "cameroon"
    )


@pytest.mark.parametrize(
    ("sentence", "killed", "women"),
    [
        ("Shelling on Monday hit Lumte, killing five men and one woman.", 6, 1),
        ("Four women and one man were killed in Lumte on Monday.", 5, 4),
        ("A clinic official said four women and one man were killed in Lumte on Monday.", 5, 4),
        ("Nine people, including four women, were killed in Lumte on Monday.", 9, 4),
    ],
)
def test_men_and_women_killed_are_added_up_and_a_speaker_is_none_of_them(
    sentence: str, killed: int, women: int
) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, "myanmar")
    assert (toll.counts.killed, toll.counts.women) == (killed, women)


@pytest.mark.parametrize(
    ("sentence", "theatre", "fighters"),
    [
        ("The army said it killed 14 al Shabab militants near Bulo Burde on Monday.", "somalia", 14),
        ("Two suspected ADF rebels were killed near Oicha on Monday.", "drc", 2),
    ],
)
def test_fighters_named_with_a_particle_or_after_suspected_are_combatants(
    sentence: str, theatre: str, fighters: int
) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.combatants == fighters


def test_explosions_that_occurred_somewhere_are_an_attack() -> None:
    assert T.GROUND_CLASH in types("Two explosions occurred at a police camp in Sheikh Zuweid on Friday.", "egypt")


def test_a_headlines_present_take_control_is_fighting_but_an_aim_is_not() -> None:
    assert T.GROUND_CLASH in types("Militants take control of Marka in southern Somalia", "somalia")
    assert T.GROUND_CLASH not in types("The militants tried to take control of Marka on Monday.", "somalia")


def test_a_willingness_to_issue_a_ceasefire_is_talks() -> None:
    sentence = "The rebels affirmed their willingness to issue a separate unilateral ceasefire near Davao on Monday."
    assert T.CEASEFIRE_TALKS in types(sentence, "philippines")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("About 2,300 people escaped Myawaddy into Mae Sot on Monday as the fighting flared.", 2300),
        ("Over 1,500 Karen villagers spilled over into Thailand on Monday after the fighting near Myawaddy.", 1500),
        (
            "Forty were killed near Myawaddy and nearly 8,000 persons have been forced to flee their homes.",
            8000,
        ),
    ],
)
def test_people_who_escaped_spilled_over_or_were_forced_to_flee_are_displaced(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "myanmar").counts.displaced == displaced


def test_prisoners_who_escaped_a_jail_are_not_displaced() -> None:
    assert T.DISPLACEMENT_REPORT not in types("Two prisoners escaped from the jail in Myawaddy on Monday.", "myanmar")


def test_projectiles_landing_in_a_district_are_rocket_fire() -> None:
    sentence = "Residents reported all types of projectiles landing in Janzur overnight."
    assert T.ROCKET_FIRE in types(sentence, "libya")


@pytest.mark.parametrize(
    "sentence",
    ["Tajik soldiers occupied the school in Vorukh on Friday.", "The junta forces also occupied the village of Kani."],
)
def test_forces_that_occupied_a_village_or_a_school_fought_for_it(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "myanmar" if "junta" in sentence else "tajikistan")


def test_molotov_cocktails_name_no_place() -> None:
    event = one("Rioters threw Molotov cocktails at police in Celaya on Monday.", T.CIVIL_UNREST, "mexico")
    assert event.location is not None
    assert event.location.name == "Celaya"


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("More than 30 fuel tankers were destroyed in an attack on a convoy near Kayes on Monday.", "sahel"),
        ("The bomb destroyed a pick-up truck of the rangers in Rueso on Monday.", "thailand"),
        ("Gunmen set a restaurant on fire in Celaya on Monday.", "mexico"),
    ],
)
def test_tankers_trucks_and_restaurants_burned_or_destroyed_are_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police officers in Jos tried their best to repel the attack, the spokesman said.",
        "Nigerian Troops Repel Multiple Attacks in Gwoza",
        "The commander said the soldiers succeeded in repelling a massive attack at Monguno.",
        "Police in Jos were able to repel the attackers on Sunday.",
        "The raid coincided with the repel of insurgents at the military base in Monguno.",
        "The army said its soldiers had fended off attacks from insurgents near Monguno.",
        "Troops beat off the attackers at Gwoza on Friday.",
    ],
)
def test_an_attack_beaten_off_told_with_repel_or_repelling_is_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "nigeria")


def test_repelling_drone_attacks_is_no_fighting_on_the_ground() -> None:
    assert T.GROUND_CLASH not in types(
        "Air defences in Kyiv reported repelling drone attacks overnight.", "russia-ukraine"
    )


def test_a_helicopter_that_opened_fire_is_an_air_strike_not_fighting_on_the_ground() -> None:
    found = types("Villagers in Bounti said a helicopter opened fire on the wedding on Sunday.", "sahel")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The tribunal in The Hague has warned that the killings in Geneina could amount to war crimes.", "sudan"),
        (
            "The embassy said the executions of soldiers in Kunduz may constitute crimes against humanity.",
            "afghanistan-pakistan",
        ),
    ],
)
def test_a_warning_that_attacks_may_amount_to_war_crimes_is_a_statement(sentence: str, theatre: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army has been battling some 120 rebel groups in the eastern provinces.", "drc"),
        (
            "Separatists have been clashing with the army in the Northwest and Southwest regions in a bid for a state.",
            "cameroon",
        ),
    ],
)
def test_a_war_told_as_what_sides_have_been_doing_is_no_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister thanked Qatar for its efforts to end the fighting in Gaza.",
        "Hamas thanked the mediators for their “tireless role” in reaching the truce in Gaza.",
    ],
)
def test_a_mediator_thanked_for_its_efforts_is_a_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence)


def test_thanks_to_someone_is_no_statement() -> None:
    assert T.DIPLOMATIC_STATEMENT not in types("Thanks to the efforts of the local force, Gaza is calm, he said.")


def test_protesters_clashing_with_the_police_in_a_story_of_protests_are_the_unrest_not_a_clash() -> None:
    text = (
        "Thousands protested in Lahore on Tuesday against the arrest of the opposition leader. "
        "His supporters clashed with security forces in several cities and marched to the army headquarters."
    )
    assert {e.type for e in events(text, "afghanistan-pakistan")} == {T.CIVIL_UNREST}


def test_gunmen_in_a_story_of_protests_are_still_a_clash() -> None:
    text = (
        "Thousands protested in Lahore on Tuesday against the arrest of the opposition leader. "
        "Gunmen clashed with security forces near the march in Lahore, police said."
    )
    found = [e for e in events(text, "afghanistan-pakistan") if "Gunmen" in e.source.evidence]
    assert T.GROUND_CLASH in {e.type for e in found}


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Rallies called for Friday in Conakry have been banned by the authorities.", "guinea"),
        ("More protests in Caracas are planned for the coming days, the opposition said.", "venezuela"),
    ],
)
def test_protests_banned_or_planned_are_no_unrest(sentence: str, theatre: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("Around 2,000 people have taken shelter at a monastery in Lashio, a resident said.", 2000),
        ("Over 30,000 people have run for safety from Lashio since the offensive began on Friday.", 30000),
    ],
)
def test_people_who_took_shelter_or_ran_for_safety_are_displaced(sentence: str, displaced: int) -> None:
    reports = [e for e in events(sentence, "myanmar") if e.type is T.DISPLACEMENT_REPORT]
    assert [e.counts.displaced for e in reports] == [displaced]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops attacked employees and equipment of public utilities in Kherson with a drone on Monday.",
        "Ukrainian militants attacked Belgorod using UAVs, and three people were injured, the governor said.",
    ],
)
def test_an_attack_made_with_drones_alone_is_an_air_strike(sentence: str) -> None:
    found = types(sentence, "russia-ukraine")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


def test_an_attack_with_artillery_and_drones_is_still_fighting_on_the_ground() -> None:
    found = types("On Monday, Russian forces attacked Nikopol with artillery and drones.", "russia-ukraine")
    assert T.GROUND_CLASH in found


def test_villages_under_constant_attack_are_attacked() -> None:
    found = types("He said the villages of Tawila locality have been under constant attack since Sunday.", "sudan")
    assert T.GROUND_CLASH in found


def test_a_warning_does_not_make_hypothetical_an_attack_told_in_a_clause_of_its_own() -> None:
    found = types("Aid groups warned of a looming famine after gunmen attacked the police headquarters in the town.")
    assert T.GROUND_CLASH in found


def test_attacks_warned_of_are_still_no_clash() -> None:
    assert T.GROUND_CLASH not in types("The army warned of attacks on the police headquarters in the town.")


def test_a_capital_that_acts_for_its_government_is_not_where_the_attack_was() -> None:
    text = (
        "Ukraine and Russia swapped prisoners in Belarus on Monday. The swap came after Moscow launched a drone "
        "attack on an air base in the country's far west."
    )
    strike = one(text, T.AIR_STRIKE, "russia-ukraine")
    assert strike.location is not None
    assert strike.location.name != "Moscow"


def test_a_place_hit_by_an_attack_is_where_it_was() -> None:
    text = "Ukraine and Russia swapped prisoners in Belarus on Monday. Moscow hit by drones overnight, the mayor said."
    strike = one(text, T.AIR_STRIKE, "russia-ukraine")
    assert strike.location is not None
    assert strike.location.name == "Moscow"


def test_people_killed_in_the_attack_at_a_place_of_its_own_tell_the_attack() -> None:
    found = types("Four soldiers were killed in the attack in the Lower Shabelle region early on Friday.", "somalia")
    assert T.GROUND_CLASH in found


def test_people_killed_in_the_attack_told_before_do_not_tell_it_again() -> None:
    assert T.GROUND_CLASH not in types("Four soldiers were killed in the attack, officials said.", "somalia")


def test_the_span_a_record_is_measured_over_is_not_the_news_date() -> None:
    text = (
        "In the biggest rebel attack on the army in the last seven years, 26 soldiers were killed in an ambush in "
        "the Kismayo district on Monday."
    )
    assert T.CASUALTY_REPORT in types(text, "somalia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Peace talks in Doha between the government and the rebels have dragged on for three months.",
        "The two sides have been in talks in Geneva since last week under the auspices of the UN.",
        "Negotiations between the two sides are set to resume in Addis Ababa next week.",
        "The bombing came despite ongoing peace talks in neighbouring Malaysia.",
    ],
)
def test_peace_talks_going_on_or_due_to_resume_are_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "yemen")


def test_a_death_that_will_not_remain_unpunished_is_a_threat() -> None:
    text = "The defence ministry said the killing of its soldiers on the contact line will not remain unpunished."
    assert T.THREAT_STATEMENT in types(text, "armenia-azerbaijan")


def test_a_bomb_planted_somewhere_is_set_off_on_the_ground() -> None:
    found = types("One person was killed on Monday by a bomb planted in a noodle shop in Pattani province.", "thailand")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_bombs_found_are_no_attack() -> None:
    assert not types("Two more bombs were found later near the market in Pattani, police said.", "thailand") & {
        T.AIR_STRIKE,
        T.GROUND_CLASH,
    }


def test_calls_for_residents_to_evacuate_are_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("The army spokesman repeated his calls for Gaza residents to evacuate south.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot dead community leader Mohibullah at his office in Maungdaw on Wednesday.",
        "A drone strike killed officer Kyaw Zin Oo in the town of Lashio on Monday, residents said.",
    ],
)
def test_one_person_killed_named_after_a_role_is_a_toll_of_one(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "myanmar").counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Students have been protesting in Mbabane for weeks, boycotting lessons and calling for free schooling.",
        "In Omdurman, people have been rallying to call for an end to the fighting.",
    ],
)
def test_what_people_rallying_call_for_is_no_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "sudan")


def test_a_statement_on_the_protests_is_still_a_statement() -> None:
    text = "The UN condemned the killing of people protesting in Omdurman, calling for restraint."
    assert T.DIPLOMATIC_STATEMENT in types(text, "sudan")


def test_a_country_that_acts_is_not_where_it_happened_even_in_the_lead() -> None:
    text = "Israel responded with a series of air raids that killed at least nine people, the health ministry said."
    strike = one(text, T.AIR_STRIKE, "israel-lebanon")
    assert strike.location is None or strike.location.name != "Israel"


def test_rebels_who_end_a_named_truce_end_it() -> None:
    assert T.CEASEFIRE_ENDED in types("ELN rebels end holiday ceasefire", "colombia")


def test_a_truce_declared_by_someone_that_ended_is_ended_not_agreed() -> None:
    found = types(
        "A unilateral ceasefire declared by the rebels over the holidays ended on Wednesday, they said.", "colombia"
    )
    assert T.CEASEFIRE_ENDED in found
    assert T.CEASEFIRE_AGREED not in found


def test_a_threat_to_end_the_truce_does_not_end_it() -> None:
    assert T.CEASEFIRE_ENDED not in types("The rebels threatened to end the ceasefire on Tuesday.", "colombia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels say fighting in Unity state has intensified since a cease-fire that was meant to end the war.",
        "South Sudan Rebels Say Fighting Has Worsened Since Truce",
    ],
)
def test_fighting_that_worsened_since_a_truce_breaches_it(sentence: str) -> None:
    assert T.CEASEFIRE_VIOLATION in types(sentence, "south-sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president has said he will not extend a unilateral ceasefire in the east.",
        "The army declares ceasefire over as air strikes pound Aleppo",
        "He said the separatists had wasted the offer, the ceasefire having come to an end at 10 p.m.",
        "The military blamed rebel forces for the failure of the ceasefire, which lasted one week.",
    ],
)
def test_a_truce_not_extended_declared_over_or_failed_has_ended(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED in types(sentence, "syria")


def test_a_truce_a_party_will_not_respect_has_not_ended() -> None:
    assert T.CEASEFIRE_ENDED not in types("The rebels will not respect the ceasefire, their leader said.", "syria")


def test_drones_downed_counted_region_by_region_are_a_strike_on_each() -> None:
    text = (
        "The defence ministry said it had downed a total of 84 drones overnight, including 36 over the Rostov region, "
        "21 over the Bryansk region and others over the Belgorod and Kursk regions."
    )
    strikes = [e for e in events(text, "russia-ukraine") if e.type is T.AIR_STRIKE]
    assert len({e.location.name for e in strikes if e.location is not None}) == 4


def test_states_that_exchange_heavy_strikes_strike_each_other() -> None:
    found = types("Iran and Israel exchange heavy strikes as talks stall", "israel-iran")
    assert T.AIR_STRIKE in found


def test_a_gang_killing_and_raping_is_violence_against_civilians() -> None:
    text = "A gang rampaged through the Cite Soleil neighbourhood on Monday, killing and raping residents."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(text, "haiti")


def test_a_warning_that_people_should_leave_is_a_threat() -> None:
    text = "The army had warned on social media that people should leave the area around the port immediately."
    assert T.THREAT_STATEMENT in types(text, "yemen")


def test_crimes_despite_a_peace_accord_breach_it() -> None:
    text = "Elders condemned the series of killings by raiders despite the recent peace accord among the communities."
    found = types(text, "south-sudan")
    assert T.CEASEFIRE_VIOLATION in found
    assert T.CEASEFIRE_AGREED not in found


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("The war has forced around seven million people from their homes, the UN said.", 7_000_000),
        ("The fighting drove 2,000 people from their homes in Bor on Monday.", 2000),
        ("More than 3,000 people in Bor have been driven from their homes in the past week.", 3000),
    ],
)
def test_people_forced_or_driven_from_their_homes_are_displaced(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "south-sudan").counts.displaced == displaced


def test_a_place_attacked_several_times_was_attacked() -> None:
    text = "Matiang near Bor has been attacked five times in 48 hours, the army spokesman said."
    assert T.GROUND_CLASH in types(text, "south-sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president on Friday extended for another 30 days the state of emergency in Guayas province.",
        "Police were deployed to Guayaquil on Tuesday, marking the beginning of a partial state of emergency.",
    ],
)
def test_a_state_of_emergency_extended_or_begun_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "ecuador")


def test_a_post_named_with_its_kind_is_where_the_attack_was() -> None:
    text = (
        "Militants attacked police posts in Bannu district on Tuesday. Shortly after, dozens of armed militants "
        "attacked the Mazang Checkpost with heavy weapons."
    )
    places = {e.location.name for e in events(text, "afghanistan-pakistan") if e.location is not None}
    assert "Mazang Checkpost" in places


def test_a_toll_as_a_result_of_an_attack_with_a_target_of_its_own_tells_the_attack() -> None:
    text = "Two policemen lost their lives as a result of an attack on a police checkpoint in Bannu district on Monday."
    assert T.GROUND_CLASH in types(text, "afghanistan-pakistan")


def test_a_toll_as_a_result_of_the_attack_alone_does_not_tell_it_again() -> None:
    text = "Two policemen lost their lives as a result of the attack, officials said."
    assert T.GROUND_CLASH not in types(text, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Karak district, terrorists attempted to attack the Gurguri Police Station on Monday night.",
        "Militants tried to storm a police post in Karak district on Monday night but were driven back.",
    ],
)
def test_armed_men_who_tried_to_attack_a_place_fought_there(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "afghanistan-pakistan")


def test_protesters_who_tried_to_storm_an_airport_did_not_fight_a_battle() -> None:
    text = "Protesters tried to storm the airport in Juliaca on Monday, the police said."
    assert T.GROUND_CLASH not in types(text, "peru")


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN Security Council on Thursday adopted a UK-drafted resolution demanding an end to the siege.",
        "The 15-member council unanimously adopted a resolution that also asked for a report on El Fasher.",
        "The envoy addressed a closed council meeting on Monday on behalf of the African Union.",
    ],
)
def test_a_resolution_adopted_or_a_closed_meeting_of_the_council_is_a_un_session(sentence: str) -> None:
    assert T.UN_SESSION in types(sentence, "sudan")


def test_a_city_council_that_adopted_a_resolution_is_no_un_session() -> None:
    assert T.UN_SESSION not in types("The city council of Khartoum adopted a resolution on Monday.", "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "A girl was killed by a Russian missile strike as she waited for a tram in Kharkiv on Thursday, police said.",
        "Two farmers were killed and a boy injured in a missile strike from across the border on Friday in Kharkiv.",
    ],
)
def test_a_toll_of_a_strike_first_told_with_its_weapon_tells_the_strike(sentence: str) -> None:
    assert T.AIR_STRIKE in types(sentence, "russia-ukraine")


def test_a_toll_of_the_strike_already_told_does_not_tell_it_again() -> None:
    text = "Three people were killed in the missile strike, officials said in Kharkiv."
    assert T.AIR_STRIKE not in types(text, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "A fishing trawler was hijacked off the coast of Eyl on Sunday, the coast guard said.",
        "Gunmen seized a chemical tanker and its crew of 19 off the coast of Eyl on Sunday.",
        "Pirates boarded the freighter near Eyl on Sunday and took its sailors ashore.",
        "Cargo ship, crew seized off Somalia's coast",
    ],
)
def test_a_ship_seized_with_its_crew_is_violence_against_civilians_not_a_battle(sentence: str) -> None:
    found = types(sentence, "somalia")
    assert T.VIOLENCE_AGAINST_CIVILIANS in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy seized a vessel carrying weapons off the coast of Eyl on Sunday.",
        "Over the past year, piracy off Eyl has grown from petty theft to hijackings of cargo.",
    ],
)
def test_a_vessel_seized_by_a_navy_or_piracy_in_general_is_no_hijacking(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(sentence, "somalia")


def test_troops_driven_out_of_villages_fought_in_each_of_them() -> None:
    text = "Ukrainian forces drove out Russian troops from the villages of Sukhyi Yar and Zelene Pole on Sunday."
    clashes = [e for e in events(text, "russia-ukraine") if e.type is T.GROUND_CLASH]
    assert sorted(e.location.name for e in clashes if e.location) == ["Sukhyi Yar", "Zelene Pole"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At least six soldiers killed in attack on army base in Djibo",
        "Backup came from France, which deployed a Rafale fighter jet and a Tiger attack helicopter over Djibo.",
    ],
)
def test_an_attack_on_a_base_or_aircraft_sent_as_backup_is_no_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb factory in Datu Piang was reportedly destroyed on Monday, the army said.",
        "Officials say the rebels in Pattani are using more sophisticated bomb-making techniques.",
    ],
)
def test_bombs_made_in_a_workshop_are_no_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "philippines")


def test_a_single_artillery_strike_is_fighting_on_the_ground() -> None:
    text = "A woman was wounded by an army artillery strike on Kyaukseik village on Friday, residents said."
    assert T.GROUND_CLASH in types(text, "myanmar")


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        ("Seven soldiers and 12 insurgents were killed in the fighting in Djibo on Friday, the army said.", [7, 12]),
        ("The army lost four soldiers in Djibo on Friday in clashes that also left 20 jihadists dead.", [4, 20]),
        ("Fifteen people, including four soldiers and two militants, were killed in Djibo on Friday.", [15]),
    ],
)
def test_a_toll_for_each_side_of_a_fight_is_a_toll_of_its_own(sentence: str, tolls: list[int]) -> None:
    found = [e.counts.killed for e in events(sentence, "sahel") if e.type is T.CASUALTY_REPORT]
    assert found == tolls


def test_forces_that_attacked_a_power_plant_struck_it() -> None:
    text = "Russian forces attacked a gas-fired power generation facility in the Odesa region overnight, police said."
    assert T.AIR_STRIKE in types(text, "russia-ukraine")


def test_a_truce_that_held_on_a_day_despite_minor_violations_is_in_effect_and_breached() -> None:
    text = "A ceasefire brokered by Turkey and Russia held on Saturday in Idlib despite minor violations, they said."
    found = types(text, "syria")
    assert {T.CEASEFIRE_IN_EFFECT, T.CEASEFIRE_VIOLATION} <= found
    assert T.CEASEFIRE_AGREED not in found


def test_a_halt_in_violence_that_largely_held_intact_is_in_effect() -> None:
    text = "The month-long halt in violence agreed in March has largely held intact in Pattani, officials said."
    assert T.CEASEFIRE_IN_EFFECT in types(text, "thailand")


def test_an_attack_despite_a_promise_to_abide_by_the_truce_breaches_it() -> None:
    text = "The shelling of Taiz came despite a pledge by both parties to respect the truce."
    assert T.CEASEFIRE_VIOLATION in types(text, "yemen")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The stepped-up fighting between the army and M23 rebels reported from Sake has emptied the camps.", "drc"),
        ("The agency halted its work in El Fasher after recent attacks on its warehouses, it said.", "sudan"),
        ("Unknown men attacked the humanitarian offices of two agencies in Nyala on Monday.", "sudan"),
    ],
)
def test_fighting_stepped_up_and_attacks_on_warehouses_and_offices_are_clashes(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army chiefs of Armenia and Azerbaijan held a meeting in Tbilisi on Sunday to discuss the border.",
        "The defence chiefs of the two countries met in Kuala Lumpur on Monday, officials said.",
    ],
)
def test_the_two_sides_commanders_meeting_are_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistani troops fired mortar shells and small arms across the Line of Control in Poonch on Tuesday.",
        "Since the evening the enemy has been firing heavy calibre weapons in Rajouri district, the army said.",
        "The Pakistan army resorted to firing and mortar shelling on forward posts in Poonch on Tuesday.",
    ],
)
def test_small_arms_and_heavy_weapons_fired_or_firing_resorted_to_are_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "india-pakistan")


def test_the_launch_of_missiles_at_a_city_is_a_strike() -> None:
    text = "The Guards announced the launch of ballistic Kheibar missiles at Haifa on Thursday."
    assert T.AIR_STRIKE in types(text, "israel-iran")


def test_shooting_that_stopped_tells_a_truce_in_effect() -> None:
    text = "The border guard chief said on Sunday that the shooting had stopped in Isfara."
    assert T.CEASEFIRE_IN_EFFECT in types(text, "kyrgyzstan")


def test_a_truce_quickly_reached_is_agreed() -> None:
    text = "A truce was swiftly reached at the Ta Krabey temple on Tuesday, the army said."
    assert T.CEASEFIRE_AGREED in types(text, "thailand-cambodia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens 'hacked to death' in night raid on Eringeti village",
        "The mission said hundreds of civilians were killed en masse at the Malakal church on Thursday.",
        "Three bodies were found in Oicha on Monday, decapitated by machetes, the mayor said.",
    ],
)
def test_people_hacked_to_death_killed_en_masse_or_decapitated_are_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "drc")


def test_a_massacre_of_villagers_is_violence_against_civilians_not_a_battle() -> None:
    found = types("Militants massacred at least 40 men in a village near Sinjar on Sunday, officials said.", "iraq")
    assert T.VIOLENCE_AGAINST_CIVILIANS in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Two air force jets attacked rebel positions outside Laiza on Monday, the KIA said.", "myanmar"),
        ("Rebel drones on Sunday attacked an army parade ground outside Marib, killing four soldiers.", "yemen"),
    ],
)
def test_positions_that_jets_or_drones_attacked_were_struck_from_the_air_only(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


def test_extra_judicial_killings_are_violence_against_civilians() -> None:
    text = "Residents in Maungdaw reported extra-judicial killings by police on Monday."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(text, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "A video released on Sunday showed the execution of 14 Ethiopian Christians on a beach near Sirte.",
        "Gunmen kidnapped 21 Egyptian Copts from their lodgings in Sirte last month.",
        "The militia beheaded nine foreign workers at the Ghani oilfield on Friday.",
    ],
)
def test_the_execution_abduction_or_beheading_of_christians_copts_or_workers_is_violence_against_civilians(
    sentence: str,
) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "libya")


def test_an_operation_executed_is_no_violence_against_civilians() -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(
        "The army announced the execution of its plan to retake Sirte.", "libya"
    )


def test_security_personnel_kidnapped_by_an_armed_group_is_violence_against_civilians() -> None:
    text = "Thirty-one security personnel were kidnapped by a dissident faction in Argelia on Saturday."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(text, "colombia")


def test_a_missile_that_destroyed_part_of_a_building_struck_it() -> None:
    text = "In the Shevchenkivskyi district of Kyiv, a missile destroyed part of a school building overnight."
    assert T.AIR_STRIKE in types(text, "russia-ukraine")


def test_debris_of_downed_drones_that_damaged_a_line_is_no_strike_of_its_own() -> None:
    text = "In the Belgorod region, falling debris from downed drones damaged a gas line, officials said."
    assert T.AIR_STRIKE not in types(text, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The rebels' capture of Uvira on Tuesday sent thousands fleeing south.", "Uvira"),
        ("Aid stopped after a takeover by the M23 rebels of the town on Tuesday.", None),
        ("Uvira town falls to M23 rebels", "Uvira"),
        ("Officials blamed commanders for the conquest of the city of Uvira by the rebels on Tuesday.", "Uvira"),
    ],
)
def test_a_town_taken_told_as_a_noun_or_a_headline_is_fighting(sentence: str, place: str | None) -> None:
    clash = one(sentence, T.GROUND_CLASH, "drc")
    if place is not None:
        assert clash.location is not None
        assert clash.location.name == place


def test_the_fall_of_a_government_is_no_battle() -> None:
    text = "Exiles gathered in Goma after the fall of Mobutu's government on Tuesday."
    assert T.GROUND_CLASH not in types(text, "drc")


def test_an_attack_an_authority_had_previously_reported_is_still_news() -> None:
    text = "The port authority had previously reported that a ship was damaged in a missile strike on Odesa on Tuesday."
    assert T.AIR_STRIKE in types(text, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "A heavy exchange of small arms and machine-gun fire began in Sweida on Tuesday afternoon.",
        "The army said the encounters with the smugglers occurred at several points near Sweida on Tuesday.",
        "Third day of fighting between clans and government forces in Sweida",
    ],
)
def test_exchanges_of_small_arms_encounters_that_occurred_and_days_of_fighting_are_clashes(sentence: str) -> None:
    assert one(sentence, T.GROUND_CLASH, "syria").location is not None


def test_a_fire_that_occurred_on_the_grounds_of_a_refinery_after_a_drone_fell_is_damage() -> None:
    text = "After a drone fell, a fire occurred on the territory of the refinery in Tuapse, officials said on Tuesday."
    assert T.INFRASTRUCTURE_DAMAGE in types(text, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "The passenger train was attacked by heavily armed terrorists near Sibi on Tuesday, the army said.",
        "According to police, the confrontation took place around 6 am in Quetta on Saturday.",
        "Armed contact occurred in Quetta on Friday, the army said.",
        "The army surrendered its regional headquarters in Quetta to the rebels on Thursday.",
    ],
)
def test_a_train_attacked_by_armed_men_a_confrontation_armed_contact_and_a_base_surrendered_are_clashes(
    sentence: str,
) -> None:
    assert one(sentence, T.GROUND_CLASH, "afghanistan-pakistan").location is not None


def test_soldiers_who_made_the_ultimate_sacrifice_were_killed() -> None:
    toll = one(
        "Four soldiers made the ultimate sacrifice near Sibi on Tuesday.", T.CASUALTY_REPORT, "afghanistan-pakistan"
    )
    assert toll.counts.killed == 4


def test_fighting_that_has_once_again_broken_out_is_a_clash() -> None:
    text = "Fighting has once again broken out between the army and the rebels in Rutshuru Territory, the ICRC said."
    assert T.GROUND_CLASH in types(text, "drc")


@pytest.mark.parametrize(("written", "displaced"), [("15 000", 15_000), ("4\u00a0200", 4_200)])
def test_thousands_grouped_with_a_space_are_one_figure(written: str, displaced: int) -> None:
    text = f"In Batangafo, fighting between armed groups on Tuesday forced around {written} people to flee their homes."
    assert one(text, T.DISPLACEMENT_REPORT, "central-african-republic").counts.displaced == displaced


def test_cabinet_ministers_meeting_to_vote_on_whether_to_widen_a_war_is_a_meeting_and_no_fighting() -> None:
    found = types("Cabinet ministers are meeting to vote on whether to intensify operations in the Gaza Strip.")
    assert T.CABINET_MEETING in found
    assert T.GROUND_CLASH not in found


def test_a_missile_launched_by_a_group_is_a_strike() -> None:
    text = "On Sunday a missile launched by the Houthis in Yemen halted air traffic at Ben Gurion airport, police said."
    assert T.AIR_STRIKE in types(text)


def test_a_warning_in_the_first_person_that_a_long_hand_will_reach_leaders_is_a_threat() -> None:
    text = '"I warn the leaders of the group: our long hand will reach you as well," the defence minister said.'
    assert T.THREAT_STATEMENT in types(text, "yemen")


def test_a_rocket_fired_from_one_place_strikes_where_it_hit() -> None:
    fire = one("A rocket fired from Gaza hit a home in Sderot early on Monday.", T.ROCKET_FIRE)
    assert fire.location is not None
    assert fire.location.name == "Sderot"


@pytest.mark.parametrize(
    "sentence",
    [
        "The group said its fighters covered Ashkelon and the areas around Gaza with more than 100 rockets.",
        "Several of the rockets sparked fires near Sderot on Tuesday, firefighters said.",
    ],
)
def test_places_covered_with_rockets_and_rockets_that_sparked_fires_are_rocket_fire(sentence: str) -> None:
    assert T.ROCKET_FIRE in types(sentence)


def test_a_commander_killed_during_an_air_strike_was_struck_from_the_air() -> None:
    text = "A commander was killed during an Israeli air strike on a command centre in southern Lebanon on Tuesday."
    assert T.AIR_STRIKE in types(text, "israel-lebanon")


def test_the_assault_of_a_drone_story_is_the_strike_it_told_and_a_drone_assault_is_no_battle() -> None:
    text = (
        "Russia launched dozens of drones at Kyiv early on Saturday, officials said. "
        "The assault on Kyiv began at 4 am and went on for six hours. "
        "Five civilians were wounded in Saturday's drone assault on Kyiv."
    )
    found = types(text, "russia-ukraine")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


def test_villages_shelled_again_after_a_truce_took_effect_breach_it_unless_no_attack_followed() -> None:
    breached = "Two villages near Batken were shelled again after the agreement took effect on Friday."
    held = "After the truce took effect on Friday, no attacks were reported near Batken."
    assert T.CEASEFIRE_VIOLATION in types(breached, "kyrgyzstan")
    assert T.CEASEFIRE_VIOLATION not in types(held, "kyrgyzstan")


def test_an_attack_in_a_town_of_a_country_of_no_theatre_is_that_countrys_whoever_attacked() -> None:
    text = "Al-Shabaab militants attacked a police post in Mandera on Friday, killing five officers."
    found = events(text, "somalia")
    assert found
    assert {event.theatre for event in found} == {"kenya"}


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("About 18,500 people have left the area near Batken, the Red Cross said on Tuesday.", 18_500),
        ("About 300 people are currently sheltering at the mayor's office in Batken, officials said.", 300),
    ],
)
def test_people_who_left_the_area_or_are_sheltering_somewhere_are_displaced(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "kyrgyzstan").counts.displaced == displaced


def test_a_headlines_settlers_attack_a_village_is_an_attack_on_the_ground() -> None:
    text = "Settlers attack Palestinian village of Khirbet al-Marajim and burn homes"
    assert T.GROUND_CLASH in types(text, "west-bank")


@pytest.mark.parametrize(
    "sentence",
    [
        "Benghazi witnesses fighting between rival militias, leaving at least 14 dead.",
        "Army and police forces launched a security sweep in Benghazi on Monday, the army said.",
    ],
)
def test_a_city_that_witnesses_fighting_and_a_security_sweep_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "libya")


def test_protesters_killed_in_a_town_of_a_country_named_from_one_side_only_are_that_countrys() -> None:
    text = "Revolutionary Guards killed five protesters in Zahedan on Monday, Kurdish rights groups said."
    found = events(text, "iraq")
    assert found
    assert {event.theatre for event in found} == {"iran"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A wounded survivor, Jordan Garcia, 24, said gunmen opened fire in the village on Monday.",
        "Jordan Garcia said gunmen opened fire in the village on Monday.",
    ],
)
def test_a_countrys_name_that_is_a_persons_first_name_is_no_place(sentence: str) -> None:
    found = events(sentence, "philippines")
    assert found
    assert all(event.location is None or event.location.name != "Jordan" for event in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting has been going on since Monday morning between rebels and the army in Lalibela.",
        "A priest confirmed that Lalibela was the scene of fighting on Monday.",
        "All districts around Lalibela are experiencing fighting between the militia and the army.",
        "Residents said militia fighters were facing off against federal troops in Lalibela on Monday.",
    ],
)
def test_fighting_going_on_a_town_the_scene_of_it_and_sides_facing_off_are_clashes(sentence: str) -> None:
    assert one(sentence, T.GROUND_CLASH, "ethiopia").location.name == "Lalibela"


def test_a_place_a_distance_is_measured_from_is_not_where_it_happened() -> None:
    text = "Gunmen seized a school in Grozny, 930 miles southeast of Moscow, after a firefight that left three dead."
    assert one(text, T.CASUALTY_REPORT, "russia").location.name == "Grozny"


@pytest.mark.parametrize(
    ("headline", "event_type"),
    [
        ("Government troops battle rebels for Kidal", T.GROUND_CLASH),
        ("ISIS attacks two oil fields near Kirkuk", T.GROUND_CLASH),
        ("Jets pound rebel positions near Kidal", T.AIR_STRIKE),
    ],
)
def test_a_headlines_present_tense_battle_attack_or_pound_is_the_event(headline: str, event_type: EventType) -> None:
    assert event_type in types(headline, "sahel")


def test_protests_in_a_country_of_no_theatre_are_that_countrys_not_the_wars_they_protest() -> None:
    text = "Kurdish protesters clashed with police in Turkey on Monday over the siege of Kobani."
    unrest = one(text, T.CIVIL_UNREST, "syria")
    assert unrest.theatre == "turkey"


def test_attacks_of_armed_groups_against_villages_are_clashes_in_each() -> None:
    text = "Flight was provoked by attacks of the armed groups against the villages of Bosso and Toumour on Monday."
    clashes = [event for event in events(text, "sahel") if event.type is T.GROUND_CLASH]
    assert {event.location.name for event in clashes if event.location} == {"Bosso", "Toumour"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A movement of 18.480 people towards Diffa was recorded after the attacks on Monday.",
        "An influx of 18,480 people into Diffa was recorded after the attacks on Monday.",
    ],
)
def test_a_movement_or_influx_of_people_is_a_displacement_counted_in_any_grouping(sentence: str) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "sahel").counts.displaced == 18_480


def test_an_attack_a_record_is_measured_from_is_no_event() -> None:
    text = "It was the third jailbreak in Aden since the Saudi-led air campaign began, officials said on Monday."
    assert T.AIR_STRIKE not in types(text, "yemen")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("Around 4,000 asylum-seekers were reported having arrived in Zapay on Monday.", 4_000),
        ("More than 4,000 people arrived into Zapay on Monday alone, the UN said.", 4_000),
    ],
)
def test_asylum_seekers_and_people_who_arrived_into_a_place_are_displaced(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "drc").counts.displaced == displaced


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("About 2,300 Congolese arrived from their villages near Rutshuru on Monday.", 2_300),
        ("At least 1,900 people arrived over the weekend in western Uganda, the agency said.", 1_900),
        ("Families fled towards Kisoro, where 650 people have so far arrived.", 650),
    ],
)
def test_people_counted_as_having_arrived_from_anywhere_are_displaced(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "drc").counts.displaced == displaced


def test_a_delegation_that_arrived_is_no_displacement() -> None:
    text = "A delegation of 14 people arrived in Kinshasa on Monday for the talks."
    assert T.DISPLACEMENT_REPORT not in types(text, "drc")


@pytest.mark.parametrize("between", ["mostly Alawites", "including a nurse", "many of them farmers"])
def test_a_toll_with_a_note_between_commas_is_the_toll_beside_people_who_fled(between: str) -> None:
    text = f"About 3,000 people fled towards the coast, where 14 civilians, {between}, were killed on Monday."
    assert one(text, T.CASUALTY_REPORT, "syria").counts.killed == 14


def test_houses_the_army_detonated_are_damage_but_a_vest_detonated_near_homes_is_not() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types("The army detonated houses in Yaroun on Monday.", "israel-lebanon")
    vest = "A bomber detonated his vest near homes in Herat."
    assert T.INFRASTRUCTURE_DAMAGE not in types(vest, "afghanistan-pakistan")


def test_strikes_told_as_what_tensions_grew_after_are_strikes() -> None:
    text = "Tensions have intensified after Pakistan launched air strikes on militant camps near Khost."
    assert T.AIR_STRIKE in types(text, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it neutralised 45 militants in strikes near Khost.",
        "Recent aerial operations have neutralised about 45 militants near Khost, the army said.",
    ],
)
def test_fighters_neutralised_in_strikes_are_an_air_strike_not_a_clash(sentence: str) -> None:
    found = types(sentence, "afghanistan-pakistan")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


def test_fighters_killed_in_a_gunfight_stay_a_clash() -> None:
    assert T.GROUND_CLASH in types("Troops killed 12 militants in a gunfight near Khost.", "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister warned that the security forces would take “firm action” against looters in Mombasa.",
        "The minister told police officers to use deadly force against looters in Mombasa.",
        "“We are determined to deal decisively with anybody found culpable in Mombasa,” the governor said.",
    ],
)
def test_a_force_told_or_promised_to_act_against_people_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "kenya")


def test_a_warning_that_shortages_would_worsen_is_no_threat() -> None:
    text = "The minister warned that the fuel shortages would worsen in Mombasa."
    assert T.THREAT_STATEMENT not in types(text, "kenya")


def test_an_attack_that_claimed_the_life_of_another_constable_is_one_killed() -> None:
    text = "A separate attack in Tank claimed the life of another police constable on Monday."
    assert one(text, T.CASUALTY_REPORT, "afghanistan-pakistan").counts.killed == 1


def test_protesters_expected_to_gather_are_no_protest_yet() -> None:
    text = "Demonstrators were expected to start gathering outside parliament in Dhaka on Monday."
    assert T.CIVIL_UNREST not in types(text, "bangladesh")
    assert T.CIVIL_UNREST in types("Demonstrators gathered outside parliament in Dhaka on Monday.", "bangladesh")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("Last week the United States deported 412 Haitians to Cap-Haitien.", 412),
        ("Nearly 9,000 Haitian migrants were deported to Cap-Haitien last week.", 9_000),
        ("Gang attacks prompted at least 6,000 Haitians to leave Carrefour-Feuilles on Monday.", 6_000),
    ],
)
def test_people_deported_or_prompted_to_leave_are_displaced(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "haiti").counts.displaced == displaced


def test_a_crowd_demanding_that_people_be_deported_is_no_displacement() -> None:
    text = "About 200 residents protested in Cap-Haitien on Monday, demanding that the migrants be deported."
    assert T.DISPLACEMENT_REPORT not in types(text, "haiti")


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters set the parliament ablaze in Kathmandu on Tuesday.",
        "The home minister's house in Kathmandu was pillaged on Tuesday.",
    ],
)
def test_a_parliament_set_ablaze_and_a_house_pillaged_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "nepal")


def test_targets_destroyed_told_to_parliament_are_no_damage_to_it() -> None:
    text = "All intended targets in Sanaa were destroyed, the prime minister told parliament on Tuesday."
    assert T.INFRASTRUCTURE_DAMAGE not in types(text, "yemen")


@pytest.mark.parametrize(
    "sentence",
    [
        "France on Tuesday vetoed a UN Security Council draft resolution on the war in Mali.",
        "The UN Security Council on Tuesday rejected a French-drafted resolution on Mali.",
        "The Security Council has approved an arms embargo on the armed groups in Mali.",
        "Earlier this month, 120 assembly members voted for a draft resolution on Mali.",
    ],
)
def test_a_council_or_assembly_vote_of_any_outcome_is_a_un_session(sentence: str) -> None:
    assert T.UN_SESSION in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels announced an end to the ceasefire with the army on Monday.",
        "The rebels' ceasefire will not be extended after it expires on Monday, their spokesman said.",
    ],
)
def test_a_truce_ended_by_announcement_or_not_extended_is_ended(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED in types(sentence, "myanmar")


def test_a_truce_that_has_been_repeatedly_violated_is_a_violation() -> None:
    text = "The ceasefire agreed in Kunming last week has been repeatedly violated in northern Shan State."
    assert T.CEASEFIRE_VIOLATION in types(text, "myanmar")


def test_an_air_force_that_carries_out_frequent_strikes_is_a_habit_not_an_event() -> None:
    assert T.AIR_STRIKE not in types("The air force carries out frequent airstrikes on hideouts in Kirkuk.", "iraq")
    assert T.AIR_STRIKE in types("The air force carried out airstrikes on hideouts in Kirkuk on Friday.", "iraq")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Armenian side returned the fire near Chinari on Monday, the ministry said.",
        "Our troops responded near Chinari on Monday and silenced their guns.",
        "The army fired howitzers into Syria from Kilis on Monday in response.",
    ],
)
def test_fire_returned_silenced_or_fired_across_is_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "armenia-azerbaijan")


def test_hospitals_put_out_of_service_are_damage() -> None:
    text = "The doctors' union said 12 hospitals in Omdurman are now out of service."
    assert T.INFRASTRUCTURE_DAMAGE in types(text, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign secretary summoned the Pakistani high commissioner in New Delhi on Monday.",
        "The ministry announced the summoning of the Pakistani ambassador in New Delhi on Monday.",
        "Britain sanctions three senior Lashkar commanders over the attack in Pahalgam.",
        "The United States banned the export of weapons to Pakistan on Friday.",
    ],
)
def test_envoys_summoned_people_sanctioned_and_arms_sales_banned_are_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "india-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The city of Ndele, besieged by the rebels, has seen its markets close.",
        "The militia has besieged thousands of civilians in Ndele for more than 200 days.",
        "Ndele has been under siege for months, aid agencies said.",
        "The rebels have killed thousands in their campaign to topple the government in Bangui.",
    ],
)
def test_a_siege_or_a_war_told_as_a_places_state_or_a_groups_record_is_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "central-african-republic")


def test_rebels_who_besieged_a_town_on_a_day_are_a_clash() -> None:
    assert T.GROUND_CLASH in types("Rebels besieged the town of Ndele on Monday.", "central-african-republic")


def test_talks_on_joining_a_bloc_are_no_truce_talks() -> None:
    text = "The government said on Monday it would suspend talks on the country's integration with the European Union."
    assert T.CEASEFIRE_TALKS not in types(text, "georgia")
    assert T.CEASEFIRE_TALKS in types("The rebels said on Monday they would suspend the peace talks.", "georgia")


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister on Friday ordered an intensive operation against militants in Jenin.",
        "The army will resume its military operations against militants in Jenin, it said.",
        "The army will not tolerate any attempt to harm its soldiers in Jenin, the spokesman said.",
        "If you attack our troops in Jenin, you'll be met with overwhelming force.",
        "The group said it would continue to carry out attacks on the army in Jenin.",
        "The militants would be confronted by the army in Jenin, he said.",
    ],
)
def test_operations_ordered_resumed_or_promised_and_answers_promised_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "west-bank")


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamabad issued a demarche to the government in Kabul on Friday.",
        "Pakistan summoned envoys from both Afghanistan and Iran in Islamabad on Friday.",
        "Kabul said on Friday it forcefully rejects the decision made in Islamabad.",
        "The ministry voiced disagreement on Friday with the ruling made in Islamabad.",
        "Islamabad suspended intelligence-sharing with Kabul on Friday.",
        "Washington will lift sanctions on Kabul, the envoy said on Friday.",
    ],
)
def test_a_demarche_a_rejection_or_a_tie_cut_is_a_political_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pirates attacked an oil tanker off the coast of Togo on Tuesday.",
        "Gunmen attacked a cargo ship off the coast of Togo on Tuesday.",
    ],
)
def test_a_ship_attacked_by_men_at_sea_is_a_clash_not_a_strike(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "togo")
    assert T.AIR_STRIKE not in types(sentence, "togo")
    assert T.AIR_STRIKE in types("A drone attacked a cargo ship off the coast of Togo on Tuesday.", "togo")


def test_kidnappers_who_fled_with_their_captives_displaced_no_one() -> None:
    text = "Pirates attacked an oil tanker off Togo on Tuesday and fled with their 12 captives."
    assert T.DISPLACEMENT_REPORT not in types(text, "togo")
    assert T.DISPLACEMENT_REPORT in types("Some 12 villagers fled to Lome on Tuesday.", "togo")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mutineers stormed the palace in Niamey on Wednesday and arrested the president.",
        "The president and the prime minister were detained in Niamey before dawn on Wednesday.",
        "The army took power in Niamey on Wednesday, putting the president under house arrest.",
        "The two ministers were detained at a military camp outside Niamey on Wednesday.",
    ],
)
def test_a_leader_seized_by_soldiers_in_a_coup_is_violence_against_a_civilian(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested the former president in Niamey on Wednesday over a fraud case.",
        "The former minister has been under house arrest in Niamey since March.",
        "The group denied on Wednesday that its leader was placed under house arrest in Niamey.",
    ],
)
def test_a_police_arrest_a_denial_or_a_house_arrest_as_a_state_is_no_coup_detention(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thugs attacked a polling unit in Kano on Saturday and carted away the ballot boxes.",
        "Polling stations in Kano were attacked by armed men on Saturday.",
    ],
)
def test_a_polling_unit_attacked_is_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "nigeria")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Gunmen attacked a village in Delta State on Saturday.", "nigeria"),
        ("Gunmen attacked a village in Rivers State on Saturday.", "nigeria"),
    ],
)
def test_a_state_whose_name_is_a_common_word_is_found_with_its_kind(sentence: str, theatre: str) -> None:
    found = events(sentence, None)
    assert found
    assert {e.theatre for e in found} == {theatre}


@pytest.mark.parametrize(
    "sentence",
    [
        "Riyadh said on Sunday it has broken off diplomatic ties with Tehran.",
        "Riyadh breaks off relations with Tehran after the embassy attack",
        "Twenty Iranian diplomats were expelled from Riyadh on Sunday.",
    ],
)
def test_ties_broken_off_or_diplomats_expelled_are_a_political_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "iran")


def test_a_drone_launched_from_abroad_and_shot_down_is_a_strike() -> None:
    text = "A drone launched from Iraq was shot down by fighter jets over Tiberias on Tuesday."
    assert T.AIR_STRIKE in types(text, "israel-lebanon")


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 160 inmates fled the prison in Ndop on Sunday.",
        "Rescue 1122 teams took the wounded to hospitals in Lahore on Monday.",
        "A soldier died accidentally in Kikwit on Thursday.",
    ],
)
def test_escaped_inmates_a_rescue_service_s_number_and_an_accident_are_no_toll(sentence: str) -> None:
    found = events(sentence, "afghanistan-pakistan")
    assert not [e for e in found if e.type in (T.DISPLACEMENT_REPORT, T.CASUALTY_REPORT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader said 11 protesters had been injured in Kinshasa on Wednesday.",
        "The minister said security forces killed 13 protesters in Kinshasa on Wednesday.",
    ],
)
def test_protesters_counted_in_a_toll_are_the_toll_not_a_protest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "drc")
    assert T.CASUALTY_REPORT in types(sentence, "drc")
    assert T.CIVIL_UNREST in types("Thousands of protesters marched in Kinshasa on Wednesday.", "drc")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pumping stopped on the pipeline in Arauca after a rebel bombing on Friday.",
        "Pumping stopped on the pipeline after a bomb explodes near Arauca on Friday.",
        "Guerrillas bombed two power towers in Arauca on Friday.",
    ],
)
def test_bombings_by_groups_with_no_aircraft_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "colombia")
    assert T.AIR_STRIKE not in types(sentence, "colombia")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels declared a unilateral ceasefire in Mindanao over the Christmas period.",
        "The rebels declared on Friday an eight-day unilateral ceasefire in Mindanao.",
    ],
)
def test_a_truce_declared_over_a_holiday_or_on_a_day_is_agreed_not_ended(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED in types(sentence, "philippines")
    assert T.CEASEFIRE_ENDED not in types(sentence, "philippines")
    assert T.CEASEFIRE_ENDED in types("The army declared the ceasefire over in Mindanao on Monday.", "philippines")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Eleven unidentified blindfolded bodies were discovered on Tuesday in a mass grave in Tarhuna.", 11),
        ("So far, 40 bodies and a number of remains were recovered in Tarhuna, the authority said.", 40),
        ("A total of 35 remains have been exhumed from two mass graves in Tarhuna, the authority said.", 35),
    ],
)
def test_bodies_and_remains_found_in_graves_are_counted_as_dead(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "libya").counts.killed == killed


def test_a_bomber_who_detonated_is_a_clash() -> None:
    assert T.GROUND_CLASH in types("Another bomber detonated early on Monday near the camp in Maiduguri.", "nigeria")


def test_a_truce_that_has_largely_been_respected_is_in_effect() -> None:
    text = "The truce in Hodeidah has largely been respected since it came into force a month ago."
    assert T.CEASEFIRE_IN_EFFECT in types(text, "yemen")


def test_people_hit_by_the_explosion_of_a_mine_is_a_clash() -> None:
    text = "Two shepherds were hit by the explosion of an anti-personnel mine in Aghdam on Tuesday."
    assert T.GROUND_CLASH in types(text, "armenia-azerbaijan")


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("More than 40 people suffered choking and skin irritation after the shelling of Taza on Tuesday.", 40),
        ("Some 70 other residents were affected by the gas in Taza on Tuesday, doctors said.", 70),
        ("About 30 civilians developed skin blisters in Taza after Tuesday's shelling.", 30),
    ],
)
def test_people_a_gas_made_choke_or_blister_are_hurt(sentence: str, injured: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "iraq").counts.injured == injured


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunmen stormed the guest house in Kandahar on Monday, taking some twenty guests hostage.",
        "Fighters took families of the nearby quarter hostage in Kandahar on Monday.",
        "Two aid workers are still being held captive in Kandahar, the agency said on Monday.",
        "Monitors reported new cases of gender-based violence by uniformed men in Kandahar on Monday.",
        "In Kandahar on Monday, shopkeepers were killed for their ethnicity, residents said.",
        "The council accused the militia of committing “appalling massacres” in Kandahar on Monday.",
        "The tribal sheikh had been beheaded in Kandahar on Monday, police said.",
        "Rights groups documented another extra-judicial killing of a road worker in Kandahar on Monday.",
    ],
)
def test_hostages_killings_for_who_people_are_and_sexual_violence_are_violence_against_civilians(
    sentence: str,
) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Border guards shot dead six migrants trying to cross near Saravan on Monday.",
        "The guards fired mortar rounds at asylum seekers on the frontier near Saravan on Monday.",
        "Nine refugees were shot dead by border guards near Saravan on Monday.",
    ],
)
def test_guards_shooting_at_people_who_cross_or_flee_is_violence_against_civilians_not_a_clash(
    sentence: str,
) -> None:
    found = types(sentence, "iran")
    assert T.VIOLENCE_AGAINST_CIVILIANS in found
    assert T.GROUND_CLASH not in found


def test_killings_called_extrajudicial_by_a_critic_or_a_force_s_record_are_no_fact() -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(
        "The envoy condemned the raid in Kandahar as an “extrajudicial killing” on Monday.", "afghanistan-pakistan"
    )
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(
        "The unit sent to Kandahar on Monday has a history of extrajudicial killings.", "afghanistan-pakistan"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Then came a second shooting at a café in the old town of Mostar on Friday.",
        "Nine people were killed in shootings targeting cafés in Mostar on Friday.",
        "The rampage late on Friday in Mostar left six people dead.",
        "A rented lorry ploughed into crowds on the main square of Mostar on Friday.",
        "The attackers drove over pedestrians on the bridge in Mostar on Friday.",
    ],
)
def test_shootings_rampages_and_vehicles_driven_into_crowds_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "bosnia-and-herzegovina")


def test_a_car_that_crashed_into_a_crowd_by_accident_is_no_clash() -> None:
    text = "A lorry crashed into a market stall in Mostar on Friday after its brakes failed."
    assert T.GROUND_CLASH not in types(text, "bosnia-and-herzegovina")


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("A third Malian gold digger was wounded near the border post of Tessalit on Friday.", "injured"),
        ("The gunman has succumbed to his wounds in Tessalit, officials said on Friday.", "killed"),
    ],
)
def test_one_more_person_hurt_or_dying_of_wounds_counts_one(sentence: str, field: str) -> None:
    assert getattr(one(sentence, T.CASUALTY_REPORT, "sahel").counts, field) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The extremists of the cell have carried out a series of bombings against pilgrims in Karbala.",
        "Its fighters set off “several bombs with explosive belts” at the shrine in Karbala, the group said.",
    ],
)
def test_bombings_by_extremists_or_with_explosive_belts_are_on_the_ground(sentence: str) -> None:
    found = types(sentence, "iraq")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Late on Tuesday a fire broke out at the army's ammunition depot near Izium.",
        "Blasts rocked a munitions store outside Izium overnight, the regional governor said.",
        "The arsenal near Izium blew up after midnight on Tuesday.",
    ],
)
def test_blasts_and_fires_at_a_depot_of_arms_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "russia-ukraine")


def test_britains_cobra_meeting_is_a_cabinet_meeting() -> None:
    text = "The home secretary chaired an emergency Cobra meeting in London on Saturday after the attack."
    assert T.CABINET_MEETING in types(text, "united-kingdom")


def test_an_official_who_ordered_an_evacuation_makes_a_threat_statement() -> None:
    text = "The regional governor ordered a partial evacuation of Izium early on Tuesday."
    assert T.THREAT_STATEMENT in types(text, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "Four opposition activists were abducted in Chitungwiza on Thursday.",
        "Gunmen abducted three police reservists near Chitungwiza on Thursday night.",
        "Two ward officials were kidnapped in Chitungwiza on Thursday.",
    ],
)
def test_activists_reservists_and_officials_abducted_are_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "zimbabwe")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Pyongyang fired two short-range missiles that fell into the sea off Wonsan on Sunday.", "north-korea"),
        ("The ballistic missile launch near Wonsan on Sunday was the third this month.", "north-korea"),
        ("Reporters near the Hsinchu air force base, in the north, saw four jets take off on Monday.", "taiwan"),
    ],
)
def test_missile_tests_and_jets_taking_off_are_no_air_strike(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union has expanded its sanctions against the junta in Myanmar on Monday.",
        "The minister announced new EU sanctions on the army's suppliers in Myanmar on Monday.",
        "The Treasury added three generals and a bank to its sanctions list over Myanmar on Monday.",
    ],
)
def test_sanctions_expanded_announced_or_listed_are_diplomatic_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington approved a $3 billion sale of attack helicopters to Ukraine on Monday.",
        "The ministry on Monday approved four arms sales to Ukraine.",
        "Berlin green-lights howitzer deliveries to Ukraine on Monday.",
        "Canada is stepping up its military aid to Ukraine, the minister said on Monday.",
        "Allies said on Monday they have begun sending air defences to Ukraine.",
    ],
)
def test_arms_sales_deliveries_and_military_aid_are_diplomatic_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "russia-ukraine")


def test_an_army_sending_its_own_tanks_is_no_diplomatic_statement() -> None:
    text = "Meanwhile the army started sending tanks near Kupiansk on Monday."
    assert T.DIPLOMATIC_STATEMENT not in types(text, "russia-ukraine")


def test_a_man_named_with_his_age_and_gunned_down_counts_one() -> None:
    text = "Dwayne Pierre, 27, was gunned down in Laventille on Sunday night."
    assert one(text, T.CASUALTY_REPORT, "trinidad-and-tobago").counts.killed == 1


def test_a_place_named_by_a_number_is_no_figure() -> None:
    text = "Kerwin Baptiste was shot and killed at Phase Three in Laventille on Sunday."
    assert one(text, T.CASUALTY_REPORT, "trinidad-and-tobago").counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The army's offensive to recapture Quneitra, which began last week, went on on Friday.",
        "Two rival clans began fighting over the wells near Quneitra on Friday.",
    ],
)
def test_an_offensive_to_recapture_and_groups_that_began_fighting_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "syria")


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve villages near Jowhar were liberated in the operation on Tuesday.",
        "Government forces wrested control of several villages near Jowhar on Tuesday.",
        "Early on Tuesday the troops moved into Bakajeh and two villages near Jowhar.",
        "Allied forces destroy militant bases near Jowhar",
    ],
)
def test_places_taken_forces_moving_in_and_bases_destroyed_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "somalia")


def test_lethal_force_authorised_is_a_threat_statement() -> None:
    text = "The president has authorised the use of lethal force by police against gang members in Santa Ana."
    assert T.THREAT_STATEMENT in types(text, "el-salvador")


def test_a_massacre_feared_is_no_violence_against_civilians() -> None:
    text = "An envoy warned on Monday that Mellit is on the brink of a large-scale massacre."
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(text, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The raiders killed the clan head, Chief Emmanuel Obi, in Okwa on Sunday.",
        "On Sunday in Okwa the raiders shot dead the traditional leader.",
    ],
)
def test_a_community_head_killed_counts_one_who_is_no_fighter(sentence: str) -> None:
    counts = one(sentence, T.CASUALTY_REPORT, "nigeria").counts
    assert counts.killed == 1
    assert counts.combatants is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The ward secretary was shot dead by unknown people in Rufiji on Saturday night.",
        "Gunmen gunned down two village chairmen in Rufiji on Saturday night.",
    ],
)
def test_local_leaders_shot_by_unknown_gunmen_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "tanzania")


def test_an_activist_shot_dead_counts_one() -> None:
    text = "A human rights activist was shot dead in Rufiji on Monday."
    assert one(text, T.CASUALTY_REPORT, "tanzania").counts.killed == 1


def test_border_guards_attacking_a_vehicle_is_a_clash_not_an_air_strike() -> None:
    text = "Iranian border guards attacked a vehicle of the Frontier Corps near Mand on Friday, wounding its driver."
    found = types(text, "afghanistan-pakistan")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("This morning I chaired a meeting of our National Security Council in Nairobi.", "kenya"),
        ("The president met with the national security council in Moscow on Monday.", "russia"),
        ("A meeting of the Defence Council was held in Paris on Sunday.", "france"),
        (
            "A meeting of the Apex Committee of the National Action Plan will be held in Islamabad.",
            "afghanistan-pakistan",
        ),
        ("The provincial apex committee met in Karachi after the bus attack.", "afghanistan-pakistan"),
    ],
)
def test_a_states_security_council_meeting_in_other_words_is_a_cabinet_meeting(sentence: str, theatre: str) -> None:
    assert T.CABINET_MEETING in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The regional bloc gave the junta in Niamey two weeks to hand over power.", "sahel"),
        ("The bloc said it did not rule out the use of force against the junta in Niamey.", "sahel"),
        ("Those measures may include the use of force, the bloc said in Niamey.", "sahel"),
        ("The summit ordered the activation of the bloc's standby force for Niger.", "sahel"),
        ("The government in Damascus defends its right to retaliate against the incursions.", "syria"),
        ("The minister said Paris would show no mercy to the attackers.", "france"),
        ("The army is telling everyone in northern Gaza to relocate south within a day.", "israel-gaza"),
    ],
)
def test_deadlines_force_not_ruled_out_and_orders_to_relocate_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("With the truce holding since dawn, families returned to Marib on Sunday.", T.CEASEFIRE_IN_EFFECT),
        ("The peace agreement entered into force in Marib on signature.", T.CEASEFIRE_IN_EFFECT),
        ("In the evening a truce was decreed in Marib after mediation.", T.CEASEFIRE_AGREED),
        ("Two earlier truces agreed around Marib this month were broken almost at once.", T.CEASEFIRE_VIOLATION),
        ("The rebels said they had recorded at least 40 violations around Marib in one day.", T.CEASEFIRE_VIOLATION),
    ],
)
def test_truce_steps_in_everyday_words(sentence: str, event_type: EventType) -> None:
    assert event_type in types(sentence, "yemen")


def test_a_peace_agreement_that_took_effect_is_in_effect_one_that_fails_to_is_not() -> None:
    assert T.CEASEFIRE_IN_EFFECT in types("The peace agreement took effect in Marib on Friday.", "yemen")
    text = "The road to Marib stays closed as the peace agreements fail to take effect."
    assert T.CEASEFIRE_IN_EFFECT not in types(text, "yemen")


def test_demonstrations_banned_in_the_passive_are_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("Street demonstrations were banned in Lyon for the weekend.", "france")


@pytest.mark.parametrize(
    "sentence",
    [
        "An air force fighter jet has killed seven villagers in Buhari in Yobe.",
        "Witnesses said the jet shelled the village of Buhari in Yobe before dawn.",
        "A drone killed four herders near Buhari in Yobe on Tuesday.",
    ],
)
def test_a_jet_or_drone_that_killed_or_shelled_is_an_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE in types(sentence, "nigeria")


def test_soldiers_who_took_over_a_country_fought_no_clash() -> None:
    text = "The bloc had suspended Mali and Guinea after soldiers took over in both countries."
    assert T.GROUND_CLASH not in types(text, "sahel")
    assert T.GROUND_CLASH in types("Rebels took over the town of Menaka on Sunday.", "sahel")


def test_clashes_during_processions_in_a_protest_story_are_unrest() -> None:
    text = (
        "Students protested against the quota system in Dhaka on Friday. "
        "Deadly clashes took place in Sylhet and Khulna during processions on Friday."
    )
    clashes = [e for e in events(text, "bangladesh") if "processions" in e.source.evidence]
    assert clashes
    assert {e.type for e in clashes} == {T.CIVIL_UNREST}


@pytest.mark.parametrize(
    "sentence",
    [
        "A jirga of tribal elders was being convened in Parachinar to calm the feud.",
        "Elders from Hangu will travel to Parachinar on Thursday to hold a jirga between the two tribes.",
    ],
)
def test_a_jirga_convened_over_a_feud_is_ceasefire_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "A blast in Quetta took the life of a guard on Monday.",
        "Blast kills district governor in his office in Quetta",
        "The explosion struck the main mosque of Quetta during Friday prayers.",
    ],
)
def test_a_blast_that_harmed_with_no_bomb_named_is_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "A gas cylinder explosion in Quetta killed two cooks on Monday.",
        "An explosion at an ammunition depot near Quetta killed two guards.",
    ],
)
def test_an_accidental_blast_is_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Within days a formal protest is going to be lodged with the embassy in Dhaka.",
        "More rallies and protests are likely in Dhaka in the coming weeks.",
        "The president asked the militias to rally to the defence of the government in Dhaka.",
        "Rallies in Dhaka often end in violence between rival camps.",
    ],
)
def test_protests_lodged_forecast_habitual_or_rallied_to_a_cause_are_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "bangladesh")


@pytest.mark.parametrize("noun", ["shopkeeper", "hawker", "carpenter", "Pandit", "bystander"])
def test_a_tradesman_shot_dead_counts_one(noun: str) -> None:
    text = f"A {noun} was shot dead in Pulwama on Sunday evening."
    assert one(text, T.CASUALTY_REPORT, "india-pakistan").counts.killed == 1


def test_shot_dead_allegedly_by_militants_is_a_clash() -> None:
    assert T.GROUND_CLASH in types("A teacher was shot dead allegedly by militants in Pulwama.", "india-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint forces liberated several areas and villages held by the militants in Galmudug.",
        "Government troops secured several villages near Caad in Mudug on Monday.",
        "The operation ended in the liberation of villages near Caad in Mudug.",
    ],
)
def test_villages_liberated_or_secured_in_other_words_are_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "somalia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Two mortars were launched from Lebanon toward Metula on Friday.",
        "The army said further launches from Lebanon toward Metula were identified.",
    ],
)
def test_mortars_launched_and_the_armys_launches_are_rocket_fire(sentence: str) -> None:
    assert T.ROCKET_FIRE in types(sentence, "israel-lebanon")


def test_fighting_between_two_sides_that_reached_a_town_is_a_clash() -> None:
    text = "Fighting between the army and the RSF reached the outskirts of Nyala on Thursday."
    assert T.GROUND_CLASH in types(text, "sudan")


def test_a_council_of_ministers_that_declared_an_emergency_met() -> None:
    text = "The Council of Ministers declared a state of emergency in Amhara on Friday."
    assert {T.CABINET_MEETING, T.THREAT_STATEMENT} <= types(text, "ethiopia")


def test_armed_men_requesting_civilians_to_leave_is_a_threat() -> None:
    text = "The rebels put out a statement requesting civilians to leave the towns around Kidal."
    assert T.THREAT_STATEMENT in types(text, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bamako summoned the Algerian envoy to express strong protest at the meddling.",
        "The envoy was called in to Bamako to express a formal protest over the visit.",
    ],
)
def test_a_government_expressing_protest_is_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor of Portovelo was shot dead on Friday outside the town hall.",
        "On Saturday a 28-year-old man was gunned down in Machala.",
    ],
)
def test_a_person_shot_dead_with_no_shooter_named_is_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "ecuador")


@pytest.mark.parametrize(
    "sentence",
    [
        "The attacker was shot dead by police outside the town hall in Machala.",
        "Two smugglers were shot dead by army border guards near Machala.",
    ],
)
def test_an_attacker_or_a_person_shot_dead_by_the_state_is_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "ecuador")


@pytest.mark.parametrize(
    "sentence",
    [
        "A man stabbed four children in a playground in Annecy on Thursday.",
        "The group claimed a knife attack that killed three people at a festival in Annecy.",
        "He drove a rented car into a crowded Christmas market in Annecy on Friday.",
    ],
)
def test_stabbings_and_cars_driven_into_crowded_markets_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "france")


def test_a_truck_driven_into_a_market_to_deliver_is_no_clash() -> None:
    assert T.GROUND_CLASH not in types("He drove his delivery truck into the market in Annecy on Friday.", "france")


def test_a_country_raising_its_threat_level_is_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("France raised its threat level on Friday after the attack in Arras.", "france")


def test_sides_blaming_each_other_for_not_abiding_by_a_deal_is_a_breach() -> None:
    text = "The two sides blamed each other for not abiding by the agreement in Aden."
    assert T.CEASEFIRE_VIOLATION in types(text, "yemen")


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia's commander warned the army against attacking Kidal again.",
        "The junta in Niamey warns against any armed intervention by its neighbours.",
        "The foreign ministry warned Bamako against playing with fire near the border.",
    ],
)
def test_a_party_warned_off_force_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "sahel")


def test_a_party_warned_against_raising_tensions_makes_no_threat() -> None:
    text = "The rights ombudsman warned against raising political tensions in Bamako."
    assert T.THREAT_STATEMENT not in types(text, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader called for a mass protest on Thursday in Maputo.",
        "Troops were deployed across Maputo in anticipation of planned protests.",
        "The coalition is planning another major protest in Maputo next week.",
        "Both delegations met in Maputo, demonstrating strong commitment to the talks.",
    ],
)
def test_a_protest_still_to_come_or_a_commitment_demonstrated_is_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "mozambique")


def test_a_protest_called_for_that_turned_violent_is_unrest() -> None:
    text = "The march he called for turned violent when police fired tear gas in Maputo on Thursday."
    assert T.CIVIL_UNREST in types(text, "mozambique")


@pytest.mark.parametrize(
    "sentence",
    [
        "The draft resolution demanded a halt to the aerial bombardment of eastern Idlib.",
        "Moscow's own draft made no mention of stopping the bombardment of Idlib.",
        "The council voted down a call to ground warplanes over Idlib.",
    ],
)
def test_a_bombardment_a_party_wants_stopped_is_no_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "syria")


def test_one_event_told_in_a_quote_and_in_the_narration_keeps_the_narrations_telling() -> None:
    text = (
        '"The protest was peaceful until the police came," said a witness in Colombo on Friday. '
        "Protesters threw stones at police in Colombo on Friday."
    )
    unrest = [e for e in events(text, "sri-lanka") if e.type is T.CIVIL_UNREST]
    assert [e.source.evidence for e in unrest] == ["Protesters threw stones at police in Colombo on Friday."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army seized power in Juba, imposing a one-year state of emergency.",
        "Ten towns of Jonglei have been placed in a state of emergency.",
        "Parliament approved a three-month extension of the state of emergency in Jonglei.",
        "The state of emergency in Jonglei was effective from 8 October.",
    ],
)
def test_a_state_of_emergency_imposed_placed_extended_or_in_effect_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "south-sudan")


def test_towns_a_sentence_goes_on_to_list_as_where_it_also_happened_get_an_event_each() -> None:
    text = (
        "Crowds marched through the capital Conakry on Monday, and witnesses said demonstrators came out "
        "in towns including Mamou, Boke and Kindia."
    )
    places = {e.location.name for e in events(text, "guinea") if e.type is T.CIVIL_UNREST and e.location}
    assert places == {"Conakry", "Mamou", "Boke", "Kindia"}


def test_countries_or_aircraft_listed_after_an_air_strike_are_not_its_places() -> None:
    text = "The strike on a hospital in Gaza City sparked protests in several countries, including Jordan and Egypt."
    places = {e.location.name for e in events(text) if e.type is T.AIR_STRIKE and e.location}
    assert places == {"Gaza City"}


@pytest.mark.parametrize(
    "sentence",
    [
        "An opposition senator was shot dead in Bamenda on Tuesday.",
        "A state prosecutor was killed in Bamenda on Tuesday.",
        "A local lawmaker was wounded in Bamenda on Tuesday.",
    ],
)
def test_a_lawmaker_prosecutor_or_senator_killed_or_wounded_is_one_person_in_the_toll(sentence: str) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, "cameroon").counts
    assert (toll.killed or 0) + (toll.injured or 0) == 1


def test_aid_announced_in_the_present_with_its_sum_is_a_statement() -> None:
    text = "Washington announces $50 million in humanitarian assistance for Sudan."
    assert T.DIPLOMATIC_STATEMENT in types(text, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarik Omerovic was killed in Bamenda on Tuesday.",
        "Tarik Omerovic, who was killed in a raid on Bamenda on Tuesday, ran a pharmacy.",
        "Tarik Omerovic, killed during a raid on Bamenda on Tuesday",
        "Tarik Omerovic died from his wounds in Bamenda on Tuesday.",
        "Mayor Tarik Omerovic was killed in Bamenda on Tuesday.",
    ],
)
def test_one_person_told_by_name_and_killed_is_one_dead(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "cameroon").counts.killed == 1


def test_a_soldier_named_in_apposition_and_killed_is_one_dead_fighter() -> None:
    toll = one(
        "A soldier of the border brigade, Tarik Omerovic was killed in Bamenda on Tuesday.",
        T.CASUALTY_REPORT,
        "cameroon",
    ).counts
    assert (toll.killed, toll.combatants) == (1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Students have taken to the streets of Lome for a third day.",
        "Crowds gathered outside the French embassy in Lome on Sunday, demanding the release of the detained editor.",
    ],
)
def test_people_taken_to_the_streets_or_gathered_to_demand_something_are_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "togo")


def test_people_gathered_at_a_hospital_with_no_demand_are_no_unrest() -> None:
    assert T.CIVIL_UNREST not in types("Relatives gathered at the hospital in Lome on Sunday.", "togo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army says it has begun a limited ground operation against Hezbollah targets in southern Lebanon.",
        "The volunteer legion has conducted several raids near the border villages of southern Lebanon.",
    ],
)
def test_a_ground_operation_against_a_partys_targets_or_raids_with_no_aircraft_are_no_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "israel-lebanon")


def test_a_party_that_targets_a_town_and_jets_that_conducted_numbered_raids_are_air_strikes() -> None:
    assert T.AIR_STRIKE in types("Israel targets Hezbollah depots in Nabatieh.", "israel-lebanon")
    assert T.AIR_STRIKE in types("Warplanes conducted 30 raids on Nabatieh overnight.", "israel-lebanon")


def test_men_who_attacked_a_list_of_buildings_led_by_another_kind_made_a_clash() -> None:
    text = "Islamists attacked public buildings, police stations and Coptic churches in Minya on Wednesday."
    assert T.GROUND_CLASH in types(text, "egypt")


@pytest.mark.parametrize(
    "sentence",
    [
        "The cabinet placed all of Togo's north in a 90-day state of national emergency on Monday.",
        "A state of emergency was proclaimed in Lome on Monday.",
    ],
)
def test_a_country_placed_in_a_state_of_national_emergency_or_one_proclaimed_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "togo")


def test_clashes_told_without_an_army_in_a_story_of_protests_are_the_protests_unrest() -> None:
    text = (
        "Thousands of protesters marched on parliament in Lome on Tuesday. Clashes broke out in Kpalime on Wednesday."
    )
    clashes = [e.type for e in events(text, "togo") if e.source.evidence.startswith("Clashes")]
    assert clashes == [T.CIVIL_UNREST]


def test_border_clashes_or_an_armys_clashes_in_a_story_of_protests_stay_clashes() -> None:
    text = "Thousands of protesters marched in Lome on Tuesday. Border clashes broke out in Dapaong on Wednesday."
    clashes = [e.type for e in events(text, "togo") if e.source.evidence.startswith("Border")]
    assert clashes == [T.GROUND_CLASH]


def test_a_headlines_rebels_recapture_a_town_is_a_clash() -> None:
    assert T.GROUND_CLASH in types("Rebels recapture Bunia, their former stronghold", "drc")


def test_what_protesters_urge_or_demand_is_no_diplomatic_statement() -> None:
    text = "A demonstrator in Nicosia urged the coalition to hit the jihadists harder on Monday."
    assert T.DIPLOMATIC_STATEMENT not in types(text, "syria")


@pytest.mark.parametrize(
    ("sentence", "clash"),
    [
        ("The gunmen were natives of the North Caucasus, the governor said on Monday.", False),
        ("Officials put the number of attackers at around 20 gunmen near Mandera.", False),
        ("Near Mandera on Monday the gunmen stopped a bus and checked the passengers' papers.", True),
        ("Gunmen on motorbikes sprayed bullets at a tea shop in Mandera on Monday.", True),
    ],
)
def test_gunmen_named_are_no_clash_until_told_doing_harm(sentence: str, clash: bool) -> None:
    assert (T.GROUND_CLASH in types(sentence, "kenya")) is clash


@pytest.mark.parametrize(
    "sentence",
    [
        "Border guards fired at farmers near Sitamarhi on Friday morning, killing one of them.",
        "A patrol shot at the cattle rustlers near Sitamarhi early on Friday.",
    ],
)
def test_forces_firing_at_people_is_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "india")


def test_a_clock_time_in_a_country_of_no_theatre_is_read_on_that_countrys_clock() -> None:
    text = "Gunmen shot dead two men in Tegucigalpa at 3pm on Saturday, police said."
    clash = one(text, T.GROUND_CLASH, "honduras")
    assert clash.theatre == "honduras"
    assert clash.occurred_at == datetime(2024, 3, 9, 21, tzinfo=UTC)  # 3pm in Tegucigalpa (UTC-6)


def test_an_attack_told_a_day_after_the_sentences_date_is_dated_the_day_before() -> None:
    text = "Crowds mourned in Rafah on Thursday, a day after an air strike hit the market."
    assert one(text, T.AIR_STRIKE).occurred_at == datetime(2024, 3, 13, tzinfo=UTC)


def test_a_toll_told_after_a_decision_is_dated_by_its_own_day() -> None:
    text = "The governor declared a curfew in Rafah on Wednesday after eight people were killed there on Monday."
    assert one(text, T.CASUALTY_REPORT).occurred_at == datetime(2024, 3, 11, tzinfo=UTC)


def test_jihadis_are_named_as_jihadists_are() -> None:
    text = "An attack by jihadis on a gendarme post near Inata killed at least 19 officers on Sunday."
    assert T.GROUND_CLASH in types(text, "sahel")


def test_a_country_that_also_struck_somewhere_is_the_party_not_the_place() -> None:
    text = "Russia also struck a train depot in the town of Koziatyn on Monday, the railway said."
    assert one(text, T.AIR_STRIKE, "russia-ukraine").location.name == "Koziatyn"


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("On Monday some 1,000 people were crossing porous borders near Renk, the UN said.", 1_000),
        ("Around 3,000 people have also arrived at the Suar transit centre on Monday.", 3_000),
        ("The camp received 3,000 new arrivals on Monday, OCHA said.", 3_000),
        ("The offensive pushed approximately 18,070 individuals towards safer grounds near Suar on Monday.", 18_070),
        ("She was one of roughly 50,000 people near Suar who ran for their lives on Monday.", 50_000),
    ],
)
def test_people_crossing_borders_arriving_or_running_for_their_lives_are_displaced(
    sentence: str, displaced: int
) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "sudan").counts.displaced == displaced


@pytest.mark.parametrize(
    "sentence",
    [
        "The violence prompted the government to declare a six-month state of emergency in Amhara on Monday.",
        "Police fired tear gas in Bahir Dar as a state of emergency remains in effect.",
        "The army chief said on Monday that rebel attacks in Amhara will receive a befitting response.",
        "A spokesman said on Monday the air force would continue to strike rebel positions in Amhara.",
    ],
)
def test_a_state_of_emergency_and_a_promise_to_hit_back_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "ethiopia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Eight soldiers were captured during combat with armed groups in Apure on Monday.",
        "Residents fled after attacks from army troops on the village of Guasdualito on Monday.",
    ],
)
def test_combat_with_a_group_and_attacks_from_troops_on_a_place_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "venezuela")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Protesters set fire to a police patrol post in Zahedan on Friday.", "iran"),
        ("Heavy shelling on Monday set a border post near Batken on fire.", "kyrgyzstan"),
    ],
)
def test_a_border_or_police_post_burned_is_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Houthi rebels attacked the departures hall of Abha airport on Sunday, wounding nine people.",
        "A Saudi oil storage facility in Jizan was attacked by Yemen's Houthi rebels on Friday.",
        "An attack by the Houthi militia targeted King Abdullah airport in Jizan on Sunday.",
    ],
)
def test_houthi_attacks_on_airports_and_oil_sites_are_air_strikes_not_clashes(sentence: str) -> None:
    found = types(sentence, "yemen")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


def test_the_peshmerga_launching_an_attack_is_a_clash() -> None:
    event = one("The peshmerga launched an attack on Iraqi forces near Kirkuk on Friday.", T.GROUND_CLASH, "iraq")
    assert event.actors is not None
    assert event.actors.actor1 is not None
    assert event.actors.actor1.side == "kurdistan-region"


@pytest.mark.parametrize(
    ("sentence", "theatre", "place"),
    [
        ("Nine soldiers were wounded in PKK attack in Hakkari on Sunday.", "turkey", "Hakkari"),
    ],
)
def test_a_group_acting_is_no_place(sentence: str, theatre: str, place: str) -> None:
    event = one(sentence, T.CASUALTY_REPORT, theatre)
    assert event.location is not None
    assert event.location.name == place


def test_a_weapon_is_no_place() -> None:
    found = events("Inmates seized AK-47 rifles on Monday. Twelve guards were killed.", "mozambique")
    assert found
    assert all(event.location is None for event in found)


def test_the_country_in_a_groups_name_and_a_group_linked_name_are_no_places() -> None:
    text = (
        "Five marines were killed on Friday in the battle against fighters linked to the Islamic State of Iraq and "
        "the Levant in Marawi."
    )
    event = one(text, T.CASUALTY_REPORT, "philippines")
    assert event.location is not None
    assert event.location.name == "Marawi"
    found = events(
        "The army vowed to rescue hostages from ISIL-linked gunmen. Five soldiers were killed.", "philippines"
    )
    assert found
    assert all(event.location is None for event in found)


def test_a_country_that_pounded_another_is_the_striker_not_the_place() -> None:
    event = one(
        "Israel pounded south Lebanon on Monday, including the coastal city of Tyre.", T.AIR_STRIKE, "israel-lebanon"
    )
    assert event.location is not None
    assert event.location.name != "Israel"


@pytest.mark.parametrize(("later", "day"), [("Two days later", 12), ("The next day", 11), ("A day later", 11)])
def test_a_day_counted_on_from_the_storys_last_dated_day(later: str, day: int) -> None:
    text = f"Protests broke out in Zhanaozen on Sunday. {later}, protesters stormed the mayor's office in Almaty."
    almaty = [e for e in events(text, "kazakhstan") if e.location is not None and e.location.name == "Almaty"]
    assert almaty
    assert {e.occurred_at.date() for e in almaty} == {date(2024, 3, day)}


def test_an_event_told_by_the_headline_and_again_by_the_lead_keeps_the_leads_evidence() -> None:
    text = (
        "Gunmen kill five soldiers in Kidal\n\n"
        "Gunmen killed five soldiers in an attack on an army base in Kidal on Monday, officials said."
    )
    toll = one(text, T.CASUALTY_REPORT, "sahel")
    assert toll.source.evidence.startswith("Gunmen killed five soldiers")
    assert toll.occurred_at.date() == date(2024, 3, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli troops fire on displaced Palestinians returning to Gaza City, killing two.",
        "Soldiers opened fire on the large crowds near Netzarim on Sunday, wounding nine people.",
    ],
)
def test_troops_firing_on_crowds_of_people_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A powerful explosion struck the Jaffar Express near Sibi on Tuesday evening.",
        "Four coaches derailed on Wednesday following a blast on the railway tracks near Sibi.",
        "The blast ripped through a crowded market in Quetta on Monday.",
    ],
)
def test_one_blast_that_struck_or_ripped_through_a_place_is_a_bombing(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "afghanistan-pakistan")


def test_a_days_name_is_no_place() -> None:
    found = events("Speaking at Independence Day celebrations, the president said two soldiers were killed.", "drc")
    assert found
    assert all(event.location is None for event in found)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Army Kills 5 Suspected Rebels In Rubavu", "rwanda"),
        ("Pakistani and Afghan border guards exchange fire near Chaman", "afghanistan-pakistan"),
        ("Nine policemen were killed in running battles with gunmen in Kasese on Saturday.", "uganda"),
        ("A man threw a homemade grenade which exploded outside the barracks in Kasese.", "uganda"),
        ("A gunman fired indiscriminately at security personnel at the crossing in Rubavu.", "rwanda"),
    ],
)
def test_fighting_told_in_a_headlines_present_as_running_battles_a_grenade_that_exploded_or_fire_at_personnel(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "clash"),
    [
        ("On Monday, they attacked a bus in San Miguel, killing three passengers.", "el-salvador", True),
        ("On Thursday, ISIS attacked a vehicle carrying Kurdish fighters near Hasakah.", "syria", True),
        ("A criminal group had attacked workers of a road construction firm near Khorog.", "tajikistan", True),
        ("Russian forces attacked two buses with drones in Kherson on Tuesday.", "russia-ukraine", False),
    ],
)
def test_a_vehicle_or_workers_set_upon_on_the_ground_is_a_clash_not_one_attacked_from_the_air(
    sentence: str, theatre: str, clash: bool
) -> None:
    assert (T.GROUND_CLASH in types(sentence, theatre)) is clash


@pytest.mark.parametrize(
    ("sentence", "theatre", "field", "value"),
    [
        (
            "Roads stayed shut in Imbabura, where Juan Perez, a member of the Nasa community of Toribio, was shot and "
            "killed on Sunday.",
            "ecuador",
            "killed",
            1,
        ),
        ("The warden of the jail in Guayaquil was injured by an inmate on Sunday.", "ecuador", "injured", 1),
    ],
)
def test_one_person_named_with_an_apposition_or_a_warden_makes_a_toll(
    sentence: str, theatre: str, field: str, value: int
) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, theatre)
    assert getattr(toll.counts, field) == value


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "Air defence forces shoot down 2 missiles in Dnipropetrovsk Region, debris fall on a factory",
            "russia-ukraine",
            T.AIR_STRIKE,
        ),
        (
            "Armed individuals fired several shots in the direction of the clinic in Martissant.",
            "haiti",
            T.GROUND_CLASH,
        ),
    ],
)
def test_missiles_shot_down_in_a_headlines_present_and_shots_fired_in_a_places_direction(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "Witnesses said scores, and likely hundreds, of people were hacked to death in Mai-Kadra on Monday.",
            "ethiopia",
            T.VIOLENCE_AGAINST_CIVILIANS,
        ),
        ("U.S. Launches Air Strikes To Counter Taliban Attack On Ghazni", "afghanistan-pakistan", T.AIR_STRIKE),
        ("Al-Shabaab re-took Hudur from retreating government forces on Sunday.", "somalia", T.GROUND_CLASH),
        (
            "The Taliban began the attack late on Monday from positions around Ghazni.",
            "afghanistan-pakistan",
            T.GROUND_CLASH,
        ),
        (
            "Strikes took place in the Datta Khel and Shawal areas of North Waziristan on Sunday.",
            "afghanistan-pakistan",
            T.AIR_STRIKE,
        ),
    ],
)
def test_a_hedged_figure_air_strikes_named_beside_a_ground_attack_a_town_re_taken_and_strikes_that_took_place(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_people_who_crossed_a_river_into_another_country_are_displaced() -> None:
    sentence = "Officials said 158 civilians and troops had crossed over the Amu Darya river into Uzbekistan on Sunday."
    assert one(sentence, T.DISPLACEMENT_REPORT, "uzbekistan").counts.displaced == 158


def test_a_hotel_siege_by_militants_is_fighting() -> None:
    assert T.GROUND_CLASH in types("Scores dead in latest Mogadishu hotel siege by Al-Shabab militants", "somalia")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The terrorists first attacked a bullet-proof bunker of the police in Anantnag, an official said.", "india"),
        ("Six people were killed in gun attacks in Rangamati on Sunday.", "bangladesh"),
        ("A battalion of Naxalites attacked the motorcade of the minister near Sukma on Saturday.", "india"),
    ],
)
def test_a_bunker_or_a_motorcade_attacked_and_people_killed_in_gun_attacks_are_fighting(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre", "killed"),
    [
        ("The shooting in Chaguanas claimed lives of five individuals on Monday.", "trinidad-and-tobago", 5),
        ("This brings to four the death toll of the attack in Rubavu.", "rwanda", 4),
        ("24-year-old Ukrainian pilot killed in action near Bakhmut", "russia-ukraine", 1),
        ("Pro-Russian paramilitary leader dies in hospital in Donetsk", "russia-ukraine", 1),
    ],
)
def test_a_toll_told_as_lives_claimed_as_a_figure_before_the_toll_or_in_a_headline_without_an_article(
    sentence: str, theatre: str, killed: int
) -> None:
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.killed == killed


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("A dozen more people in Sousse were reported to have been hospitalised.", 12),
        ("One reporter was hospitalized in critical condition in Stepanakert on Tuesday.", 1),
    ],
)
def test_people_hospitalised_are_injured(sentence: str, injured: int) -> None:
    theatre = "tunisia" if "Sousse" in sentence else "armenia-azerbaijan"
    assert one(sentence, T.CASUALTY_REPORT, theatre).counts.injured == injured


def test_a_thermal_power_plant_named_by_its_initials_is_a_damage_target() -> None:
    text = "A Russian missile attack on Thursday destroyed the Zmiiv TPP in the Kharkiv region."
    assert T.INFRASTRUCTURE_DAMAGE in types(text, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre", "event_type"),
    [
        (
            "The attackers detonated suicide vests in Garissa, injuring some of the security forces.",
            "kenya",
            T.GROUND_CLASH,
        ),
        ("Their van hit an anti-personnel mine near Catarman on Tuesday.", "philippines", T.GROUND_CLASH),
        ("That same day, junta warships fired 11 rounds of heavy artillery at Gwa.", "myanmar", T.GROUND_CLASH),
        ("Officials said a gun fight broke out in Marawi on Tuesday.", "philippines", T.GROUND_CLASH),
        (
            "The junta soldiers fired at the civilian sentries at the entrance of Demoso on Monday.",
            "myanmar",
            T.GROUND_CLASH,
        ),
        (
            "Villagers said more than 3,000 crossed to Thailand to take refuge on Sunday.",
            "myanmar",
            T.DISPLACEMENT_REPORT,
        ),
    ],
)
def test_bombs_detonated_mines_driven_onto_artillery_rounds_a_gun_fight_sentries_fired_at_and_people_who_crossed(
    sentence: str, theatre: str, event_type: EventType
) -> None:
    assert event_type in types(sentence, theatre)


def test_a_person_shot_to_death_is_killed() -> None:
    text = "A pilot for a charter company was shot to death by gunmen in Timika on Monday."
    assert one(text, T.CASUALTY_REPORT, "indonesia").counts.killed == 1


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Boko Haram Kidnaps Wife Of Mayor In Kolofata", "cameroon"),
        ("The gunmen stormed the house in Kolofata and took away his wife.", "cameroon"),
        ("At least 12 female students were taken away as captives in Yelwa on Tuesday.", "nigeria"),
    ],
)
def test_people_kidnapped_in_a_headlines_present_or_taken_away_are_violence_against_civilians(
    sentence: str, theatre: str
) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, theatre)


def test_corpses_recovered_are_the_dead() -> None:
    toll = one("Police said 31 corpses were recovered from Gashish village on Sunday.", T.CASUALTY_REPORT, "nigeria")
    assert toll.counts.killed == 31


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Staff said the occupiers are conducting active assaults near Tonenke.",
        "He added that the Russians continue to storm the positions of the Defense Forces near Avdiivka.",
    ],
)
def test_assaults_being_conducted_and_positions_stormed_are_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "russia-ukraine")


def test_people_hurt_during_fighting_at_a_named_place_tell_of_the_fighting_there() -> None:
    clash = one(
        "On 3 March, villagers were killed and injured during fighting in Kabo village in Tawila locality.",
        T.GROUND_CLASH,
        "sudan",
    )
    assert clash.location is not None
    assert clash.location.name == "Kabo"
    assert T.GROUND_CLASH not in types("Two aid workers were injured during the fighting, the agency said.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The president signed a decree to institute a state of emergency in the Aktobe region.", "kazakhstan"),
        ("The president decided to place the province of Sulu under martial law on Friday.", "philippines"),
        ("The siege prompted the president to declare martial law on the island of Jolo.", "philippines"),
    ],
)
def test_a_state_of_emergency_instituted_and_martial_law_declared_or_placed_are_threats(
    sentence: str, theatre: str
) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Homes reduced to ashes in junta airstrikes on a Kyaukme village", "myanmar"),
        ("Whole streets of Toretsk have been reduced to blackened rubble.", "russia-ukraine"),
        ("A fuel depot on the edge of Isfahan was engulfed in flames on Saturday.", "israel-iran"),
    ],
)
def test_sites_reduced_to_ashes_or_rubble_and_engulfed_in_flames_are_damage(sentence: str, theatre: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Army units launched a push into the old quarter of Tal Afar on Monday.", "iraq"),
        ("Local militia killed more than 20 insurgents in a battle on Sunday, people in Mocimboa said.", "mozambique"),
    ],
)
def test_a_push_launched_into_a_place_and_fighters_killed_in_a_battle_are_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_people_taken_or_rushed_to_hospital_are_injured() -> None:
    toll = one("At least 21 farmhands were rushed to hospital in Zliten on Tuesday.", T.CASUALTY_REPORT, "libya")
    assert toll.counts.injured == 21


def test_buildings_reduced_to_rubble_by_strikes_are_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types("Jets launched strikes that reduced two nearby blocks to rubble in Rafah.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency said 212 relief trucks that entered the Gaza Strip on Sunday carried flour and water.",
        "Officials said only 1,400 trucks entered the territory last week.",
    ],
)
def test_aid_trucks_that_entered_a_territory_are_no_incursion(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Nine foreign tourists die in Kenya plane crash", "kenya"),
        ("A second man died of a heart attack shortly after the sirens.", "russia-ukraine"),
        (
            "The port city has the third highest murder rate in the world, with 90 of every 100,000 people killed.",
            "honduras",
        ),
    ],
)
def test_deaths_in_crashes_of_heart_attacks_and_murder_rates_are_no_toll(sentence: str, theatre: str) -> None:
    assert T.CASUALTY_REPORT not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Residents reported continued widespread fighting between Fano and the army around Bahir Dar.", "ethiopia"),
        ("The coalition began its assault Wednesday, the ministry in Aden said.", "yemen"),
    ],
)
def test_fighting_between_sides_told_with_its_kind_and_an_assault_begun_are_fighting(
    sentence: str, theatre: str
) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_halt_to_attacks_offered_is_ceasefire_talks() -> None:
    sentence = "The rebels offered to halt drone and missile attacks on Saudi Arabia, their spokesman said."
    assert T.CEASEFIRE_TALKS in types(sentence, "yemen")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Officials said Sudan had filed a formal complaint with the UN Security Council over the killings.", "sudan"),
        ("The foreign ministry sent a letter to UN Secretary-General Antonio Guterres on Monday.", "ethiopia"),
        ("“It is a cowardly attack on our soldiers,” the president said in a statement.", "colombia"),
        ("The chief minister, calling it an act of cowardice, said the state would not be deterred.", "india"),
    ],
)
def test_a_complaint_filed_a_letter_sent_and_an_attack_called_cowardly_are_statements(
    sentence: str, theatre: str
) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, theatre)


def test_aircraft_told_by_whose_they_are_that_hit_positions_are_air_strikes() -> None:
    sentence = "Later, aircraft loyal to the eastern commander hit suspected militant positions near Derna."
    assert T.AIR_STRIKE in types(sentence, "libya")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Four civilians were killed after Israeli forces shelled the town of Jamla in Daraa on Tuesday.", "syria"),
        ("Another artillery bombardment by the regime forces targeted the outskirts of Saraqib.", "syria"),
        ("Residents say thirty people have died as a result of shelling on Zintan.", "libya"),
    ],
)
def test_shelling_and_artillery_with_nothing_from_the_air_are_fighting_not_air_strikes(
    sentence: str, theatre: str
) -> None:
    found = types(sentence, theatre)
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_shelling_told_beside_barrel_bombs_keeps_its_air_strike() -> None:
    sentence = "Mortars, artillery and barrel bombs dropped by helicopters rained on Daraya for a week."
    assert T.AIR_STRIKE in types(sentence, "syria")


def test_a_truck_bomb_attack_in_a_headline_is_a_bombing_on_the_ground() -> None:
    found = types("At Least 30 Killed in Truck Bomb Attack on Police Academy in Zliten", "libya")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Officials confirmed that two shells had landed in two neighbourhoods of Goma overnight.", "drc"),
        ("Witnesses said the shells fell randomly on the market and a school shelter in Zamzam.", "sudan"),
    ],
)
def test_shells_told_by_where_they_landed_are_projectile_fire(sentence: str, theatre: str) -> None:
    assert T.ROCKET_FIRE in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Residents said shells apparently fired by the rebels fell on the village of Kanyaruchinya on Monday.", "drc"),
        (
            "A shell fired by government troops at the rebels fell in a field near the border town of Akcakale.",
            "turkey",
        ),
    ],
)
def test_shells_told_by_where_they_fell_are_projectile_fire_and_no_clash(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.ROCKET_FIRE in found
    assert T.GROUND_CLASH not in found


def test_shells_that_fell_during_clashes_keep_the_clash() -> None:
    sentence = "Clashes broke out in Rutshuru on Monday and shells fell on the market, residents said."
    assert T.GROUND_CLASH in types(sentence, "drc")


def test_artillery_shells_that_landed_are_not_projectile_fire() -> None:
    assert T.ROCKET_FIRE not in types("Artillery shells landed on the outskirts of Saraqib on Monday.", "syria")


def test_aggression_a_state_will_not_tolerate_is_a_threat() -> None:
    sentence = "The army spokesman said Rwanda would not tolerate renewed aggression on its territory."
    assert T.THREAT_STATEMENT in types(sentence, "rwanda")


def test_critical_infrastructure_that_was_hit_is_damage() -> None:
    sentence = "Critical infrastructure near the central city of Kropyvnytskyi was also hit on Thursday."
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "russia-ukraine")


def test_sirens_that_were_also_heard_tell_of_rocket_fire() -> None:
    assert T.ROCKET_FIRE in types("Sirens were also heard north of Tel Aviv in the cities of Netanya and Hadera.")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Gunman kills security chief at Azerbaijan Embassy in Tehran", "iran"),
        ("Somalia cafe attack kills nine during Euro final", "somalia"),
    ],
)
def test_a_headline_of_one_gunman_or_of_an_attack_told_by_its_place_is_fighting(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_households_destroyed_or_damaged_are_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(
        "A household was destroyed and another 12 were damaged in Sumy.", "russia-ukraine"
    )


@pytest.mark.parametrize(
    ("sentence", "theatre", "displaced"),
    [
        ("On Friday, 1,420 South Sudanese entered Uganda at the Elegu crossing.", "uganda", 1420),
        ("Officials estimate some 60,000 people entered Lebanon from Syria as of 12 March.", "israel-lebanon", 60000),
        ("At first, some 410,000 people poured back into South Sudan through Renk.", "sudan", 410000),
    ],
)
def test_people_who_entered_or_poured_into_a_country_are_displaced(sentence: str, theatre: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, theatre).counts.displaced == displaced


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, an imam in neighbouring Yala province was shot by an unknown gunman in Bannang Sata district.",
        "The next day, an unidentified gunman shot and wounded a rubber tapper in Pattani's Nong Chik district.",
    ],
)
def test_a_shooting_by_one_unknown_gunman_is_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "thailand")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Rebel fighters brought down an army helicopter near Bentiu on Sunday.", "south-sudan"),
        ("Two weeks ago the militia shot down an Su-24 bomber over Kidal.", "sahel"),
        ("A transport plane was reportedly shot down near El Obeid, killing its crew.", "sudan"),
    ],
)
def test_an_aircraft_shot_down_is_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defences shot down 12 drones over Kursk on Tuesday.",
        "The general admitted his unit accidentally shot down a passenger plane over Kursk.",
    ],
)
def test_drones_or_an_airliner_downed_by_mistake_are_no_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "Drone strike on Kherson airfield destroys two helicopters",
        "The strike on the Sevastopol shipyard on Tuesday damaged a landing ship and a submarine.",
        "At Saky, three fighter jets were burned out after the blasts.",
    ],
)
def test_aircraft_and_ships_destroyed_or_damaged_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "russia-ukraine")


def test_drones_destroyed_in_the_air_are_no_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE not in types(
        "Air defences destroyed 25 unmanned aircraft over the Belgorod region overnight.", "russia-ukraine"
    )


def test_someone_shot_in_his_arm_is_injured() -> None:
    toll = one(
        "On Friday a herder was shot in his right leg by unknown gunmen near Kangpokpi.", T.CASUALTY_REPORT, "india"
    )
    assert toll.counts.injured == 1


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On Friday the Kremlin said it was greatly concerned by the blast near Tiraspol.", "moldova"),
        ("UNHCR said it was “increasingly alarmed by the fate of migrants held in Zawiya.”", "libya"),
    ],
)
def test_a_body_that_says_it_is_greatly_concerned_makes_a_statement(sentence: str, theatre: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, theatre)


def test_the_countries_a_crew_comes_from_are_not_where_the_ship_was_hit() -> None:
    found = events(
        "The strike on Monday badly damaged the freighter, forcing its crew, nationals of Russia, Ukraine and "
        "the Philippines, to abandon ship in the Gulf of Aden.",
        "yemen",
    )
    assert T.INFRASTRUCTURE_DAMAGE in {e.type for e in found}
    assert {e.theatre for e in found} == {"yemen"}
    assert not {e.location.name for e in found if e.location is not None} & {"Russia", "Ukraine", "Philippines"}


@pytest.mark.parametrize(
    "sentence",
    [
        "By Sunday the rebels were taking control of Minova and Sake in North Kivu.",
        "On Tuesday a convoy of troops advanced into the villages of Kibirizi and Rubare in North Kivu.",
    ],
)
def test_towns_taken_or_advanced_into_are_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "drc")


def test_a_parliament_taken_control_of_is_no_fighting() -> None:
    assert T.GROUND_CLASH not in types("The opposition took control of Parliament in Kinshasa after the vote.", "drc")


def test_a_minister_killed_by_name_is_one_killed_and_his_name_no_place() -> None:
    toll = one(
        "The rebels' prime minister Ahmad Nasser al-Rahbi has been killed in an air strike on Sanaa.",
        T.CASUALTY_REPORT,
        "yemen",
    )
    assert toll.counts.killed == 1
    assert toll.location is not None
    assert toll.location.name == "Sanaa"


def test_a_first_name_before_an_arabic_family_name_is_no_place() -> None:
    found = events("The Houthis mourned their envoy Ahmad al-Hakim, killed in a strike on Monday.", None)
    assert {e.theatre for e in found} == {"yemen"}


def test_the_people_a_vehicle_carried_are_not_its_toll() -> None:
    toll = one(
        "A minibus carrying 18 passengers was attacked near Kandahar on Monday, killing four.", T.CASUALTY_REPORT
    )
    assert toll.counts.killed == 4
    assert all(
        e.counts.killed != 600
        for e in events("A convoy carrying more than 600 civilians was ambushed near Djibo on Monday.", "sahel")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Further attacks and armed clashes cannot be ruled out in Tillaberi over the coming days.",
        "Mali and Burkina Faso are fighting a jihadist insurgency that has spread across the region.",
    ],
)
def test_fighting_as_a_possibility_or_a_setting_is_no_event(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "sahel")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Soldiers dropped leaflets over Jabalia on Monday ordering residents once again to leave.", "israel-gaza"),
        ("Troops raided the camp in Tubas, ordering six families to vacate their homes.", "west-bank"),
        ("The army gave the villagers of Qusra two hours to leave on Sunday.", "west-bank"),
    ],
)
def test_leaflets_orders_to_vacate_and_deadlines_to_leave_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


def test_a_force_told_by_the_gangs_it_fights_is_no_clash_but_its_ambush_is() -> None:
    welcomed = "Kenyan police who are battling gangs in Haiti welcomed 150 more officers."
    ambushed = "Kenyan police battling gangs in Haiti were ambushed in Pont-Sondé on Friday."
    assert T.GROUND_CLASH not in types(welcomed, "haiti")
    assert T.GROUND_CLASH in types(ambushed, "haiti")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Two soldiers were killed during a confrontation with smugglers near the Jaber crossing on Sunday.", "syria"),
        ("A violent confrontation broke out near the village of Dhahar in Sanaag on Monday.", "somalia"),
        ("The RSF said it took the base at Babanusa following intense confrontations.", "sudan"),
    ],
)
def test_a_confrontation_told_as_fighting_is_a_clash(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_rockets_fired_on_although_a_truce_was_announced_are_fire_and_a_breach() -> None:
    found = types(
        "Although the ceasefire was announced, the rebels continued to fire homemade rockets into Lashio on Monday.",
        "myanmar",
    )
    assert {T.ROCKET_FIRE, T.CEASEFIRE_VIOLATION} <= found
    assert T.CEASEFIRE_AGREED not in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Tehran said it will not leave any aggression against its nuclear sites unanswered.", "israel-iran"),
        ("Ankara will never let an attack on its border posts go unpunished, the minister said.", "syria"),
    ],
)
def test_an_attack_that_will_not_be_left_unanswered_is_a_threat(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("About 2,300 people were forced to migrate from Tal Afar during the offensive.", 2300),
        ("Last week some 1,500 people moved into the Bentiu IDP camps.", 1500),
    ],
)
def test_people_forced_to_migrate_or_moved_into_camps_are_displaced(sentence: str, displaced: int) -> None:
    theatre = "iraq" if "Tal Afar" in sentence else "south-sudan"
    assert one(sentence, T.DISPLACEMENT_REPORT, theatre).counts.displaced == displaced


def test_a_toll_since_the_protests_of_a_past_month_is_todays_running_toll() -> None:
    found = events("More than 250 people have been killed in Maputo since the protests in October.", "mozambique")
    assert [e.counts.killed for e in found if e.type is T.CASUALTY_REPORT] == [250]
    assert T.CIVIL_UNREST not in {e.type for e in found}


def test_a_toll_measured_as_the_deadliest_since_a_past_years_event_is_news() -> None:
    toll = one(
        "The bombing killed 12 people, the deadliest attack on Kabul since the Taliban were toppled in 2001.",
        T.CASUALTY_REPORT,
        "afghanistan-pakistan",
    )
    assert toll.counts.killed == 12


@pytest.mark.parametrize(
    "sentence",
    [
        "After talks in Minsk on Wednesday, an agreement was reached for a new cessation of hostilities in Donbas.",
        "On Tuesday the president ordered the army to start observing a ceasefire in Donbas.",
    ],
)
def test_an_agreement_reached_for_a_truce_or_an_order_to_observe_one_is_agreed(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "Overnight all of Kyiv region was under an air alert and residents were advised to seek shelter.",
            "russia-ukraine",
        ),
        ("Emergency alerts were sent to residents of Galati on Tuesday as drones neared the border.", "romania"),
        ("A state of alert was declared in the towns around Gaza on Monday.", "israel-gaza"),
        ("The army said its operation in Gaza won't end until every tunnel is destroyed.", "israel-gaza"),
    ],
)
def test_shelter_alerts_and_a_war_vowed_to_go_on_are_threats(sentence: str, theatre: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, theatre)


def test_praise_for_ones_own_troops_or_staff_is_no_statement_but_praise_for_a_mediator_is() -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(
        "On Monday the commander praised the troops who retook Sudzha in the Kursk region.", "russia-ukraine"
    )
    assert T.DIPLOMATIC_STATEMENT not in types(
        "The governor praised the medical staff of Djibo hospital for a titanic job.", "sahel"
    )
    assert T.DIPLOMATIC_STATEMENT in types("The UN chief praised Qatar's mediation of the Gaza truce.", "israel-gaza")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On Monday the Arakan Army captured 31 fishermen on four trawlers near Teknaf.", "bangladesh"),
        ("Border guards illegally detained two villagers near Akhmaji in South Ossetia on Sunday.", "georgia"),
        ("On Saturday the fighters rounded up about 20 young men at a sports field in Goma.", "drc"),
    ],
)
def test_civilians_captured_or_rounded_up_by_armed_men_are_violence_against_civilians(
    sentence: str, theatre: str
) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, theatre)


def test_suspects_captured_by_the_police_are_no_violence_against_civilians() -> None:
    sentence = "Police on Tuesday captured five people allegedly involved in the bombing in Trujillo."
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(sentence, "peru")


def test_settlements_struck_at_and_an_attack_directed_against_a_target_are_attacks() -> None:
    struck = events("Over the past day the occupants struck at settlements in Bohodukhiv and Izium districts.", None)
    assert {e.location.name for e in struck if e.type is T.AIR_STRIKE and e.location} >= {"Bohodukhiv", "Izium"}
    directed = types("The attack was directed against energy infrastructure in the Lviv region.", "russia-ukraine")
    assert directed & {T.AIR_STRIKE, T.GROUND_CLASH}


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Tehran answers with missile fire on Haifa", "israel-iran"),
        ("Drones have been used to target rebel hideouts near Loikaw since Monday.", "myanmar"),
    ],
)
def test_missile_fire_on_a_place_and_drones_used_to_target_are_strikes(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


def test_a_toll_counted_since_fighting_escalated_in_a_long_named_place_months_ago_is_todays() -> None:
    toll = one(
        "The clinic received 14 war-wounded patients, bringing to 230 the injured seen since the conflict "
        "escalated in South Sudan’s Upper Nile state in December.",
        T.CASUALTY_REPORT,
        "south-sudan",
    )
    assert toll.counts.injured


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Customs officers also seized more than three tonnes of drugs at the port of Guayaquil.", "ecuador"),
        ("Troops seized four men from their homes in Khan Arnabeh on Tuesday.", "syria"),
        ("The soldiers seized a number of homes in Qabatiya and turned them into outposts.", "west-bank"),
        ("Militiamen pose on a pickup seized from the rebels near Kidal.", "sahel"),
    ],
)
def test_goods_homes_and_people_seized_are_no_ground_taken(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Police used a drone on Monday to detect gunmen crossing the border near Frontera Comalapa.", "mexico"),
        ("Forces are using drones, UAVs and other surveillance gadgets to track rebels in the forest.", "india"),
        ("The air and missile strike alarm has been lifted in Sevastopol.", "russia-ukraine"),
    ],
)
def test_drones_that_search_and_the_alarm_for_strikes_are_no_strikes(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The war in Borno has killed at least 9,000 people and forced more than 1.4 million from their homes.",
        "The fighting has left 3,000 dead and driven some 250,000 out of their homes.",
    ],
)
def test_people_forced_from_their_homes_after_a_toll_are_displaced_not_killed(sentence: str) -> None:
    figure = one(sentence, T.DISPLACEMENT_REPORT, "nigeria")
    assert figure.counts.displaced in (1_400_000, 250_000)
    assert one(sentence, T.CASUALTY_REPORT, "nigeria").counts.killed in (9_000, 3_000)


@pytest.mark.parametrize(
    "sentence",
    [
        "A young man was shot with a live bullet by soldiers at the entrance of Nabi Saleh on Friday.",
        "One protester was struck in the head by a tear gas canister in Bilin on Friday.",
        "A boy was hit by a rubber-coated bullet near the checkpoint in Qalandiya.",
    ],
)
def test_one_person_shot_with_a_round_or_struck_by_a_canister_is_one_injured(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "west-bank").counts.injured == 1


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("In Boali 31 bodies have been taken to the mosque since Thursday.", 31),
        ("About six bodies were received at the mortuary in Bangui on Sunday.", 6),
    ],
)
def test_bodies_taken_to_a_mosque_or_received_at_a_mortuary_are_the_dead(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "central-african-republic").counts.killed == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebel alliance resumed hostilities on Monday near Bambari.",
        "The armed coalition resumed combat on Friday in Kaga-Bandoro.",
    ],
)
def test_an_armed_group_that_resumed_hostilities_is_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "central-african-republic")


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministry handed the ambassador a protest note over the shelling of Kotli on Monday.",
        "Officials delivered a formal note of protest to the envoy, calling the drone a violation of sovereignty.",
        "The government condemned the strikes in a protest letter sent to the UN chief on Monday.",
        "Beijing has protested to Naypyidaw after stray shells landed in Nansan on Wednesday.",
    ],
)
def test_a_governments_protest_to_another_is_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "india-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels struck again on Thursday after shooting a nurse to death in Ilaga.",
        "Gunmen beat a village head to death in Sinak on Monday.",
    ],
)
def test_a_person_shot_or_beaten_to_death_is_one_killed(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "indonesia").counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A ceasefire agreed between Armenia and Azerbaijan on Wednesday is largely holding.",
        "Clashes erupted on Thursday, but a truce brokered the same day brought the shooting to a halt.",
    ],
)
def test_a_truce_agreed_between_two_sides_or_brokered_that_day_is_agreed(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking after a meeting of the national defence council on Sunday, the president vowed to retaliate.",
        "The president spoke after an emergency meeting with his security chiefs in Cairo on Friday.",
    ],
)
def test_a_heads_national_defence_council_or_security_chiefs_meeting_is_a_cabinet_meeting(sentence: str) -> None:
    assert T.CABINET_MEETING in types(sentence, "egypt")


def test_a_regions_defence_council_is_no_cabinet_meeting() -> None:
    sentence = "The decision was made at a meeting of the Defense Council of the Kharkiv region on Monday."
    assert T.CABINET_MEETING not in types(sentence, "russia-ukraine")


def test_protests_that_erupted_months_ago_told_without_a_figure_are_background() -> None:
    sentence = "Anti-government protests erupted in January after the death of a student in custody."
    assert T.CIVIL_UNREST not in types(sentence, "iran")


def test_a_toll_since_fighting_erupted_months_ago_is_still_todays() -> None:
    toll = one("Fighting that erupted in January has killed 300 people in Zahedan.", T.CASUALTY_REPORT, "iran")
    assert toll.counts.killed == 300


@pytest.mark.parametrize(
    "sentence",
    [
        "The group put the number of people arrested during the protests at 14,000 on Friday.",
        "The number of people killed in the nationwide protests has risen to at least 230.",
    ],
)
def test_protests_named_as_the_setting_of_a_running_count_are_no_new_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "iran")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday, Turkish forces and allied factions established control over Jindires district.",
        "The rebels exerted control over the town of Tal Abyad on Tuesday.",
    ],
)
def test_control_established_or_exerted_over_a_place_is_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "syria")


@pytest.mark.parametrize(
    "sentence",
    [
        "Peacekeepers' helicopters engaged the rebels near Bouar and the fighting stopped at around 12:30.",
        "The situation was under control as firing and shelling stopped around 1430 hours in Poonch.",
    ],
)
def test_fighting_that_stopped_at_a_clock_time_is_a_clash_ending_not_a_truce(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence, "central-african-republic")


def test_an_attack_launched_with_missiles_is_no_ground_clash() -> None:
    sentence = "The armed wing said it had launched an attack on Ashkelon and its suburbs with 80 missiles on Tuesday."
    assert T.GROUND_CLASH not in types(sentence, "israel-gaza")
    assert T.AIR_STRIKE in types(sentence, "israel-gaza")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it had destroyed a rebel convoy near Nokou on Saturday afternoon.",
        "Troops destroyed several militant hideouts in the Sambisa forest on Monday.",
    ],
)
def test_a_rebel_convoy_or_hideouts_destroyed_are_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "chad")


def test_a_toll_of_late_last_month_is_recent_news() -> None:
    toll = one("At least 25 protesters were killed in Dhi Qar in late February.", T.CASUALTY_REPORT, "iraq")
    assert toll.counts.killed == 25
    assert T.CASUALTY_REPORT not in types("At least 25 protesters were killed in Dhi Qar in early February.", "iraq")


def test_clashes_that_claim_lives_in_a_headline_are_a_toll() -> None:
    assert one("Farmer-herder clashes claim 82 lives in Jos", T.CASUALTY_REPORT, "nigeria").counts.killed == 82


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU's foreign policy chief called on Azerbaijan to halt military activities in Karabakh.",
        "The secretary of state urged him on Tuesday to end military actions in the region.",
        'The ministry called on "the conflicting sides to immediately stop the bloodshed".',
    ],
)
def test_a_call_to_halt_military_actions_or_the_bloodshed_is_ceasefire_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "armenia-azerbaijan")


def test_people_who_had_their_throats_slit_are_the_dead() -> None:
    toll = one("Twelve villagers had their throats slit in Kaobagou on Tuesday night.", T.CASUALTY_REPORT, "benin")
    assert toll.counts.killed == 12


@pytest.mark.parametrize(
    "sentence",
    [
        "The president chaired a meeting of the High Security Council in Algiers on Wednesday.",
        "Pakistan's National Security Committee is set to meet on Friday amid the tensions.",
    ],
)
def test_a_high_security_council_or_a_national_security_committee_meeting_is_a_cabinet_meeting(sentence: str) -> None:
    assert T.CABINET_MEETING in types(sentence, "afghanistan-pakistan")


def test_a_regions_security_committee_is_no_cabinet_meeting() -> None:
    sentence = "The Sanaag Regional Security Committee met on Monday and imposed a curfew in Erigabo."
    assert T.CABINET_MEETING not in types(sentence, "somalia")


def test_khwarij_killed_with_a_capital_are_fighters_killed() -> None:
    toll = one("Troops killed five Khwarij near Ladha on Thursday.", T.CASUALTY_REPORT, "afghanistan-pakistan")
    assert (toll.counts.killed, toll.counts.combatants) == (5, 5)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary-General said he was 'deeply concerned' about the exchange of military strikes between the two.",
        "The Secretary-General is deeply concerned about the recent exchange of military strikes between the two.",
    ],
)
def test_strikes_a_body_is_concerned_about_are_its_statement_not_new_strikes(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "israel-iran")


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops stationed along the border have been put on full combat readiness, the ministry said on Monday.",
        "The president ordered the army to be on the highest level of combat readiness on Sunday.",
    ],
)
def test_forces_put_on_full_combat_readiness_are_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("The crackdown has forced more than 600,000 Rohingya to flee across the border.", 600_000),
        ("The UN says 620,000 Rohingya have arrived in Bangladesh since August.", 620_000),
        ("The mayor said 1,767 residents were housed in two evacuation centers on Friday.", 1_767),
    ],
)
def test_rohingya_who_fled_or_arrived_and_residents_housed_in_evacuation_centres_are_displaced(
    sentence: str, displaced: int
) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "myanmar").counts.displaced == displaced


def test_a_toll_of_rohingya_counts_them() -> None:
    toll = one("At least 6,700 Rohingya are estimated to have been killed since August.", T.CASUALTY_REPORT, "myanmar")
    assert toll.counts.killed == 6_700


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty IEDs were found in a search operation in the Saranda forest on Thursday, police said.",
        "The IEDs, planted by the rebels, were recovered at a forest near Tumbahaka village.",
        "Spokesperson: the army seizes large amount of ammunition and weapons in Khankendi",
    ],
)
def test_bombs_found_and_arms_seized_are_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "india")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The military said it conducted no airstrikes in Gaza overnight.", "israel-gaza"),
        (
            "Local media reported Israeli warplanes were flying over southern Lebanese villages on Thursday.",
            "israel-lebanon",
        ),
    ],
)
def test_strikes_denied_and_warplanes_that_only_flew_over_are_no_strikes(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, theatre)


def test_warplanes_that_flew_over_and_struck_are_a_strike() -> None:
    sentence = "Israeli warplanes flew over Khiam and struck two houses on Thursday."
    assert T.AIR_STRIKE in types(sentence, "israel-lebanon")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of Kashmiris defied the curfew and took to the streets of Srinagar on Friday.",
        "Security forces opened fire on curfew-defying protesters on Friday, killing three.",
        "Anyone who breaks the curfew could face up to 15 years in prison.",
    ],
)
def test_a_curfew_defied_or_broken_is_no_curfew_announced(sentence: str) -> None:
    assert T.THREAT_STATEMENT not in types(sentence, "india-pakistan")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "The rebels were withdrawing from key areas of the Tigray region on Tuesday as the offensive went on.",
            "Tigray",
        ),
        ("Government soldiers retreated from Gwoza on Monday after a failed push against the insurgents.", "Gwoza"),
        ("By Wednesday the militants had withdrawn from Bulo Burde after days of fighting.", "Bulo Burde"),
        ("The town of Bulo Burde has been retaken by the army from al-Shabaab fighters on Monday.", "Bulo Burde"),
        ("On Monday the army took back control of Jowhar, residents said.", "Jowhar"),
    ],
)
def test_ground_left_or_taken_back_is_fighting(sentence: str, place: str) -> None:
    clash = one(sentence, T.GROUND_CLASH, "somalia")
    assert clash.location is not None
    assert clash.location.name == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign troops withdrew from Bulo Burde on Monday.",
        "The army was ordered to withdraw from Bulo Burde on Monday.",
        "The troops withdrew from Bulo Burde on Monday under the ceasefire agreement.",
        "The rebels withdrew from the talks in Bulo Burde on Monday.",
        "Government forces also withdrew from Bulo Burde and Jowhar districts on Monday, the UN said.",
    ],
)
def test_a_pull_out_ordered_agreed_redeployed_or_from_talks_is_no_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "somalia")


def test_swathes_of_territory_taken_are_fighting() -> None:
    sentence = "The rebels have captured swathes of territory in North Kivu, the UN said on Monday."
    assert T.GROUND_CLASH in types(sentence, "drc")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Four policemen were killed in Bunia on Sunday after hours of heavy combat with the militants.", "drc"),
        ("The rebels claimed on Monday to have full control of the town of Lashio.", "myanmar"),
        ("The army claims to be in control of the town of Sake, a spokesman said on Monday.", "drc"),
    ],
)
def test_combat_with_a_force_and_control_claimed_are_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_pledge_to_combat_militants_is_no_fighting() -> None:
    sentence = "The ministers agreed on Monday to step up efforts to combat the militants in the region."
    assert T.GROUND_CLASH not in types(sentence, "drc")


def test_villages_taken_named_in_a_list_are_a_clash_each() -> None:
    sentence = "On Tuesday the army liberated Bulutan, Teke and Tagaser villages of the Khojavend district."
    clashes = [e for e in events(sentence, "armenia-azerbaijan") if e.type is T.GROUND_CLASH]
    assert sorted(e.location.name for e in clashes if e.location) == ["Bulutan", "Tagaser", "Teke"]


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Army liberates more villages in Khojavend", "armenia-azerbaijan"),
        ("The rebels captured two villages near Kalehe on Tuesday, residents said.", "drc"),
    ],
)
def test_villages_taken_counted_are_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_the_houthis_assaults_on_a_tanker_are_a_strike_not_a_clash() -> None:
    sentence = "On Monday the Houthis carried out several assaults against a Liberian-flagged tanker in the Red Sea."
    found = types(sentence, "yemen")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    "line",
    [
        "Read the full story at https://example.org/news/junta-airstrikes-kill-dozens-in-kachin-state/",
        "Source: https://example.org/2024/03/protest-over-ceasefire-deal/?utm_source=rss",
    ],
)
def test_the_words_of_a_link_are_no_event(line: str) -> None:
    assert events(line, "drc") == []


def test_a_sentence_with_a_link_keeps_its_own_event() -> None:
    sentence = "Rebels attacked the village of Kibirizi on Tuesday, killing 12 people (https://example.org/a)."
    assert T.GROUND_CLASH in types(sentence, "drc")


@pytest.mark.parametrize(
    "sentence",
    [
        "M23 pushes into provincial capital",
        "The army said on Monday its troops were pushing into the outskirts of Kalehe.",
    ],
)
def test_troops_pushing_into_a_place_are_fighting(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "drc")


@pytest.mark.parametrize(
    "sentence",
    [
        "Niger has decided to sever diplomatic relations with Benin, the government said on Sunday.",
        "Niger and Chad recalled their ambassadors from Benin on Monday.",
        "Benin summoned Niger's ambassador on Saturday over the border closure.",
    ],
)
def test_ties_severed_envoys_recalled_or_summoned_are_diplomatic_steps(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "sahel")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The army said on Monday its troops had broken through the rebels' defensive lines near Kalehe.", "drc"),
        ("On Monday the fighters breached the defences of Minova after a night of shelling.", "drc"),
        ("The military said on Friday that troops were conducting ground activity in Beit Lahia.", "israel-gaza"),
    ],
)
def test_defences_broken_and_ground_activity_are_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_a_ground_activity_prepared_for_is_no_fighting() -> None:
    sentence = "The minister told the army on Friday to prepare for a broadening of the ground activity in Gaza."
    assert T.GROUND_CLASH not in types(sentence, "israel-gaza")


def test_an_envoy_summoned_to_protest_in_quotes_is_no_unrest() -> None:
    sentence = 'On Friday, Benin summoned the Nigerien ambassador to "protest against the repeated border raids."'
    found = types(sentence, "sahel")
    assert T.CIVIL_UNREST not in found
    assert T.DIPLOMATIC_STATEMENT in found


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "The regional force battling the insurgents in Cabo Delgado will stay until July, its commander said.",
            "mozambique",
        ),
        ("The Sahel states battling jihadist groups met in Niamey on Friday to agree a joint budget.", "sahel"),
    ],
)
def test_a_side_named_by_the_war_it_is_battling_is_no_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, theatre)


def test_forces_that_are_battling_at_a_place_are_fighting() -> None:
    sentence = "On Monday, government troops were battling the rebels on the outskirts of Kalehe."
    assert T.GROUND_CLASH in types(sentence, "drc")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Three families remain displaced after a two-day operation by Israeli forces in Nur Shams camp.", "west-bank"),
        (
            "In another operation conducted by the security forces in Bannu district, two militants were killed.",
            "afghanistan-pakistan",
        ),
    ],
)
def test_an_operation_by_forces_in_a_place_is_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_people_killed_in_strikes_by_a_force_at_a_place_are_a_strike() -> None:
    assert T.AIR_STRIKE in types(
        "On Monday, three people were killed in airstrikes by Israeli forces in Tubas.", "west-bank"
    )


def test_military_attacks_by_a_ground_force_are_no_air_strike() -> None:
    sentence = "Hundreds fled military attacks by the SPLA-IO forces on Tonga on Monday, the commissioner said."
    assert T.AIR_STRIKE not in types(sentence, "south-sudan")


def test_fighting_nearing_towns_is_fighting_at_each() -> None:
    found = events("On Monday the front saw fighting nearing the towns of Kurakhove and Hirnyk.", "russia-ukraine")
    assert {e.location.name for e in found if e.type is T.GROUND_CLASH and e.location} == {"Kurakhove", "Hirnyk"}


def test_fighters_that_killed_soldiers_are_fighting() -> None:
    assert T.GROUND_CLASH in types(
        "Boko Haram fighters killed six Cameroonian soldiers on Sunday in Kolofata.", "cameroon"
    )


def test_militants_that_targeted_a_village_are_fighting() -> None:
    assert T.GROUND_CLASH in types("Armed militants targeted the village of Kaiga early on Thursday morning.", "chad")


def test_attacks_on_energy_infrastructure_are_strikes() -> None:
    found = events(
        "Officials reported attacks on energy infrastructure in Odesa and Kherson on Tuesday.", "russia-ukraine"
    )
    assert {e.location.name for e in found if e.type is T.AIR_STRIKE and e.location} == {"Odesa", "Kherson"}


@pytest.mark.parametrize(
    ("sentence", "theatre", "displaced"),
    [
        (
            "Officials said on Monday that 12,400 Afghans had been repatriated to their home country.",
            "afghanistan-pakistan",
            12400,
        ),
        ("On Saturday, 180 Iraqi families left the al-Hol camp returning to Iraq.", "iraq", 180),
        ("Last month 311 families were returned to Iraq in a similar operation.", "iraq", 311),
    ],
)
def test_people_counted_going_back_to_their_country_are_displacement_news(
    sentence: str, theatre: str, displaced: int
) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, theatre).counts.displaced == displaced


def test_people_returning_to_a_region_uncounted_are_no_displacement_figure() -> None:
    assert T.DISPLACEMENT_REPORT not in types(
        "Families have been returning to the north since the truce.", "israel-gaza"
    )


def test_a_truce_that_has_broken_down_has_ended() -> None:
    sentence = "The truce between Thailand and Cambodia has broken down, officials said on Monday."
    assert T.CEASEFIRE_ENDED in types(sentence, "thailand-cambodia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Blinken spoke with President Aliyev on Monday to express deep concern over the shelling along the border.",
        "Blinken called Pashinyan on Monday to convey the deep concern of the United States over the shelling.",
    ],
)
def test_concern_conveyed_or_to_be_expressed_is_a_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On Monday Rwandan and Mozambican troops continued to pursue the terrorists into Nampula.", "mozambique"),
        (
            "On Sunday a joint operation of Mozambique's army and Rwandan forces was conducted against the rebels in "
            "Eráti.",
            "mozambique",
        ),
    ],
)
def test_forces_pursuing_fighters_or_operating_against_them_are_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_troops_that_crossed_a_border_to_pursue_rebels_are_no_fighting() -> None:
    sentence = "The minister asked on Monday whether foreign troops had crossed the border to pursue the rebels."
    assert T.GROUND_CLASH not in types(sentence, "drc")


def test_a_cabinet_session_walked_out_of_is_a_cabinet_meeting() -> None:
    sentence = "On Friday five Shia ministers walked out of a cabinet session as talks began on disarming the group."
    assert T.CABINET_MEETING in types(sentence, "israel-lebanon")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("On Monday, 2,140 individuals were still housed in 31 sites across the country.", 2140),
        ("In Tyre, five collective shelters remained open on Monday, accommodating 318 individuals.", 318),
    ],
)
def test_people_counted_in_shelters_are_displacement_news(sentence: str, displaced: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "israel-lebanon").counts.displaced == displaced


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On Monday armed herders attacked and killed 31 people in Yogbo, the police said.", "nigeria"),
        ("On 9 March there was an attack on the road from Mucojo toward Quiterajo, residents said.", "mozambique"),
    ],
)
def test_an_attack_told_as_there_being_one_or_as_attacked_and_killed_is_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_there_being_no_attacks_is_no_fighting() -> None:
    assert T.GROUND_CLASH not in types(
        "The governor said on Monday there were no attacks on the town itself.", "nigeria"
    )


def test_a_turn_of_events_threatening_to_widen_a_war_is_no_threat() -> None:
    sentence = (
        "On Monday reinforcements for both sides were seen arriving from Doolow, threatening to intensify the conflict."
    )
    assert T.THREAT_STATEMENT not in types(sentence, "somalia")


def test_a_ceasefire_ratified_is_agreed() -> None:
    assert T.CEASEFIRE_AGREED in types("Israel's government ratified the ceasefire with Hamas early on Friday.")


def test_a_state_of_emergency_decreed_is_a_threat() -> None:
    assert T.THREAT_STATEMENT in types(
        "On Tuesday the government decreed a state of emergency in the north.", "ecuador"
    )


def test_armed_men_crossing_a_border_are_not_displaced() -> None:
    sentence = (
        "Four armed individuals who crossed into Tajikistan from Afghanistan were killed overnight, officials said."
    )
    assert T.DISPLACEMENT_REPORT not in types(sentence, "tajikistan")


def test_everyone_ordered_to_move_is_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("On Tuesday the Israeli army ordered everyone in Gaza City to move south.")


def test_people_called_on_to_leave_places_are_a_threat_at_each() -> None:
    found = events("On Monday the Israeli military called on people to leave the ports of Hodeidah and Salif.", "yemen")
    assert {e.location.name for e in found if e.type is T.THREAT_STATEMENT and e.location} == {"Hodeidah", "Salif"}


def test_a_figure_that_has_fallen_to_a_level_is_no_place_falling() -> None:
    sentence = "On Monday connectivity to the outside world had fallen to 4% of ordinary levels, monitors said."
    assert T.GROUND_CLASH not in types(sentence, "iran")
    assert T.GROUND_CLASH in types("On Monday the town of Kurakhove fell to Russian forces.", "russia-ukraine")


def test_fighting_resumed_despite_an_agreement_after_a_pause_is_a_violation() -> None:
    sentence = "Despite the agreement, after a brief pause, fighting resumed for two hours in Ain Zara on Tuesday."
    assert T.CEASEFIRE_VIOLATION in types(sentence, "libya")


def test_an_attack_by_hts_is_fighting() -> None:
    assert T.GROUND_CLASH in types("On Monday nine soldiers were killed in an attack by the HTS in Idlib.", "syria")


def test_a_leader_calling_on_their_own_supporters_is_no_diplomatic_statement() -> None:
    sentence = "On Sunday the cleric called on his supporters to help the security forces clear the blocked roads."
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "iraq")


def test_youths_or_workers_captured_are_no_place_taken() -> None:
    sentence = "On Monday the fighters stopped the buses near Debre Markos and captured the youths."
    assert T.GROUND_CLASH not in types(sentence, "ethiopia")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        (
            "On Monday the Russian army penetrated into the Sumy region in some areas along the border.",
            "russia-ukraine",
        ),
        (
            "Lebanese sources reported on Saturday the penetration of the Israeli army in the town of Burj al-Muluk.",
            "israel-lebanon",
        ),
        ("On Tuesday Russian forces were clearing Ukrainian troops from villages near Pokrovsk.", "russia-ukraine"),
    ],
)
def test_a_force_breaking_into_ground_or_clearing_the_other_side_is_fighting(sentence: str, theatre: str) -> None:
    assert T.GROUND_CLASH in types(sentence, theatre)


def test_drones_that_penetrated_airspace_are_no_fighting() -> None:
    sentence = "On Monday he said Ukrainian drones have penetrated foreign territories countless times."
    assert T.GROUND_CLASH not in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("On Thursday drones carrying explosives damaged a police building in Escuinapa, officials said.", "mexico"),
        (
            "On Monday the fighters advanced on foot, using armed drones against the troops' main base at Marte.",
            "nigeria",
        ),
    ],
)
def test_drones_armed_for_an_attack_are_a_strike(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


def test_fighting_named_as_a_cause_with_places_of_its_own_is_fighting_at_each() -> None:
    sentence = (
        "Aid workers said on Friday that the situation had worsened due to heavy fighting across several territories, "
        "including Masisi, Rutshuru and Walikale."
    )
    clashes = [e for e in events(sentence, "drc") if e.type is T.GROUND_CLASH]
    assert {e.location.name for e in clashes if e.location} == {"Masisi", "Rutshuru", "Walikale"}


def test_fighting_named_only_as_a_cause_is_no_clash() -> None:
    sentence = "Aid workers said on Friday that the situation had worsened due to heavy fighting."
    assert T.GROUND_CLASH not in types(sentence, "drc")


def test_peshmerga_are_counted_as_fighters() -> None:
    toll = one("Three Peshmerga were killed by a roadside bomb near Makhmour on Tuesday.", T.CASUALTY_REPORT, "iraq")
    assert toll.counts.values() == {"killed": 3, "combatants": 3}


def test_deaths_from_hunger_are_no_toll_of_the_war() -> None:
    assert T.CASUALTY_REPORT not in types("Hunger kills more than 90 in a district of Afar, officials say", "ethiopia")


def test_mock_bombs_fired_at_a_crowd_are_no_strike() -> None:
    sentence = "On Sunday police fired tear gas, mock bombs and rubber bullets to disperse the crowd in Thoubal."
    assert T.AIR_STRIKE not in types(sentence, "india")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the opposition leader described the shelling of the market as “a massacre”.",
        "A nurse at the hospital told reporters on Monday: “It is a massacre, nothing less.”",
    ],
)
def test_an_attack_called_a_massacre_is_no_massacre_told(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(sentence)


def test_an_official_figure_is_no_official_killed() -> None:
    assert T.CASUALTY_REPORT not in types("“We have not received an official figure of those who were killed.", "sudan")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The number of people displaced by the offensive in Masisi has risen to more than 12,000, OCHA said.", 12000),
        (
            "The total number of refugees who have entered Uganda since the outbreak of the conflict is reported to "
            "be above 40 000 individuals.",
            40000,
        ),
        ("UNHCR said the number of new arrivals since the start of the month is now 520.", 520),
        ("Officials said on Monday that 20,000 Sudanese have now entered the country.", 20000),
    ],
)
def test_the_count_of_the_displaced_told_by_what_it_reached(sentence: str, figure: int) -> None:
    assert one(sentence, T.DISPLACEMENT_REPORT, "drc").counts.values()["displaced"] == figure


def test_a_figure_that_brings_the_number_of_refugees_to_a_total() -> None:
    sentence = "UNHCR said on Friday the influx brings to 35,000 the total number of refugees who fled to Cameroon."
    assert one(sentence, T.DISPLACEMENT_REPORT, "central-african-republic").counts.values() == {"displaced": 35000}


def test_people_who_have_reportedly_returned_are_counted() -> None:
    sentence = "In Bashiqa, 4,200 people (700 families) have reportedly returned since Monday."
    assert one(sentence, T.DISPLACEMENT_REPORT, "iraq").counts.values() == {"displaced": 4200}


def test_a_state_of_emergency_rolled_out_is_announced() -> None:
    sentence = "On Tuesday the prime minister rolled out a state of emergency in three parishes after the killings."
    assert T.THREAT_STATEMENT in types(sentence, "jamaica")


def test_ballistic_missiles_a_group_fires_are_a_strike() -> None:
    sentence = "On Wednesday Hezbollah fired a ballistic missile towards Tel Aviv, saying it targeted a base."
    assert types(sentence, "israel-lebanon") >= {T.AIR_STRIKE}
    assert T.ROCKET_FIRE not in types(sentence, "israel-lebanon")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Turkish aircraft attack PKK sites in the Qandil mountains", "iraq"),
        ("The army said its helicopters on Thursday attacked a depot near Kherson.", "russia-ukraine"),
        ("The military said its jets Friday struck militant positions near Khiam.", "israel-lebanon"),
        ("Drones target civilians in the Idlib countryside", "syria"),
    ],
)
def test_aircraft_told_as_attacking_are_a_strike(sentence: str, theatre: str) -> None:
    assert T.AIR_STRIKE in types(sentence, theatre)


def test_warplanes_bombing_a_group_after_its_launches_are_no_rocket_fire() -> None:
    sentence = "On Monday Israeli warplanes bombed Hamas sites in Gaza after incendiary balloons were launched from it."
    assert types(sentence) & {T.AIR_STRIKE, T.ROCKET_FIRE} == {T.AIR_STRIKE}


def test_the_number_of_camps_for_refugees_is_no_count_of_them() -> None:
    sentence = "A camp opened on Monday, bringing the number of camps for Syrian refugees in the region to ten camps."
    assert T.DISPLACEMENT_REPORT not in types(sentence, "syria")


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("The army said on Friday that 14 soldiers were treated for concussion symptoms after the missile attack.", 14),
        ("Three residents suffered concussion when a shell hit their building in Kherson on Monday.", 3),
    ],
)
def test_people_concussed_are_hurt(sentence: str, injured: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "russia-ukraine").counts.values()["injured"] == injured


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday the prime minister instructed the army to prepare for a possible ground offensive in Gaza.",
        "The military said on Sunday it was prepared to conduct an operation to free the hostages in Nduga.",
    ],
)
def test_forces_readied_for_force_are_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "“The Abyei administration condemn this barbaric attack in the strongest terms,” it said on Monday.",
        "On Tuesday the mayor said: “I utterly condemn this unacceptable behaviour.”",
    ],
)
def test_a_condemnation_told_in_the_present_is_a_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "south-sudan")


def test_crowds_gathered_to_condemn_are_no_statement() -> None:
    sentence = "On Monday thousands gathered in Istanbul to condemn the decision to move the embassy."
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "turkey")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the US president congratulated Iraq on defeating the militants in Tal Afar.",
        "The Red Cross commends the steps being taken to protect civilians during the battle for Raqqa.",
    ],
)
def test_praise_for_another_party_is_a_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "iraq")


def test_praise_for_ones_own_forces_is_no_statement() -> None:
    sentence = "On Monday the prime minister congratulated the armed forces for liberating the town of Rawa."
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "iraq")


@pytest.mark.parametrize(
    "sentence",
    [
        "“Those who kill civilians will be hunted to the last man,” the chief minister said in Quetta on Monday.",
        "“We will come down heavily on those behind this,” the home minister wrote in Srinagar on Tuesday.",
    ],
)
def test_perpetrators_promised_a_pursuit_are_threatened(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Cabinet Committee on Security, chaired by the prime minister, met in New Delhi on Wednesday.",
        "On Monday the president called an emergency meeting of the local Security Council in Makhachkala.",
    ],
)
def test_a_national_or_regional_security_council_meeting_is_a_cabinet_meeting(sentence: str) -> None:
    assert T.CABINET_MEETING in types(sentence)


def test_an_emergency_meeting_of_the_un_security_council_is_no_cabinet_meeting() -> None:
    sentence = "On Monday France called an emergency meeting of the Security Council in New York."
    assert T.CABINET_MEETING not in types(sentence)


def test_a_running_toll_told_as_is_now_far_from_its_noun_is_counted() -> None:
    event = one("The death toll in violent protests across the Kashmir valley since July is now 81.", T.CASUALTY_REPORT)
    assert event.counts.killed == 81


def test_people_killed_while_trying_to_flee_are_a_toll_not_displaced() -> None:
    sentence = "On Monday some 40 villagers of Djibo who were trying to flee were killed by the militants."
    assert one(sentence, T.CASUALTY_REPORT, "sahel").counts.killed == 40
    assert T.DISPLACEMENT_REPORT not in types(sentence, "sahel")


def test_herdsmen_who_have_attacked_a_place_fought_there() -> None:
    sentence = "Suspected herdsmen have attacked St. Mary's Catholic Church in Makurdi, killing two priests."
    assert one(sentence, T.GROUND_CLASH, "nigeria").location.name == "Makurdi"


def test_drones_shot_down_where_they_flew_are_a_strike_however_many() -> None:
    sentence = "On Sunday the air force shot down Iranian drones flying over Irbid, the army said."
    assert one(sentence, T.AIR_STRIKE, "jordan").location.name == "Irbid"


def test_grenades_that_exploded_are_a_clash() -> None:
    assert T.GROUND_CLASH in types("On Friday two hand grenades exploded in Bahir Dar, police said.", "ethiopia")


def test_stun_grenades_that_exploded_are_no_clash() -> None:
    sentence = "On Friday police stun grenades exploded near the square in Bahir Dar."
    assert T.GROUND_CLASH not in types(sentence, "ethiopia")


def test_residents_warned_to_evacuate_in_a_participle_are_threatened() -> None:
    sentence = "The army issued new orders on Sunday warning families to evacuate the eastern part of Khan Younis."
    assert T.THREAT_STATEMENT in types(sentence)


def test_solidarity_actions_held_in_several_cities_are_unrest_in_each() -> None:
    sentence = "Solidarity actions were held in Sydney, Brisbane and Hobart on Saturday."
    places = {e.location.name for e in events(sentence, None) if e.type is T.CIVIL_UNREST and e.location}
    assert places == {"Sydney", "Brisbane", "Hobart"}


def test_a_state_that_struck_on_a_weekday_made_a_strike() -> None:
    sentence = "Israel on Monday struck what it called Hezbollah depots near Hermel."
    assert T.AIR_STRIKE in types(sentence, "israel-lebanon")


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("In Maputo the police shot dead one demonstrator on Thursday.", "killed"),
        ("A policeman also sustained injuries in the clash in Maputo on Monday.", "injured"),
        ("In retaliation soldiers murdered farmer Tomas Uamusse in Maputo on Tuesday.", "killed"),
        ("On Tuesday, 37-year-old Carlos da Costa was shot dead in Maputo.", "killed"),
    ],
)
def test_one_person_killed_or_hurt_is_a_toll_of_one(sentence: str, field: str) -> None:
    assert getattr(one(sentence, T.CASUALTY_REPORT, "mozambique").counts, field) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday army forces attacked an al-Shabaab stronghold near Baidoa.",
        "Police were patrolling Baidoa on Sunday when they were attacked by an armed duo.",
    ],
)
def test_forces_attacking_a_stronghold_or_attacked_by_armed_men_fought(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "somalia")


def test_a_war_on_a_foe_that_will_continue_is_a_threat() -> None:
    sentence = "The president said in Sanaa on Monday that the war on terrorism will continue until victory."
    assert T.THREAT_STATEMENT in types(sentence, "yemen")


def test_the_arrival_of_people_counted_is_displacement() -> None:
    sentence = "On Friday UNHCR recorded the arrival of 1,297 people in Lilongwe from Tete province."
    assert one(sentence, T.DISPLACEMENT_REPORT, "malawi").counts.displaced == 1297


def test_an_air_operation_launched_is_a_strike() -> None:
    sentence = "On Monday the Turkish military launched another air operation in northern Iraq, targeting PKK hideouts."
    assert T.AIR_STRIKE in types(sentence, "iraq")


def test_a_security_and_defence_council_meeting_is_a_cabinet_meeting() -> None:
    sentence = "On Friday night the Security and Defence Council held an emergency meeting in Khartoum."
    assert T.CABINET_MEETING in types(sentence, "sudan")


def test_a_pursuit_that_will_continue_is_a_threat() -> None:
    sentence = "“We will continue to relentlessly pursue those responsible,” the command said in Mogadishu on Monday."
    assert T.THREAT_STATEMENT in types(sentence, "somalia")


def test_twin_or_coordinated_blasts_are_a_clash_at_each_place() -> None:
    sentence = "Twin blasts at shrines in Kabul and Mazar-i-Sharif killed 59 worshippers on Tuesday."
    places = {e.location.name for e in events(sentence, "afghanistan-pakistan") if e.type is T.GROUND_CLASH}
    assert places == {"Kabul", "Mazar-e Sharif"}


def test_states_of_emergency_declared_for_several_states_are_a_threat_in_each() -> None:
    sentence = "The president declared states of emergency on Tuesday for Borno, Yobe and Adamawa states."
    places = {e.location.name for e in events(sentence, "nigeria") if e.type is T.THREAT_STATEMENT}
    assert places == {"Borno", "Yobe", "Adamawa"}


def test_a_figure_brought_to_the_number_killed_is_the_toll() -> None:
    sentence = "The attack in Laghman on Monday brought to 12 the number of foreign soldiers killed this month."
    assert one(sentence, T.CASUALTY_REPORT, "afghanistan-pakistan").counts.killed == 12


def test_people_being_evacuated_with_a_stray_space_in_the_figure_are_displaced() -> None:
    sentence = "IOM is today evacuating a further 2, 415 Egyptians from Djerba to Cairo."
    assert one(sentence, T.DISPLACEMENT_REPORT, "libya").counts.displaced == 2415


def test_an_emergency_meeting_with_military_and_security_leaders_is_a_cabinet_meeting() -> None:
    sentence = "The president convened an emergency meeting with military and security leaders in Cairo on Sunday."
    assert T.CABINET_MEETING in types(sentence, "egypt")


def test_rebels_who_threaten_a_counter_offensive_make_a_threat_not_a_clash() -> None:
    found = types("Rebels threaten counter-offensive in Rutshuru unless talks restart", "drc")
    assert T.THREAT_STATEMENT in found
    assert T.GROUND_CLASH not in found


def test_armed_men_who_assaulted_a_place_fought_there() -> None:
    assert T.GROUND_CLASH in types("On Friday armed men assaulted the villas in Tripoli and set them on fire.", "libya")


def test_forces_that_attacked_a_group_with_helicopters_made_a_strike() -> None:
    sentence = "On Wednesday army forces attacked the Arakan Army (AA) with helicopters near Ponnagyun."
    assert T.AIR_STRIKE in types(sentence, "myanmar")


def test_civilians_warned_to_avoid_travel_are_threatened() -> None:
    sentence = "On Sunday the alliance warned civilians in Kutkai to avoid travel and to stay in a safe place."
    assert T.THREAT_STATEMENT in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "Efforts to settle the conflict in Nagorno-Karabakh have stalled, and clashes have been frequent.",
        "Armed groups have stepped up attacks on military and civilian targets around Ouallam this year.",
    ],
)
def test_clashes_told_as_frequent_or_stepped_up_this_year_are_no_event(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the fighters in Tapaz were able to seize three M16 rifles and vests with ammunition.",
        "Another militant, Imran Rashid, was captured alive in Shopian on Sunday.",
        "Two of the raiders were captured in Nangade on Friday, police said.",
    ],
)
def test_weapons_seized_and_attackers_captured_are_no_ground_taken(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "philippines")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the army said it ordered troops deployed along the border to retaliate against fire near Hermel.",
        "In Sokoto on Monday the army chief ordered the troops to crush the new armed group.",
        "On Tuesday parliament extended the state of security emergency in the Savanes region.",
    ],
)
def test_troops_ordered_to_hit_back_and_a_security_emergency_extended_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "lebanon")


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed an alternate mayoral candidate in Cuautla on Tuesday.",
        "In Coyuca on Wednesday the alleged assailant was killed at the scene.",
    ],
)
def test_a_candidate_or_an_assailant_killed_is_a_toll_of_one(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "mexico").counts.killed == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 40 people have been killed in clashes in Bouake since May, raising fears of the unrest seen in 2011.",
        "Riots in Bouake killed 40 people this week and stoked fears of a return to the 2002 civil war.",
    ],
)
def test_a_toll_compared_with_a_past_crisis_in_a_fears_clause_is_news(sentence: str) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "ivory-coast").counts.killed == 40


def test_a_year_naming_a_past_war_the_news_refers_to_does_not_date_it() -> None:
    verdict = "Three people were shot dead in Chittagong after a tribunal convicted a leader of crimes in the 1971 war."
    assert one(verdict, T.CASUALTY_REPORT, "bangladesh").counts.killed == 3
    assert T.ROCKET_FIRE in types("A rocket hit Beersheba, the first to reach the city since the 2014 war.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb ripped through a crowded bus station in Peshawar on Monday, killing nine people.",
        "Lashkar-e-Jhangvi said it had carried out the bombing, which hit a shrine in Sehwan on Thursday.",
        '"We claim responsibility for the attack on worshippers," the group said in a statement shortly after the '
        "bombing in Quetta on Sunday.",
    ],
)
def test_a_bomb_that_tore_through_a_place_or_a_bombing_a_group_claims_is_on_the_ground(sentence: str) -> None:
    found = types(sentence, "afghanistan-pakistan")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "In Khulna on Monday the court found the two men guilty of murder and arson.",
        "The former mayor of Rajshahi was charged with arson and rioting on Tuesday.",
    ],
)
def test_arson_as_a_courts_charge_is_no_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "bangladesh")


def test_a_dual_bombing_is_on_the_ground() -> None:
    found = types("On Tuesday a dual bombing outside a mosque in Sabha killed 12 people.", "libya")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


def test_a_toll_told_as_a_decade_before_the_news_is_background() -> None:
    sentence = (
        "The unrest in Kisumu comes a decade after a disputed vote led to clashes that left 900 people dead "
        "and 300,000 displaced."
    )
    assert not types(sentence, "kenya") & {T.CASUALTY_REPORT, T.DISPLACEMENT_REPORT}


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Residents of Makamba awoke on Sunday to find at least 17 corpses lying in the streets.", 17),
        ("Investigators have uncovered 23 more bodies in a mass grave near Kayanza on Monday.", 23),
    ],
)
def test_bodies_found_or_uncovered_are_a_toll(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "burundi").counts.killed == killed


def test_a_quoted_operation_named_for_a_disaster_is_no_disaster() -> None:
    sentence = "At least 12 people have been killed in Sirte since the army launched its “Storm of Justice” offensive."
    assert one(sentence, T.CASUALTY_REPORT, "libya").counts.killed == 12
    assert T.CASUALTY_REPORT not in types("At least 12 people have been killed in Sirte since the storm hit.", "libya")


def test_an_open_ended_ceasefire_agreed_has_not_ended() -> None:
    found = types("An open-ended ceasefire was agreed in Cairo on Tuesday and took effect in Gaza at 19:00.")
    assert T.CEASEFIRE_ENDED not in found
    assert T.CEASEFIRE_AGREED in found


def test_a_toll_since_the_outbreak_of_fighting_is_not_a_diseases() -> None:
    sentence = "At least 31 civilians have been killed and 90 wounded in Tartar since the outbreak of hostilities."
    assert one(sentence, T.CASUALTY_REPORT, "armenia-azerbaijan").counts.killed == 31
    disease = "At least 31 people have died in Tartar since the outbreak began."
    assert T.CASUALTY_REPORT not in types(disease, "armenia-azerbaijan")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday Bogota sent a note to the foreign ministry in Caracas protesting the incursion of troops near Tibu.",
        "The shooting near Cucuta has already been protested by the foreign ministry, the minister said on Monday.",
    ],
)
def test_a_governments_protest_in_a_note_or_by_its_ministry_is_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "colombia")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Thursday four suicide blasts hit a market on an island near Bol, killing at least 12 people.",
        "The attackers stabbed two policemen in Kishoreganj and blasted some bombs at the scene on Thursday.",
    ],
)
def test_suicide_blasts_and_bombs_blasted_by_attackers_are_on_the_ground(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "chad")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("On Friday seven bodies hanging from a bridge were seen on the road out of Zamora.", 7),
        ("Four other corpses hung from trees outside Jerez on Tuesday.", 4),
        ("By the time the gunmen left, 38 bodies were strewn about the village of Zamora.", 38),
        ("Drone footage of the site near Jerez showed four bodies lying there on Monday.", 4),
        ("Zacatecas finds 13 more bodies in two new graves near Jerez", 13),
        ("Seventy-two bodies have now been discovered near Jerez since the search began.", 72),
    ],
)
def test_bodies_left_hanging_strewn_or_lying_are_a_toll(sentence: str, killed: int) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "mexico").counts.killed == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting between the Myanmar Army's Northern Command (Tatmadaw) and the Kachin Independent Army (KIA) has "
        "intensified in Hpakant township this week.",
        "Fighting between the army and the KIA has intensified recently in Hpakant township.",
    ],
)
def test_fighting_between_sides_named_in_full_or_intensified_recently_is_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "myanmar")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("On Sunday US drones killed 12-18 people in Miranshah, North Waziristan.", 12),
        ("Total reported killed in strikes in Pakistan since 2004: 2,210-3,410", 2_210),
    ],
)
def test_a_toll_given_as_a_range_is_its_lower_bound_approximate(sentence: str, killed: int) -> None:
    toll = one(sentence, T.CASUALTY_REPORT, "afghanistan-pakistan").counts
    assert toll.killed == killed
    assert "killed" in toll.approximate


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said two separate blasts in Kirkuk killed nine people on Monday.",
        "A day earlier a coordinated series of explosions in Baghdad killed four people.",
        "The worst violence was in Kut, where three explosions killed 21 people on Monday.",
    ],
)
def test_blasts_counted_where_they_hit_are_bombings_on_the_ground(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "iraq")


def test_blasts_that_follow_air_strikes_are_the_strikes_not_bombings_on_the_ground() -> None:
    sentence = "A monitor said there had been several explosions in Quneitra following Israeli strikes on army posts."
    assert T.GROUND_CLASH not in types(sentence, "syria")


def test_armed_men_fighting_police_at_a_protest_camp_is_a_clash_beside_the_unrest() -> None:
    sentence = "Ten people were killed in clashes between gunmen and police at a protest camp in Ramadi on Monday."
    found = types(sentence, "iraq")
    assert T.GROUND_CLASH in found
    assert T.CIVIL_UNREST in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Another bomb thrown targeting a police post in Garissa failed to explode on Saturday.",
        "Police say two brothers blew up two bombs at a bus stop in Garissa on Saturday.",
    ],
)
def test_a_bomb_thrown_or_blown_up_by_hand_is_no_air_raid(sentence: str) -> None:
    found = types(sentence, "kenya")
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A grenade attack on an anti-government rally site in Bangkok wounded 28 people on Sunday.",
        "The violence follows a grenade attack Friday on a march led by a protest leader in Bangkok.",
    ],
)
def test_a_rally_bombed_by_unknown_men_is_an_attack_not_unrest(sentence: str) -> None:
    found = types(sentence, "thailand")
    assert T.GROUND_CLASH in found
    assert T.CIVIL_UNREST not in found


def test_prisoners_freed_in_a_raid_are_no_toll() -> None:
    sentence = (
        "Dozens of militants stormed a prison in Bannu on Sunday and freed nearly 400 inmates, including one on death "
        "row for trying to assassinate a former president."
    )
    assert all(e.counts.killed != 400 for e in events(sentence, "afghanistan-pakistan"))


def test_the_weight_of_a_bomb_is_no_toll() -> None:
    sentence = (
        "The bomber lobbed some six or seven kilograms of explosive at the van of an investigator in Peshawar on "
        "Wednesday, killing him and several of his companions."
    )
    assert all(e.counts.killed != 6 for e in events(sentence, "afghanistan-pakistan"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The district, near the border with Pakistan, has a history of unrest and smuggling.",
        "Shops in Porgera may close at the first sign of unrest this week.",
        "The revolt in Tunis unleashed unrest across the region, toppling rulers in Egypt and Libya.",
    ],
)
def test_unrest_told_as_a_past_a_forecast_or_a_wave_set_off_is_no_unrest_event(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "tunisia")


def test_a_blast_someone_set_off_is_a_bombing_on_the_ground() -> None:
    found = types(
        "A big explosion set off by Hezbollah targeted Israeli troops in the Shebaa Farms on Monday.", "israel-lebanon"
    )
    assert T.GROUND_CLASH in found
    assert T.AIR_STRIKE not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition coalition in N'Djamena called for the demonstrations despite a ban on protests.",
        "Opposition leader Pascal Affi N'Guessan had called for a boycott of the poll in Abidjan.",
        "The coalition has called for a march in Conakry on Tuesday to demand a return to civilian rule.",
    ],
)
def test_a_call_to_protest_march_or_boycott_is_no_diplomatic_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT not in types(sentence, "guinea")


@pytest.mark.parametrize(
    "sentence",
    [
        '"These battles will continue," the French president said of the fighting near Tessalit on Saturday.',
        "The rebels in Gao have vowed to continue with their attacks until the government accepts their demands.",
        '"The MNLA will continue its advance on the two other regional capitals," it said in Kidal on Friday.',
        "The spokesman in Tessalit added that the group would continue attacking army posts.",
    ],
)
def test_force_promised_to_go_on_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "sahel")


@pytest.mark.parametrize(
    ("sentence", "threat"),
    [
        ("On Monday the country's armed forces in Pristina were put on high alert.", True),
        ("The president said in Pristina he was placing his forces on high alert.", True),
        ("Doctors at the hospital in Pristina were placed on high alert to treat the wounded.", False),
        ("Police in Pristina put security on high alert after the blast.", False),
        ("The premier ordered Pristina to put security forces on high alert in the north.", False),
    ],
)
def test_armed_forces_put_on_alert_is_a_threat_but_police_or_hospitals_are_not(sentence: str, threat: bool) -> None:
    assert (T.THREAT_STATEMENT in types(sentence, "kosovo")) is threat


@pytest.mark.parametrize(
    ("sentence", "clash"),
    [
        ("About 2,000 Syrians fleeing fighting in Qalamoun crossed into Arsal on Friday.", False),
        ("Volunteers in Arsal gave food to families who fled the fighting in Syria.", False),
        ("About 2,000 Syrians fleeing fighting between the army and rebels in Qalamoun crossed into Arsal.", True),
    ],
)
def test_fighting_only_named_as_what_people_fled_is_no_clash(sentence: str, clash: bool) -> None:
    assert (T.GROUND_CLASH in types(sentence, "syria")) is clash


def test_a_raid_only_named_as_where_people_died_is_evidence_of_the_toll() -> None:
    sentence = "She said one of the gunmen in Gulshan was captured alive and six others were killed during the raid."
    found = types(sentence, "bangladesh")
    assert T.GROUND_CLASH not in found
    assert T.CASUALTY_REPORT in found


@pytest.mark.parametrize(
    ("sentence", "theatre", "places"),
    [
        (
            "Thousands of protesters marched on Tuesday in Sanaa, the southern port city of Aden and the restive "
            "city of Taiz.",
            "yemen",
            {"Sanaa", "Aden", "Taiz"},
        ),
        (
            "Police fired tear gas at crowds on Friday in Basra and Iraq's holy city of Najaf.",
            "iraq",
            {"Basra", "Najaf"},
        ),
        ("Hundreds rallied on Friday in Mosul, the country's second city, and Kirkuk.", "iraq", {"Mosul", "Kirkuk"}),
        (
            "Demonstrators blocked roads on Monday in Khan Younis, the main town of the south, and Rafah.",
            "israel-gaza",
            {"Khan Younis", "Rafah"},
        ),
    ],
)
def test_places_listed_with_what_each_is_are_an_event_each(sentence: str, theatre: str, places: set[str]) -> None:
    assert unrest_places(sentence, theatre) == places


@pytest.mark.parametrize(
    ("sentence", "theatre", "place"),
    [
        ("Gunmen attacked a checkpoint on Sunday in the Christian town of Bartella.", "iraq", "Bartella"),
        ("A car bomb killed 12 people on Monday in the Sunni district of Adhamiya in Baghdad.", "iraq", "Adhamiya"),
        (
            "Police clashed with rioters on Tuesday in the Muslim quarter of Bangui.",
            "central-african-republic",
            "Bangui",
        ),
    ],
)
def test_a_faiths_adjective_before_a_place_is_no_place(sentence: str, theatre: str, place: str) -> None:
    found = events(sentence, theatre)
    assert found
    assert {e.location.name for e in found if e.location is not None} == {place}


@pytest.mark.parametrize(
    ("sentence", "theatre", "places"),
    [
        (
            "Protesters blocked roads in Mosul on Friday, while in Kirkuk hundreds staged a sit-in.",
            "iraq",
            {"Mosul", "Kirkuk"},
        ),
        ("Thousands marched in Sanaa; in Taiz, police fired tear gas at demonstrators.", "yemen", {"Sanaa", "Taiz"}),
        ("Protesters blocked roads in Mosul on Friday and protests spread across the city.", "iraq", {"Mosul"}),
    ],
)
def test_a_second_clause_of_the_same_kind_at_another_place_is_an_event_of_its_own(
    sentence: str, theatre: str, places: set[str]
) -> None:
    assert unrest_places(sentence, theatre) == places


@pytest.mark.parametrize(
    ("sentence", "theatre", "places"),
    [
        ("A shutdown was observed on Monday in Srinagar and Anantnag.", "india-pakistan", {"Srinagar", "Anantnag"}),
        ("Villagers blocked roads on Monday in Tessalit and Aguelhok.", "sahel", {"Tessalit", "Aguelhok"}),
    ],
)
def test_a_shutdown_or_blockade_in_listed_places_is_an_event_in_each(
    sentence: str, theatre: str, places: set[str]
) -> None:
    assert unrest_places(sentence, theatre) == places


@pytest.mark.parametrize(
    ("sentence", "tolls"),
    [
        (
            "Police killed four people in Parwan province and a fifth person in Kabul on Monday.",
            [("Kabul", 1), ("Parwan", 4)],
        ),
        ("One person died in Jalalabad and another in Logar province on Monday.", [("Jalalabad", 1), ("Logar", 1)]),
    ],
)
def test_one_more_dead_at_another_place_is_a_toll_there(sentence: str, tolls: list[tuple[str, int]]) -> None:
    found = [e for e in events(sentence, "afghanistan-pakistan") if e.counts.killed]
    assert sorted((e.location.name if e.location else "", e.counts.killed) for e in found) == tolls


@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police dispersed a pro-government rally outside the court in Lyon on Sunday.",
        "Student unions organized their own demonstration in Nantes on Tuesday.",
        "Marchers briefly shut down the ring road in Marseille late on Monday.",
    ],
)
def test_a_gathering_dispersed_or_organized_and_marchers_closing_a_road_are_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "france")


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Trouble also erupted in Leeds and Bradford on Tuesday night.", {"Leeds", "Bradford"}),
        ("Police made 40 arrests after scenes of disorder in Coventry on Monday.", {"Coventry"}),
        ("Further disturbances took place last night in Croydon.", {"Croydon"}),
    ],
)
def test_trouble_disorder_and_disturbances_in_a_town_are_unrest(sentence: str, places: set[str]) -> None:
    assert unrest_places(sentence, "united-kingdom") == places


def test_internet_disturbances_are_no_unrest() -> None:
    assert T.CIVIL_UNREST not in types("Internet disturbances were reported in Leeds on Tuesday.", "united-kingdom")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Leeds a police station was firebombed on Tuesday night.",
        "Rioters smashed up shops in Leeds on Tuesday night.",
    ],
)
def test_a_building_firebombed_or_shops_smashed_up_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "united-kingdom")


def test_a_prime_minister_who_convened_his_cabinet_held_a_cabinet_meeting() -> None:
    assert T.CABINET_MEETING in types("The prime minister convened his cabinet in Ankara on Thursday.", "turkey")


def test_crowds_defying_a_ban_or_curfew_are_unrest() -> None:
    sentence = "Hundreds of people defied prohibitory orders in Pune and Nagpur on Thursday."
    assert unrest_places(sentence, "india") == {"Pune", "Nagpur"}


def test_an_office_set_afire_is_damage() -> None:
    sentence = "Rioters set afire a forest office near Siliguri on Thursday night."
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "india")


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders in Chaman went on a strike to condemn the arrests on Tuesday.",
        "An estimated 20,000 opposition supporters gathered at the stadium in Peshawar on Sunday.",
        "A crowd had gathered outside the police headquarters in Quetta on Sunday evening.",
        "Police used pepper spray on a group of people waiting outside the court in Quetta on Monday.",
    ],
)
def test_a_protest_strike_a_counted_crowd_of_supporters_and_pepper_spray_are_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "afghanistan-pakistan")


def test_workers_on_strike_with_no_cause_given_are_no_unrest() -> None:
    assert T.CIVIL_UNREST not in types("Dock workers in Karachi went on strike on Monday.", "afghanistan-pakistan")


def test_people_sent_to_hospital_are_injured() -> None:
    sentence = "At least 12 people were sent to hospital after the fight in Winnipeg on Saturday."
    assert [e.counts.injured for e in events(sentence, None) if e.type is T.CASUALTY_REPORT] == [12]


def test_burned_bodies_by_a_road_are_no_damage() -> None:
    sentence = "Burned bodies still lay by the roads of the town on Saturday, witnesses in Meiktila said."
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "myanmar")


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3,000 people gathered in central Skopje on Sunday evening.",
        "Riot police turned water cannons on the crowd in Skopje on Thursday night.",
        "Looting broke out in several parts of Skopje on Wednesday.",
        "Teachers staged a sit-down strike outside the ministry in Skopje on Monday.",
        "Most shops in Tetovo downed their shutters on Tuesday.",
    ],
)
def test_a_counted_crowd_water_cannon_looting_a_sit_down_strike_and_shutters_down_are_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "north-macedonia")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Thousands of people gathered in Skopje on Sunday for the funeral of the singer.", "north-macedonia"),
        ("Coast guard vessels used water cannon against a fishing boat near the shoal on Tuesday.", "philippines"),
    ],
)
def test_mourners_gathered_and_water_cannon_on_a_boat_are_no_unrest(sentence: str, theatre: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, theatre)


@pytest.mark.parametrize(
    ("sentence", "injured"),
    [
        ("More than 120 people received medical treatment after the clashes in Sofia on Tuesday.", 120),
        ("Some 40 people sought medical aid after the clashes in Sofia on Tuesday.", 40),
        ("Twelve people had to be treated at hospitals after the clashes in Sofia on Tuesday.", 12),
        ("Six people, including two officers, remain hospitalized in Sofia.", 6),
        ("Four protesters were still in hospital in Sofia on Wednesday.", 4),
    ],
)
def test_people_in_medics_care_are_injured(sentence: str, injured: int) -> None:
    assert [e.counts.injured for e in events(sentence, None) if e.type is T.CASUALTY_REPORT] == [injured]


def test_a_doctor_in_hospital_telling_a_toll_is_no_injury() -> None:
    sentence = "A doctor in hospital in Sofia said 12 people were killed on Tuesday."
    assert [(e.counts.killed, e.counts.injured) for e in events(sentence, None) if e.type is T.CASUALTY_REPORT] == [
        (12, None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister urged the union to withdraw the strike in Darjeeling on Monday.",
        "The union ended the strike in Darjeeling on Monday.",
        "The indefinite strike in Darjeeling entered its 28th day on Monday.",
        "A police pay strike in Port Moresby left the city unguarded on Wednesday.",
    ],
)
def test_a_strike_of_workers_is_no_air_strike(sentence: str) -> None:
    assert T.AIR_STRIKE not in types(sentence, "india")


def test_a_strike_on_a_camp_that_ended_is_still_an_air_strike() -> None:
    assert T.AIR_STRIKE in types("Israel ended its strike on the camp in Jabalia after two hours.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rioters smashed the hotel windows in Rotherham on Sunday.",
        "Protesters broke windows of the town hall in Rotherham on Sunday.",
        "Smoke rose from burning shops in Rotherham on Sunday night.",
    ],
)
def test_windows_smashed_or_broken_and_burning_shops_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "united-kingdom")


@pytest.mark.parametrize(
    "sentence",
    [
        "The unions threatened to stop oil production in Lagos on Monday.",
        "The opposition threatened to boycott parliament in Abuja on Monday.",
        "A fire threatened to engulf the market in Kano on Monday.",
        "The protesters in Abuja vowed to continue their demonstrations on Monday.",
    ],
)
def test_threats_to_boycott_or_strike_a_dangers_threat_and_vows_to_go_on_protesting_are_no_threats(
    sentence: str,
) -> None:
    assert T.THREAT_STATEMENT not in types(sentence, "nigeria")


def test_a_threat_to_attack_is_still_a_threat() -> None:
    assert T.THREAT_STATEMENT in types("Boko Haram threatened to attack Maiduguri on Monday.", "nigeria")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of citizens gathered outside the parliament in Podgorica to demand the law's withdrawal.",
        "In Niksic, citizens blocked the roundabouts on Friday evening.",
    ],
)
def test_citizens_gathered_to_demand_or_blocking_roundabouts_are_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "montenegro")


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A demonstrator was shot dead in Kano, where about 10,000 people took part in a rally.", [1]),
        ("Nearly 700 people gathered outside the consulate in Kano in protest at the killing of traders.", []),
        ("Twelve people who had gathered at the market in Kano were killed on Friday.", [12]),
    ],
)
def test_a_crowd_counted_beside_a_killing_is_no_toll(sentence: str, killed: list[int]) -> None:
    assert [e.counts.killed for e in events(sentence, "nigeria") if e.type is T.CASUALTY_REPORT] == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition supporters set up roadblocks on dozens of highways across the country on Monday.",
        "The agitators had obstructed roads in Chipata and Mongu on Saturday.",
        "Roadblocks brought traffic to a standstill on the Great East Road on Monday.",
        "Looting started on Monday in a poor neighbourhood of Lusaka.",
        "A crowd also gathered outside the copper plant in Kitwe on Sunday.",
    ],
)
def test_roads_blocked_by_protesters_looting_that_started_and_a_crowd_at_a_plant_are_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "zambia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers set up roadblocks on the roads into Lusaka on Monday.",
        "The leader urged activists to consider a pause in setting up roadblocks.",
        "Foreigners were told to be wary of being waylaid on the roads near Ndola.",
    ],
)
def test_checkpoints_a_call_to_pause_and_a_fear_of_attack_are_no_events(sentence: str) -> None:
    assert types(sentence, "zambia") & {T.CIVIL_UNREST, T.GROUND_CLASH} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chief District Officer Ram Bahadur said police fired rubber bullets to disperse the protesters on Saturday.",
        "Date: 4 July. Residents blocked the highway with debris after police shot two men on Saturday.",
        "Protesters marched to Independence Square after police fired tear gas on Saturday.",
    ],
)
def test_a_word_that_names_a_foreign_town_decides_no_theatre(text: str) -> None:
    """ "Officer" is a town near Melbourne, "Date" one in Japan, "Independence" one in Missouri: a report naming no
    place but such a word is no news of them."""
    assert events(text, None) == []


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The assassination of President Pierre on Wednesday shocked the capital.", 1),
        ("Four people were stabbed in a church in Port-au-Prince on Monday.", None),
    ],
)
def test_an_assassination_and_a_stabbing_are_tolls(sentence: str, killed: int | None) -> None:
    assert one(sentence, T.CASUALTY_REPORT, "haiti").counts.killed == killed


def test_a_plotted_assassination_is_no_toll() -> None:
    assert T.CASUALTY_REPORT not in types("Police foiled a plot to carry out the assassination of the mayor.", "haiti")


@pytest.mark.parametrize(
    "sentence",
    [
        "Two people were killed after clashes broke out between a mob and the police in Chandpur on Wednesday.",
        "Dozens were hurt in Janakpur as agitating Madhesis clashed with security personnel on Tuesday.",
        "About 2,000 fans stormed the stadium in Malang after the match on Saturday.",
    ],
)
def test_crowds_clashing_with_the_police_or_storming_a_stadium_are_unrest_not_a_clash(sentence: str) -> None:
    found = types(sentence, "bangladesh")
    assert T.CIVIL_UNREST in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The escaped colonel was recaptured and brought back to the central prison on Saturday.",
        "Police also seized a laptop and two phones at his home on Saturday.",
    ],
)
def test_a_prisoner_recaptured_and_things_the_police_seized_are_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "guinea")


def test_a_toll_in_a_country_of_no_theatre_is_that_countrys_in_a_report_on_another() -> None:
    found = one("At least four people have been killed in Morocco on Sunday.", T.CASUALTY_REPORT, "madagascar")
    assert found.theatre == "morocco"


@pytest.mark.parametrize(
    ("sentence", "threat"),
    [
        ("The army said the overnight curfew would be lifted on Saturday.", False),
        ("Police arrested 40 people after curfew violators looted shops in Tegucigalpa on Sunday.", False),
        ("The opposition leader condemned the curfew on Monday.", False),
        ("The government imposed a curfew in Tegucigalpa on Monday.", True),
    ],
)
def test_a_curfew_lifted_broken_or_condemned_is_no_threat_one_imposed_is(sentence: str, threat: bool) -> None:
    assert (T.THREAT_STATEMENT in types(sentence, "honduras")) is threat


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("In Lisbon, hundreds of students protested against Israel on Sunday.", "Lisbon"),
        ("Outside the embassy in Oslo, a crowd demonstrated against Russia on Friday.", "Oslo"),
    ],
)
def test_the_country_a_crowd_protested_against_is_not_where_it_gathered(sentence: str, place: str) -> None:
    assert unrest_places(sentence, None) == {place}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of Tunisians gathered in the streets of Sfax on Tuesday.",
        "Some 20,000 Hungarians marched through Budapest on Sunday.",
        "Dozens of students confronted the riot police outside a university in Senegal on Monday.",
        "Crowds took to the street in Lusaka on Friday evening.",
    ],
)
def test_a_counted_crowd_of_a_people_or_one_facing_the_police_is_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of Hamas fighters gathered near the border on Monday.",
        "Thousands of Christians gathered for the funeral of the bishop on Monday.",
    ],
)
def test_a_gathering_of_fighters_or_mourners_is_no_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST not in types(sentence, "israel-gaza")


@pytest.mark.parametrize(
    "sentence",
    [
        "The marches began after a deadly fire killed 12 residents of a tower block in Urumqi on Friday.",
        "A station canopy collapsed in Novi Sad on Friday, killing 9 people and injuring 20.",
    ],
)
def test_a_blaze_or_a_collapse_with_no_attacker_is_no_toll_of_the_conflict(sentence: str) -> None:
    assert T.CASUALTY_REPORT not in types(sentence, None)


def test_the_dead_of_an_exchange_of_fire_are_a_toll() -> None:
    sentence = "During the fire exchange near Bannu, 12 militants were killed."
    toll = one(sentence, T.CASUALTY_REPORT, "afghanistan-pakistan")
    assert toll.counts.killed == 12


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Dakar have banned any procession or gathering near the court until Friday.",
        "Officials in Lome prohibited all motorbike convoy protests through the weekend.",
        "The governor said he would ban any protest in Lome before the vote.",
    ],
)
def test_gatherings_banned_are_a_threat_to_the_crowd_and_no_unrest(sentence: str) -> None:
    found = types(sentence, None)
    assert T.THREAT_STATEMENT in found
    assert T.CIVIL_UNREST not in found


def test_a_crowd_that_defied_a_ban_is_unrest() -> None:
    assert T.CIVIL_UNREST in types("Thousands of protesters defied a ban on rallies in Lome on Sunday.", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tribal militias fought against government troops near Kidal on Tuesday.",
        "Rebel forces counterattacked near Kidal on Tuesday, driving the soldiers back.",
        "Three suicide bombers struck an army camp near Kidal on Tuesday.",
        "Unidentified gunmen targeted a convoy near Kidal on Tuesday.",
        "The army carries out operations against jihadist fighters around Kidal this week.",
    ],
)
def test_armed_men_fighting_striking_or_targeting_and_operations_against_them_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "A mob vandalised two temples and a land office in Sylhet on Thursday.",
        "Several festival venues were vandalized in Sylhet on Thursday.",
        "Rioters set fire to a petrol pump and a shopping complex in Sylhet on Thursday.",
        "Gunmen blew up a gas trunk line outside Sylhet on Thursday.",
        "Youths set fire on the house of a local official in Sylhet on Thursday.",
    ],
)
def test_sites_vandalised_burned_or_blown_up_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "bangladesh")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya expelled two Somali diplomats on Monday over the border dispute.",
        "The foreign ministry ordered the expulsion of a senior envoy from the embassy in Mogadishu on Monday.",
        "The prime minister has ruled out war with Eritrea over access to the sea.",
        "The presidents of Somalia and Djibouti issued a joint statement on the dispute on Monday.",
    ],
)
def test_an_expulsion_a_war_ruled_out_and_a_joint_statement_are_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "somalia")


def test_a_border_treaty_signed_by_states_that_fought_is_an_agreement() -> None:
    sentence = "Armenia and Azerbaijan signed a border treaty in Tbilisi on Thursday."
    assert T.CEASEFIRE_AGREED in types(sentence, "armenia-azerbaijan")


def test_the_place_a_toll_is_told_where_of_is_the_tolls_place() -> None:
    sentence = (
        "ACCRA (Reuters) - Ghana's police said hundreds of traders crossed into Ghana via Aflao to escape the riots "
        "in Togo, where at least 12 people were reportedly killed."
    )
    toll = one(sentence, T.CASUALTY_REPORT, None)
    assert (toll.theatre, toll.location and toll.location.name) == ("togo", "Togo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy asked all parties in the conflict to stop fighting at once.",
        "The bishops urged the warring sides to end the hostilities before Christmas.",
    ],
)
def test_parties_asked_or_urged_to_stop_fighting_are_truce_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "south-sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Attacks were also carried out against army posts in Mueda on Sunday.",
        "A heavy assault was conducted against a police outpost in Mueda on Sunday.",
        "Insurgents raided Nanduli village outside Mueda on Sunday.",
    ],
)
def test_attacks_carried_out_and_a_named_village_raided_are_clashes(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "mozambique")


def test_an_army_put_on_the_highest_level_of_combat_alert_is_a_threat() -> None:
    sentence = "The defence minister put the army on the highest level of combat alert on Wednesday."
    assert T.THREAT_STATEMENT in types(sentence, "armenia-azerbaijan")


def test_a_state_of_emergency_approved_by_parliament_is_a_threat() -> None:
    sentence = "Lawmakers approved a state of emergency in the northern provinces on Wednesday."
    assert T.THREAT_STATEMENT in types(sentence, "ethiopia")


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders held their fourth trilateral meeting with the mediator in Doha on Wednesday.",
        "Regional presidents gathered for a mini-summit in Nairobi on Wednesday.",
        "The rebels and the army met in Nairobi on Wednesday for talks hosted by the regional bloc.",
        "The two governors initiated talks on the disputed border on Wednesday.",
        "Mediation efforts have been under way since the fighting began last week.",
    ],
)
def test_meetings_of_three_summits_and_talks_hosted_or_begun_are_truce_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "drc")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president of Burundi accused Rwanda of arming the rebels on Wednesday.",
        "Washington designated the group's local branch as a Foreign Terrorist Organization on Wednesday.",
        "The minister urged the governor to investigate the killings in Goma.",
        "The envoy said a credible inquiry must be opened into the killings in Goma.",
    ],
)
def test_a_side_accused_of_arming_rebels_a_terrorist_listing_and_an_inquiry_demanded_are_statements(
    sentence: str,
) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "drc")


def test_rebels_accused_of_attacks_are_no_statement() -> None:
    assert T.DIPLOMATIC_STATEMENT not in types("The rebels were accused of arming child soldiers in Goma.", "drc")


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministry filed a diplomatic protest with the embassy on Tuesday.",
        "The collision prompted a formal protest from Manila to Beijing on Tuesday.",
        "The regime must immediately cease all hostile manoeuvres near the shoal.",
    ],
)
def test_a_diplomatic_protest_and_a_must_immediately_cease_are_statements(sentence: str) -> None:
    found = types(sentence, "philippines")
    assert T.DIPLOMATIC_STATEMENT in found
    assert T.CIVIL_UNREST not in found


def test_a_boat_hailed_to_stop_is_no_praise() -> None:
    assert T.DIPLOMATIC_STATEMENT not in types("The trawler was hailed to stop by a patrol boat near the shoal.", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president declared a “Christmas truce” along the whole front on Saturday.",
        "The government announced a unilateral halt to its military operations in the north, effective at midnight.",
    ],
)
def test_a_named_truce_declared_and_a_unilateral_halt_announced_are_agreed(sentence: str) -> None:
    found = types(sentence, "russia-ukraine")
    assert T.CEASEFIRE_AGREED in found
    assert T.GROUND_CLASH not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Several villages near Jableh were looted and burned on Friday.",
        "The army detonated sections of the roads north of the border on Tuesday.",
    ],
)
def test_villages_looted_and_burned_and_roads_detonated_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "syria")


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy's drills featured precision strikes on simulated ports and power plants off the coast on Monday.",
        "The army test-fired two cruise missiles into the sea on Monday.",
        "The military launched a new ballistic missile on Monday, calling the missile test a warning.",
    ],
)
def test_drills_on_simulated_targets_and_weapons_tests_are_no_strikes(sentence: str) -> None:
    found = types(sentence, "taiwan")
    assert not found & {T.AIR_STRIKE, T.ROCKET_FIRE, T.INFRASTRUCTURE_DAMAGE}


def test_a_clash_of_accusations_is_no_fight() -> None:
    sentence = "In a clash of accusations on Monday, Kyiv and Moscow blamed each other over the power plant."
    assert T.GROUND_CLASH not in types(sentence, "russia-ukraine")


def test_a_blockade_imposed_by_militants_is_a_threat() -> None:
    sentence = "Jihadist fighters have imposed a fuel blockade on Kayes since September."
    assert T.THREAT_STATEMENT in types(sentence, "sahel")


def test_heavy_firing_reported_is_a_clash() -> None:
    assert T.GROUND_CLASH in types("Villagers reported heavy firing near Torkham overnight.", "afghanistan-pakistan")


def test_a_parliament_set_ablaze_is_damage() -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types("Parliament was set ablaze in Kathmandu on Tuesday.", "nepal")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("The group has so far returned 15 of the 20 bodies of captives buried in Gaza.", "israel-gaza"),
        ("A girl suffered severe burn injuries and was taken to a hospital in Gaza City on Tuesday.", "israel-gaza"),
        ("The governor said Mokwa has faced repeated attacks on villages including Bida and Lapai.", "nigeria"),
    ],
)
def test_bodies_handed_back_burn_injuries_and_repeated_attacks_are_no_news_of_war(sentence: str, theatre: str) -> None:
    found = types(sentence, theatre)
    assert not found & {T.CASUALTY_REPORT, T.INFRASTRUCTURE_DAMAGE, T.GROUND_CLASH}


def test_the_day_a_war_began_dates_the_clause_that_follows_it() -> None:
    published = datetime(2025, 11, 5, 12, tzinfo=UTC)
    text = "The war began on Oct. 7, 2023, when gunmen stormed the border towns, killing around 1,200 people."
    found = read(text, ArticleMeta(published=published, theatre="israel-gaza"))
    assert T.CASUALTY_REPORT not in {e.type for e in found}


def test_places_attacked_listed_after_in_are_one_attack_each() -> None:
    sentence = "Resistance fighters attacked in Monywa, Yinmabin and Salingyi on Sunday with rifles and mines."
    places = {e.location.name for e in events(sentence, "myanmar") if e.location is not None}
    assert {"Monywa", "Yinmabin", "Salingyi"} <= places


def test_an_evacuation_called_for_by_an_army_is_a_threat_not_a_statement() -> None:
    found = types("The army has called for the evacuation of Khan Younis residents.", "israel-gaza")
    assert T.THREAT_STATEMENT in found
    assert T.DIPLOMATIC_STATEMENT not in found


def test_a_refusal_to_extend_a_truce_is_no_agreement() -> None:
    sentence = "The army resumed its offensive, citing the group's refusal to extend the truce."
    assert T.CEASEFIRE_AGREED not in types(sentence, "israel-gaza")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels said they had carried out an operation against an air base near Haifa, using two drones.",
        "The group has stepped up its campaign, repeatedly launching missiles toward Eilat.",
    ],
)
def test_an_operation_flown_with_drones_and_repeated_launches_are_no_ground_clash_or_strike(sentence: str) -> None:
    assert not types(sentence, "yemen") & {T.GROUND_CLASH, T.AIR_STRIKE}


def test_a_person_shot_and_wounded_is_a_clash() -> None:
    sentence = "The candidate was shot and seriously wounded at a rally in Cali on Saturday."
    assert T.GROUND_CLASH in types(sentence, "colombia")


def test_an_attack_told_with_its_night_before_its_target() -> None:
    sentence = "An attack on Tuesday night on a school sheltering families in Gaza City killed 12 people."
    assert T.CASUALTY_REPORT in types(sentence, "israel-gaza")
    assert types(sentence, "israel-gaza") & {T.GROUND_CLASH, T.AIR_STRIKE}


def test_a_regional_parliament_set_ablaze_is_damage() -> None:
    sentence = "Rioters in Medan set a regional parliament ablaze on Friday."
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "indonesia")


def test_unrest_that_spread_to_cities_is_unrest_in_each() -> None:
    sentence = "The unrest has since spread to other cities including Medan, Bandung and Makassar."
    assert {"Medan", "Bandung", "Makassar"} <= unrest_places(sentence, "indonesia")


@pytest.mark.parametrize(
    ("sentence", "theatre"),
    [
        ("Drive-by shooters killed nine people in Culiacan on Saturday.", "mexico"),
        ("Settlers shot and killed two Palestinians near Sinjil on Saturday.", "west-bank"),
        ("Local officials said 19 people were killed by suspected militants in Beni on Saturday.", "drc"),
        ("Two farmers were killed in cross-border firing by the army in Poonch on Saturday.", "india-pakistan"),
        ("Eleven inmates were killed during a violent gang confrontation at a prison in Tela on Saturday.", "honduras"),
    ],
)
def test_armed_bands_that_killed_and_people_killed_by_them_or_in_their_fire_are_a_clash(
    sentence: str, theatre: str
) -> None:
    found = types(sentence, theatre)
    assert {T.GROUND_CLASH, T.CASUALTY_REPORT} <= found


@pytest.mark.parametrize(
    ("sentence", "theatre", "kind"),
    [
        ("Israel has now struck Lebanon for a second day in a row.", "israel-lebanon", T.AIR_STRIKE),
        ("Another drone fell in Taji, north of Baghdad, on Tuesday.", "iraq", T.AIR_STRIKE),
        ("Three apartment buildings were in flames in Dnipro on Wednesday.", "russia-ukraine", T.INFRASTRUCTURE_DAMAGE),
        (
            "Two apartment blocks suffered partial collapse in Dnipro on Wednesday.",
            "russia-ukraine",
            T.INFRASTRUCTURE_DAMAGE,
        ),
        ("The drone hit the Kirkuk field on Wednesday, igniting two storage tanks.", "iraq", T.INFRASTRUCTURE_DAMAGE),
        ("Officials said the drone damaged a radar installation at the base in Taji.", "iraq", T.INFRASTRUCTURE_DAMAGE),
    ],
)
def test_a_country_struck_a_drone_that_fell_and_buildings_in_flames_or_collapsed(
    sentence: str, theatre: str, kind: EventType
) -> None:
    assert kind in types(sentence, theatre)


def test_offices_stormed_then_looted_are_damage() -> None:
    sentence = "Rioters stormed town halls, banks and shops in Oujda on Wednesday, looting and vandalising them."
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "morocco")


def test_a_call_to_lay_down_arms_is_truce_talks() -> None:
    sentence = "The jailed leader called on his fighters in the mountains to lay down their arms."
    assert T.CEASEFIRE_TALKS in types(sentence, "turkey")


def test_hostilities_that_broke_out_are_a_clash() -> None:
    assert T.GROUND_CLASH in types("Hostilities broke out near Humera on Sunday, residents said.", "ethiopia")


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling also hit a petrol station and a market in Kassala on Friday.",
    ],
)
def test_sites_hit_by_shelling_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister announced his refusal to start negotiations until 2030.",
        "Police fired tear gas at crowds protesting the decision to suspend negotiations on joining the bloc.",
    ],
)
def test_talks_put_off_for_years_or_on_joining_a_bloc_are_no_truce_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS not in types(sentence, "georgia")


def test_shopkeepers_who_joined_strikes_are_no_air_strike() -> None:
    found = types("Shopkeepers in Tabriz joined strikes on Tuesday as the currency fell.", "iran")
    assert T.AIR_STRIKE not in found


def test_a_bomb_that_killed_is_a_clash() -> None:
    assert T.GROUND_CLASH in types("Bomb Outside Peshawar Court Kills Nine", "afghanistan-pakistan")


def test_places_listed_as_attacked_by_gangs_are_a_clash() -> None:
    sentence = "Niono, Kayes and Diboli were simultaneously attacked by armed groups on Tuesday."
    assert T.GROUND_CLASH in types(sentence, "sahel")


def test_a_movement_that_spread_to_cities_is_unrest_in_each() -> None:
    sentence = "The movement spread to major cities across the country: Tabriz, Mashhad and Yazd."
    assert {"Tabriz", "Mashhad", "Yazd"} <= unrest_places(sentence, "iran")


def test_ceasefire_agreements_reached_are_agreed() -> None:
    sentence = "Repair crews reached the damaged pylons thanks to local ceasefire agreements reached with both armies."
    assert T.CEASEFIRE_AGREED in types(sentence, "russia-ukraine")


def test_zones_of_an_agreed_upon_ceasefire_are_no_new_agreement() -> None:
    sentence = "A second break in the line was found outside the agreed-upon ceasefire zones near Vasylivka."
    assert T.CEASEFIRE_AGREED not in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Cabinet Council decided on Tuesday to suspend the right of assembly in Chiriquí.",
        "Under Decree No. 14 of the Cabinet Council of March 3, guarantees were suspended in Colón.",
    ],
)
def test_a_cabinet_council_that_decided_or_decreed_met(sentence: str) -> None:
    assert T.CABINET_MEETING in types(sentence, "panama")


def test_the_fate_of_abducted_pupils_is_no_new_abduction() -> None:
    sentence = "Families in Zuru are still waiting for word on the fate of the abducted pupils."
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(sentence, "nigeria")


def test_schoolgirls_kidnapped_are_violence_against_civilians() -> None:
    sentence = "Eleven schoolgirls were kidnapped from a boarding school in Zuru on Tuesday."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "nigeria")


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor declared a “state of emergency” across Chiriquí on Monday.",
        "The interior ministry declared a state of external disturbance on Saturday night.",
        "Separatist forces reserve the right to resume military operations in Abyan later.",
    ],
)
def test_emergencies_in_quotes_or_by_another_name_and_a_right_to_resume_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "panama" if "Chiriquí" in sentence else "yemen")


def test_a_fire_control_radar_locked_on_a_jet_is_a_threat() -> None:
    sentence = "A Chinese carrier fighter twice directed its fire-control radar at two Japanese jets near Okinawa."
    assert T.THREAT_STATEMENT in types(sentence, "japan")


def test_a_meeting_of_the_security_council_is_a_un_session() -> None:
    sentence = "Grossi set out the damage at Natanz during a meeting of the UN Security Council on Friday."
    assert T.UN_SESSION in types(sentence, "israel-iran")


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing advised its citizens against travelling to Japan for the coming weeks.",
        "The foreign ministry issued a travel advisory on Friday covering Osaka and Tokyo.",
        "Diplomatic representatives of both countries have been summoned to the ministry in Ankara.",
        "The minister said he had summoned Israel's top diplomatic representative in Madrid.",
    ],
)
def test_travel_advisories_and_summoned_representatives_are_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "japan")


def test_a_sovereignty_violated_after_a_truce_was_told_is_no_breach_of_it() -> None:
    text = (
        "A fragile ceasefire between Kabul and Islamabad has held since October. "
        "Kabul rejects the charge and says Pakistan is violating Afghanistan’s sovereignty."
    )
    assert T.CEASEFIRE_VIOLATION not in types(text, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The interior and defence ministers called it a hybrid attack on critical infrastructure.",
        "The governor said the shooting at the depot was “an attack on the police”.",
        "Officials in Warsaw described the incursion as deliberate.",
        "The foreign minister pushed back on Monday against the envoy's latest remarks.",
        "The coast guard said a third tanker had been seized off Aruba, the fifth ship the navy has taken control of.",
    ],
)
def test_an_act_named_by_who_speaks_of_it_or_a_ship_seized_is_no_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "poland")


def test_a_tanker_seized_under_a_warrant_is_no_violence_against_civilians() -> None:
    sentence = "The tanker was seized in the Atlantic pursuant to a warrant issued by a federal court, the navy said."
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(sentence, "venezuela")


def test_airspace_violations_counted_are_no_truce_breach() -> None:
    sentence = "The defence minister said radars recorded 12 airspace violations during the night."
    assert T.CEASEFIRE_VIOLATION not in types(sentence, "poland")


def test_diplomatic_protests_are_no_unrest() -> None:
    sentence = "A fighter locked its radar on two patrol aircraft near Miyako, triggering diplomatic protests."
    assert T.CIVIL_UNREST not in types(sentence, "japan")


def test_arrests_for_curfew_violations_are_no_new_curfew() -> None:
    sentence = "By midnight, police in Oakland had made dozens of arrests for curfew violations downtown."
    assert T.THREAT_STATEMENT not in types(sentence, "united-states")


def test_troops_threatening_to_cut_off_a_town_make_no_threat_statement() -> None:
    sentence = "Russian units pushed into Siversk, tightening the ring and threatening to cut off its defenders."
    assert T.THREAT_STATEMENT not in types(sentence, "russia-ukraine")


def test_people_being_held_hostage_are_violence_against_civilians() -> None:
    sentence = "Villagers in Chapare had been holding 30 soldiers hostage at a barracks since Friday."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "bolivia")


def test_citizens_advised_to_put_off_a_visit_is_a_statement() -> None:
    sentence = "Kuala Lumpur advised its citizens to put off trips to Narathiwat after the bombings."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "thailand")


def test_an_attack_by_miscreants_is_a_clash() -> None:
    sentence = "Two men were killed in an attack by miscreants in Dighinala upazila on Sunday."
    assert T.GROUND_CLASH in types(sentence, "bangladesh")


def test_attacks_counted_as_reported_are_a_clash() -> None:
    sentence = "At least nine attacks have been reported this month in the Bosso area."
    assert T.GROUND_CLASH in types(sentence, "sahel")


def test_rallies_banned_and_blocked_are_a_threat() -> None:
    sentence = "The district administration has banned and blocked any rally in Rangamati town."
    assert T.THREAT_STATEMENT in types(sentence, "bangladesh")


def test_a_peace_agreement_reached_between_tribes_is_agreed() -> None:
    sentence = "A six-month peace agreement was reached between the two tribes in Parachinar on Saturday."
    assert T.CEASEFIRE_AGREED in types(sentence, "afghanistan-pakistan")


def test_helicopters_that_shelled_make_no_clash() -> None:
    sentence = "Two helicopter gunships shelled suspected hideouts near Sadda on Tuesday, residents said."
    found = types(sentence, "afghanistan-pakistan")
    assert T.AIR_STRIKE in found
    assert T.GROUND_CLASH not in found


def test_deaths_from_a_shortage_of_medicine_are_no_toll() -> None:
    sentence = "Doctors said 40 patients had died from a shortage of medicines in Parachinar since the road closed."
    assert T.CASUALTY_REPORT not in types(sentence, "afghanistan-pakistan")


def test_a_risk_from_airstrikes_and_shelling_is_no_attack() -> None:
    found = types("Families in Magway remain at grave risk from airstrikes, shelling and landmines.", "myanmar")
    assert T.AIR_STRIKE not in found
    assert T.GROUND_CLASH not in found


def test_suspects_seized_are_no_clash() -> None:
    sentence = "Three men were seized in Garissa on suspicion of supplying explosives to the militants."
    assert T.GROUND_CLASH not in types(sentence, "kenya")


@pytest.mark.parametrize(
    "sentence",
    [
        "Martial law in Ukraine has been introduced in the Odesa and Mykolaiv regions.",
        "Parliament approved the introduction of martial law in ten border regions.",
        "The occupation authorities announced an obligatory evacuation of Oleshky district.",
    ],
)
def test_martial_law_introduced_and_an_obligatory_evacuation_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "russia-ukraine")


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Pashinyan chaired a sitting of the Security Council on Monday.",
        "A extraordinary Security Council meeting was held today in Yerevan.",
    ],
)
def test_a_national_security_council_in_session_is_a_cabinet_meeting_not_the_uns(sentence: str) -> None:
    found = types(sentence, "armenia-azerbaijan")
    assert T.CABINET_MEETING in found
    assert T.UN_SESSION not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Coalition airstrikes destroyed a water tank in Mawiyah, cutting off supply to 9,000 people.",
        "A drone strike damaged a desalination plant in Khan Younis on Monday.",
    ],
)
def test_water_tanks_and_desalination_plants_hit_are_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE in types(sentence, "yemen" if "Mawiyah" in sentence else "israel-gaza")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president signed a decree declaring an “internal armed conflict” against 22 gangs.",
        "The president said he had told the security forces to “fire without warning” at looters in Almaty.",
    ],
)
def test_an_internal_armed_conflict_declared_and_fire_without_warning_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "kazakhstan" if "Almaty" in sentence else "ecuador")


@pytest.mark.parametrize(
    "sentence",
    [
        "Masked gunmen broke into a radio studio in Guayaquil on Tuesday.",
        "The Machala newsroom was stormed by armed men during the evening bulletin.",
    ],
)
def test_armed_men_who_broke_into_or_stormed_a_place_are_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "ecuador")


def test_a_side_that_would_observe_a_quoted_cessation_of_hostilities_agreed() -> None:
    sentence = "The rebels said they would observe a “cessation of hostilities” from Friday."
    assert T.CEASEFIRE_AGREED in types(sentence, "ethiopia")


def test_crowds_that_flooded_the_streets_are_unrest() -> None:
    sentence = "Thousands of people flooded the streets of Maracaibo on Monday night."
    assert T.CIVIL_UNREST in types(sentence, "venezuela")


def test_emergency_laws_extended_are_a_threat() -> None:
    sentence = "Parliament extended the tough emergency laws in Colombo for another month."
    assert T.THREAT_STATEMENT in types(sentence, "sri-lanka")


def test_a_call_for_a_cessation_of_clashes_is_truce_talks_not_a_clash() -> None:
    found = types('The mission called for "an immediate cessation of the clashes" in Tripoli.', "libya")
    assert T.CEASEFIRE_TALKS in found
    assert T.GROUND_CLASH not in found


def test_a_somali_town_named_for_its_well_is_not_eyl() -> None:
    strikes = [e for e in events("The army carried out airstrikes on militants in Ceel Buur on Sunday.", "somalia")]
    assert all(e.location is None or e.location.name != "Eyl" for e in strikes)


@pytest.mark.parametrize(
    ("sentence", "theatre", "kind"),
    [
        ("Bristol remained calm as police flooded the streets.", "united-kingdom", T.CIVIL_UNREST),
        ("After two years of extended emergency rule, the junta named a new cabinet.", "myanmar", T.THREAT_STATEMENT),
    ],
)
def test_police_in_the_streets_and_an_emergency_named_as_background_are_neither(
    sentence: str, theatre: str, kind: EventType
) -> None:
    assert kind not in types(sentence, theatre)


@pytest.mark.parametrize(
    "sentence",
    [
        "The interior ministry warned demonstrators not to block the bridge in Kutaisi on Friday.",
        "Police warned protesters that they would be detained if they stayed past midnight in Batumi.",
    ],
)
def test_the_authorities_warning_a_crowd_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "georgia")


def test_a_warning_about_the_weather_to_a_crowd_is_no_threat() -> None:
    assert T.THREAT_STATEMENT not in types("Medics warned protesters about the heat in Tbilisi on Friday.", "georgia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamabad reserves the right to a proportionate response, the foreign minister said on Tuesday.",
        "Moscow said on Saturday it reserved the right to “protect” Russian speakers in the east.",
        'The Chadian president pledged on Monday to wage "all-out war" against the insurgents.',
        "The upper chamber voted on Saturday to authorise the use of armed force abroad.",
        "Ankara said its operations in northern Syria will continue until the border is secure.",
        "The army said on Sunday that further strikes on the militants would follow.",
        "The president said on Friday the time has come to finally crush the rebels in the hills.",
        "The defence minister hinted at a ground offensive against the rebels on Thursday.",
        "We will fight on until we completely defeat the insurgents, the general said on Monday.",
    ],
)
def test_force_reserved_approved_or_promised_to_go_on_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "syria")


def test_a_toll_given_as_a_range_counts_its_lower_bound() -> None:
    sentence = "The raids claimed the lives of between 40 and 55 civilians in Raqqa last week."
    toll = one(sentence, T.CASUALTY_REPORT, "syria")
    assert toll.counts.values() == {"killed": 40}


@pytest.mark.parametrize(
    "sentence",
    [
        "The president said a state of emergency should be declared in Tripoli for a month.",
        "A state of emergency will be declared across the country from midnight, the cabinet said on Monday.",
        "Premier calls for three-week state of emergency in the capital",
    ],
)
def test_a_state_of_emergency_to_be_declared_or_called_for_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "lebanon")


def test_ambassadors_withdrawn_in_protest_are_a_statement_not_unrest() -> None:
    found = types("Chile and Peru withdrew their ambassadors from Caracas in protest on Monday.", "venezuela")
    assert T.DIPLOMATIC_STATEMENT in found
    assert T.CIVIL_UNREST not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Niger Delta Avengers said on Friday they blew up the Bonny 36-inch export line.",
        "Militants destroyed two oil wells and a flow station near Warri on Friday.",
    ],
)
def test_export_lines_oil_wells_and_flow_stations_blown_up_are_damage_in_nigeria(sentence: str) -> None:
    damage = one(sentence, T.INFRASTRUCTURE_DAMAGE, "nigeria")
    assert damage.theatre == "nigeria"


def test_the_niger_delta_is_nigeria_not_niger() -> None:
    clash = one("Gunmen attacked a navy houseboat in the Niger Delta on Friday.", T.GROUND_CLASH, "nigeria")
    assert clash.theatre == "nigeria"
    assert clash.location is not None
    assert clash.location.name == "Niger Delta"


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters of the defeated candidate have clashed with police in Kisumu on Saturday.",
        "Clashes between rival supporters broke out in Eldoret on Friday.",
        "Opposition supporters poured on to the streets of Nakuru on Friday.",
    ],
)
def test_supporters_who_clashed_or_poured_onto_the_streets_are_unrest(sentence: str) -> None:
    found = types(sentence, "kenya")
    assert T.CIVIL_UNREST in found
    assert T.GROUND_CLASH not in found


def test_armed_supporters_who_clashed_with_the_army_are_a_clash() -> None:
    found = types("Armed supporters of the ousted leader clashed with the army in Marsa Matruh on Friday.", "egypt")
    assert T.GROUND_CLASH in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister warned on Wednesday that airstrikes against the rebels were imminent.",
        "The president told the militias to 'get ready' for airstrikes on their bases.",
    ],
)
def test_strikes_announced_as_imminent_are_a_threat_not_a_strike(sentence: str) -> None:
    found = types(sentence, "syria")
    assert T.THREAT_STATEMENT in found
    assert T.AIR_STRIKE not in found


def test_a_nuclear_device_tested_is_no_air_strike() -> None:
    sentence = "The regime tested its largest nuclear device yet on Sunday, a hydrogen bomb, state media said."
    assert T.AIR_STRIKE not in types(sentence, "north-korea")


def test_a_decree_imposing_sanctions_is_a_statement() -> None:
    assert T.DIPLOMATIC_STATEMENT in types("The president signed a decree imposing trade sanctions on Ankara.", "syria")


def test_refugees_forcibly_returned_are_displacement() -> None:
    sentence = "More than 2,000 Somalis were forcibly returned from Kenya on Monday, the agency said."
    moved = one(sentence, T.DISPLACEMENT_REPORT, "somalia")
    assert moved.counts.values() == {"displaced": 2000}


@pytest.mark.parametrize(
    "sentence",
    [
        "Government troops killed 12 civilians in Morobo on Tuesday, the rebels said.",
        "A unit of police killed seven unarmed civilians in reprisal near Yei on Tuesday.",
    ],
)
def test_civilians_killed_by_a_states_forces_are_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "south-sudan")


def test_civilians_killed_by_insurgents_are_an_attack_not_violence_against_civilians() -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types("Gunmen killed two civilians in Baquba on Sunday.", "iraq")


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor on Monday declared the whole district a no-fly zone.",
        "The army declared the border villages a closed military zone on Monday.",
        "The commander gave the rebels until Friday to lay down their arms or face an assault.",
        "The prime minister announced on Monday the final phase of the offensive on the city.",
    ],
)
def test_a_zone_declared_closed_an_ultimatum_and_a_final_phase_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "ethiopia")


@pytest.mark.parametrize(
    "sentence",
    [
        "The unrest began in the northern suburb of Pretoria last Sunday, residents said.",
        "The unrest first erupted on Friday after the mayor was arrested.",
    ],
)
def test_unrest_told_as_it_began_is_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "south-africa")


def test_a_toll_since_the_unrest_began_is_no_new_unrest() -> None:
    sentence = "Dozens have been hurt since the unrest first erupted last week."
    assert T.CIVIL_UNREST not in types(sentence, "south-africa")


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy told Baku on Monday to observe the ceasefire and let the convoys through.",
        "The summit stressed the importance of reaching an immediate and lasting ceasefire.",
        "The joint military commission is resuming its meeting in Geneva on Tuesday.",
        "Tunis hosted the second meeting of the joint military commission on Monday.",
    ],
)
def test_a_truce_pressed_for_and_a_military_commission_sitting_are_truce_talks(sentence: str) -> None:
    assert T.CEASEFIRE_TALKS in types(sentence, "libya")


def test_a_truce_that_has_taken_effect_is_in_effect() -> None:
    assert T.CEASEFIRE_IN_EFFECT in types("A fragile truce brokered by Ankara has taken effect in Idlib.", "syria")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the troops would launch offensives against the rebels in the hills.",
        "The army is planning to launch an offensive on the border towns, officials said.",
    ],
)
def test_an_offensive_said_to_be_coming_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "syria")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president said he had ordered the police to “shoot without warning” at the rioters.",
        "He said he gave the order to the army and the police to open fire to kill without warning.",
    ],
)
def test_an_order_to_fire_without_warning_is_a_threat_not_unrest(sentence: str) -> None:
    found = types(sentence, "kazakhstan")
    assert T.THREAT_STATEMENT in found
    assert T.CIVIL_UNREST not in found


def test_fighters_called_on_to_launch_offensives_is_a_threat_not_a_clash() -> None:
    sentence = "The rebel council on Monday called on its fighters to launch offensives in the hills."
    found = types(sentence, "philippines")
    assert T.THREAT_STATEMENT in found
    assert T.GROUND_CLASH not in found


def test_sides_that_trade_shots_clash() -> None:
    assert T.GROUND_CLASH in types("Soldiers and rebels traded shots in Zamboanga City on Monday.", "philippines")


@pytest.mark.parametrize(
    "sentence",
    [
        "The North on Saturday told the South to halt the broadcasts or face military action.",
        "Pyongyang warned on Monday that it would take military action if the loudspeakers were not removed.",
        "The leader ordered front-line units to move to a war footing on Friday evening.",
        "The enemy forces will experience the harsh and painful price of their provocation, the army said.",
    ],
)
def test_an_ultimatum_of_military_action_a_war_footing_and_a_price_to_experience_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "north-korea")


def test_force_held_back_unless_attacked_is_no_threat() -> None:
    sentence = "None of our fighters will take armed action unless attacked, the group said on Saturday."
    assert T.THREAT_STATEMENT not in types(sentence, "turkey")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of party workers attacked the governor's house in Lahore on Tuesday.",
        "The provincial assembly building in Peshawar was attacked by an angry mob on Tuesday.",
    ],
)
def test_a_crowd_that_attacked_a_building_is_unrest_not_a_clash(sentence: str) -> None:
    found = types(sentence, "afghanistan-pakistan")
    assert T.CIVIL_UNREST in found
    assert T.GROUND_CLASH not in found


def test_armed_supporters_who_attacked_a_town_clash() -> None:
    sentence = "Armed supporters of the warlord attacked the town of Baidoa on Monday."
    assert T.GROUND_CLASH in types(sentence, "somalia")


def test_a_displacement_tally_since_fighting_between_two_sides_broke_out_months_ago_is_the_reports() -> None:
    sentence = (
        "At least 40,000 people have been displaced since fighting broke out between the army and the rebels "
        "in Masisi territory in October."
    )
    moved = one(sentence, T.DISPLACEMENT_REPORT, "drc")
    assert moved.counts.values() == {"displaced": 40000}
    assert moved.occurred_at.date() == PUBLISHED.date()


@pytest.mark.parametrize(
    "sentence",
    [
        "Ankara and Moscow agreed on Monday to turn Idlib province into a demilitarized zone.",
        "The three guarantors agreed on the borders of a de-escalation zone in the north on Friday.",
    ],
)
def test_a_zone_agreed_to_stop_the_fighting_is_a_truce_agreed(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED in types(sentence, "syria")


@pytest.mark.parametrize(
    ("sentence", "displaced"),
    [
        ("The number of Malians fleeing their country has crossed the 50,000 mark, the agency said.", 50000),
        ("The number of refugees in Chad has now passed the 300,000 mark, the agency said on Friday.", 300000),
    ],
)
def test_the_displaced_counted_by_the_mark_their_number_passed(sentence: str, displaced: int) -> None:
    moved = one(sentence, T.DISPLACEMENT_REPORT, "sahel")
    assert moved.counts.values() == {"displaced": displaced}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands rallied in Manama on Friday to mark the 40th day since the execution of the cleric.",
        "Crowds marched in Karbala on Monday in protest against the execution of the preacher by the kingdom.",
    ],
)
def test_an_execution_a_crowd_protests_or_mourns_is_no_new_violence(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS not in types(sentence, "bahrain")


def test_executions_announced_are_violence_against_civilians() -> None:
    sentence = "The kingdom on Saturday announced the execution of 47 men convicted of terrorism."
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "saudi-arabia")


def test_a_safe_corridor_out_for_a_beaten_group_is_no_truce() -> None:
    sentence = "The premier said on Monday he agreed to open a safe corridor for the group that stormed the capital."
    assert T.CEASEFIRE_AGREED not in types(sentence, "libya")


def test_a_disputed_border_is_no_thai_cambodian_border() -> None:
    sentence = "The two presidents agreed on Saturday to set up a demilitarised zone along their disputed border."
    agreed = one(sentence, T.CEASEFIRE_AGREED, "sudan")
    assert agreed.theatre == "sudan"
    assert agreed.location is None or agreed.location.name != "Thai-Cambodian border"


def test_a_short_city_in_capitals_opening_a_wire_story_is_its_dateline() -> None:
    text = (
        "DHAKA, March 13 Police fired tear gas at stone-throwing protesters on Wednesday after an opposition "
        "leader was sentenced, and the unrest spread to several towns of Bangladesh.\n"
        "The verdict was passed over crimes committed during the war of independence from Pakistan."
    )
    assert {e.theatre for e in events(text, None)} == {"bangladesh"}


def test_a_call_for_a_national_strike_is_no_air_strike() -> None:
    sentence = "The opposition party called for a national strike on Sunday and Monday."
    assert T.AIR_STRIKE not in types(sentence, "bangladesh")


@pytest.mark.parametrize(
    "sentence",
    [
        "At noon on Tuesday the military actions of both armies along the line of contact were halted.",
        "The two defence ministries announced the cessation of combat operations in the region from 10:00 on Tuesday.",
    ],
)
def test_fighting_stopped_by_order_is_a_truce_in_effect(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "armenia-azerbaijan")


def test_a_truce_agreement_reached_told_with_where_it_holds() -> None:
    sentence = (
        "The ministry confirmed on Wednesday that a ceasefire agreement along the line of contact in the zone of "
        "the conflict was reached through mediation in Moscow."
    )
    assert T.CEASEFIRE_AGREED in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Overnight there was no Palestinian rocket fire and no Israeli air raids, residents said.",
        "Militants in Gaza are expected to answer the killing with rocket fire into Israel.",
        "In anticipation of rocket attacks on its towns, the army told residents near Gaza to stay close to shelters.",
    ],
)
def test_rocket_fire_denied_or_only_expected_is_none(sentence: str) -> None:
    assert T.ROCKET_FIRE not in types(sentence)


def test_rockets_fired_told_with_an_aside_between_dashes() -> None:
    sentence = (
        "The army said about 300 rockets and other projectiles - some 90 of them shot down by its anti-missile "
        "batteries - have been fired at towns in the south since Saturday."
    )
    assert T.ROCKET_FIRE in types(sentence)
    assert T.AIR_STRIKE not in types(sentence)


def test_an_arsenal_capable_of_striking_is_no_air_strike() -> None:
    sentence = "The group is thought to hold tens of thousands of rockets and missiles capable of striking any city."
    assert T.AIR_STRIKE not in types(sentence, "israel-lebanon")


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister said on Sunday he had ordered the military to continue heavy strikes on the group.",
        "The defence minister instructs the army to prepare for further operations in the north.",
    ],
)
def test_forces_ordered_to_get_ready_for_more_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence)


def test_a_listed_city_that_is_an_officials_first_name_is_no_place() -> None:
    sentence = "Defence Cabinet Secretary Aden Duale sent soldiers to Nairobi on Tuesday as protesters fought police."
    assert {e.theatre for e in events(sentence, None)} == {"kenya"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing warned Manila on Tuesday not to play with fire over the island.",
        "The group said the killing of its commander will be met with “punishment and revenge.”",
    ],
)
def test_playing_with_fire_and_revenge_promised_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two-month truce in the country has reportedly held in most areas since Saturday.",
        "The truce has now held across the country for ten weeks.",
        "Above all, the truce continues to hold on the front lines.",
        "The truce between the two armies in the south has entered its third week.",
    ],
)
def test_a_truce_told_as_holding_with_words_between(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "yemen")


def test_fighting_and_air_strikes_that_have_subsided_are_calm_not_attacks() -> None:
    sentence = "Ground fighting, airstrikes and shelling have subsided since the truce, aid workers said."
    found = types(sentence, "yemen")
    assert T.CEASEFIRE_IN_EFFECT in found
    assert not found & {T.AIR_STRIKE, T.GROUND_CLASH}


def test_air_strikes_halted_as_a_truce_takes_hold_are_none() -> None:
    sentence = "The air force has halted air strikes on the province as the truce takes hold."
    assert T.AIR_STRIKE not in types(sentence, "syria")


def test_a_truce_signed_with_immediate_effect_is_in_effect() -> None:
    sentence = "The two delegations signed a countrywide and permanent ceasefire agreement with immediate effect."
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "libya")


@pytest.mark.parametrize(
    "sentence",
    [
        "Truce broken in the north hours after taking effect",
        "The decree reads: “The ceasefire shall come into force from midnight on Saturday.”",
    ],
)
def test_a_truce_only_to_come_or_broken_as_it_began_is_not_told_in_effect(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence, "south-sudan")


def test_violence_agreed_to_be_scaled_back_is_a_truce_agreed() -> None:
    sentence = "The government and the rebels agreed on Thursday to scale back violence during the holy month."
    assert T.CEASEFIRE_AGREED in types(sentence, "thailand")


def test_a_threat_to_strike_targets_is_a_threat() -> None:
    sentence = "The president threatened to strike 52 targets in the country if any soldier is harmed."
    assert T.THREAT_STATEMENT in types(sentence, "iran")


def test_an_offensive_named_in_quotes_is_still_launched() -> None:
    sentence = "Government forces launched a “large-scale offensive” on rebel positions around Kobo on Wednesday."
    assert T.GROUND_CLASH in types(sentence, "ethiopia")


def test_clashes_between_two_states_in_a_story_of_protests_stay_clashes() -> None:
    text = (
        "Thousands of people took to the streets of the capital late on Wednesday to demand the premier resign.\n"
        "On Wednesday, clashes erupted for a second day between the two countries as leaders called for an end to "
        "hostilities."
    )
    found = {e.type for e in events(text, "armenia-azerbaijan") if "clashes erupted" in e.source.evidence}
    assert T.GROUND_CLASH in found
    assert T.CIVIL_UNREST not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "An earlier ceasefire that Moscow brokered on Monday quickly failed.",
        "A previous truce that the neighbours mediated on Monday was short-lived.",
    ],
)
def test_a_truce_that_quickly_failed_has_ended(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED in types(sentence, "armenia-azerbaijan")


def test_envoys_sent_to_a_country_in_crisis_are_a_diplomatic_step() -> None:
    sentence = "The regional bloc on Wednesday deployed envoys to the kingdom to try to stem the unrest."
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "eswatini")


def test_hostilities_that_ended_overnight_are_a_truce_in_effect() -> None:
    sentence = "Hostilities ended overnight on Thursday after mediation by the United States, officials said."
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "armenia-azerbaijan")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("In Lyon, about 300 people gathered by the town hall to protest, shouting “Hands off Mali”.", "Lyon"),
        ("In Hamburg, some 500 people joined a rally in support of a free and united Sudan.", "Hamburg"),
    ],
)
def test_a_crowd_abroad_is_where_the_sentence_opens_not_the_country_it_is_about(sentence: str, place: str) -> None:
    assert unrest_places(sentence, None) == {place}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday the navy began three days of live-fire exercises around the disputed islands of Kinmen.",
        "Beijing said on Tuesday it would extend its air and sea drills near Taiwan by two more days.",
    ],
)
def test_drills_staged_around_the_other_side_are_a_show_of_force(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, None)


def test_a_launch_seen_during_a_drill_near_a_town_is_no_threat() -> None:
    sentence = "A rocket is launched during a naval drill near Bushehr, southern Iran, on Tuesday."
    assert T.THREAT_STATEMENT not in types(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The defence minister said on Monday the army was ready to widen its offensive in the north.",
        "Any new raid on the border posts would be met with swift retaliation, the army said on Monday.",
        "The army on Monday warned 20,000 residents of Beit Hanoun to evacuate before dawn.",
        '"We are prepared to act if the calm is broken," the defence minister said on Monday.',
        'Defence minister hints at "severe" response if rocket fire goes on',
        "The cabinet on Monday authorised the army to retaliate against Hamas.",
        "The general warned Hamas on Monday that it faces retaliation for every rocket.",
    ],
)
def test_force_held_ready_authorised_or_promised_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence)


def test_warnings_of_military_action_as_a_habit_are_no_threat() -> None:
    sentence = "Hamas often answers with warnings of military action to keep Israel guessing, officials in Gaza say."
    assert T.THREAT_STATEMENT not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "After the vote on Friday the French envoy censured Moscow for blocking the resolution on Ukraine.",
        "The British ambassador heaped scorn on the Kremlin's claim that its troops in Ukraine keep the peace.",
        "Moscow on Monday recognised the independence of two breakaway regions of eastern Ukraine.",
    ],
)
def test_a_censure_scorn_and_a_breakaway_region_recognised_are_statements(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "russia-ukraine")


def test_soldiers_killed_in_combat_are_a_toll_not_a_clash_of_their_own() -> None:
    sentence = "In Mogadishu the president on Saturday honoured the soldiers who were killed in combat, saying so."
    assert T.GROUND_CLASH not in types(sentence, "somalia")


def test_soldiers_killed_in_fighting_at_a_named_place_are_still_a_clash_there() -> None:
    sentence = "Two soldiers were killed in fighting in Beledweyne on Saturday, the army said."
    assert T.GROUND_CLASH in types(sentence, "somalia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sniper activity picked up on Tuesday morning on the main road in Bab al-Tabbaneh.",
        "Sniper firing in Bab al-Tabbaneh kept residents indoors on Tuesday.",
        "Snipers fired from rooftops in Bab al-Tabbaneh on Tuesday.",
    ],
)
def test_sniper_activity_firing_and_snipers_firing_are_a_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "lebanon")


def test_cadavers_recovered_are_a_toll() -> None:
    toll = one(
        "Soldiers recovered 17 cadavers in Marawi on Tuesday after the battle.", T.CASUALTY_REPORT, "philippines"
    )
    assert toll.counts.killed == 17


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional bloc said on Monday it could use force to restore the president in Niamey.",
        "The bloc has not ruled out using force against the officers in Niamey, its chairman said on Monday.",
        "The general said on Monday his fighters in Agadez were ready to resist any attack.",
        "The rebels in Agadez announced on Monday that they would continue fighting.",
    ],
)
def test_force_kept_open_and_resistance_vowed_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "sahel")


def test_a_toll_of_n_or_more_is_a_hedged_toll_even_before_a_dash() -> None:
    sentence = "Army sources put the militants' death toll in Kismayo at 40 or more – a figure the group denies."
    toll = one(sentence, T.CASUALTY_REPORT, "somalia")
    assert (toll.counts.killed, "killed" in toll.counts.approximate) == (40, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister said on Monday the fighters holding Mosul had no choice but to surrender or die.",
        "A commander told the gunmen in Mosul on Monday to leave or be killed.",
        "The militants in Mosul have until Friday to surrender or be taken out, a spokesman said on Monday.",
        "The junta declared a general mobilisation on Monday after the attack on the army in Mosul.",
    ],
)
def test_an_ultimatum_and_a_general_mobilisation_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "iraq")


@pytest.mark.parametrize(
    "caption",
    [
        "FILE - Soldiers walk in front of the damaged Hayat Hotel in Mogadishu, Somalia, March 10, 2024.",
        "FILE PHOTO: Police inspect the wreckage of a car bomb in Mogadishu, Somalia, March 10, 2024.",
        "Soldiers stand outside the hotel damaged by a car bomb in Mogadishu on March 10 (file photo).",
    ],
)
def test_an_archive_photos_caption_tells_no_event(caption: str) -> None:
    told = events(f"{caption}\nSomali troops retook two villages near Jowhar on Wednesday, the army said.", "somalia")
    assert told
    assert all(caption not in event.source.evidence for event in told)


def test_a_call_to_investigate_ceasefire_violations_is_a_call_for_the_truce_not_a_breach() -> None:
    sentence = (
        "The director general urged the Indian side on Monday to respect the 2003 ceasefire arrangement; "
        "investigate this and other incidents of ceasefire violations along the Line of Control."
    )
    told = types(sentence, "india-pakistan")
    assert T.CEASEFIRE_TALKS in told
    assert T.CEASEFIRE_VIOLATION not in told


@pytest.mark.parametrize(
    "sentence",
    [
        "Rwandan forces fired at the jet on Monday after it violated Rwandan airspace over Rubavu, the same area as "
        "previous alleged violations.",
        "WATCH | Rwanda shoots at Congolese military jet over Rubavu after 'airspace violation'",
    ],
)
def test_an_airspace_violation_is_no_truce_broken(sentence: str) -> None:
    story = f"A ceasefire between the army and the M23 rebels took effect near Goma on Sunday.\n{sentence}"
    assert T.CEASEFIRE_VIOLATION not in types(story, "rwanda")


def test_a_protest_recorded_by_a_foreign_office_is_no_crowd() -> None:
    sentence = "The Foreign Office on Monday summoned India's envoy to record protest over the firing on the LoC."
    assert T.CIVIL_UNREST not in types(sentence, "india-pakistan")


def test_no_cross_border_firing_or_shelling_reported_is_no_clash() -> None:
    sentence = "An army official said no cross-border firing or shelling incidents were reported in Uri since Monday."
    assert T.GROUND_CLASH not in types(sentence, "india-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "With the talks opening in Tibu on Monday, a three-month bilateral ceasefire also began.",
        "Offensive operations against the rebels in Cauca have been suspended since Monday, the ministry said.",
    ],
)
def test_a_truce_that_began_and_operations_suspended_are_a_truce_in_effect(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "colombia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Military operations against the rebels in Cauca will resume on Monday, the ministry said.",
        "The president on Monday ordered the resumption of offensive operations in Cauca.",
        "The group issued orders to its fighters in Cauca on Monday to carry out attacks across the country.",
        "Those behind the attack in Cauca will be dealt with sternly, the police chief said on Monday.",
    ],
)
def test_operations_to_resume_orders_to_attack_and_stern_dealing_are_threats(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "colombia")


def test_tension_that_stays_high_despite_a_truce_is_no_breach() -> None:
    assert T.CEASEFIRE_VIOLATION not in types("Despite the truce in Cauca, tensions remain high on Monday.", "colombia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy said on Monday it would begin to evacuate its nationals from Niamey by air.",
        "Japan dispatched military aircraft to Juba on Monday to evacuate its citizens.",
    ],
)
def test_a_government_getting_its_citizens_out_is_no_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan warned Iran of “serious consequences” on Tuesday after the strike in Panjgur.",
        "The foreign office said on Tuesday the strike in Panjgur could have “serious consequences”.",
    ],
)
def test_serious_consequences_warned_of_in_quotes_are_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite promises of a three-day ceasefire, fighting raged in Khartoum on Saturday.",
        "The two sides in Khartoum have not abided by several previous temporary truce deals.",
    ],
)
def test_a_truce_promised_but_fought_through_or_not_abided_by_is_breached(sentence: str) -> None:
    assert T.CEASEFIRE_VIOLATION in types(sentence, "sudan")


def test_a_call_to_fully_uphold_a_truce_is_truce_talks_not_a_truce_told_holding() -> None:
    sentence = (
        "In Khartoum the United States urged the army and the RSF on Tuesday to immediately and fully uphold the "
        "ceasefire."
    )
    told = types(sentence, "sudan")
    assert T.CEASEFIRE_TALKS in told
    assert T.CEASEFIRE_IN_EFFECT not in told


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce in Kabul expires at midnight on Friday, officials said on Thursday.",
        "The ceasefire with the rebels in Kabul is set to expire on Friday.",
    ],
)
def test_a_truce_due_to_expire_is_one_in_effect_not_one_ended(sentence: str) -> None:
    told = types(sentence, "afghanistan-pakistan")
    assert T.CEASEFIRE_IN_EFFECT in told
    assert T.CEASEFIRE_ENDED not in told


def test_revenge_vowed_is_a_threat() -> None:
    sentence = "The president said on Thursday that Somaliland would seek revenge on its enemies near Las Anod."
    assert T.THREAT_STATEMENT in types(sentence, "somalia")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said on Tuesday that any new raid near Jalalabad would be met with “swift and decisive” responses.",
        "The minister said on Tuesday that any attack on Jalalabad would be met with full resolve.",
        "Kabul said on Tuesday that the shelling of Jalalabad will cost the raiders dearly.",
        "The spokesman said on Tuesday that Afghanistan knows how to defend itself if Jalalabad is attacked.",
        "The general said on Tuesday his troops would make the raiders near Jalalabad bite the dust.",
        "The Taliban said on Tuesday they had no choice but to retaliate for the raid on Jalalabad.",
        "The general said on Tuesday the operation near Jalalabad had only been paused, not ended.",
        "The gunmen said on Tuesday they would kill anyone found on the roads of Jalalabad after dark.",
        "The commander said on Tuesday his men will fight until the raiders leave Jalalabad.",
        "The Taliban said on Tuesday they would forcefully respond to any raid on Jalalabad.",
        "The group said on Tuesday it will continue launching attacks on the convoys near Jalalabad.",
        "The commander said on Tuesday any new raid on Jalalabad would bring additional escalatory measures.",
        "Kabul warned Islamabad on Tuesday against any military provocation near Jalalabad.",
        "The army advised villagers on Tuesday to avoid the border areas near Jalalabad.",
        "The army ordered families near Jalalabad on Tuesday to move 800 metres away from the depot.",
        "The minister ordered the army on Tuesday “to take tough action against” the raiders near Jalalabad.",
    ],
)
def test_an_answer_promised_or_force_kept_in_reserve_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "afghanistan-pakistan")


def test_a_vote_to_close_a_strait_is_a_threat() -> None:
    sentence = "Iran's parliament approved a measure on Sunday to close the Strait of Hormuz to shipping."
    assert T.THREAT_STATEMENT in types(sentence, "israel-iran")


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday a truce between the army and the tribal fighters in Sweida had collapsed.",
        "The clashes in Sweida on Wednesday followed a breakdown in the truce between the army and the tribes.",
    ],
)
def test_a_truce_between_two_sides_that_collapsed_or_broke_down_has_ended(sentence: str) -> None:
    assert T.CEASEFIRE_ENDED in types(sentence, "syria")


@pytest.mark.parametrize(
    "sentence",
    [
        "Witnesses said the gunmen opened fire directly on civilians in Sweida on Tuesday.",
        "Witnesses said gunmen in Sweida went door to door on Tuesday, beating and shooting residents.",
    ],
)
def test_fire_opened_on_civilians_or_a_door_to_door_killing_spree_is_violence_against_civilians(
    sentence: str,
) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "syria")


def test_an_agreement_dated_with_its_year_after_a_comma_does_not_date_the_news() -> None:
    sentence = (
        "The rebels said the army launched an attack on their positions at Nasir in violation of the cessation of "
        "hostilities agreement signed on December 21, 2017."
    )
    told = types(sentence, "south-sudan")
    assert {T.GROUND_CLASH, T.CEASEFIRE_VIOLATION} <= told


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN rights chief told the UN Human Rights Council on Tuesday that the army had bombed Sagaing.",
        "He spoke on Tuesday in a video message to the UN Human Rights Council about the strikes in Sagaing.",
        "At the 58th session of the UN Human Rights Council on Tuesday, envoys discussed the strikes in Sagaing.",
    ],
)
def test_a_report_to_the_human_rights_council_is_a_un_session(sentence: str) -> None:
    assert T.UN_SESSION in types(sentence, "myanmar")


def test_a_place_reclaimed_by_troops_is_a_ground_clash() -> None:
    sentence = "The army reclaimed the airport of Khartoum on Wednesday, the military said."
    assert T.GROUND_CLASH in types(sentence, "sudan")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hours after the strike in Surin on Monday, officials said both sides had agreed to hash out a ceasefire.",
        "The army said on Monday it had agreed to talks in Kuala Lumpur on extending the truce in Surin.",
        "It is the third prisoner release in Surin since a fragile ceasefire was agreed between the two sides.",
    ],
)
def test_talks_on_a_truce_or_a_truce_named_as_a_time_is_no_truce_agreed(sentence: str) -> None:
    assert T.CEASEFIRE_AGREED not in types(sentence, "thailand-cambodia")


@pytest.mark.parametrize(
    "sentence",
    [
        "The militants said on Monday they had captured and executed a brigade commander near Damboa.",
        "Officials said on Monday that the clashes with Boko Haram forced over 20,000 people in Damboa to flee.",
    ],
)
def test_a_commander_captured_or_clashes_named_as_what_drove_people_out_is_no_new_clash(sentence: str) -> None:
    assert T.GROUND_CLASH not in types(sentence, "nigeria")


@pytest.mark.parametrize(
    "sentence",
    [
        "Armed separatists in Bamenda began imposing a five-day lockdown on Saturday to disrupt the vote.",
        "Separatist leaders said on Friday they would announce a lock-down in Bamenda during the vote.",
        "Fuel ran short in Kayes after a blockade imposed on Sunday by the militants on the roads.",
        "The attack near Kayes on Sunday is part of a new campaign to blockade the city.",
        "The militants announced a ban on fuel imports to Kayes on Sunday.",
        "The minister said on Friday the attackers in Uri would be chased and hunted down wherever they hide.",
        "Seoul promised “severe” retaliation on Friday for the balloons dropped on Paju.",
        "The general said on Friday that Tehran had made a decision to directly attack Haifa.",
    ],
)
def test_lockdowns_blockades_and_attacks_decided_or_promised_are_threats(sentence: str) -> None:
    theatre = {"Bamenda": "cameroon", "Kayes": "sahel", "Uri": "india-pakistan", "Paju": "north-korea"}
    assert T.THREAT_STATEMENT in types(
        sentence, next((t for town, t in theatre.items() if town in sentence), "israel-iran")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Cabinet Committee on Security meeting on Wednesday suspended the treaty with Pakistan over Pahalgam.",
        "Pakistan's National Security Committee on Thursday decided to close the Wagah border crossing.",
        "The suspension of the pact over the balloons in Paju will be finalized by the Cabinet on Tuesday.",
    ],
)
def test_a_security_committee_decision_or_one_for_the_cabinet_to_finalise_is_a_cabinet_meeting(
    sentence: str,
) -> None:
    assert T.CABINET_MEETING in types(sentence, "north-korea" if "Paju" in sentence else "india-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The prosecutor briefs the UN Security Council on Thursday on the fighting in Tripoli.",
        "The UN Security Council on Tuesday agreed to extend the mandate of the mission in Tripoli.",
    ],
)
def test_a_briefing_or_a_mandate_extension_agreed_is_a_un_session(sentence: str) -> None:
    assert T.UN_SESSION in types(sentence, "libya")


def test_an_offensive_whose_final_phase_was_launched_is_no_threat() -> None:
    sentence = "Somali troops on Tuesday launched the final phase of an offensive to retake Aadan Yabaal."
    assert T.THREAT_STATEMENT not in types(sentence, "somalia")


@pytest.mark.parametrize(
    "sentence",
    [
        "Without provocation, the army has again fired across the Line of Control near Poonch on Sunday.",
        "On Sunday night firing was done from the army's posts opposite Poonch, officials said.",
    ],
)
def test_fire_across_a_front_is_a_ground_clash(sentence: str) -> None:
    assert T.GROUND_CLASH in types(sentence, "india-pakistan")


def test_a_befitting_reply_given_is_a_clash_not_a_threat() -> None:
    told = types("On Sunday night the army near Poonch gave a befitting reply to the firing.", "india-pakistan")
    assert T.GROUND_CLASH in told
    assert T.THREAT_STATEMENT not in told


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants torched 30 fuel tankers on the road near Kayes on Sunday, drivers said.",
        "Near Kayes on Sunday a motorbike was reduced to ashes after the raid, residents said.",
        "It was unclear if the fuel depot near Kayes was damaged in the drone strike on Sunday.",
    ],
)
def test_vehicles_burned_or_damage_only_wondered_about_is_no_infrastructure_damage(sentence: str) -> None:
    assert T.INFRASTRUCTURE_DAMAGE not in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of students joined daily traffic blockades in Novi Sad on Friday.",
        "Students in Novi Sad held a 24-hour blockade at a major intersection on Friday.",
        "Students in Novi Sad have organized blockades at more than 40 faculties since Friday.",
    ],
)
def test_students_blockades_are_civil_unrest(sentence: str) -> None:
    assert T.CIVIL_UNREST in types(sentence, "serbia")


def test_a_water_cannon_turned_on_a_ship_is_no_civil_unrest() -> None:
    sentence = "On Sunday near Scarborough Shoal the BRP Cabra was targeted with a water cannon, the coast guard said."
    assert T.CIVIL_UNREST not in types(sentence, "philippines")


@pytest.mark.parametrize(
    "sentence",
    [
        "A “D-day” for a possible military intervention in Niamey has been set, the commissioner said on Friday.",
        "The bloc on Friday repeated its threat to use force in Niamey as a last resort.",
        "Any attack on Niamey would be considered a declaration of war, the juntas said on Friday.",
        "The bloc said on Friday it was ready to send troops to Niamey if talks failed.",
        "The junta in Niamey said on Friday it would authorise the armies of its neighbours to intervene.",
        "The commander told the bloc on Friday: do not test our patience over Niamey.",
        "The president said on Friday he had made a decision on military action against Niamey.",
    ],
)
def test_an_intervention_readied_or_warned_against_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "sahel")


def test_a_truce_effective_since_a_day_is_in_effect() -> None:
    sentence = "A ceasefire, effective since Nov. 27, has largely stopped the fighting in Khiam, officials said."
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "israel-lebanon")


def test_a_limit_before_a_truce_ends_is_no_truce_ended() -> None:
    sentence = "Our patience in Khiam may run out before the end of the 60-day ceasefire, he said on Saturday."
    assert T.CEASEFIRE_ENDED not in types(sentence, "israel-lebanon")


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington said on Saturday it will take action against the spoilers of the deal in Uvira.",
        "The regional government said on Saturday it would be forced to defend its citizens near Uvira.",
        "The rebels said on Saturday the port of Uvira had been added to their list of targets.",
        "Moscow imposed a federal-level emergency around Uvira on Saturday.",
    ],
)
def test_action_promised_a_defence_forced_or_a_target_named_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "drc")


def test_a_development_that_threatened_to_derail_a_deal_is_no_threat() -> None:
    sentence = "The rebels captured Uvira on Saturday, a development that threatened to derail the fragile deal."
    assert T.THREAT_STATEMENT not in types(sentence, "drc")


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamabad vowed a stern counter-response after the raids near Chaman on Friday.",
        "Another failed round of talks would mean open war, the minister said of Chaman on Friday.",
        "These raids will continue every night near Chaman, the general said on Friday.",
        "Officials said on Friday that more strikes were to come near Chaman.",
    ],
)
def test_a_response_vowed_a_war_foretold_or_attacks_to_go_on_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "afghanistan-pakistan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The three juntas have withdrawn their envoys from Algiers over the downed drone, they said on Monday.",
        "Bamako announced the recall of its ambassador to Algiers on Monday.",
        "Bamako said on Monday its airspace was closed to every flight bound for Algiers.",
        "Algiers decided on Monday to ban all air traffic to and from Mali.",
        "Niamey has suspended all trade with Cotonou since Monday, the minister said.",
    ],
)
def test_envoys_recalled_airspace_closed_or_trade_cut_is_a_statement(sentence: str) -> None:
    assert T.DIPLOMATIC_STATEMENT in types(sentence, "sahel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Families returned to the ruins of Khan Younis on Saturday amid truce between the two sides.",
        "Shops reopened in Khan Younis on Saturday amid the temporary truce.",
        "A seven-day truce in the Gaza war began on Saturday in Khan Younis.",
        "The truce between the two sides marks its 100th day on Saturday, officials in Khan Younis said.",
        "As the Gaza truce enters its second month, traders in Khan Younis reopened their stalls on Saturday.",
    ],
)
def test_a_truce_things_happen_amid_or_whose_age_is_told_is_in_effect(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence)


def test_a_truce_its_violations_happen_amid_is_not_told_in_effect() -> None:
    sentence = "Shells fell on Khan Younis on Saturday amid truce violations by both sides."
    assert T.CEASEFIRE_IN_EFFECT not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen stormed the aid offices in Hodeidah on Sunday and detained six employees.",
        "Nine UN staff members were detained in Hodeidah on Sunday, the envoy said.",
        "The envoy condemned the detentions of UN personnel in Hodeidah on Sunday.",
    ],
)
def test_un_or_aid_staff_detained_is_violence_against_civilians(sentence: str) -> None:
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "yemen")


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops shelled Nasir on Thursday after ordering residents of the river quarter, and later the port, to leave.",
        "The army warned any farmer still in the fields outside Nasir to vacate or “face consequences” on Thursday.",
        "The militia must leave Nasir by Friday, or else the army will act, the spokesman said on Thursday.",
        "The minister said on Thursday the army would keep its “maximum response” policy around Nasir.",
    ],
)
def test_an_order_to_leave_an_or_else_or_a_maximum_response_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "south-sudan")


def test_talks_cut_off_are_talks() -> None:
    assert T.CEASEFIRE_TALKS in types("The president cut off talks with the rebels in Juba on Friday.", "south-sudan")


def test_troops_under_indirect_fire_is_rocket_fire() -> None:
    sentence = "The command said on Friday its troops came under indirect fire near Kismayo."
    assert T.ROCKET_FIRE in types(sentence, "somalia")


def test_crew_held_by_an_armed_group_is_violence_against_civilians() -> None:
    sentence = (
        "Twelve sailors of the bulk carrier are still detained by the Houthis in Hodeidah, Manila said on Friday."
    )
    assert T.VIOLENCE_AGAINST_CIVILIANS in types(sentence, "yemen")


def test_an_army_told_to_press_on_is_a_threat() -> None:
    sentence = "The president told the army on Friday to press on with its push toward Zaporizhzhia."
    assert T.THREAT_STATEMENT in types(sentence, "russia-ukraine")


def test_a_peace_treaty_initialled_is_agreed() -> None:
    sentence = "Baku and Yerevan initialled the peace treaty in Washington on Friday."
    assert T.CEASEFIRE_AGREED in types(sentence, "armenia-azerbaijan")


def test_a_veto_wielded_at_the_council_is_a_un_session() -> None:
    sentence = "Washington wielded its veto at the Security Council on Thursday over the Gaza draft."
    assert T.UN_SESSION in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The cabinet on Friday approved a plan to take full control of Khan Younis.",
        "The minister warned of “catastrophic consequences” for Khan Younis on Friday.",
        "The group said on Friday it reserves all options in Khan Younis.",
    ],
)
def test_control_planned_consequences_warned_or_options_reserved_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Council approved the plan for Gaza on Monday.",
        "Gaza on the brink of famine, Security Council hears",
    ],
)
def test_the_council_approving_or_hearing_is_a_un_session(sentence: str) -> None:
    assert T.UN_SESSION in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army sent a message to residents of Khiam on Sunday telling them not to return.",
        "The army on Sunday urged residents of Khiam to refrain from returning to their homes.",
        "The ministry in Khiam promised tougher security measures on Sunday.",
    ],
)
def test_residents_told_to_stay_away_or_tougher_measures_promised_is_a_threat(sentence: str) -> None:
    assert T.THREAT_STATEMENT in types(sentence, "israel-lebanon")


def test_a_truce_committee_set_up_is_talks() -> None:
    sentence = "The mission and the council in Tripoli set up a joint truce committee on Sunday."
    assert T.CEASEFIRE_TALKS in types(sentence, "libya")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting in Tripoli calmed on Wednesday following a ceasefire announced by the government.",
        "The mission said on Sunday a truce reached last week in Tripoli remains fragile.",
    ],
)
def test_fighting_calmed_after_a_truce_or_one_still_fragile_is_in_effect(sentence: str) -> None:
    assert T.CEASEFIRE_IN_EFFECT in types(sentence, "libya")
