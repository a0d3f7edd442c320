"""Rules from strict judges' verdicts on real BBC articles of 2010-17 (the XSum test
set) that no engine had been tuned on.

From xsum1 (judged under 2026.11-84): a "he" is the only man named so far only when he
was named lately; a page's video-player notice is no source of questions (see
test_real_furniture_rules); the source's slips ("500 hundred", "neither ... or", "have
been" after a singular, "rather" without "than", a comma after a subject) are copied
into no question; a day of the month, "one or two" and "the best of three" are never
blanked; a figure in what a "would" supposes is never swapped; "Spaniard Deulofeu" is
"Deulofeu"; a ship is no person; "Olympic" is no place; no question asks about words
one person says another said; a quotation is never cut before "of"; a manager whose
men played is never offered for a player's deed; "The third was named" leans on the
sentence before.

From xsum2 (under an early -85): a nationality alone is no person; "here", a share of
nothing named, "a" before a vowel, a transcript's speaker label and a footnote's
asterisk make no statement; "have criticised ... and accused" is not denied; a club
before its player's post keeps its capital.

From xsum3 (under an early -85): a quotation with a stray full stop is never asked
about; a "there" is named from the sentence before only when that names a place.

From xsum4 (under -85): a "he" is not the man named before a name the parser missed
("Monty"); "Treasurer" is a title; "luckily" and "belatedly" are the writer's voice;
the one "told by" another is not the speaker."""

# ruff: noqa: E501

from quizzes.engine import refer
from quizzes.engine.drafts import WHO_SAID
from quizzes.engine.kinds.who_said import _shorten
from tests.engine.conftest import article_of, drafts_of
from tests.engine.test_real_links_rules import _blanks, _refused_unless, _statements

COLUMN = """Cup final awaits

Many captains would love to lead their side into Sunday's cup final at Hampden.

Coach Tom Baker watched the semi-final from the stands on Saturday.

As a former captain myself, I know how the beaten sides feel.

Yet Rovers have reached the final again, and the club's fans are travelling in numbers.

At 28, the striker is at the peak of his powers.

I have played alongside him for six seasons and seen his skill at first hand.

He is a calm finisher in front of goal and works hard in training.
"""


def _he(text, opening):
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith(opening))
    found = refer.pronoun(article, sentence)
    return None if found is None else found[0].name


def test_he_is_not_a_man_named_once_paragraphs_before():
    # The column's "he" is a striker the parser never took for a person; Tom Baker,
    # named five paragraphs up, is not him.
    assert _he(COLUMN, "He is a calm") is None


def test_he_is_the_only_man_named_lately():
    near = COLUMN.replace(
        "I have played alongside him for six seasons and seen his skill at first hand.\n\n",
        "",
    ).replace("Yet Rovers have reached", "Tom Baker said Rovers have reached")
    assert _he(near, "He is a calm") == "Tom Baker"


# A source's slips copied into no question.


def test_a_figure_with_its_hundreds_written_again_is_no_statement():
    _refused_unless(
        "The Carra ferry carries 500 hundred passengers a day in summer, Harbour Lines said.",
        "passengers a day",
        "500 hundred",
        "500",
    )


def test_neither_without_nor_is_no_statement():
    _refused_unless(
        "Mary Dunne said neither Harbour Lines or the council would comment on the 40 jobs at Carra.",
        "comment on",
        " or the council",
        " nor the council",
    )


def test_a_singular_subject_with_a_plural_verb_is_no_statement():
    _refused_unless(
        "The main focus of this week's talks with Harbour Lines have been the 40 jobs at Carra.",
        "main focus",
        "have been",
        "has been",
    )


def test_rather_without_than_is_no_statement():
    _refused_unless(
        "Mary Dunne said islanders would accept a timetable of 12 sailings rather lose the ferry to Carra.",
        "timetable",
        "rather lose",
        "rather than lose",
    )


def test_a_comma_between_a_subject_phrase_and_its_verb_is_no_statement():
    _refused_unless(
        "A lawyer representing Harbour Lines, told the court the firm had lost £2m on the Carra route.",
        "lawyer",
        "Harbour Lines, told",
        "Harbour Lines told",
    )


def test_a_subject_set_off_by_a_pair_of_commas_is_english():
    assert _statements(
        "Mary Dunne, a councillor on Carra, said Harbour Lines had lost £2m on the route.",
        "councillor",
    )


# Blanks common sense fills.


def _keys(sentence, words):
    return [c.draft.key.text for c in _blanks(sentence, words)]


