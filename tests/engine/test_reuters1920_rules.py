"""Rules for 2026.11-101 to -103, from strict judges' verdicts on reu13 to reu20 (84
Reuters articles of 2016-17) and on eight articles of US outlets (2015-16): the special
counsel is no option for what the subjects of his inquiry did; a spokesperson is no
option for "a spokeswoman for ___"; a quotation that names a person's account
("@SenGillibrand") is not offered as that person's; (-102) a place before a
capitalised word ("The Maine Republican") takes no "the" in a swap; one who "declined
to elaborate" is a formula; "also" leaves a statement however long its subject; "a
local prosecutors" and "thousand of" are slips; (-103) "had no immediate comment" is
a formula, a CNN dateline ("Washington (CNN) ") belongs to no sentence, "the late
U.S. Sen. X" is dead, a year with a digit too many is a slip, a resolved "she's" reads
"X is" or "X has", and "Hillary Clinton's" is a person."""

# ruff: noqa: E501

from types import SimpleNamespace

from quizzes.engine.kinds import fates, true_false, worth
from quizzes.engine.kinds.common import quote_text
from quizzes.engine.kinds.distractors import same_type_options
from quizzes.engine.kinds.who_said import _talked_about
from tests.engine.conftest import article_of, entity_named

INQUIRY = """Aide pleads guilty in Russia inquiry

WASHINGTON (Reuters) - A former campaign aide pleaded guilty on Monday in the inquiry led by Special Counsel Robert Hale.

George Pappas admitted lying to the FBI about his contacts with Joseph Mercer, a professor in London, court papers showed.

In March, the professor introduced Pappas to Olga Petrova, a Russian woman, the papers said.

Lawyers for Pappas had no immediate comment, and Mercer could not be reached.

Hale declined to comment on the plea, a spokesman for the inquiry said.
"""


def _options(text, key, stem):
    article = article_of(text)
    mention = entity_named(article, key).mentions[0]
    return same_type_options(article, mention, stem)[0]


def test_the_special_counsel_is_no_option_for_what_his_subjects_did():
    assert "counsel" in entity_named(article_of(INQUIRY), "Robert Hale").titles
    options = _options(INQUIRY, "George Pappas", "Lawyers for ___ had no immediate comment.")
    assert "Joseph Mercer" in options
    assert "Robert Hale" not in options


SPOKESWOMAN = """Airlines lose tax break

WASHINGTON (Reuters) - The Senate tax plan would end a tax exemption for Gulf airlines, Senator Johnny Ives said on Thursday.

Spokeswoman Marie Gordon said Ives had not mentioned the Gulf airlines.

Tax lawyer Sam Brotman said the change would cost the carriers millions of dollars.

Senator Ann Lowe said she backed the change, and spokesman Tom Reed said the airlines would fight it.
"""


def test_a_spokesperson_is_no_option_for_a_spokeswoman_for():
    options = _options(
        SPOKESWOMAN, "Johnny Ives", "A spokeswoman for ___ did not mention the airlines."
    )
    assert "Ann Lowe" in options
    assert "Marie Gordon" not in options and "Tom Reed" not in options
    # Elsewhere a spokeswoman is a fair option.
    assert "Marie Gordon" in _options(
        SPOKESWOMAN, "Johnny Ives", "___ said the airlines would lose."
    )


def test_a_quotation_that_names_a_persons_account_is_not_theirs():
    article = article_of(
        """Senator hits back at tweet

Senator Kirsten Gillibrand called the tweet a smear.
"""
    )
    person = entity_named(article, "Kirsten Gillibrand")
    assert _talked_about("Are you really trying to bully @SenGillibrand?", person)
    assert not _talked_about("Are you really trying to bully her colleagues?", person)


# -102


def test_a_state_before_a_capitalised_word_takes_no_the():
    article = article_of(
        """Senate passes tax bill

WASHINGTON (Reuters) - The Maine Republican had been undecided on the legislation, aides said.

Senator John Hale will miss the vote because he is with his family in Arizona.

Senator Tom Reed of Ohio backed the bill on Tuesday.
"""
    )
    assert not true_false._takes_the(article, "Maine")
    for candidate in true_false.candidates(article):
        assert "the Maine." not in candidate.draft.stem


