"""The rules added from held-out sets 28 and 29: a playing position opening a
sentence ("Flanker Baird was ...") is never a person's first name, and a list of
people keeps its names when NER calls one of them an organisation; a name NER ends
on its joining word ("[Argyll and] [Bute Council]") is joined to the rest; a law
("General Data Protection Regulation (GDPR)", then "Under GDPR") is no
organisation; a capital is never the blank where commuters travel to; and a place
the sentence measures from another ("X, about 350km to the north") is never
swapped."""

# ruff: noqa: E501

from quizzes.engine import refer
from quizzes.engine.drafts import ENTITY, TRUE_FALSE
from quizzes.engine.entities import ORG, PERSON
from tests.engine.conftest import article_of, drafts_of

# 1. "Flanker Baird": the position is no name, and the mention is Rory Baird's.

RUGBY = """Wales edge past Samoa

Wales beat Samoa 27-20 in Cardiff, with tries from Owen Pryce, Gethin Lloyd and Iwan MacLeod.

Flanker Lloyd, leading the side for the first time, was driven over from a lineout before the break.

Lloyd said he was proud of the way the players had held on in the closing minutes of the match.

"That was a hard game and the boys showed real character at the end," he said.
"""


def test_a_playing_position_is_never_a_first_name():
    article = article_of(RUGBY)
    people = {e.name for e in article.entities if e.type == PERSON}
    assert not any(name.split()[0] in ("Flanker", "flanker") for name in people)
    lloyd = next(e for e in article.entities if e.name == "Gethin Lloyd")
    # The list (NER calls "Iwan MacLeod" an organisation), "Flanker Lloyd", "Lloyd said".
    assert len(lloyd.mentions) == 3
    options = {c.text for d in drafts_of(RUGBY) for c in d.choices}
    assert not any(o.startswith("Flanker") for o in options)


# 2. "Argyll and Bute Council": one organisation, never "Argyll and".

FERRY = """Island ferry withdrawn

Islay Sound Ferries said its only vessel would be withdrawn for repairs for six weeks from Monday.

The company said a replacement service would run four times a day using a chartered boat.

Islay Sound Ferries runs the route under a contract with Argyll and Bute Council, which pays it £2m a year.

Argyll and Bute Council said it would review the contract with the operator.

Islay Sound Ferries said passengers who had booked would receive full refunds.
"""


def test_a_name_cut_at_its_joining_word_is_one_name():
    article = article_of(FERRY)
    names = {e.name for e in article.entities if e.type == ORG}
    assert "Argyll and Bute Council" in names
    assert not any(n.endswith((" and", " of", " &")) or n == "Bute Council" for n in names)
    council = next(e for e in article.entities if e.name == "Argyll and Bute Council")
    assert len(council.mentions) == 2


# 3. A law is no organisation: not "GDPR", nor a person "Data Protection Regulation".

FINE = """Fitness app fined

Ireland's Data Protection Commission (DPC) said Runlytic had breached the EU's General Data Protection Regulation (GDPR) by sharing health data without consent.

The DPC fined the company €40m on Thursday, the largest penalty it has issued this year.

Under GDPR, companies can be fined up to 4% of their global annual turnover.

Runlytic said it would appeal against the decision of the DPC in the courts.
"""


def test_a_law_is_never_an_organisation_or_a_person():
    article = article_of(FINE)
    names = {e.name for e in article.entities if e.type in (ORG, PERSON)}
    assert "GDPR" not in names
    assert not any("Regulation" in n for n in names)
    entity = [d for d in drafts_of(FINE) if d.kind == ENTITY]
    assert not any(c.text == "GDPR" for d in entity for c in d.choices)


# 4. "commuter towns within reach of ___": the capital, known unread.

COMMUTERS = """House prices fall in the East

House prices in the East of England fell by 2.1% in the year to March, the Nationwide said.

The lender said the fall was driven by commuter towns within reach of London, where buyers had been hit hardest by higher mortgage rates.

In Chelmsford, the average price fell by 4.1%, while prices in Stevenage and Harlow fell by 3.8% and 3.5%.

Prices in Norwich and Ipswich were almost unchanged over the year, the lender said.
"""


def test_a_capital_where_commuters_travel_is_never_blanked():
    drafts = [d for d in drafts_of(COMMUTERS) if d.kind == ENTITY]
    assert not any(d.key.text == "London" and "within reach of ___" in d.stem for d in drafts)


# 5. "Kitwe, about 350km to the north": never swapped for the place it is measured from.

RALLIES = """Zambia campaign begins

President Joseph Mwale launched his party's campaign in front of thousands of supporters at a stadium in Lusaka on Saturday.

His main challenger, Chanda Mulenga, addressed a rally in Kitwe, about 350km (220 miles) to the north.

Police said both rallies had passed off peacefully, with no arrests in Lusaka or Kitwe.
"""


def test_a_place_measured_from_another_is_not_swapped():
    drafts = [d for d in drafts_of(RALLIES) if d.kind == TRUE_FALSE]
    assert not any("to the north" in d.stem and "Kitwe" not in d.stem for d in drafts)


def test_where_a_firms_shares_are_listed_is_an_aside():
    text = """Fitness app fined

Ireland's Data Protection Commission said Runlytic had shared health data without consent.

Runlytic, which is listed in New York, reported revenues of $1.9bn last year, up from $1.5bn.

Runlytic said it would appeal against the decision in the courts in Dublin and Paris.
"""
    drafts = [d for d in drafts_of(text) if d.kind == ENTITY]
    assert not any("listed in ___" in d.stem for d in drafts)


def test_a_council_named_often_leaves_the_company_to_the_firm():
    article = article_of(FERRY)
    assert refer.main_org(article, "company").name == "Islay Sound Ferries"
    assert refer.main_org(article) is None  # the council, named twice, is a rival
