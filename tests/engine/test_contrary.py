"""False statements with nothing to swap: the main verb denied or its direction turned
(contrary.py), only where the article then plainly contradicts the statement."""

# ruff: noqa: E501

from quizzes.engine.kinds import contrary
from tests.engine.conftest import article_of, drafts_of

FERRY = """Ferry firm to cut island sailings

Harbour Lines will end its winter sailings to the island of Carra from January, the company said on Tuesday.

Harbour Lines has lost money on the Carra route for three years.

Profits at Harbour Lines fell 12% to £4.1m last year as fuel costs climbed.

Island councillor Mary Dunne said the decision was a blow to families who relied on the ferry for hospital visits.

Some residents have used a private boat service in emergencies.

The council has not replied to a letter from the firm.

The council and the health board have both backed the campaign.

The Carra ferry is often delayed by storms in the winter months.

Harbour Lines has run the route since 1990, but passenger numbers have halved.

Hundreds of islanders were at the harbour on Saturday to protest against the cuts.

Harbour Lines has made losses on the Carra route, which has led to the cuts.

Bookings on the Carra route have fallen sharply, leaving the firm with empty ships.

The biggest shareholder in Harbour Lines is Carra Holdings.

The new Carra ferry is known as the Islander and carries 200 cars.

The council's review of the Carra service was inconclusive.

The Carra route was bought by Harbour Lines in March, having previously been run by the council.

Harbour Lines said its summer timetable would stay the same.

Mary Dunne said islanders would hold a public meeting on Friday to plan a campaign against the cuts.
"""


def _flip(text, words):
    article = article_of(text)
    sentence = next(s for s in article.sentences if words in s.text)
    return article, sentence, contrary.flip(sentence)


def test_the_main_verb_is_denied_with_its_auxiliary():
    article, sentence, flip = _flip(FERRY, "lost money")
    start, end, original, replacement = flip
    assert (original, replacement) == ("has lost", "has not lost")
    assert article.body[start:end] == "has lost"


def test_a_reported_claim_is_denied_in_the_report_s_own_clause():
    # "X said the decision was a blow": denying "said" would only deny that X spoke.
    _, _, flip = _flip(FERRY, "was a blow")
    assert flip[2:] == ("was", "was not")


def test_a_figure_s_move_is_turned_round():
    _, _, flip = _flip(FERRY, "Profits at")
    assert flip[2:] == ("fell", "rose")


def test_no_flip_where_the_opposite_is_no_plain_contradiction():
    # About "some" of a group or "both" of two (the negation may be true as well),
    # already negative, an adverb between the verb's parts ("is not often delayed"),
    # or a clause after "but" that turns on the one denied.
    for words in (
        "Some residents",
        "has not replied",
        "have both",
        "often delayed",
        "but passenger",
    ):
        assert _flip(FERRY, words)[2] is None, words


def test_no_flip_where_the_rest_reads_only_with_the_verb_affirmed():
    # A count of people (others staying away is true too); a clause on the verb's result
    # (", which has led to", ", leaving", ", having previously been"); a second verb of the subject ("not" would deny
    # only the first); a negative adjective ("not inconclusive" reads as a riddle); a
    # name the verb equates with its subject.
    for words in (
        "Hundreds of",
        "which has led",
        "leaving the firm",
        "having previously",
        "known as",
        "was inconclusive",
        "biggest shareholder",
    ):
        assert _flip(FERRY, words)[2] is None, words


def test_a_false_statement_denies_what_the_article_says():
    statements = [
        d
        for d in drafts_of(FERRY)
        if d.kind == "true_false" and d.key.text == "False" and " not " in d.stem
    ]
    assert statements
    for draft in statements:
        # The explanation quotes both forms, so the student sees what the article says.
        assert draft.explanation.startswith('False: the article says "')
        assert " not " in draft.explanation
        said = draft.evidence[0].text
        assert " not " not in said


def test_a_sentence_the_statement_rewrites_is_not_flipped():
    # A statement that puts a name in for a pronoun or phrase (referents.usable) is the
    # article's sentence rewritten already; a denial on top of that is two edits from
    # what the article says (on real articles: "Yukos are not gas giant Gazprom, ...").
    article, sentence, flip = _flip(FERRY, "lost money")
    assert flip is not None
    assert contrary.flip(sentence, reference=article.sentences[0]) is None
