"""Who said it, for reported speech (2026.11-107): "Earl said the club had ..." asks
"Who said that the club had ...?", with the other speakers as options; only a
sentence that is its speaker and one self-contained clause, and no pronoun the stem
leaves without its referent."""

# ruff: noqa: E501

from quizzes.engine.drafts import WHO_SAID
from quizzes.engine.kinds import reported
from tests.engine.conftest import article_of, build

CLUB = """Harbourside coach leaves after ten years

Harbourside Rovers head coach Martin Earl has left the club after ten years in charge, the club announced on Friday.

Martin Earl said the squad had been ready for a change of style since the summer.

"We have had ten wonderful years together and I will miss every one of the players," Earl said.

The club's chief executive, Susan Patel, thanked the coach for his service to the town.

"Martin built this team from nothing and we will always be grateful," Patel said.

Club captain David Okafor said the players would start next season with a trip to Portugal in July.

"It is a sad day for all of us but we have to look forward now," Okafor said.

The supporters' trust chairman, Graham Lowe, said: "The fans will give him a warm send-off at the last home game."

Lowe warned that ticket prices for next season would rise by about 5% across the ground.

He said supporters had raised £40,000 towards a new youth pitch beside the ground.

Season ticket holders would get first choice of seats for the last home game this season, Lowe said.

Harbourside Rovers expect to name a successor before the first game of next season, Patel said.

Earl said he would love to coach abroad one day, in Spain or Portugal.

Okafor said it would cost the club millions to replace the coach with someone as good.

Patel said the company that owns the ground had agreed a new lease for another 20 years.
"""


def reported_drafts(text):
    article, drafts = build(text)
    return article, [
        d for d in drafts if d.kind == WHO_SAID and d.stem.startswith("Who ") and '"' not in d.stem
    ]


def test_a_reported_claim_asks_who_said_it():
    _, drafts = reported_drafts(CLUB)
    by_stem = {d.stem: d for d in drafts}
    stem = "Who said that the squad had been ready for a change of style since the summer?"
    assert stem in by_stem, sorted(by_stem)
    question = by_stem[stem]
    assert question.key.text == "Martin Earl"
    options = {c.text for c in question.choices}
    assert len(options) >= 3 and options <= {
        "Martin Earl",
        "Susan Patel",
        "David Okafor",
        "Graham Lowe",
    }
    assert [e.text for e in question.evidence] == [
        "Martin Earl said the squad had been ready for a change of style since the summer."
    ]


def test_the_verb_stays():
    _, drafts = reported_drafts(CLUB)
    stems = {d.stem for d in drafts}
    assert (
        "Who warned that ticket prices for next season would rise by about 5% across the ground?"
        in stems
    )


def test_he_opening_the_sentence_is_the_speaker_before():
    _, drafts = reported_drafts(CLUB)
    questions = {d.stem: d for d in drafts}
    stem = (
        "Who said that supporters had raised £40,000 towards a new youth pitch beside the ground?"
    )
    assert stem in questions, sorted(questions)
    assert questions[stem].key.text == "Graham Lowe"
    # the sentence before, whose subject "he" is, and the one that names him in full
    assert [e.text[:4] for e in questions[stem].evidence] == ["The ", "Lowe", "He s"]


def test_a_claim_before_its_speaker_asks_too():
    _, drafts = reported_drafts(CLUB)
    questions = {d.stem: d for d in drafts}
    stem = "Who said that Harbourside Rovers expect to name a successor before the first game of next season?"
    assert stem in questions, sorted(questions)
    assert questions[stem].key.text == "Susan Patel"
    # A common noun opening the sentence loses its capital; "this season" is the story's.
    lowered = "Who said that season ticket holders would get first choice of seats for the last home game this season?"
    assert questions[lowered].key.text == "Graham Lowe"


def test_the_speakers_own_he_stays_and_no_other_pointer_does():
    _, drafts = reported_drafts(CLUB)
    stems = {d.stem for d in drafts}
    assert "Who said that he would love to coach abroad one day, in Spain or Portugal?" in stems
    assert any("start next season" in s for s in stems)
    assert not any("hardest news" in s for s in stems)  # "it was": what was?
    assert not any("the company" in s for s in stems)  # which company?


