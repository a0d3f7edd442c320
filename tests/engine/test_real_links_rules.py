"""Rules from strict judges' verdicts on real BBC articles (real42-46, engine -65): an
opening link ("And", "However,") is left out rather than the sentence lost; a statement
never leans on a sentence before ("a day earlier", "instead", "Again ...", "the
American", "The most popular groups" made one band, "'s route ..."); a denial never
reads clumsily ("is not sure to be", a second predicate or a clause left affirmed);
and a number blank is never a side of a draw, a rate to the fourth decimal place or a
model's name."""

# ruff: noqa: E501

from quizzes.engine import refer
from quizzes.engine.kinds import contrary, fates, number, true_false
from quizzes.engine.kinds.referents import by_epithet, usable
from tests.engine.conftest import article_of

STORY = """Ferry firm cuts winter sailings

Harbour Lines will end its winter sailings to the island of Carra from January, the company said on Tuesday.

{}

Island councillor Mary Dunne said the decision was a blow to families who relied on the ferry.

Harbour Lines has run the route since 1990 and carried 40,000 passengers last year.
"""


def _sentence(sentence, words):
    article = article_of(STORY.format(sentence))
    return article, next(s for s in article.sentences if words in s.text)


def _statements(sentence, words):
    article, found = _sentence(sentence, words)
    return [c for c in true_false.candidates(article) if c.sentence == found.index]


def _blanks(sentence, words):
    article, found = _sentence(sentence, words)
    return [c for c in number.candidates(article) if c.sentence == found.index]


# 1. An opening link is left out, not the sentence lost.


def test_an_opening_and_or_however_is_left_out_of_the_statement():
    for link in ("And", "However,", "Meanwhile,"):
        article, found = _sentence(
            f"{link} Mary Dunne said islanders would hold a public meeting on Friday.",
            "public meeting",
        )
        assert found.is_statement
        stems = [
            c.draft.stem
            for c in _statements(
                f"{link} Mary Dunne said islanders would hold a public meeting on Friday.",
                "public meeting",
            )
        ]
        assert stems, link
        assert all(link.rstrip(",") not in stem for stem in stems)
        assert all("Mary Dunne said islanders would" in stem for stem in stems)


def test_an_opening_in_fact_is_left_out_of_the_statement():
    sentence = "In fact, Harbour Lines has lost money on the Carra route for three years."
    stems = [c.draft.stem for c in _statements(sentence, "lost money")]
    assert stems
    assert all("in fact" not in stem.lower() for stem in stems)


# 2. Never a statement that leans on a sentence before.


def test_a_time_counted_back_from_another_event_is_never_stated():
    sentence = "A day earlier, Mary Dunne had said islanders would hold a public meeting."
    assert not _statements(sentence, "public meeting")
    assert _statements(sentence.replace("A day earlier, ", ""), "public meeting")


def test_instead_without_of_is_never_stated():
    sentence = "Harbour Lines says it will focus on its summer sailings to Carra instead."
    assert not _statements(sentence, "summer sailings")
    assert _statements(sentence.replace(" instead", ""), "summer sailings")


def test_an_opening_again_is_never_stated():
    sentence = (
        "Again Harbour Lines cut its sailings and again the islanders protested at the harbour."
    )
    assert not _statements(sentence, "islanders protested")
    assert _statements(
        sentence.replace("Again H", "H").replace("again the", "the"), "islanders protested"
    )


def test_a_sentence_opening_on_a_lost_possessive_is_no_statement():
    article, found = _sentence(
        "'s route to the island was made easy when the storms passed.", "route to the island"
    )
    assert not found.is_statement


def test_a_nationality_standing_for_a_player_is_never_self_contained():
    article, found = _sentence(
        "The American could meet Rusedski in the second round at Carra.", "second round"
    )
    assert by_epithet(found)
    assert not usable(article, found)[0]
    _, named = _sentence(
        "The American team could meet Rusedski in the second round at Carra.", "second round"
    )
    assert not by_epithet(named)


