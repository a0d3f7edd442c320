"""More of an article's speakers asked about (2026.11-43, for short articles that got too
few questions): a quotation is credited to the name in apposition to its speaker ("said
the group's co-founder, Ruth Ellery")."""

# ruff: noqa: E501

from quizzes.engine.drafts import WHO_SAID
from tests.engine.conftest import drafts_of

FINE = """Water firm fined over sewage spills

A water company has been fined £4m after admitting it let untreated sewage pour into the River Wend for two years.

Sentencing at Taunton Crown Court, Judge Mary Holt said the company had ignored warnings from its own staff.

Campaigners welcomed the sentence but said it did not go far enough.

"Fines like this are just a cost of doing business unless bosses face consequences," said the group's co-founder, Ruth Ellery.

The Environment Agency's area director, Tom Whitlow, said eight further investigations were under way.
"""


def _key(draft):
    return next(c.text for c in draft.choices if c.is_correct)


def test_a_name_in_apposition_to_the_speaker_is_the_speaker():
    drafts = [
        d for d in drafts_of(FINE) if d.kind == WHO_SAID and "cost of doing business" in d.stem
    ]
    assert drafts, "the quotation was credited to nobody"
    assert {_key(d) for d in drafts} == {"Ruth Ellery"}
