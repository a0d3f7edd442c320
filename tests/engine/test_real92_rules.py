"""Rules from strict judges' verdicts on real articles no engine had been tuned on.

From real92-96 (judged under 2026.11-74): a name the tagger took for a common word
keeps its capital after "According to the article,"; a person's label ("the
25-year-old", "the veteran") says no name; in a story of men's and women's events a
woman is never offered among men; a name in a list of names is never the blank; the
dead are no speakers; a "daily" is a newspaper; a stem quoting a sentence makes its
inner quotation marks single; ".22" keeps its space; "Later,", "for example", "equally"
and "the idea" point back; a false count only goes up; a broadcast schedule is no
statement.

From real97-101 (under 2026.11-75): a match report's team sheet is no sentence, the
minute of its play and its score so far are never blanks, and its name questions are
about goals; "the England international" and "as a result" point back; a cut quotation
never ends on a clause it began; under -76, a minute of play is never swapped, a save
ranks below the bar, keepers and managers are no scorers and the keeper beaten is no
blank.

From real102-106 (under 2026.11-76): a race distance is never swapped; a columnist's
"Yes, ...", a year pointed back to with only a month named, and "then" counting on
from another sentence are no statements.

From real107-111 (under 2026.11-78): a character reference ("pr&#233;cis") becomes its
character when a body is stored; a completion never quotes two sentences; "on the
other hand" points back."""

# ruff: noqa: E501

from quizzes.engine import gender
from quizzes.engine.drafts import WHO_SAID
from quizzes.engine.generate import MIN_SCORE
from quizzes.engine.kinds import central, common, entity, fates, number, true_false
from quizzes.engine.kinds.distractors import same_type_options
from quizzes.engine.kinds.referents import usable
from quizzes.engine.kinds.who_said import _shorten
from quizzes.engine.text import normalise_body
from tests.engine.conftest import article_of, drafts_of, entity_named
from tests.engine.test_real_links_rules import STORY, _refused_unless, _sentence, _statements

# 1. A name the tagger took for a common word keeps its capital.


def test_a_name_no_english_word_spells_keeps_its_capital():
    for sentence, opening in (
        ("Notts police chief Steve Green said the new sailings would suffer.", "Notts police"),
        ("Shrek 2 and The Incredibles were shown on the ferry last winter.", "Shrek 2"),
        ("OneTel adverts were shown on the ferry last winter.", "OneTel adverts"),
        ("BlackBerry sales on the ferry rose to 40,000 last winter.", "BlackBerry sales"),
        ("Piers Freelove is the senior officer on the Carra route.", "Piers Freelove"),
    ):
        article, found = _sentence(sentence, opening.split()[1])
        assert common.is_name(article, common.first_word(found)), sentence
        stems = [c.draft.stem for c in _statements(sentence, opening.split()[1])]
        assert stems and all(opening in stem for stem in stems), (sentence, stems)


def test_a_common_word_the_lemmatizer_does_not_know_still_loses_its_capital():
    # "Gamers", "Ceasefire": new words, not names; no entity and no number after them.
    for sentence in (
        "Gamers spent more than £2m on the ferry's arcade machines last year.",
        "Ceasefire talks between the ferry firm and its crews ended on Tuesday.",
    ):
        article, found = _sentence(sentence, "ferry")
        assert not common.is_name(article, common.first_word(found)), sentence


# 2. A label for a person named before says no name, wherever it stands.


def test_the_n_year_old_before_a_lower_case_word_is_no_statement():
    # Under IGNORECASE the lookahead for a name after "the 25-year-old" took any word.
    sentence = "The 25-year-old skipper steered the ferry to Carra in record time."
    article, found = _sentence(sentence, "record time")
    assert not usable(article, found)[0]
    named = "Tom Price steered the ferry to Carra in record time."
    article, found = _sentence(named, "record time")
    assert usable(article, found)[0]


