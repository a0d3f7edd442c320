"""Rules from strict judges' verdicts on 24 Reuters articles of 2016-17 (the ISOT
"True" news set), judged under 2026.11-91, which had never seen wire copy: a
dateline belongs to no sentence; a note that somebody declined to comment, and a
sentence that does something "likewise", are never asked; "Representative" and a
family name ("Grandpa Xi") are titles; a grower's name ("Christopher Ranch") is no
person; a tax or a rate takes options within a few points, and cents stay under a
dollar; "a senator" is no option beside "a U.S. Senator"; "the watchdog group" is the
watchdog, and "the firm" the one the sentence before names; "barring" is no verb, and
"uphold" means "confirm" only of a ruling."""

# ruff: noqa: E501

from quizzes.engine import numbers, refer
from quizzes.engine.entities import PERSON
from quizzes.engine.kinds import entity, word_meaning
from quizzes.engine.kinds.worth import formula
from quizzes.engine.nlp import DATELINE
from tests.engine.conftest import article_of, entity_named
from tests.engine.test_real_links_rules import _refused_unless, _sentence
from tests.engine.test_who_is import _question
from tests.engine.test_xsum_rules import _keys

WIRE = """Senate delays vote on ferry bill

WASHINGTON (Reuters) - The U.S. Senate delayed a vote on the Carra ferry bill on Tuesday, two senators said.

Senator Mary Dunne said the bill would pass next month.
"""


def test_a_wire_dateline_belongs_to_no_sentence():
    article = article_of(WIRE)
    first = article.sentences[0]
    assert first.text.startswith("The U.S. Senate delayed a vote")
    assert article.body[first.start : first.end] == first.text
    # Without the agency only the long dash marks a dateline: "US - China talks" opens
    # a sentence.
    assert (
        DATELINE.match("BEIJING/SEOUL (Reuters) - The talks").group()
        == "BEIJING/SEOUL (Reuters) - "
    )
    assert DATELINE.match("WASHINGTON \u2014 The Senate voted").group() == "WASHINGTON \u2014 "
    assert DATELINE.match("US - China talks resumed in Geneva.") is None


def test_a_note_that_somebody_declined_to_comment_is_never_asked():
    assert formula(
        _sentence("Harbour Lines could not immediately be reached for comment.", "reached")[1]
    )
    _refused_unless(
        "A spokesman for Harbour Lines declined to comment on the report on Tuesday.",
        "spokesman",
        "declined to comment on",
        "welcomed",
    )
    # Nor is whose spokesman it was blanked.
    article, found = _sentence(
        "A spokeswoman for Mary Dunne declined to comment on the report.", "spokeswoman"
    )
    assert not [c for c in entity.candidates(article) if c.sentence == found.index]


def test_what_somebody_does_likewise_is_never_stated():
    _refused_unless(
        "In Carra, Harbour Lines is likewise cutting the summer sailings it runs to Skara.",
        "summer sailings",
        "likewise ",
        "",
    )


def test_a_representative_and_a_grandpa_are_titles():
    article = article_of(
        """Congress weighs ferry reform

Representative Jackie Speier said the ferry rules had to change. Speier said islanders had waited too long.

Chinese President Xi Jinping met the islanders in Carra on Monday. Children sang to "Grandpa Xi" at the harbour.

Xi said he had enjoyed the visit.
"""
    )
    assert entity_named(article, "Jackie Speier").type == PERSON
    assert entity_named(article, "Representative Jackie Speier") is None
    assert entity_named(article, "Grandpa Xi") is None
    xi = entity_named(article, "Xi Jinping")
    assert any(m.text == "Xi" for m in xi.mentions)


def test_a_growers_name_is_no_person():
    article = article_of(
        """Farms turn to robots

The largest North American producer of fresh garlic, Christopher Ranch will spend about $1 million this year on a robot.

Ken Christopher, vice president of the family-owned business, said the robot would do the work of ten people.

Bruce Taylor said his company had automated 20 percent of its packing plant.
"""
    )
    ranch = entity_named(article, "Christopher Ranch")
    assert ranch is None or ranch.type != PERSON
    assert entity_named(article, "Bruce Taylor").type == PERSON


