from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from conflictwatch.models import TimePrecision
from producers.extract.times import (
    dated_long_before,
    find_duration,
    resolve_time,
    summary_since,
    timezone,
    told_days_after,
)

PUBLISHED = datetime(2021, 5, 20, 14, 30, tzinfo=UTC)  # a Thursday
GAZA = timezone("Asia/Jerusalem")


@pytest.mark.parametrize(
    ("text", "at", "precision"),
    [
        ("scheduled a 7 pm (1600 GMT) meeting", datetime(2021, 5, 20, 16, tzinfo=UTC), TimePrecision.EXACT),
        ("scheduled a 7 pm meeting", datetime(2021, 5, 20, 16, tzinfo=UTC), TimePrecision.EXACT),
        ("calm held from 6 am GMT", datetime(2021, 5, 20, 6, tzinfo=UTC), TimePrecision.EXACT),  # a clock in UTC
        ("the truce began at 9 p.m. UTC", datetime(2021, 5, 20, 21, tzinfo=UTC), TimePrecision.EXACT),
        (
            "On May 18, at 23.45, militants fired rockets",  # a 24-hour time with a dot
            datetime(2021, 5, 18, 20, 45, tzinfo=UTC),
            TimePrecision.EXACT,
        ),
        ("a truce declared on Monday to last until May 31", datetime(2021, 5, 17, tzinfo=UTC), TimePrecision.DAY),
        (
            "Until May 10, when it struck Jenin, it had not used drones",
            datetime(2021, 5, 10, tzinfo=UTC),
            TimePrecision.DAY,
        ),
        ("air strikes on Gaza after midnight", datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR),
        # a night told by its attacks, by the hour or by what was done in it: the night that ended that day
        ("the toll of the massive night attack rose to 12", datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR),
        ("night drone and missile strikes hit two towns", datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR),
        ("a late-night raid on the camp", datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR),
        ("gunmen stormed the post around midnight", datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR),
        ("the army shelled the border villages at night", datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR),
        ("drones were downed during the previous night", datetime(2021, 5, 19, 21, tzinfo=UTC), TimePrecision.HOUR),
        # not a night of the attacks' own: a weekday's night is that day, as the labels have it
        ("a man was shot on Monday night in a reprisal attack", datetime(2021, 5, 17, tzinfo=UTC), TimePrecision.DAY),
        ("rockets stopped on Thursday", datetime(2021, 5, 20, tzinfo=UTC), TimePrecision.DAY),
        ("Biden on Wednesday urged", datetime(2021, 5, 19, tzinfo=UTC), TimePrecision.DAY),
        ("the Assembly will meet on Monday", datetime(2021, 5, 24, tzinfo=UTC), TimePrecision.DAY),
        ("a special session on May 27", datetime(2021, 5, 27, tzinfo=UTC), TimePrecision.DAY),
        ("began firing rockets on May 10", datetime(2021, 5, 10, tzinfo=UTC), TimePrecision.DAY),
        # an eruption told with no figure is dated by its day (`test_a_tallys_start_is_not_the_news_day`)
        ("riots erupted on May 13 in the port city", datetime(2021, 5, 13, tzinfo=UTC), TimePrecision.DAY),
        # a day before its month with an ordinal, spaced or not, with "of" or not
        ("On 14th May, gunmen raided the village", datetime(2021, 5, 14, tzinfo=UTC), TimePrecision.DAY),
        ("the post was overrun on the 3rd of May", datetime(2021, 5, 3, tzinfo=UTC), TimePrecision.DAY),
        ("On 11thMay militias attacked the market", datetime(2021, 5, 11, tzinfo=UTC), TimePrecision.DAY),
        ("killed yesterday", datetime(2021, 5, 19, tzinfo=UTC), TimePrecision.DAY),
        ("Just two weeks ago, 40 people were killed", datetime(2021, 5, 6, tzinfo=UTC), TimePrecision.DAY),
        ("gunmen raided the village three days ago", datetime(2021, 5, 17, tzinfo=UTC), TimePrecision.DAY),
    ],
)
def test_times_resolve_against_the_publication_date(text: str, at: datetime, precision: TimePrecision) -> None:
    resolved = resolve_time(text, PUBLISHED, GAZA)
    assert (resolved.at, resolved.precision, resolved.stated) == (at, precision, True)


def test_a_tallys_start_is_not_the_news_day() -> None:
    resolved = resolve_time("unrest that broke out on May 13 has killed 9", PUBLISHED, GAZA)
    assert (resolved.at, resolved.stated) == (datetime(2021, 5, 20, tzinfo=UTC), False)


def test_a_figure_with_a_dot_after_at_is_no_clock_time_when_it_is_a_rate() -> None:
    assert not resolve_time("food prices rose at 12.50 percent a month", PUBLISHED, GAZA).stated