def test_the_veteran_at_the_end_of_a_sentence_is_no_statement():
    sentence = (
        "Harbour Lines has named Tom Price and Ann Moss as possible replacements for the veteran."
    )
    assert not _statements(sentence, "possible replacements")
    assert _statements(sentence.replace("the veteran", "Mary Dunne"), "possible replacements")


# 3. In a story of men's and women's events, options keep to the key's sex.

TENNIS = """Roddick and Henman lead the way

Andy Roddick won the men's title in Memphis on Sunday, beating Tim Henman in the final.

Tim Henman said he was pleased with his week. Anna Davenport won the women's title in the same city, and she said her serve had never been better.

Roddick struggled on the clay earlier in the season, losing to Carlos Moya in Spain.

Tim Henman reached the semi-finals of the French Open for the first time in June.

Carlos Moya said he would play in Memphis next year. "I will be back," Anna Davenport said.
"""


def _options_for(text, name):
    article = article_of(text)
    mention = next(m for m in article.mentions if m.entity is entity_named(article, name))
    stem = "Who reached the semi-finals of the French Open for the first time in June?"
    return same_type_options(article, mention, stem)[0]


def test_a_woman_is_never_offered_among_men_where_the_story_splits_by_sex():
    article = article_of(TENNIS)
    assert gender.splits_by_sex(article.body)
    assert gender.gender(article, entity_named(article, "Anna Davenport")) == "f"
    options = _options_for(TENNIS, "Tim Henman")
    assert "Carlos Moya" in options and "Anna Davenport" not in options, options
    # A key of unknown sex beside men and a woman: whichever it is, some would be ruled
    # out, so only others of unknown sex stand.
    text = TENNIS + "\nLleyton Hewitt won the Sydney title in 2004.\n"
    options = _options_for(text, "Lleyton Hewitt")
    assert "Anna Davenport" not in options and "Tim Henman" not in options, options


def test_a_story_with_no_mens_or_womens_events_does_not_split_by_sex():
    plain = TENNIS.replace("men's title", "title").replace("women's title", "prize")
    assert not gender.splits_by_sex(article_of(plain).body)


def test_sex_from_a_pronoun_after_the_subject_and_from_a_surname():
    text = TENNIS + "\nLleyton Hewitt won in Sydney, where his serve was the best of the week.\n"
    article = article_of(text)
    assert gender.gender(article, entity_named(article, "Lleyton Hewitt")) == "m"
    text = TENNIS + "\nSvetlana Kuznetsova won in Moscow.\n"
    article = article_of(text)
    assert gender.gender(article, entity_named(article, "Svetlana Kuznetsova")) == "f"


# 4. A name in a list of names is never the blank.

LIST = """Stars gather for the ferry film

Actors Cate Blanchett, Leonardo DiCaprio and Richard Gere were among the guests at the premiere on Carra.

Leonardo DiCaprio arrived by ferry and signed autographs for an hour at the harbour.

Richard Gere told reporters the island was the most beautiful place he had filmed.

Cate Blanchett praised the ferry crews who carried the cast to the island every day.

Director Tom Price said the film would open in London in March.

Next year the likes of Henin-Hardenne, Clijsters, Cate Blanchett, Mauresmo and Venus will need to be on the ferry.
"""


def test_a_name_in_a_list_of_names_is_never_blanked():
    article = article_of(LIST)
    found = next(s for s in article.sentences if "among the guests" in s.text)
    listed = [m for m in article.mentions_in(found) if m.type == "person"]
    assert listed
    for mention in listed:
        assert entity._one_of_a_list(article, found, mention), mention.text
    # NER may miss lone surnames in a list ("Clijsters, ___, Mauresmo").
    found = next(s for s in article.sentences if "the likes of" in s.text)
    [mention] = [m for m in article.mentions_in(found) if m.text == "Cate Blanchett"]
    assert entity._one_of_a_list(article, found, mention)
    alone = next(s for s in article.sentences if "signed autographs" in s.text)
    [mention] = [m for m in article.mentions_in(alone) if m.type == "person"]
    assert not entity._one_of_a_list(article, alone, mention)


# 5. The dead are no speakers; a "daily" is a newspaper.