def test_one_who_declined_to_elaborate_is_a_formula():
    article = article_of(
        """Iran deadline passes

WASHINGTON (Reuters) - A White House official declined to elaborate on the discussions.

A spokesman for Senator Bob Corker did not elaborate.

Lawyers for Tom Reed had no immediate comment.

Senator Bob Corker said on Tuesday that Congress would let the deadline pass.
"""
    )
    assert worth.formula(article.sentences[0])
    assert worth.formula(article.sentences[1])
    assert worth.formula(article.sentences[2])  # "no immediate comment" (-103)
    assert not worth.formula(article.sentences[3])


def test_also_leaves_a_statement_with_a_long_subject():
    article = article_of(
        """Banks win from tax bill

NEW YORK (Reuters) - Banks will gain most from the tax bill, analysts said on Tuesday.

Telecom companies, including AT&T Inc (T.N) and Verizon Communications Inc (VZ.N), also stand to gain.
"""
    )
    sentence = article.sentences[-1]
    assert true_false._without_also(sentence, sentence.text) == sentence.text.replace(" also ", " ")


def test_a_before_a_plural_and_a_bare_thousand_of_are_slips():
    article = article_of(
        """Prosecutor runs for Senate

Before that he was a local prosecutors in Alabama, his campaign said.

Protests in the 1960s drew thousand of Britons to the embassy.

He was a local prosecutor in Alabama, and protests drew thousands of Britons.

A few people came, and a number of officials spoke at a news conference.
"""
    )
    assert [worth.sloppy(s) for s in article.sentences] == [True, True, False, False]


# -103, from a strict judge's verdicts on eight articles of US outlets (2015-16)


def test_a_cnn_dateline_belongs_to_no_sentence():
    for opening in ("Washington (CNN) ", "(CNN)", "Des Moines, Iowa (CNN) -- "):
        article = article_of(
            f"""Lynch sworn in

{opening}Loretta Lynch was sworn in as attorney general on Monday, replacing Eric Holder.

Senator Ann Lowe said Lynch would serve the country well.
"""
        )
        assert article.sentences[0].text.startswith("Loretta Lynch was sworn in")


def test_the_late_senator_is_dead_whatever_titles_come_between():
    article = article_of(
        """Talks on Iran go on

Foreign Minister Mohammad Zarif met John Kerry in Boston at an event honoring the late U.S. Sen. Edward Kennedy.

Kerry said the talks would go on, and Zarif said they were useful.
"""
    )
    assert fates.died(article, entity_named(article, "Edward Kennedy"))
    assert not fates.died(article, entity_named(article, "John Kerry"))


def test_a_year_with_a_digit_too_many_is_a_slip():
    article = article_of(
        """Clinton recalls attacks

Clinton said she was a senator on September 11, 20001, when the towers fell.

Clinton said she was a senator on September 11, 2001, when the towers fell.
"""
    )
    assert [worth.sloppy(s) for s in article.sentences] == [True, False]


def test_a_full_name_with_an_s_is_a_person():
    article = article_of(
        """Ratings fall

Hillary Clinton's ratings sank on Wednesday, a new poll showed.

A full 80 percent of Democrats view Clinton favorably, the poll found.
"""
    )
    clinton = entity_named(article, "Hillary Clinton")
    assert clinton is not None and clinton.type == "person"
    assert len(clinton.mentions) == 2
    assert entity_named(article, "Clinton") is None


def test_shes_after_a_resolved_name_is_is_or_has():
    article = article_of(
        """Senator rises in polls

Senator Ann Lowe won her seat in Ohio in 2010 with 52 percent of the vote.

She's been on a steady rise in the polls since 2012, a new survey showed.

She's doing much better than Governor Tom Reed of Ohio, the survey found.
"""
    )
    lowe = entity_named(article, "Ann Lowe")
    texts = []
    for sentence in article.sentences[1:]:
        she = SimpleNamespace(entity=lowe, start=sentence.start, end=sentence.start + 3)
        texts.append(quote_text(article, sentence, sentence.start, sentence.end, she))
    assert texts[0].startswith("Ann Lowe has been on a steady rise")
    assert texts[1].startswith("Ann Lowe is doing much better")