@pytest.mark.parametrize(
    ("text", "first", "days"),
    [
        ("Between 14 and 17 May, multiple incidents were recorded in Rafah", datetime(2021, 5, 14, tzinfo=UTC), 4),
        ("Between 4-5 May alone, 38 civilians were killed", datetime(2021, 5, 4, tzinfo=UTC), 2),
        ("attacks on the villages between May 10 and 13", datetime(2021, 5, 10, tzinfo=UTC), 4),
        ("some 3,000 people were displaced from 30 April to 2 May", datetime(2021, 4, 30, tzinfo=UTC), 3),
    ],
)
def test_days_told_as_a_span_are_a_span(text: str, first: datetime, days: int) -> None:
    resolved = resolve_time(text, PUBLISHED, GAZA)
    assert (resolved.at, resolved.precision, resolved.duration) == (first, TimePrecision.SPAN, timedelta(days=days))


@pytest.mark.parametrize(
    ("text", "first", "days"),
    [
        ("Last month, at least eight fighters were killed", datetime(2021, 4, 1, tzinfo=UTC), 30),
        ("Strikes across the Strip at the weekend killed 40", datetime(2021, 5, 15, tzinfo=UTC), 2),
        ("Clashes in the province killed two civilians last week", datetime(2021, 5, 10, tzinfo=UTC), 7),
        ("Earlier this month 50 soldiers were killed in an ambush", datetime(2021, 5, 1, tzinfo=UTC), 19),
    ],
)
def test_last_month_last_week_and_the_weekend_are_spans(text: str, first: datetime, days: int) -> None:
    resolved = resolve_time(text, PUBLISHED, GAZA)
    assert (resolved.at, resolved.precision, resolved.duration) == (first, TimePrecision.SPAN, timedelta(days=days))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("As last week, gunmen raided the village on Tuesday", datetime(2021, 5, 18, tzinfo=UTC)),
        ("Shelling has killed 30 since last week", datetime(2021, 5, 20, tzinfo=UTC)),
    ],
)
def test_last_week_with_its_day_or_as_a_start_is_no_span(text: str, day: datetime) -> None:
    resolved = resolve_time(text, PUBLISHED, GAZA)
    assert (resolved.at, resolved.precision) == (day, TimePrecision.DAY)


@pytest.mark.parametrize("text", ["a 3-1 vote on May 27", "Resolution 2254 and the May 27 meeting"])
def test_figures_beside_a_date_are_no_span(text: str) -> None:
    assert resolve_time(text, PUBLISHED, GAZA).precision is TimePrecision.DAY


def test_a_cumulative_figure_since_a_date_is_dated_to_the_report() -> None:
    resolved = resolve_time("Since the fighting began on May 10, 232 have been killed", PUBLISHED, GAZA)
    assert (resolved.at, resolved.precision, resolved.stated) == (
        datetime(2021, 5, 20, tzinfo=UTC),
        TimePrecision.DAY,
        False,
    )


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Separatists have been fighting the army in the Northwest and Southwest since 2016.", True),
        ("Farmers have held a protest in the capital since 2016.", True),
        ("It was the deadliest attack on the town since 2016.", False),
    ],
)
def test_a_place_or_noun_ending_in_est_is_no_record(text: str, tally: bool) -> None:
    assert summary_since(text, PUBLISHED) is tally


def test_a_gmt_weekday_wins_over_the_local_day() -> None:
    friday = datetime(2021, 5, 21, 9, 45, tzinfo=UTC)
    resolved = resolve_time("took effect at 2 a.m. (2300 GMT Thursday) on Friday", friday, GAZA)
    assert resolved.at == datetime(2021, 5, 20, 23, tzinfo=UTC)


def test_local_time_uses_the_theatres_zone_and_its_daylight_saving() -> None:
    march = datetime(2024, 3, 22, 14, tzinfo=UTC)  # Kyiv is UTC+2 until the end of March
    assert resolve_time("at 4:30 a.m.", march, timezone("Europe/Kyiv")).at == datetime(2024, 3, 22, 2, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("stopped for eight hours", timedelta(hours=8)),
        ("after an eight-hour break", timedelta(hours=8)),
        ("a 72-hour truce", timedelta(hours=72)),
        ("a week-long ceasefire", timedelta(days=7)),
        ("for 3 days", timedelta(days=3)),
        ("in the 11 days of fighting", None),
        ("within a day or two", None),
    ],
)
def test_durations(text: str, duration: timedelta | None) -> None:
    assert find_duration(text) == duration


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("A year ago the rebels bombed the academy, killing 22 people.", True),
        ("Six months ago, drones hit the same depot.", True),
        ("The army lost 30 soldiers in the valley last year.", True),
        ("Two weeks ago, 40 people were killed in the camp.", False),
        ("Losses have mounted since the offensive began two years ago.", False),
        ("Talks that were suspended a year ago resumed on Monday.", False),
    ],
)
def test_a_fact_counted_back_further_than_a_month_is_background(text: str, background: bool) -> None:
    assert dated_long_before(text, PUBLISHED) is background


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("The pilot was seized after landing his plane near the mine on Feb. 7.", True),
        ("The envoy will meet both sides on Feb. 7.", False),
        ("Gunmen attacked the post on Dec. 25, killing two.", False),
        ("The war, triggered by the raid on the border on Feb. 7, has displaced thousands.", False),
    ],
)
def test_a_day_told_in_the_past_tense_is_its_last_passing_not_the_coming_one(text: str, background: bool) -> None:
    late_december = datetime(2023, 12, 29, 9, tzinfo=UTC)
    assert dated_long_before(text, late_december) is background


