"""Rules from strict judges' verdicts on xsum5, 18 real BBC articles of 2010-17 (the
XSum test set) judged under 2026.11-85, which had never seen them: the reporter's
"me" makes no statement; no statement denies what the headline says, a death, a
figure the verb equates with its subject ("was not 21 months old") or what "a number
of" people did; a name swapped in after "a divided" never brings its own "the"; one
"murdered" or "survived by" family is dead; a toy is no person; a referee is never an
option beside the players; "Who won gold and Poland's Adam Kszczot took silver?" joins
two clauses wrongly; and a sport report's "Bath head coach Mike Ford:" names the speaker
of the quotations after it (volume: who-said questions where there were none)."""

# ruff: noqa: E501

from quizzes.engine.drafts import ENTITY, TRUE_FALSE, WHO_SAID
from quizzes.engine.kinds import fates
from quizzes.engine.kinds.true_false import _reads_after
from tests.engine.conftest import article_of, drafts_of, entity_named
from tests.engine.test_real_links_rules import _flip, _refused_unless


def test_the_reporters_me_makes_no_statement():
    _refused_unless(
        "Mary Dunne has told me the council will fight the plan to end winter sailings to Carra.",
        "fight the plan",
        "has told me",
        "has said",
    )


# Denials a teacher would not write.


def _undenied_unless(sentence, words, old, new):
    """The sentence is never denied, and is once old is made new."""
    assert _flip(sentence, words) is None
    assert _flip(sentence.replace(old, new), words) is not None


def test_what_a_number_of_people_did_is_not_denied():
    # "A number of islanders are not at the meeting" is true too: others may be.
    _undenied_unless(
        "A number of islanders are at the harbour meeting on Carra.",
        "harbour meeting",
        "A number of islanders",
        "The islanders",
    )


def test_a_figure_the_verb_equates_with_its_subject_is_not_denied():
    _undenied_unless(
        "Mary Dunne was 21 years old when she joined the council.",
        "joined the council",
        "21 years old",
        "a teacher",
    )


RESIGNED = """{}

Mary Dunne has resigned as a councillor on the island of Carra.

Harbour Lines will end its winter sailings to the island from January, the company said on Tuesday.

Island businesses said the decision was a blow to families who relied on the ferry.
"""


def _denials(text):
    return [
        d.stem for d in drafts_of(text) if d.kind == TRUE_FALSE and "has not resigned" in d.stem
    ]


def test_what_the_headline_says_is_not_denied():
    assert not _denials(RESIGNED.format("Mary Dunne resigns as Carra councillor"))
    assert _denials(RESIGNED.format("Ferry firm cuts winter sailings"))


def test_no_death_is_denied():
    text = """Officer dies in bomb attack

Constable Ronan Kerr {} after a bomb exploded under his car outside his home.

Chief Constable Matt Baggott said the attack was an attack on the whole community.

Police said they were looking for a silver car seen near the house on Saturday.
"""

    def denied(verb):
        return [
            d.stem
            for d in drafts_of(text.format(verb))
            if d.kind == TRUE_FALSE and f"{verb.replace('was ', 'was not ')}" in d.stem
        ]

    assert not denied("was killed")
    assert denied("was hurt")


def test_a_name_swapped_in_after_a_determiner_brings_no_the():
    assert not _reads_after("The deal has not been ratified by a divided ", "the Senate committee")
    assert _reads_after("The deal has not been ratified by ", "the Senate committee")


# Who is an option.


def test_one_called_murdered_before_his_name_is_dead():
    article = article_of(
        """Funeral held for officer

The funeral for murdered PSNI officer Ronan Kerr is taking place in his home village of Beragh.

NI Secretary Owen Paterson is representing the British Government at the funeral.
"""
    )
    assert fates.died(article, entity_named(article, "Ronan Kerr"))
    assert not fates.died(article, entity_named(article, "Owen Paterson"))


