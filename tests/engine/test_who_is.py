"""Who is who: "According to the article, who is X?", answered by the role the article
gives X among the roles it gives its other people (kinds/who_is.py)."""

# ruff: noqa: E501

from dataclasses import replace

from quizzes.engine.drafts import NUMBER, TRUE_FALSE, WHO_IS, WHO_SAID, Choice, Draft
from quizzes.engine.giveaways import gives_away
from quizzes.engine.kinds import who_is
from quizzes.engine.kinds.common import Candidate
from quizzes.engine.rank import MAX_WHO_IS, ROLES, refusal, select
from tests.engine.conftest import article_of
from tests.engine.texts import ROLES as DRINK


def _asked(text):
    article = article_of(text)
    return {c.draft.stem: c for c in who_is.candidates(article)}


def _question(text, name):
    return _asked(text).get(f"According to the article, who is {name}?")


def test_a_person_is_asked_about_by_the_role_that_introduces_them():
    question = _question(DRINK, "Morag Ellison")
    assert question is not None
    draft = question.draft
    assert draft.kind == WHO_IS
    assert draft.key.text == "the chief executive of Sober Highlands"
    options = {c.text for c in draft.distractors}
    # The other people's roles, each with an article a student can read as a phrase.
    assert options <= {
        "a Herald journalist",
        "the Green Party's Holyrood leader",
        "a novelist",
    }
    assert len(options) == 3
    assert draft.evidence[0].text.startswith("Morag Ellison, chief executive of Sober Highlands")


def test_a_role_opening_a_sentence_loses_its_capital_but_a_party_keeps_its_own():
    assert _question(DRINK, "Peter Greig").draft.key.text == "a novelist"
    assert _question(DRINK, "Alison Rennie").draft.key.text == "the Green Party's Holyrood leader"


def test_a_head_of_state_is_never_asked_about():
    text = DRINK.replace(
        "Novelist Peter Greig, who spoke",
        "French president Pierre Lenoir, who spoke",
    ).replace("Mr Greig said", "Mr Lenoir said")
    asked = _asked(text)
    assert "According to the article, who is Pierre Lenoir?" not in asked
    assert all("president" not in c.text for q in asked.values() for c in q.draft.choices)


def test_a_name_in_passing_is_never_asked_about():
    text = DRINK.replace(
        "Ms Rennie said pupils deserved a clear message.",
        "She has worked with javelin thrower Gavin Reid in the past.",
    )
    assert _question(text, "Gavin Reid") is None
    assert _question(
        DRINK.replace("Alison Rennie", "Gavin Reid").replace("Ms Rennie", "Mr Reid"), "Gavin Reid"
    )


def test_a_role_that_leans_on_another_sentence_is_never_an_option():
    # Whose deputy? The sentence before says.
    text = DRINK.replace("Herald journalist Duncan Fraser said", "Her deputy Duncan Fraser said")
    asked = _asked(text)
    assert "According to the article, who is Duncan Fraser?" not in asked
    assert all("deputy" not in c.text for q in asked.values() for c in q.draft.choices)


def test_an_mp_is_never_offered_for_a_party_post():
    text = DRINK.replace("Herald journalist Duncan Fraser", "Labour MP Duncan Fraser")
    rennie = _question(text, "Alison Rennie")
    assert rennie is not None
    assert "a Labour MP" not in {c.text for c in rennie.draft.choices}
    greig = _question(text, "Peter Greig")
    assert "a Labour MP" in {c.text for c in greig.draft.choices}


def test_the_person_in_the_headline_is_never_asked_about():
    text = DRINK.replace("Remark on drinking draws fire", "Ellison attacks drinking remark")
    assert _question(text, "Morag Ellison") is None
    assert _question(DRINK, "Morag Ellison") is not None


def _candidate(kind, stem, key, answer, index):
    choices = (Choice(key, True), Choice("the mayor of Dunfermline", False))
    if kind == TRUE_FALSE:
        choices = (Choice("True", True), Choice("False", False))
    draft = Draft(kind, stem, choices, "", (), 0.7)
    return Candidate(draft, index, 0, f"{kind}:{index}", answer)


def test_a_set_takes_two_who_is_questions_at_most():
    asked = [
        _candidate(
            WHO_IS, f"According to the article, who is Person {i}?", f"role {i}", f"Person {i}", i
        )
        for i in range(MAX_WHO_IS + 1)
    ]
    assert refusal(asked[MAX_WHO_IS - 1], asked[: MAX_WHO_IS - 1], 10) is None
    assert refusal(asked[MAX_WHO_IS], asked[:MAX_WHO_IS], 10) == ROLES