def test_a_tax_rate_takes_options_within_a_few_points():
    rate = numbers.parse("35 percent")
    close = numbers.alternatives(rate, 3, levied=True)
    assert len(close) == 3
    assert all(abs(numbers.parse(option).value - 35) <= 10 for option in close)
    # A share of anything else may lie further off.
    assert any(
        abs(numbers.parse(option).value - 35) > 10 for option in numbers.alternatives(rate, 3)
    )
    sentence = (
        "The bill would cut the corporate tax rate to 21 percent from 35 percent, Mary Dunne said."
    )
    assert "35 percent" in _keys(sentence, "corporate tax")
    article, found = _sentence(sentence, "corporate tax")
    from quizzes.engine.kinds import number

    [blank] = [
        c
        for c in number.candidates(article)
        if c.sentence == found.index and c.draft.key.text == "35 percent"
    ]
    assert all(abs(numbers.parse(d.text).value - 35) <= 10 for d in blank.draft.distractors)


def test_cents_stay_under_a_dollar():
    options = numbers.alternatives(numbers.parse("74 cents"), 3)
    assert options
    assert all(numbers.parse(option).value < 100 for option in options)


def test_a_bare_role_sharing_the_keys_head_is_no_option():
    text = """Senators split on ferry bill

U.S. Senator Brian Schatz, a Hawaii Democrat, said the ferry bill was a mistake. Mr Schatz said he would vote against it.

Mary Dunne, a senator, said islanders needed the ferry. Ms Dunne said she would vote for the bill.

FCC Commissioner Jessica Rosenworcel said the rules would not change. Ms Rosenworcel said the commission would meet in June.

Tom Baker, a harbour master, said the ferry was full every day. Mr Baker said the island needed a second boat.

Peter Greig, a Democratic strategist, said the vote would be close. Mr Greig said the party was split.
"""
    question = _question(text, "Mary Dunne")
    assert question is not None
    assert question.draft.key.text == "a senator"
    options = {c.text for c in question.draft.distractors}
    assert len(options) >= 2
    assert "a U.S. Senator" not in options


BUDGET = """Deficit worries complicate tax cuts

The Senate is to vote on two tax bills next week. Senate leaders said the bills would pass.

The Committee for a Responsible Federal Budget, a nonpartisan budget watchdog in Washington, on Friday called the Senate plan a budget buster.

The watchdog group estimated that $900 billion of the deficit increase would come from business tax cuts.

The Senate has until December to act, and the Senate's leaders want a vote before Christmas.
"""


def test_the_watchdog_group_is_the_watchdog_not_the_main_body():
    article = article_of(BUDGET)
    [sentence] = [s for s in article.sentences if s.text.startswith("The watchdog group")]
    reference = refer.opening(article, sentence)
    assert reference is not None
    assert reference.entity.name == "Committee for a Responsible Federal Budget"


DOSSIER = """Dossier firm worked for both camps

Harbour Lines did research for both campaigns, sources said. Harbour Lines declined to say who paid it.

The memo had been prepared by a research group, which had been hired by Baker and Hostetler law firm.

The firm represented Russian businessman Denis Katsyv in a dispute with prosecutors.

Harbour Lines later worked for a law firm hired by the Democrats.
"""


def test_the_firm_is_the_one_the_sentence_before_names():
    article = article_of(DOSSIER)
    [sentence] = [s for s in article.sentences if s.text.startswith("The firm represented")]
    assert refer.opening(article, sentence) is None
    # Named the sentence before, the main firm is the one meant.
    named = article_of(
        DOSSIER.replace("hired by Baker and Hostetler law firm", "hired by a lawyer")
    )
    [sentence] = [s for s in named.sentences if s.text.startswith("The firm represented")]
    assert refer.opening(named, sentence).entity.name == "Harbour Lines"


def _words(text):
    return {c.draft.stem.split('"')[1] for c in word_meaning.candidates(article_of(text))}


def test_barring_is_no_verb_and_uphold_confirms_only_a_ruling():
    text = """Court rules on ferry ban

"Barring some dramatic action by the council, the ferry will stop in June," Mary Dunne said.

The court upheld the ruling that the ferry must stop, and the council said it would not appeal.

Harbour Lines said it was upholding the traditions of the island, whatever the court said.
"""
    asked = _words(text)
    assert "Barring" not in asked
    assert "upheld" in asked
    assert "upholding" not in asked


EVADE = """Ferry skirts island rules

Many people wondered how Harbour Lines managed to evade the island's tough ferry controls.

Mary Dunne said the council would look at the controls again in June.
"""


def evade_options():
    """The wrong options of the question on "evade" in EVADE."""
    [draft] = [
        c.draft for c in word_meaning.candidates(article_of(EVADE)) if '"evade"' in c.draft.stem
    ]
    return {c.text for c in draft.distractors}


def test_evading_controls_is_never_offered_as_violence():
    assert not evade_options() & {"kidnap", "murder", "explode", "attack", "rob"}
