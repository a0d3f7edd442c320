"""One person the article spells two ways ("Viktor Makarov", later "Victor Makarov")
is one answer: judges failed three who-said questions on a real article that offered
both spellings side by side (two keys, or two distractors that are one man)."""

# ruff: noqa: E501

from quizzes.engine import gender
from quizzes.engine.entities import PERSON
from quizzes.engine.kinds import fates
from tests.engine.conftest import article_of, drafts_of

DEFECTOR = """Former spy ends hunger strike

Viktor Makarov, 50, says he has been betrayed by the authorities who promised him a pension.

"I have been left with nothing after everything I gave," Mr Makarov said on Tuesday.

Historian David Kahn said officials took the information that Victor Makarov had and left him in the cold.

"The state is not a cow to be milked every week," said Oleg Gordievsky, another former agent.

Mr Kahn said: "His information was valuable to the allies and he deserves better."
"""


def test_two_spellings_of_one_name_are_one_person():
    people = [e for e in article_of(DEFECTOR).entities if e.type == PERSON]
    makarovs = [e for e in people if e.name.endswith("Makarov")]
    assert [e.name for e in makarovs] == ["Viktor Makarov"]
    assert len(makarovs[0].mentions) == 3


def test_no_question_offers_both_spellings():
    for draft in drafts_of(DEFECTOR):
        names = {c.text for c in draft.choices}
        assert not {"Viktor Makarov", "Victor Makarov"} <= names


def test_names_that_differ_by_more_than_spelling_stay_apart():
    text = """Couple open shop

Mark Oduya and his wife Mary Oduya have opened a bakery in Leith after ten years of planning.

"We always wanted our own place," Mary Oduya said.
"""
    names = {e.name for e in article_of(text).entities if e.type == PERSON}
    assert {"Mark Oduya", "Mary Oduya"} <= names


BANKER = """Savers count the cost

Carlos Baez Silva, who runs a savings bank in Buenos Aires, said many customers had lost half their money.

"The situation is bad for those who chose to save here," Baez Silva said.

Economist Thomas Dawson said: "Three years ago every sector was hit by the crisis."

"Farming and tourism are helping the recovery," said Drayton Valentine of the chamber of commerce.
"""


def test_a_two_word_surname_alone_is_the_person_named_in_full():
    people = [e.name for e in article_of(BANKER).entities if e.type == PERSON]
    assert "Baez Silva" not in people
    assert "Carlos Baez Silva" in people
    for draft in drafts_of(BANKER):
        assert "Baez Silva" not in {c.text for c in draft.choices}


AWARDS = """Owen and Harrison remembered

Briton Clive Owen won best supporting actor at the Golden Globes on Sunday.

Olympian Andy Turner presented the award with actor Jude Law, who was nominated twice.

"I am delighted for Clive, he deserves it," said Jude Law after the ceremony.

"This is a great night for British film," Andy Turner told reporters.

Owen said he could have met the same fate as late Beatle George Harrison, whose film company backed his first role.
"""


def test_a_descriptor_before_a_name_is_no_part_of_it():
    # "Briton Clive Owen" among plain names marked the key apart, and split one man in two.
    names = {e.name for e in article_of(AWARDS).entities if e.type == PERSON}
    assert {"Clive Owen", "Andy Turner", "George Harrison"} <= names
    assert not any(n.startswith(("Briton", "Olympian", "Beatle")) for n in names)


def test_the_late_x_after_as_is_dead_and_never_a_speaker():
    article = article_of(AWARDS)
    harrison = next(e for e in article.entities if e.name == "George Harrison")
    assert fates.died(article, harrison)
    for draft in drafts_of(AWARDS):
        if draft.kind == "who_said":
            assert "George Harrison" not in {c.text for c in draft.choices}


GLOBES = """Aviator wins top Globes

Kevin Spacey was named best actor in a drama for playing a millionaire in The Aviator.

Kate Winslet was named best actress, and Natalie Portman won for her role in Closer.

Jim Carrey won the comedy prize for his role in Ray, beating Hugh Jackman.
"""


def test_no_woman_is_offered_for_best_actor():
    article = article_of(GLOBES)
    people = {e.name: e for e in article.entities if e.type == PERSON}
    pool = [people[n] for n in ("Kate Winslet", "Jim Carrey", "Natalie Portman", "Hugh Jackman")]
    stem = "Who was named best actor in a drama for playing a millionaire in The Aviator?"
    kept = gender.same_gender_first(article, people["Kevin Spacey"], pool, stem)
    assert [e.name for e in kept] == ["Jim Carrey", "Hugh Jackman"]
