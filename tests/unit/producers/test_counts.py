from __future__ import annotations

import pytest

from producers.extract.counts import read_counts
from producers.extract.patterns import TOLL_FIELDS

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
        ("Ten border guards were killed in the ambush", {"killed": 10, "combatants": 10}, set()),
        (
            "Three people were killed, including a child, and several others were injured in the attack",
            {"killed": 3, "children": 1},
            set(),
        ),
        ("Russia launched 88 missiles and 63 drones at the grid", {"projectiles": 151}, set()),
        ("Air defences downed 28 out of 32 drones and four of the eight missiles", {"projectiles": 40}, set()),
        ("Two of the 14 people killed were police officers", {"killed": 14}, set()),
        ("Israel carried out over a dozen air strikes on Gaza", {"strikes": 12}, {"strikes"}),
        ("More than 52,000 people have fled their homes", {"displaced": 52000}, {"displaced"}),
        (
            "a strike on an apartment building killed one person and injured eight.",
            {"killed": 1, "injured": 8, "buildings": 1},
            set(),
        ),
        ("11 major infrastructure facilities in eight regions had been damaged", {}, set()),
        ("As many as 40 people were wounded in the blast", {"injured": 40}, {"injured"}),
        ("Officials counted 41,000 displaced people, a sharp increase from 26,500 in May", {"displaced": 41000}, set()),
        ("The army evacuates 2,000 residents from the border villages", {"displaced": 2000}, set()),
        ("The boat was targeted, receiving seven bullet hits without causing injuries", {}, set()),
        ("Fishermen found the 433 migrants hungry on a boat whose engine had gone dead", {}, set()),
        ("The death toll rose from 10 to 15 on Monday", {"killed": 15}, set()),
        ("The number of people injured rose from 12 to 30 overnight", {"injured": 30}, set()),
        ("Between 10 to 15 people were wounded in the blast", {"injured": 10}, set()),
        (
            "As many as nine soldiers of the Frontier Corps embraced martyrdom in the attack on the post",
            {"killed": 9, "combatants": 9},
            {"killed", "combatants"},
        ),
        # people held are no toll, whatever harm the sentence tells beside them
        ("Police said 300 people were arrested and 41 injured during the night", {"injured": 41}, set()),
        ("Soldiers detained 60 protesters and killed two", {"killed": 2}, set()),
        (
            "The unrest left one officer dead, 80 shops looted and over 400 detainees",
            {"killed": 1, "buildings": 80},
            set(),
        ),
        ("Anger over the death of a student: 215 people arrested in the capital", {"killed": 1}, set()),
        ("Nobody was hurt among the crowd, which included 120 die-hard supporters", {}, set()),
        (
            "No injuries were reported among several hundred protesters including 100 veterans, most of them members",
            {},
            set(),
        ),
        ("Mob of 600 people protest about death of a teenager shot by police", {"killed": 1}, set()),
        # people who live in a place are no toll: "the town of 250,000, which had 30 murders a month"
        (
            "The truce ended the killings in the port city of 250,000, which had counted 30 murders a month",
            {"killed": 30},
            set(),
        ),
        ("Troops killed one Palestinian and arrested five others", {"killed": 1}, set()),
        ("The minister announced compensation of Rs 5 lakh to the families of each of the dead", {}, set()),
        # stabbings: the wounded, unless the knife killed; a death sentence is no toll; ages between commas
        ("Three worshippers were stabbed during the evening service", {"injured": 3}, set()),
        ("A youth stabbed two guards at the gate", {"injured": 2}, set()),
        ("The gang stabbed two farmers to death near the river", {"killed": 2}, set()),
        ("Attackers stabbed a shopkeeper to death in the market", {"killed": 1}, set()),
        ("Two girls were fatally stabbed at the fair", {"killed": 2, "children": 2}, set()),
        ("The court sentenced seven men to death for the massacre", {}, set()),
        (
            "Sara Lim, eight, and two other children were fatally stabbed at the fair",
            {"killed": 3, "children": 3},
            set(),
        ),
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


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 212 on Thursday, the health ministry said.",
        "Some 35,000 people have been killed since October, officials say.",
        "The junta carried out 32 air strikes over five days despite the truce.",
        "Monitors counted 220 air strikes in August across the region.",
        "There were 140 air strikes between 28 March and 24 April.",
        "Five days of intense fighting saw more than 1,200 rockets launched.",
        "The army struck 300 targets over the last day.",
        "Seven people were killed in the camp every week.",
        "At least 91 people were killed in the past 24 hours.",
        "Gunmen killed at least 31 villagers in two separate attacks on the weekend.",
        "By 12 June, more than 90 pupils had been killed and 300 hurt.",
        "Within less than three weeks, over 150 people were killed by the militia.",
        "Officials said 140 soldiers have died during the ground offensive in the valley.",
        "Drone and artillery strikes killed 45 people across the Ruvu region, medics said.",
        "Tribal clashes in the district have led to at least 64 deaths, the ministry said.",
        "Roadside bombs have killed 70 people in the province so far this year.",
        "Dozens of civilians, at least 52, killed in strikes",
        "The bombing has killed more than 600 people in the south, the ministry said.",
        "Raids from March 2 to April 9 killed at least 210 people in the valley.",
        "A wave of drone attacks on three towns left 27 people dead, officials said.",
        "The army said 140 rebels were killed in the incursion into the hills.",
        "Across the district, 980 casualties have been reported, including 212 deaths.",
        "Over the past two to three months, militants carried out at least eight drone attacks.",
        "Through July, the army launched a record 6,443 drones and missiles.",
    ],
)
def test_a_periods_total_is_a_running_figure_not_one_incidents(text: str) -> None:
    assert read_counts(text, ALL).cumulative