def test_a_day_of_the_month_is_never_blanked():
    sentence = "Harbour Lines must publish its new timetable for Carra by 26 August 2016, the regulator said."
    assert not any(key.startswith("26") for key in _keys(sentence, "timetable"))
    within = sentence.replace("by 26 August 2016", "within 26 days")
    assert any(key.startswith("26") for key in _keys(within, "timetable"))


def test_a_number_in_a_saying_is_never_blanked():
    sayings = {
        "Passengers may bring one or two bags on the Carra ferry, Mary Dunne reported.": (
            "one or two",
            "two",
            "two",
        ),
        "Carra won the opening two races in the best of three against Harbour Lines.": (
            "in the best of three",
            "of three",
            "three",
        ),
        "Mary Dunne said the cuts were the lesser of two evils for islanders.": (
            "the lesser of two evils",
            "two bad blows",
            "two",
        ),
    }
    for sentence, (saying, plain, key) in sayings.items():
        words = sentence.split()[-1]  # "Carra.", "Lines.", "said."
        assert key not in _keys(sentence, words), saying
        assert key in _keys(sentence.replace(saying, plain), words), plain


# A supposed figure is no false statement.


def test_a_figure_in_what_would_happen_is_never_swapped():
    supposed = "For a route that carried 40,000 passengers last year, losing three sailings a week would be a blow to Carra."
    told = "Harbour Lines is losing three sailings a week, a blow to Carra."
    swapped = [c.swap for c in _statements(supposed, "losing")]
    assert not any(swap and swap[0] == "three" for swap in swapped)
    assert any(
        swap and swap[0] == "three" for swap in (c.swap for c in _statements(told, "losing"))
    )


# Names: a nationality before a surname, a ship, a place named like an event.

MATCH = """Everton come back to win

Everton came from two goals down to beat West Brom 3-2 at The Hawthorns on Monday.

Romelu Lukaku scored twice, heading in Gerard Deulofeu's cross before Arouna Kone levelled.

Craig Dawson had doubled the Baggies' lead with a header early in the second half.

The service also improved from Spaniard Deulofeu, who delivered two fine crosses for the goals.

Everton manager Roberto Martinez said his side had shown real character after the break.
"""


def test_a_nationality_before_a_surname_is_no_part_of_the_name():
    article = article_of(MATCH)
    names = {e.name for e in article.people}
    assert not any(name.startswith("Spaniard") for name in names)


def test_a_name_written_after_hms_is_a_ship_not_a_person():
    text = """Officers regret carrier's loss

Ten retired officers have written to the prime minister about the loss of the aircraft carrier HMS Ark Royal.

Admiral Sir John Woodward said the loss of Ark Royal had damaged the country's defences.

"We cannot send a carrier to the coast if we have none," said Admiral Woodward.

Defence Secretary Liam Fox said the government had made the right choice.
"""
    assert "Ark Royal" not in {e.name for e in article_of(text).people}


def test_olympic_is_no_place_to_swap():
    # Olympic is a district of Hong Kong in the gazetteer.
    text = """Trott wins pursuit title

Double Olympic champion Laura Trott won the individual pursuit title at the British championships in Manchester.

Trott, 23, trailed Scotland's Katie Archibald at halfway before crossing the line ahead.

Three-time Olympic champion Jason Kenny had to settle for fourth.

Elinor Barker made her comeback in the Revolution Series in Derby in August.
"""
    stems = [d.stem for d in drafts_of(text)]
    assert any(
        "Three-time Olympic champion" in stem or "three-time Olympic" in stem for stem in stems
    )
    assert not any("Derby champion" in stem for stem in stems)


# Who said it.

TRIAL = """Witness recalls night of attack

A witness has told a murder trial in Edinburgh what he heard on the night a man died.

David Mills said he had gone to the flat with Ronnie Carr and his nephew Andrew.

Mr Mills said that Ronnie Carr said: "Andrew, just hit him now."

Defence lawyer Ann Gray said: "You have told this court three different stories."

Judge Lord Reid told the jury: "You must put what you read in the papers out of your minds."
"""


def test_words_a_speaker_reports_another_saying_are_asked_about_by_no_question():
    asked = [d for d in drafts_of(TRIAL) if d.kind == WHO_SAID]
    assert any("three different stories" in d.stem for d in asked)
    assert not any("just hit him" in d.stem for d in asked)
    direct = TRIAL.replace("Mr Mills said that Ronnie Carr said:", "Ronnie Carr said:")
    assert any("just hit him" in d.stem for d in drafts_of(direct) if d.kind == WHO_SAID)