def test_a_date_of_what_came_before_does_not_date_the_news() -> None:
    text = "Troops took control of Kafr Zeita following the collapse of the truce on 5 August."
    assert dated_long_before(text, datetime(2019, 9, 6, 9, tzinfo=UTC)) is False


def test_the_day_a_wound_was_sustained_does_not_date_a_death_now() -> None:
    text = "On the same day a man died of wounds sustained during a raid in Jenin on 5 July."
    assert dated_long_before(text, datetime(2024, 10, 17, 9, tzinfo=UTC)) is False


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("The United Nations urged both sides to respect a 1991 ceasefire.", False),
        ("Under the 2019 deal, the army withdrew from the town.", False),
        ("Despite a November ceasefire, the army kept up its shelling of the town.", False),
        ("Fighting erupted on Wednesday despite a truce deal four months ago.", False),
        ("Shells fell on border villages on Monday despite the 1953 armistice.", False),
        ("Gunmen attacked a post on Monday, breaking a truce that was declared in March 2019.", False),
        ("The ceasefire collapsed four months ago.", True),
        ("Rebels shelled the town in 2019, breaking the truce.", True),
    ],
)
def test_a_year_that_names_an_earlier_agreement_does_not_date_the_news(text: str, background: bool) -> None:
    assert dated_long_before(text, PUBLISHED) is background


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Drones struck an air base on Sunday in the latest blow of the war sparked by the invasion in 2022.", False),
        ("Talks failed to ease the conflict triggered by the coup of February 2021, officials said.", False),
        ("The war began with the invasion in 2022.", True),
    ],
)
def test_the_year_in_a_phrase_naming_what_started_the_war_does_not_date_the_news(text: str, background: bool) -> None:
    assert dated_long_before(text, datetime(2025, 6, 9, 12, tzinfo=UTC)) is background


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("In the deadliest attack in the region in the last seven years, 26 soldiers were killed on Monday.", False),
        ("It was the worst shelling the town has seen over the past two decades.", False),
        ("Over the past three years, rebels have killed hundreds of people in the region.", True),
    ],
)
def test_the_span_a_record_is_measured_over_does_not_date_the_news(text: str, background: bool) -> None:
    assert dated_long_before(text, PUBLISHED) is background


def test_the_war_a_record_is_measured_from_does_not_date_the_news() -> None:
    text = "Attacks on Dnipro were among the largest since the eruption of the conflict in 2022, the UN said."
    assert dated_long_before(text, datetime(2026, 1, 8, 12, tzinfo=UTC)) is False


def test_a_month_before_a_figure_in_thousands_states_no_day() -> None:
    assert not resolve_time("On May 12,500 people fled the town.", PUBLISHED, GAZA).stated


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Police clashed on Friday with supporters of a former president who ruled from 2006.", False),
        ("The city was plunged into chaos yesterday, the worst unrest since its handover in 1997.", False),
        ("Rebels shelled the valley in 2019, killing four.", True),
    ],
)
def test_a_sentence_dated_to_a_recent_day_names_older_years_as_background(text: str, background: bool) -> None:
    assert dated_long_before(text, PUBLISHED) is background


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in a clash near the port, the city ruined by a siege in 2017.",
        "Police clashed with supporters of former governor Ruiz (2006-2019) in the square.",
    ],
)
def test_an_apposition_or_a_bracketed_term_dated_long_before_does_not_date_the_sentence(text: str) -> None:
    assert dated_long_before(text, PUBLISHED) is False


def test_what_a_sentence_tells_a_day_after_its_date_came_the_day_before() -> None:
    text = "Crowds mourned on Thursday, a day after a truck bomb tore through the square."
    when = resolve_time(text, PUBLISHED, GAZA)
    earlier = told_days_after(text, when, PUBLISHED, GAZA)
    assert earlier is not None
    assert text[earlier[0] :].startswith(" a truck bomb")
    assert earlier[1].at == datetime(2021, 5, 19, tzinfo=UTC)


def test_what_is_dated_after_a_day_after_keeps_its_own_date() -> None:
    text = "Troops raided the square on Wednesday, a day after gunmen attacked it on Tuesday."
    assert told_days_after(text, resolve_time(text, PUBLISHED, GAZA), PUBLISHED, GAZA) is None


def test_what_came_after_a_sentences_date_and_is_dated_itself_keeps_its_date() -> None:
    text = "The mayor declared a curfew on Wednesday after eight people were killed on Monday."
    earlier = told_days_after(text, resolve_time(text, PUBLISHED, GAZA), PUBLISHED, GAZA)
    assert earlier is not None
    assert earlier[1].at == datetime(2021, 5, 17, tzinfo=UTC)


def test_a_toll_counted_since_a_truce_took_effect_is_a_running_total_not_old_news() -> None:
    text = "At least 331 people have been killed since the ceasefire took effect on November 27, 2024."
    assert dated_long_before(text, datetime(2025, 11, 22, 9, tzinfo=UTC)) is False