CUSTODY = """Custody deaths shock MPs

MPs have called for an inquiry into deaths in custody after a report found 25 children had died in prison since 1990.

It picked out the case of Joseph Scholes, who hanged himself in his cell in March 2002.

Committee chairman Jean Corston said: "Each and every death in custody is a death too many."

Home Office minister Paul Goggins said: "We are determined to cut the number of deaths."
"""


SCHOLES = "It picked out the case of Joseph Scholes, who hanged himself in his cell in March 2002."


# A third speaker beside the chairman and the minister: a who-said question needs three
# options.
GOVERNOR = (
    '\nPrison governor Mary Hollis said: "Staff now check vulnerable prisoners every hour."\n'
)


def _never_a_speaker(text, name):
    drafts = [d for d in drafts_of(text + GOVERNOR) if d.kind == WHO_SAID]
    assert drafts
    for draft in drafts:
        assert name not in [c.text for c in draft.choices], draft


def test_a_person_who_hanged_himself_is_never_offered_as_a_speaker():
    _never_a_speaker(CUSTODY, "Joseph Scholes")


def test_a_body_pictured_is_the_body_of_the_dead():
    text = CUSTODY.replace(
        SCHOLES,
        "A newspaper printed a picture of Mr Joseph Scholes's body in his cell in March 2002.",
    )
    article = article_of(text)
    assert fates.died(article, entity_named(article, "Joseph Scholes"))


def test_a_name_after_daily_is_a_newspaper_not_a_speaker():
    text = CUSTODY.replace(SCHOLES, "Swiss daily Le Matin printed the report in full on Friday.")
    _never_a_speaker(text, "Le Matin")


# 6. Punctuation a stem adds.


def test_a_completion_stem_makes_the_sentences_own_quotation_marks_single():
    stem = common.cloze(
        'Reserves may fall as "Carra will be hard pressed" to keep ', " in reserve."
    )
    assert stem == (
        "Complete the sentence from the article: "
        "\"Reserves may fall as 'Carra will be hard pressed' to keep ___ in reserve.\""
    )


def test_a_figures_point_keeps_the_space_before_it():
    assert (
        common.tidy("a camera and .22 calibre rifle , and more")
        == "a camera and .22 calibre rifle, and more"
    )
    assert common.tidy("the war ... and after .") == "the war ... and after."


# 7. Statements that lean on an earlier sentence, or that no teacher would set.


def test_statements_that_point_back_are_refused_until_they_say_what():
    for sentence, words, old, new in (
        (
            "Later, Harbour Lines agreed its 2003 timetable was based on faulty data.",
            "faulty data",
            "Later, Harbour",
            "In March 2004 Harbour",
        ),
        (
            "Island councillor Mary Dunne is serious about the idea and has written to 40 families.",
            "written to",
            "the idea",
            "the new harbour",
        ),
        (
            "Mary Dunne said she wanted to establish the principle before the 40 sailings ended.",
            "establish",
            "the principle",
            "a fares fund",
        ),
        (
            "On Carra, for example, 40 families have already sold their cars.",
            "sold their cars",
            ", for example,",
            " last year",
        ),
        (
            "Mary Dunne is equally quick to condemn the 40 cuts to winter sailings.",
            "condemn",
            "equally quick",
            "quick",
        ),
    ):
        _refused_unless(sentence, words, old, new)


def test_a_false_count_of_things_only_goes_up():
    # "won three titles" made "won two" is true of anyone who won three.
    sentence = "Harbour Lines won three safety awards last year for its island routes."
    false = [
        c.draft.stem for c in _statements(sentence, "safety awards") if c.draft.key.text == "False"
    ]
    assert false
    for stem in false:
        assert "three safety" not in stem
        assert not any(f"{n} safety" in stem for n in ("one", "two", "1 ", "2 ")), stem


def test_a_broadcast_schedule_is_no_statement():
    _refused_unless(
        "The Carra ferry awards will be shown on BBC One at 2010 GMT.",
        "awards",
        "will be shown on BBC One",
        "will be given to 40 crews",
    )