@pytest.mark.parametrize(
    "text",
    [
        "An air strike on a market in Khan Younis killed 40 people on Tuesday.",
        "Israel carried out over a dozen air strikes after midnight.",
        "Russia launched 88 missiles and 63 drones at the grid on May 5.",
        "Missiles hit the market, killing 34 people, the second such attack in just over a week.",
        "Over 800 drones and missiles were fired, the biggest attack since the start of the war.",
        "Ten targets were struck, a week after similar strikes.",
        "At least 33 people were killed in strikes on a school in Deir al-Balah.",
        "A car bomb killed 25 people by the market in Mogadishu on Monday.",
        "Militants killed 40 soldiers in an attack on a base, the third this year.",
        "An air strike on the market killed 56 people over the weekend, the agency said.",
    ],
)
def test_one_incidents_figures_are_not_running(text: str) -> None:
    assert not read_counts(text, ALL).cumulative


def test_a_figure_in_an_outlets_name_in_a_dateline_is_no_toll() -> None:
    counts = read_counts("ERBIL (Channel 8) – At least two soldiers were killed in an attack near Amedi.")
    assert counts.killed == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Around a hundred insurgents sacking the town caused several deaths in Mocimboa.", None),
        ("Some 200 bandits attacking the village killed 12 residents.", 12),
    ],
)
def test_a_figure_of_attackers_at_work_is_not_their_victims(text: str, killed: int | None) -> None:
    assert read_counts(text).killed == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two other militia attacks killed 14 villagers near the river on Sunday.", 14),
        ("Two other people were killed near the river on Sunday.", 2),
    ],
)
def test_other_attacks_counted_are_not_their_dead(text: str, killed: int) -> None:
    assert read_counts(text).killed == killed


def test_a_figure_in_a_clause_before_another_figures_death_is_not_dead() -> None:
    counts = read_counts(
        "Among the 500 inmates who escaped, 212 have been recaptured, "
        "while three guards died after gunmen attacked the jail."
    )
    assert counts.killed == 3


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A ranger was killed and another seriously wounded when the patrol was ambushed.", 1, 1),
        ("Six guards were killed and as many injured in the raid on the depot.", 6, 6),
        ("Shelling killed two farmers and injured four last week, the mayor said.", 2, 4),
        ("Gunmen kill five villagers, injure more than a dozen in night raid", 5, 12),
        ("The shelling killed two soldiers and caused injury to three others.", 2, 3),
        ("The blast left one guard dead and two others injured.", 1, 2),
        ("One farmer was killed and five others including three children were wounded by the shell.", 1, 5),
    ],
)
def test_the_hurt_told_by_other_forms(text: str, killed: int, injured: int) -> None:
    counts = read_counts(text)
    assert (counts.killed, counts.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("During the raid, a police commando sustained a bullet wound.", {"injured": 1, "combatants": 1}),
        ("Three commandos were killed in the ambush.", {"killed": 3, "combatants": 3}),
    ],
)
def test_commandos_are_combatants(text: str, values: dict[str, int]) -> None:
    assert read_counts(text).values() == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Three Army personnel were wounded when the convoy hit a mine.", {"injured": 3, "combatants": 3}),
        ("Two BSF personnel sustained injuries in the firing.", {"injured": 2, "combatants": 2}),
        ("Troops shot dead four suspected rebels near the river.", {"killed": 4, "combatants": 4}),
        ("Six members of the Popular Liberation Front were killed in the raid.", {"killed": 6, "combatants": 6}),
        ("The drone strike killed five ABC members at a checkpoint.", {"killed": 5, "combatants": 5}),
        ("12 suspected gang members were killed in the shootout.", {"killed": 12, "combatants": 12}),
        ("In the ensuing gunfight, one terrorist was killed.", {"killed": 1, "combatants": 1}),
    ],
)
def test_fighters_named_by_their_force_group_or_qualifier_are_combatants(text: str, values: dict[str, int]) -> None:
    assert read_counts(text).values() == values


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shot dead a farmer and injured another near the fence.",
        "Police reported two protesters killed and one seriously wounded.",
        "The agency confirmed the death of one fisherman and the injury of another.",
        "Two guards were killed while another sustained injuries.",
        "The blast killed two porters and left another injured.",
    ],
)
def test_one_more_hurt_told_after_a_toll_is_one_injured(text: str) -> None:
    assert read_counts(text).injured == 1


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Six villagers, two of them children, were killed in the raid.", {"killed": 6, "children": 2}),
        ("Four other children were injured by the blast.", {"injured": 4, "children": 4}),
        ("Shrapnel wounded two young women at the market.", {"injured": 2, "women": 2}),
    ],
)
def test_children_and_women_told_as_part_of_them_or_with_a_word_before(text: str, values: dict[str, int]) -> None:
    assert read_counts(text).values() == values


