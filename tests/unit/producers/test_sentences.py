from __future__ import annotations

from producers.extract.sentences import split_sentences


def test_spans_point_at_the_sentences_in_the_text(seed_text: str) -> None:
    sentences = split_sentences(seed_text)
    assert all(seed_text[s.start : s.end] == s.text for s in sentences)
    pause = next(s for s in sentences if s.text.startswith("Rocket attacks on Israel"))
    assert (pause.start, pause.end) == (623, 799)  # as hand-labelled in tests/data/seed-2021-05-20.jsonl


def test_abbreviations_and_clock_times_do_not_end_a_sentence() -> None:
    text = "U.S. President Joe Biden spoke at 7 p.m. on Monday. Gen. Smith said the U.N. would meet. Then it rained."
    assert [s.text for s in split_sentences(text)] == [
        "U.S. President Joe Biden spoke at 7 p.m. on Monday.",
        "Gen. Smith said the U.N. would meet.",
        "Then it rained.",
    ]


def test_paragraph_breaks_end_a_sentence_without_a_full_stop() -> None:
    assert [s.text for s in split_sentences("A headline\n\nThe body starts here.")] == [
        "A headline",
        "The body starts here.",
    ]


def test_wire_copy_wrapped_at_a_fixed_width_is_split_into_its_sentences_not_its_lines() -> None:
    text = (
        "* Army says the town is back under its control\n"
        "By A Correspondent\n"
        "MOPTI, March 3 At least 12 fighters were killed in clashes\n"
        "with the army near the town of Sevare on Tuesday, a local official\n"
        "said, and several houses were burned in the fighting.\n"
        "The army said it had retaken the market and the bus station\n"
        "from the fighters, who fled towards the river.\n"
        "\n"
        "MORE TROOPS\n"
        "Reinforcements arrived from Bamako late on Tuesday."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "* Army says the town is back under its control",
        "By A Correspondent",
        "MOPTI, March 3 At least 12 fighters were killed in clashes with the army near the town of Sevare on "
        "Tuesday, a local official said, and several houses were burned in the fighting.",
        "The army said it had retaken the market and the bus station from the fighters, who fled towards the river.",
        "MORE TROOPS",
        "Reinforcements arrived from Bamako late on Tuesday.",
    ]
    assert all(text[s.start : s.end].replace("\n", " ") == s.text for s in sentences)


def test_a_stray_line_break_before_a_lower_case_word_does_not_make_a_text_wrapped() -> None:
    text = "Comments are closed\nup\nThree people were killed in Gao.\nA curfew was imposed."
    assert [s.text for s in split_sentences(text)] == [
        "Comments are closed",
        "up",
        "Three people were killed in Gao.",
        "A curfew was imposed.",
    ]


def test_military_ranks_do_not_end_a_sentence() -> None:
    text = "The ambush left their companion, Cpl. Reyes, wounded. Pvt. Santos was unhurt."
    assert [s.text for s in split_sentences(text)] == [
        "The ambush left their companion, Cpl. Reyes, wounded.",
        "Pvt. Santos was unhurt.",
    ]


def test_a_full_stop_a_scraped_page_left_without_its_space_still_ends_a_sentence() -> None:
    text = "Nine people were killed in Kalehe, an official said.The attack was blamed on rebels. Read it on News.Az."
    assert [s.text for s in split_sentences(text)] == [
        "Nine people were killed in Kalehe, an official said.",
        "The attack was blamed on rebels.",
        "Read it on News.Az.",
    ]


def test_a_names_initial_does_not_end_a_sentence_but_a_post_on_x_does() -> None:
    text = "Soldier Hayk S. Minasyan was killed, the ministry said in a post on X. Shelling went on."
    assert [s.text for s in split_sentences(text)] == [
        "Soldier Hayk S. Minasyan was killed, the ministry said in a post on X.",
        "Shelling went on.",
    ]