# From real97-101, judged under 2026.11-75.

# 8. A match report: its team sheet, the minutes of its play and its score so far.

REPORT = """Rovers 3-1 City

Rovers came from behind to beat City 3-1 at Brook Lane on Saturday and climb to third in the table.

City took the lead when Josh Penn scored from a corner after 12 minutes.

Rovers keeper Tom Price needed a fine double save on 54 minutes to deny Sam Okoro and then Penn.

Dan Reid levelled from the penalty spot and Lee Hart made it two from close range ten minutes later.

Hart then set up Reid for the third with a low cross, and Reid slotted home. Rovers: Price, Cole, Bell, Hart, Reid. Subs Not Used: Moss, Dale. Booked: Cole. Att: 12,411 Ref: A Hall (Kent).
"""


def test_a_team_sheet_is_no_sentence():
    article = article_of(REPORT)
    assert not [s for s in article.sentences if "Att:" in s.text or "Subs Not Used" in s.text]
    assert any("Brook Lane" in s.text for s in article.sentences)


def test_the_minute_of_a_moment_of_play_and_the_score_so_far_are_not_blanked():
    article = article_of(REPORT)
    stems = [c.draft.stem for c in number.candidates(article)]
    assert not [s for s in stems if "save on ___" in s], stems
    assert not [s for s in stems if "made it ___" in s], stems
    # A minute in a story that is no match report is a figure like any other.
    story = REPORT.replace("Rovers 3-1 City", "Rovers come from behind to beat City").replace(
        " Subs Not Used: Moss, Dale. Booked: Cole. Att: 12,411 Ref: A Hall (Kent).", ""
    )
    stems = [c.draft.stem for c in number.candidates(article_of(story))]
    assert [s for s in stems if "save on ___" in s], stems


def test_a_match_reports_name_questions_are_about_goals():
    article = article_of(REPORT)
    assert central.match_report(article)
    no_sheet = REPORT.split(" Rovers: Price")[0] + "\n"
    assert central.match_report(article_of(no_sheet))  # the headline's score alone
    no_score = REPORT.replace("Rovers 3-1 City", "Rovers come from behind to beat City")
    assert central.match_report(article_of(no_score))  # the team sheet alone
    assert not central.match_report(article_of(no_score.split(" Rovers: Price")[0] + "\n"))
    save = next(s for s in article.sentences if "double save" in s.text)
    goal = next(s for s in article.sentences if "slotted home" in s.text)
    assert central.play_not_goal(article, save)
    assert not central.play_not_goal(article, goal)
    stems = [c.draft.stem for c in entity.candidates(article)]
    assert not [s for s in stems if "double save" in s], stems


# 9. A statement that leans on the sentence before; a quotation cut mid-clause.


def test_the_england_international_and_as_a_result_point_back():
    _refused_unless(
        "The England international, 24, was hurt in a challenge on the ferry to Carra.",
        "challenge",
        "The England international, 24,",
        "Wayne Bridge, 24,",
    )
    _refused_unless(
        "Scare stories have put 40 families off the ferry as a result, Mary Dunne said.",
        "Scare stories",
        " as a result",
        "",
    )


def test_a_cut_quotation_never_ends_on_a_clause_it_began():
    quote = (
        "I can send you the song and it is either billed to me or I send it to you and "
        "if you like it you can buy it from the shop on the corner of the street, which "
        "is what most people on the island have always done"
    )
    shown = _shorten(quote)
    assert (
        shown == "I can send you the song and it is either billed to me or I send it to you ..."
    ), shown


# From the same articles under 2026.11-76: a match report's minutes of play are never
# swapped, its saves are no statement worth publishing, and neither its keepers nor
# its managers are offered as scorers.


def test_a_minute_of_play_is_never_swapped_in_a_false_statement():
    article = article_of(REPORT)
    stems = [
        c.draft.stem
        for c in true_false.candidates(article)
        if "double save" in c.draft.stem and c.draft.key.text == "False"
    ]
    assert not [s for s in stems if "54 minutes" not in s], stems