def test_a_quotation_before_another_speakers_is_not_his():
    text = TRIAL.replace(
        'Defence lawyer Ann Gray said: "You have told this court three different stories."',
        'The QC added: "You have told this court three different stories about that night," and Mr Mills said: "That is how I recall it."',
    )
    asked = [d for d in drafts_of(text) if d.kind == WHO_SAID]
    assert not any("three different stories" in d.stem for d in asked)


def test_a_long_quotation_is_never_cut_inside_a_phrase_going_on_with_of():
    quote = (
        "I've had a tough year, a tough couple of years so it's really nice to step up "
        "today and put a bit of icing on top of the cake at the end of it all"
    )
    shown = _shorten(quote)
    assert shown.endswith(" ...") and not shown.endswith("a bit ...")


def test_a_manager_whose_men_played_is_never_offered_for_a_players_deed():
    text = """Celtic thrash Partick

Brendan Rodgers says his side can finish the season unbeaten after a 5-0 win at Firhill.

Rodgers' men thrashed Partick Thistle on Thursday and must avoid defeat by Hearts on Sunday.

Leigh Griffiths scored the opener from the penalty spot after Patrick Roberts was fouled by Callum Booth.

Tom Rogic netted Celtic's second from a low Griffiths cross before the break.

"It was a joy to watch the team," said Rodgers.
"""
    netted = [d for d in drafts_of(text) if d.kind == "entity" and "netted" in d.stem]
    assert netted
    for draft in netted:
        assert "Brendan Rodgers" not in {c.text for c in draft.choices}


def test_a_bare_ordinal_opening_a_sentence_leans_on_the_one_before():
    # Judges failed "Complete the sentence: 'The third was named ___, who ...'": the
    # third of what? Function-level: no short text reached an entity blank here.
    from quizzes.engine.kinds.referents import points_back

    text = """Suspects leave for home

Police said two suspects had flown home to Pyongyang from Kuala Lumpur on Tuesday.

The third was named Hyon Kwang Song, who had been staying at the embassy, police said.

A third man was named Kim Uk Il, who had been staying at the embassy, police said.
"""
    article = article_of(text)
    bare, named = article.sentences[1], article.sentences[2]
    assert points_back(bare.span[:3])
    assert not points_back(named.span[:3])


# From xsum2 (judged under an early -85).


def test_a_nationality_alone_is_no_person():
    text = """Rahm rises into world's top 50

Jon Rahm finished third at the Irish Open in Portstewart on Sunday, his best finish in Europe.

Having completed a stellar college career at Arizona State, where he won the prestigious Ben Hogan award, the youthful Spaniard was third at Congressional last year.

All indicators suggest the Spaniard, currently ranked 46th, is likely to remain in the world's top 50.

With his PGA Tour card secure, the Spaniard is on schedule to be free to accept European Tour membership.

Phil Mickelson's brother Tim coached him at Arizona State and is now the Spaniard's agent.
"""
    assert "Spaniard" not in {e.name for e in article_of(text).people}


def test_here_outside_a_quotation_leans_on_the_story():
    _refused_unless(
        "Mary Dunne said the ferry has been part of life here since 1990, when Harbour Lines began the route.",
        "part of life",
        " here since",
        " on Carra since",
    )


def test_a_before_a_vowel_is_no_statement():
    _refused_unless(
        "Harbour Lines said the winter timetable was originally a Irish idea from the Carra council.",
        "winter timetable",
        "a Irish idea",
        "an Irish idea",
    )


def test_a_transcripts_speaker_label_opens_no_statement():
    _refused_unless(
        "Nick Beake: Harbour Lines carried 40,000 passengers to Carra last year.",
        "passengers",
        "Nick Beake: Harbour Lines",
        "Harbour Lines",
    )


def test_a_second_participle_after_and_is_not_denied_with_the_first():
    from quizzes.engine.kinds import contrary
    from tests.engine.test_real_links_rules import _sentence

    _, joined = _sentence(
        "Islanders on Carra have criticised the Harbour Lines report and accused inspectors of bias.",
        "accused",
    )
    _, alone = _sentence(
        "Islanders on Carra have criticised the Harbour Lines report.", "criticised"
    )
    assert contrary.flip(joined) is None
    assert contrary.flip(alone) is not None


def test_a_share_of_what_an_earlier_sentence_says_is_no_statement():
    _refused_unless(
        "Around half are believed to have later returned to Carra, Harbour Lines has said.",
        "believed",
        "Around half are",
        "Around half of the islanders are",
    )