def test_he_for_someone_else_is_no_question():
    for sentence in (
        # a "he" that is not the speaker, though Earl, named before, could be him
        "Susan Patel, who worked with Earl for ten years, said he would love to coach abroad one day.",
        # "the report": which?
        "Patel said the report would be published by the council before Christmas.",
    ):
        text = CLUB.replace(
            "Earl said he would love to coach abroad one day, in Spain or Portugal.", sentence
        )
        article, drafts = reported_drafts(text)
        found = [s for s in article.sentences if s.text == sentence]
        assert len(found) == 1 and reported._reported(article, found[0]) is not None
        assert not any(sentence in [e.text for e in d.evidence] for d in drafts), sentence


def test_he_after_another_man_in_the_claim_may_be_him():
    # "Who said that Okafor was the player he trusted most?": the speaker, or Okafor?
    article = article_of(
        CLUB.replace(
            "Earl said he would love to coach abroad one day, in Spain or Portugal.",
            "Earl said Okafor was the player he trusted most in the whole squad.",
        )
    )
    (sentence,) = [s for s in article.sentences if s.text.startswith("Earl said Okafor")]
    speaker, _, clause = reported._reported(article, sentence)
    he = next(t for t in clause if t.lower_ == "he")
    assert reported._points_away(article, sentence, speaker, clause, he)
    own = article_of(CLUB)
    (sentence,) = [s for s in own.sentences if s.text.startswith("Earl said he")]
    speaker, _, clause = reported._reported(own, sentence)
    assert not reported._points_away(own, sentence, speaker, clause, clause[0])


def test_a_pronoun_for_something_is_no_question():
    article = article_of(CLUB)
    found = [s for s in article.sentences if s.text.startswith("Okafor said it would")]
    speaker, _, clause = reported._reported(article, found[0]) or (None, None, None)
    assert clause is not None and clause[0].lower_ == "it"
    assert reported._points_away(article, found[0], speaker, clause, clause[0])


def test_only_a_plain_sentence_of_speaker_and_claim():
    article = article_of(
        """Ground deal agreed

Harbourside Rovers captain David Okafor said the players would start the new season in July, adding that the squad was fit.

In 2019, club captain David Okafor said the players would start the new season with a trip to Portugal.

Club captain David Okafor did not say the players would start the new season with a trip to Portugal.

David Okafor said Susan Patel had warned that ticket prices would rise by about 5% next season.

Graham Lowe asked whether the club would ever sell the ground to the council.
"""
    )
    assert [reported._reported(article, s) for s in article.sentences] == [None] * 5


def test_a_clause_subject_parsed_as_an_object_opens_the_clause():
    article = article_of(
        """Ireland relaxed

Brian O'Driscoll also insisted Ireland were happy to handle the pressure of being considered favourites to win the Six Nations title.
"""
    )
    found = reported._reported(article, article.sentences[0])
    assert found is not None
    _, verb, clause = found
    assert verb.text == "insisted"
    assert clause.text.startswith("Ireland were happy")


def test_a_claim_opening_the_sentence_loses_its_capital():
    article = article_of(
        """Cardinal speaks

Billions of pounds spent on conflict in Iraq should have been used to reduce poverty, Cardinal Cormac Murphy-O'Connor has said.
"""
    )
    found = reported._reported(article, article.sentences[0])
    assert found is not None
    speaker, verb, clause = found
    assert speaker.name == "Cormac Murphy-O'Connor"
    assert verb.text == "has said"
    assert (
        clause.text
        == "Billions of pounds spent on conflict in Iraq should have been used to reduce poverty"
    )


def test_what_stands_between_verb_and_claim_is_only_whom_and_when():
    article = article_of(
        """Ground deal agreed

David Okafor said on Monday that the players would start next season with a trip to Portugal.

David Okafor told the club's members at a long meeting in the town hall on Friday that the players would start next season in Portugal.
"""
    )
    plain, long = (reported._reported(article, s) for s in article.sentences)
    assert plain is not None and plain[1].text == "said on Monday"
    assert long is None
    rise = article_of(
        "Title\n\nSean Duffy warned on Friday that cancellations could rise to 15% or 20%.\n"
    )
    found = reported._reported(rise, rise.sentences[0])
    assert found is not None and found[2].text == "cancellations could rise to 15% or 20%"
    asked = article_of(
        "Title\n\nGraham Lowe asked fans the club would never sell the ground to the council.\n"
    )
    assert reported._reported(asked, asked.sentences[0]) is None  # "Who asked fans that ...?"