@pytest.mark.parametrize(
    "text",
    [
        "Sniper fire claimed the life of one shepherd near the wall.",
        "Gunmen stormed the hamlet, killing a village head.",
        "The mortar round killed a schoolteacher on her way home.",
        "Police promised to investigate the death of 19-year-old Ana Perez at the rally.",
        "Carlos Alberto Mendez was assassinated outside his home in Tegucigalpa.",
    ],
)
def test_one_life_claimed_or_one_villager_named_by_role_is_one_killed(text: str) -> None:
    assert read_counts(text).killed == 1


def test_communities_shelled_are_no_toll() -> None:
    assert read_counts("Troops shelled 31 communities overnight, killing two civilians.").values() == {"killed": 2}


def test_each_person_of_a_list_named_is_counted() -> None:
    assert read_counts("Abdi Nur, Ali Hassan and Yusuf Ali were wounded in the crossfire.").values() == {"injured": 3}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the word "rebel" before the weapon is no fighter: the drones are the figure's noun
        ("Two rebel kamikaze drones struck the depot.", {"projectiles": 2}),
        ("Nine civilians and soldiers were killed.", {"killed": 9}),
        ("At least 30 wounded soldiers were brought to the hospital.", {"injured": 30}),
        ("Two members of the Security Council were killed in the crash.", {"killed": 2}),
    ],
)
def test_adjectives_and_other_people_are_no_combatant_nouns(text: str, values: dict[str, int]) -> None:
    assert read_counts(text).values() == values


@pytest.mark.parametrize(
    "text",
    [
        "Some 80 families comprising 410 people fled the village.",
        "The fighting displaced 80 families composed of 410 individuals.",
        "About 80 families displaced, representing 410 people, reached the camp.",
        "There are 80 displaced families that amount to 410 evacuees in the town.",
    ],
)
def test_families_told_with_their_people_count_the_people(text: str) -> None:
    assert read_counts(text).displaced == 410


def test_ages_listed_in_brackets_are_not_figures() -> None:
    counts = read_counts("Two women (48, 19) injured.")
    assert counts.values() == {"injured": 2, "women": 2}


def test_settlements_struck_are_not_people() -> None:
    counts = read_counts("Shelling hit twelve settlements in the region overnight, injuring three people.")
    assert counts.values() == {"injured": 3}


@pytest.mark.parametrize("places", ["Hindu temples", "mosques", "old monasteries", "village markets"])
def test_places_of_worship_and_trade_damaged_are_not_people(places: str) -> None:
    counts = read_counts(f"Some 12 {places} in the district were damaged and 30 people were injured in the riots.")
    assert counts.injured == 30


def test_the_two_countries_between_which_fighting_ran_are_not_its_dead() -> None:
    counts = read_counts("Clashes between the two countries have resulted in 30 deaths and 200,000 evacuated.")
    assert counts.killed == 30


@pytest.mark.parametrize("currency", ["afghanis", "taka"])
def test_sums_of_money_in_afghanis_and_taka_are_not_people(currency: str) -> None:
    counts = read_counts(f"The minister announced 3 million {currency} in aid to people displaced by fighting.", ALL)
    assert counts.values() == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Nearly 70 people — 39 police and 30 civilians — were treated in hospital for injuries.",
        "About 70 people (39 police officers and 30 protesters) were injured overnight.",
    ],
)
def test_a_breakdown_set_off_after_a_toll_is_not_added_to_it(sentence: str) -> None:
    assert read_counts(sentence, TOLL_FIELDS).injured == 70


def test_people_named_one_by_one_after_including_are_part_of_the_toll() -> None:
    text = "Rebels killed three people, including a soldier and a police officer, near Bamenda."
    assert read_counts(text, TOLL_FIELDS).killed == 3


def test_harm_denied_after_a_figure_gives_it_no_role() -> None:
    text = "At least 20 of them fell on several farming hamlets, but the agency reported no injuries or deaths."
    counts = read_counts(text, TOLL_FIELDS)
    assert counts.injured is None
    assert counts.killed is None


def test_a_move_told_with_an_adverb_in_a_relative_clause_is_not_what_befell_them() -> None:
    counts = read_counts("Three soldiers and 11 gunmen who allegedly crossed from Russia were killed on Wednesday.")
    assert counts.displaced is None
    assert counts.killed is not None


def test_the_wounded_moved_to_hospital_are_not_displaced() -> None:
    counts = read_counts("Five persons were injured and moved to hospital; two of them in critical condition.")
    assert counts.displaced is None
    assert counts.injured == 5