def test_a_save_in_a_match_report_ranks_below_the_bar():
    article = article_of(REPORT)
    save = next(s for s in article.sentences if "double save" in s.text)
    assert central.keeper_play(article, save)
    saves = [c for c in true_false.candidates(article) if c.sentence == save.index]
    assert saves and all(c.draft.score < MIN_SCORE for c in saves)


def test_keepers_and_managers_are_never_offered_as_scorers():
    text = REPORT.replace(
        "Hart then set up Reid",
        "Rovers manager Bill Shaw said the win was deserved. Hart then set up Reid",
    ).replace(
        "Dan Reid levelled from the penalty spot",
        "Dan Reid levelled with a penalty fired past Ian Gray",
    )
    article = article_of(text)
    assert central.keeper(
        article, entity_named(article, "Tom Price")
    )  # "a save ... from"? no: "keeper Tom Price"
    assert central.keeper(article, entity_named(article, "Ian Gray"))  # a penalty past him
    assert id(entity_named(article, "Bill Shaw")) in central.not_scorers(article)
    goal = next(s for s in article.sentences if "made it two" in s.text)
    mention = next(m for m in article.mentions_in(goal) if m.text == "Lee Hart")
    options = same_type_options(article, mention, "Who made it two from close range?")[0]
    assert options and not {"Tom Price", "Ian Gray", "Bill Shaw"} & set(options), options


def test_the_keeper_beaten_is_never_a_name_blank():
    text = REPORT.replace(
        "Hart then set up Reid for the third with a low cross, and Reid slotted home.",
        "Hart then set up Reid for the third with a low cross, and Reid slotted home. City "
        "keeper Ian Gray was beaten again when Okoro scored an own goal.",
    )
    stems = [c.draft.stem for c in entity.candidates(article_of(text))]
    assert stems and not [s for s in stems if "own goal" in s], stems


# From real102-106, judged under 2026.11-76.


def test_a_race_distance_is_never_swapped():
    text = STORY.format(
        "Kelly Holmes won the 800m and 1500m titles at the 2004 Olympics in Athens."
    )
    false = [
        c.draft.stem
        for c in true_false.candidates(article_of(text))
        if "titles" in c.draft.stem and c.draft.key.text == "False"
    ]
    assert not [s for s in false if "800m and 1500m" not in s], false


def test_statements_in_a_columnists_voice_or_a_year_unnamed_are_refused():
    _refused_unless(
        "Yes, Harbour Lines let 40 crews go, but the island still has its winter ferry.",
        "winter ferry",
        "Yes, Harbour",
        "In 2004 Harbour",
    )
    _refused_unless(
        "In August of the same year, 40 sailings to Carra were cancelled after a storm.",
        "sailings to Carra",
        "of the same year",
        "2004",
    )
    _refused_unless(
        "Mary Dunne says she can then ask the council for 40 new sailings.",
        "new sailings",
        " then ask",
        " ask",
    )


# From real107-111, judged under 2026.11-78.


def test_a_character_reference_becomes_its_character():
    body = normalise_body(
        "Parliament saw a pr&#233;cis of the advice.\n\nFish &amp; chips. AT&T; stays."
    )
    assert body == "Parliament saw a précis of the advice.\n\nFish & chips. AT&T; stays."


def test_a_completion_never_quotes_two_sentences():
    # The splitter left "... would save at least £300m. They say the council tax ..." as
    # one sentence; the blank stands for a letter, so "at least x. They" is a break.
    assert common.two_sentences("would save at least x. They say the council tax")
    assert common.two_sentences('the fund would run out." Mr Reid added')
    assert not common.two_sentences("Mr Smith said the U.S. Army would stay for x years")
    assert not common.two_sentences("prices rose x% to £1.5bn in March")


def test_on_the_other_hand_points_back():
    _refused_unless(
        "Island pilot Tom Reid, on the other hand, flew to Oban 40 times this year.",
        "times this year",
        ", on the other hand,",
        "",
    )