BAND = """Band keeps its crown

Tin Lanterns, the group behind the hit Harbour, have won three awards this year.

The most popular group in the history of rock will always have several things in common with its fans.

The groups on the festival bill must be inspired and appeal across generations.
"""


def test_a_class_of_groups_is_never_the_band_named_before():
    article = article_of(BAND)
    for words in ("The most popular group", "The groups on"):
        found = next(s for s in article.sentences if words in s.text)
        subject = next(t for t in found.span if t.dep_ in ("nsubj", "nsubjpass"))
        assert refer.description(article, found, subject) is None, words
        assert not any("Tin Lanterns have" in c.draft.stem for c in true_false.candidates(article))


# 3. A denial that reads clumsily is never made.


def _flip(sentence, words):
    _, found = _sentence(sentence, words)
    return contrary.flip(found)


def test_no_denial_of_sure_to_be_or_increasingly():
    assert (
        _flip("Harbour Lines is sure to be prominent on the Carra route during 2005.", "prominent")
        is None
    )
    assert (
        _flip("Harbour Lines is prominent on the Carra route during 2005.", "prominent") is not None
    )
    assert (
        _flip(
            "The Carra route is increasingly valuable to Harbour Lines in the summer.", "valuable"
        )
        is None
    )
    assert (
        _flip("The Carra route is valuable to Harbour Lines in the summer.", "valuable") is not None
    )


def test_no_denial_of_a_move_described_as_predicted():
    sentence = "Harbour Lines has cut its fares at 4.75%, in a widely-predicted move."
    assert _flip(sentence, "cut its fares") is None
    assert _flip(sentence.replace(", in a widely-predicted move", ""), "cut its fares") is not None


def test_no_denial_that_leaves_a_second_predicate_or_a_clause_affirmed():
    sentence = "Harbour Lines would win a further two contracts - Ness and Skerry - and embark upon a tour of the islands."
    assert _flip(sentence, "embark") is None
    assert (
        _flip(sentence.replace(" and embark upon a tour of the islands", ""), "Ness and Skerry")
        is not None
    )
    sentence = "The new ferry was launched last September to widespread acclaim, its sleek design drawing comparisons to the Islander."
    assert _flip(sentence, "sleek design") is None
    assert _flip(sentence.split(",")[0] + ".", "widespread acclaim") is not None


# 4. Number blanks.


def test_the_side_of_a_draw_is_no_share():
    sentence = "Mary Dunne has secured the opposite half of the draw to Carra in the island cup."
    assert not any("___ of the draw" in c.draft.stem for c in _blanks(sentence, "draw"))
    sentence = "Mary Dunne has secured half of the votes cast on Carra in the island poll."
    assert any("___ of the votes" in c.draft.stem for c in _blanks(sentence, "votes"))


def test_a_rate_to_the_fourth_decimal_place_is_never_blanked():
    sentence = "On Friday the Carra pound was trading against the euro at $1.3280 in London."
    assert not _blanks(sentence, "trading")
    sentence = "On Friday the Carra pound was trading against the euro at $1.32 in London."
    assert [c.draft.key.text for c in _blanks(sentence, "trading")] == ["$1.32"]


def test_a_model_number_before_a_name_is_never_blanked():
    sentence = (
        "Harbour Lines will build a test system for its 787 Islander ferry with a yard in Ness."
    )
    assert not any("787" in c.draft.key.text for c in _blanks(sentence, "787"))
    sentence = "Harbour Lines will hire 787 Carra islanders for the summer with a yard in Ness."
    assert any("787" in c.draft.key.text for c in _blanks(sentence, "787"))


# 5. Who died.


def test_a_suicide_is_a_death():
    article = article_of(
        """Label founder plans a comeback

Tony Marsh, the music mogul who founded Lantern Records, is to launch a new label.

Lantern was the label of Joy Hall - who became New Dawn after singer Ian Curle committed suicide.

"This is the biggest thrill in my life," Mr Marsh said.
"""
    )
    curle = next(e for e in article.entities if e.name == "Ian Curle")
    marsh = next(e for e in article.entities if e.name == "Tony Marsh")
    assert fates.died(article, curle)
    assert not fates.died(article, marsh)