def test_a_statement_naming_the_person_with_the_role_gives_the_answer_away():
    question = _question(DRINK, "Morag Ellison")
    statement = _candidate(
        TRUE_FALSE,
        "True or false? Morag Ellison, chief executive of Sober Highlands, said the remark was careless.",
        "True",
        "True",
        9,
    )
    assert gives_away(statement, question)
    other = _candidate(
        TRUE_FALSE,
        "True or false? Morag Ellison said the charity had spent years warning pupils.",
        "True",
        "True",
        9,
    )
    assert not gives_away(other, question)


def test_a_post_held_before_the_story_or_a_bare_post_is_never_a_role():
    text = DRINK.replace("Herald journalist Duncan Fraser", "Duncan Fraser, a spokesman,")
    assert _question(text, "Duncan Fraser") is None
    text = DRINK.replace("Herald journalist Duncan Fraser", "Former minister Duncan Fraser")
    asked = _asked(text)
    assert "According to the article, who is Duncan Fraser?" not in asked
    assert all("minister" not in c.text for q in asked.values() for c in q.draft.choices)
    text = DRINK.replace(
        "The Green Party's Holyrood leader Alison Rennie", "The leader Alison Rennie"
    )
    asked = _asked(text)
    assert "According to the article, who is Alison Rennie?" not in asked
    assert all(c.text != "the leader" for q in asked.values() for c in q.draft.choices)


def test_a_club_or_paper_opening_a_sentence_keeps_its_capital():
    text = DRINK.replace("Herald journalist Duncan Fraser", "Arsenal boss Duncan Fraser")
    # Whether "Arsenal" is a name or a word, only the article's other sentences say.
    assert _question(text, "Duncan Fraser") is None
    text = text.replace(
        "Mr Fraser said the minister", "Mr Fraser said Arsenal players and the minister"
    )
    assert _question(text, "Duncan Fraser").draft.key.text == "the Arsenal boss"
    text = DRINK.replace("Herald journalist Duncan Fraser", "Sports psychologist Duncan Fraser")
    assert _question(text, "Duncan Fraser").draft.key.text == "a sports psychologist"


def test_a_role_word_opening_a_sentence_loses_its_capital_unless_a_name_follows():
    text = DRINK.replace("Herald journalist Duncan Fraser", "Shadow home secretary Duncan Fraser")
    assert _question(text, "Duncan Fraser").draft.key.text == "the shadow home secretary"
    # "the council leader": which council? (a capital had hidden the question)
    text = DRINK.replace("Herald journalist Duncan Fraser", "Council leader Duncan Fraser")
    assert _question(text, "Duncan Fraser") is None
    text = DRINK.replace("Herald journalist Duncan Fraser", "Shadow Home Secretary Duncan Fraser")
    assert _question(text, "Duncan Fraser").draft.key.text == "the Shadow Home Secretary"


def test_an_adjective_opening_a_role_loses_its_capital():
    text = DRINK.replace("Herald journalist Duncan Fraser", "Legal adviser Duncan Fraser")
    assert _question(text, "Duncan Fraser").draft.key.text == "a legal adviser"


def test_the_key_is_never_the_one_option_with_its_article():
    # Three "the" posts beside one "a" post: the "a" key would stand out.
    text = (
        DRINK.replace("Herald journalist Duncan Fraser", "Legal adviser Duncan Fraser")
        .replace("Novelist Peter Greig", "Peter Greig, chairman of Highland Books,")
        .replace(", who spoke at the same school last year,", "")
    )
    assert _question(text, "Duncan Fraser") is None
    assert _question(text, "Morag Ellison") is not None


def test_a_reporter_or_a_chancellor_is_never_asked_about():
    text = DRINK.replace("Novelist Peter Greig", "BBC correspondent Peter Greig")
    assert _question(text, "Peter Greig") is None
    text = DRINK.replace("Novelist Peter Greig", "UK chancellor Peter Greig")
    assert _question(text, "Peter Greig") is None


def test_a_who_is_question_only_fills_a_short_set():
    def other(kind, i):
        key = f"Person {i}" if kind == WHO_SAID else f"{i + 10} ferries"
        draft = Draft(
            kind,
            f"Question {i} on sentence {i}?",
            (Choice(key, True), Choice(f"other {i}", False)),
            "",
            (),
            0.6,
        )
        return Candidate(draft, i, i % 3, f"{kind}:{i}", key)

    role = _candidate(
        WHO_IS, "According to the article, who is Morag Ellison?", "the chief", "Morag Ellison", 99
    )
    role = replace(role, draft=replace(role.draft, score=0.9))
    plenty = [other((WHO_SAID, NUMBER, TRUE_FALSE)[i % 3], i) for i in range(12)]
    published, _ = select(plenty + [role], 10)
    assert role not in published and len(published) >= 8
    few = plenty[:3]
    published, _ = select(few + [role], 10)
    assert role in published