def test_a_club_before_its_players_post_keeps_its_capital():
    stems = [
        c.draft.stem
        for c in _statements(
            "Arsenal loanee Joel Campbell scored twice as the Carra team beat Harbour Lines 3-1.",
            "loanee",
        )
    ]
    assert stems
    assert all("According to the article, Arsenal loanee" in stem for stem in stems)


def test_a_quotation_with_a_stray_full_stop_is_never_asked_about():
    text = """Rovers fight back

Rovers trail by 160 runs after the second day of their match against Harbour at Park Road.

Rovers captain Tom Reed told BBC Sport: "We have to have a strong mind-set when we bowl again. we probably gave away 30 runs too many today."

Harbour coach Sam Cole said: "We were happy with the way the batsmen built the innings on a slow pitch."

Umpire Joe Platt said: "Bad light stopped play twice in the afternoon."
"""
    # The umpire is a third speaker: a who-said question needs three options.
    asked = [d.stem for d in drafts_of(text) if d.kind == WHO_SAID]
    assert any("slow pitch" in stem for stem in asked)
    assert not any("bowl again" in stem for stem in asked)
    fixed = text.replace("bowl again. we probably", "bowl again. We probably")
    assert any("bowl again" in d.stem for d in drafts_of(fixed) if d.kind == WHO_SAID)


def test_a_footnote_mark_is_copied_into_no_statement():
    _refused_unless(
        "The *Carra Queen started the season with two sailings a week from Harbour Lines, the council said.",
        "two sailings",
        "*Carra",
        "Carra",
    )


# A "there" is named from the sentence before only when that names a place.


def _there(text):
    from quizzes.engine.kinds.common import there_referent

    article = article_of("Darts\n\n" + text)
    found = there_referent(article, article.sentences[1])
    return None if found is None else found[2]


def test_there_is_the_place_the_sentence_before_is_about():
    assert (
        _there("Wimbledon begins on 20 June.\n\nAshworth lost in the first round there last year.")
        == "at Wimbledon"
    )


def test_there_is_never_the_person_the_sentence_before_is_about():
    assert (
        _there("Tom Fordham is hoping for one more world final.\n\nHe has lost there twice.")
        is None
    )


def test_there_is_the_place_its_own_sentence_names():
    assert (
        _there(
            "Wimbledon begins on 20 June.\n\nAshworth has not played at Queen's since 2006 and will not play there this year."
        )
        is None
    )


def test_he_is_not_the_man_named_before_a_name_the_parser_missed():
    # From xsum4 (under -85): "After all, David Begg ended his first round ...".
    text = """A day with Monty

The starter at Gailes called Monty to the tee for his second round of the day.

As the Scot limbered up, marshal David Begg told me that he was putting beautifully.

More of the same and Monty would be a certain qualifier for the Open at Royal Troon. After all, he ended his first round a shot off the lead.
"""
    article = article_of(text)
    sentence = next(s for s in article.sentences if s.text.startswith("After all"))
    found = refer.opening(article, sentence)
    assert found is None or found.entity.name != "David Begg"
    plain = text.replace("More of the same and Monty would be", "More of the same would make him")
    article = article_of(plain)
    sentence = next(s for s in article.sentences if s.text.startswith("After all"))
    assert refer.opening(article, sentence).entity.name == "David Begg"  # the rule's reach


def test_treasurer_is_a_title_not_part_of_a_name():
    text = """Australia urged to take more refugees

Prime Minister Tony Abbott is under pressure to take in more refugees from Syria.

Assistant Treasurer Josh Frydenberg on Monday called for temporary housing of asylum seekers.

Mr Frydenberg said there was a good case for housing refugees until it was safe to return.
"""
    names = {e.name for e in article_of(text).people}
    assert "Josh Frydenberg" in names
    assert not any(name.startswith("Treasurer") for name in names)


def test_the_writers_verdict_on_what_is_told_is_no_statement():
    for word in ("luckily", "belatedly"):
        _refused_unless(
            f"Harbour Lines has {word} added two winter sailings to Carra, the council said.",
            "two winter sailings",
            f"{word} ",
            "",
        )


def test_the_one_told_is_not_the_speaker():
    text = TRIAL.replace(
        'Defence lawyer Ann Gray said: "You have told this court three different stories."',
        'Mr Mills was then told by defence lawyer Ann Gray: "You have told this court three different stories."',
    )
    asked = [
        d for d in drafts_of(text) if d.kind == WHO_SAID and "three different stories" in d.stem
    ]
    assert asked
    assert {d.key.text for d in asked} == {"Ann Gray"}