def test_one_survived_by_a_family_is_dead():
    article = article_of(
        """Tributes paid to officer

Tributes have been paid to Constable Ronan Kerr in his home village of Beragh.

Constable Kerr is survived by his mother, Nuala, and two brothers.

NI Secretary Owen Paterson said the village had lost a fine young man.
"""
    )
    assert fates.died(article, entity_named(article, "Ronan Kerr"))


TOY = """Action Man marks 50 years in UK

It is 50 years since Action Man, the must-have toy of the 1970s, arrived in the UK.

"The 60s and 70s were the big times for Action Man," said collector Rob Burman.

"It's hard to believe it has been 50 years," said toy historian Bob Brechin.

Chris Malbon, 58, from Nottingham, once had one of the biggest collections in the UK.
"""


def test_a_name_the_article_calls_a_toy_is_no_person():
    assert not entity_named(article_of(TOY), "Action Man").confirmed
    options = {c.text for d in drafts_of(TOY) if d.kind == WHO_SAID for c in d.choices}
    assert "Rob Burman" in options
    assert "Action Man" not in options


MATCH = """Australia beat Lions in second Test

Australia beat the Lions 16-15 in a tense second Test in Melbourne on Saturday.

Referee Craig Joubert awarded a free-kick against scrum-half Ben Youngs for not getting the ball in quickly enough.

When flanker Ben Mowen was penalised at the breakdown, Leigh Halfpenny kicked the Lions into a half-time lead.

Captain Sam Warburton limped off with 13 minutes left, and Adam Ashley-Cooper scored the only try.

Wing George North said the Lions would regroup for the final Test in Sydney.
"""


def test_a_referee_is_never_an_option_beside_the_players():
    drafts = [d for d in drafts_of(MATCH) if d.kind in (ENTITY, TRUE_FALSE)]
    options = [{c.text for c in d.choices} for d in drafts if d.kind == ENTITY]
    stems = [d.stem for d in drafts]
    assert options
    assert not any("Craig Joubert" in o and len(o) > 1 for o in options)
    # Nor swapped into a player's place in a statement.
    assert not any("Craig Joubert was penalised" in s for s in stems)


REPORT = """Bath beat 14-man London Irish

Bath scored six tries to beat 14-man London Irish at the Madejski Stadium on Saturday.

Fly-half George Ford kicked four conversions, and Leroy Houston scored twice.

London Irish head coach Tom Coventry:

"I didn't have a chance to go back and view the red card closely so I'm not going to comment.

"We're going to have to look at the discipline from our point of view."

Bath head coach Mike Ford:

"We're pleased after everything that's happened this week at the club.

"We couldn't handle their drive, and the discipline of our defence was poor."
"""


def _said(text):
    return {d.key.text: d for d in drafts_of(text) if d.kind == WHO_SAID}


def test_a_paragraph_naming_a_coach_labels_the_quotations_after_it():
    said = _said(REPORT)
    assert set(said) == {"Tom Coventry", "Mike Ford"}
    assert said["Mike Ford"].evidence[0].text == "Bath head coach Mike Ford:"
    assert "Tom Coventry" in {c.text for c in said["Mike Ford"].choices}


def test_a_sentence_naming_someone_before_a_colon_labels_no_one():
    # The supporter wrote the words; a label has no verb.
    text = REPORT.replace(
        "London Irish head coach Tom Coventry:", "One supporter wrote to Tom Coventry:"
    )
    assert "Tom Coventry" not in _said(text)


def test_who_never_joins_a_second_subject_with_its_owner():
    text = """Osagie wins 800m bronze

Andrew Osagie won 800m bronze at the World Indoor Championships in Sopot after a review of the race.

Team GB lodged a protest after Osagie noted that the Pole had stepped off the track during the race.

Ethiopia's Mohammed Aman, 20, won gold and Poland's Adam Kszczot took silver.

Britain's Nigel Levine produced a fine run in the men's 4x400m final as Britain claimed silver.
"""
    stems = [d.stem for d in drafts_of(text) if d.kind == ENTITY]
    assert stems
    assert not any("Adam Kszczot took" in s and s.startswith("Who") for s in stems)
