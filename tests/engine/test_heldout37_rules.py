"""A rule added while reviewing 2026.11-43's output on held-out set 26: a place that
says where a whole class of things comes from ("birds from Scotland migrate to the
Pacific") is never the swap of a false statement, because what the article says of
them says nothing of birds from England: the swap is merely unstated."""

# ruff: noqa: E501

from quizzes.engine.drafts import TRUE_FALSE
from tests.engine.conftest import drafts_of

WADERS = """Rare wader returns to island

Red-necked phalaropes have bred on the island of Coll for the first time in 40 years.

The species is one of the rarest breeding birds in the UK, with most of the population found in Shetland and a handful of pairs in England and Wales.

Red-necked phalaropes spend the winter at sea, and research using tiny tracking devices has shown that birds from Scotland migrate to the eastern Pacific Ocean, off the coast of Peru.

The birds were counted by volunteers from the Hebridean Wader Partnership in Oban.
"""


def test_the_origin_of_a_class_is_never_swapped():
    statements = [d for d in drafts_of(WADERS) if d.kind == TRUE_FALSE and "migrate" in d.stem]
    assert statements, "the sentence gives no statement at all"
    assert all("birds from Scotland" in d.stem for d in statements)
