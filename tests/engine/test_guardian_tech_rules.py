"""Rules for 2026.11-106, from strict judges' verdicts on 28 Guardian technology
articles of autumn 2025 (and one on a -105 question): "Character.AI" ends no
sentence; "all three organisations" points back; "In comparison," and "additionally"
are links a statement drops; a forecast beside the result it was made for is no blank,
nor the result beside it; a quotation's first word opens a sentence ("Quantum" is the
word "quantum"); "its office software suite, 365" names a product; the ends of a
range of examples are no swap; "first" takes no "not"; a father named by his given
name who never speaks is no option for a speaker's words."""

# ruff: noqa: E501

from quizzes.engine.drafts import TRUE_FALSE
from quizzes.engine.kinds import common, contrary, number, referents, true_false, who_said
from quizzes.engine.kinds.number import forecast_beside_result
from quizzes.engine.nlp import sentences
from tests.engine.conftest import article_of, drafts_of


def test_a_stop_with_no_space_after_it_ends_no_sentence():
    text = (
        "Teenagers will no longer be able to chat with companions on Character.AI from next month."
    )
    assert [s.text for s in sentences(text)] == [text]


def test_all_three_points_back():
    article = article_of(
        """Amazon water report

The report was written by three groups for Amazon last year.

Responding to questions, all three organisations defended their independence on Monday.

Responding to questions, the organisations in Texas defended their independence on Monday.
"""
    )
    three, named = article.sentences[1:]
    assert not referents.usable(article, three)[0]
    assert referents.ALL_COUNTED.search("all four men were freed")
    assert not referents.ALL_COUNTED.search("all three of the firms were fined")
    assert not referents.ALL_COUNTED.search(named.text)


def test_comparison_and_additionally_are_links_a_statement_drops():
    statements = [
        d.stem
        for d in drafts_of(
            """Chipmaker passes $5tn

Nvidia became the first company worth $5tn on Wednesday as its shares rose in New York trading.

In comparison, Nvidia's value is greater than the whole economy of Japan, according to the IMF.

The Federal Trade Commission last month additionally launched an inquiry into chatbot makers in Washington.
"""
        )
        if d.kind == TRUE_FALSE
    ]
    assert statements
    assert not any("in comparison" in s.lower() for s in statements)
    assert not any("additionally" in s for s in statements)
    assert true_false.INNER_LINK.search("The firm, by comparison, grew 3%.")


def test_a_forecast_and_the_result_beside_it_are_no_blanks():
    assert forecast_beside_result(
        "$99.89bn",
        "Alphabet reported revenue of $102.35bn, compared with analysts' average estimate of ",
        ".",
    )
    assert forecast_beside_result(
        "$102.35bn", "Alphabet reported revenue of ", ", compared with estimates of $99.89bn."
    )
    assert forecast_beside_result(
        "$15.16bn", "The unit posted revenue of ", ", topping estimates of $14.72bn."
    )
    assert not forecast_beside_result(
        "$15.16bn", "The unit posted revenue of ", ", up 30% on last year."
    )
    assert not forecast_beside_result("8%", "Revenue rose ", ", compared with estimates of $99bn.")


def test_a_quotation_s_first_word_is_no_name():
    article = article_of(
        """Blair urges quantum push

Tony Blair said the UK must invest in quantum computing to keep up with its rivals.

Quantum computing differs from classical computing in strange ways, experts say.

A spokesperson said: \u201cQuantum is a technology that will change how drugs are made.\u201d
"""
    )
    statements = [d.stem for d in drafts_of_article(article)]
    # The source told last moves first (-128): "According to experts, quantum ...".
    assert any("According to experts, quantum computing differs" in s for s in statements)
    quoted = article.sentences[-1].span
    word = next(t for t in quoted if t.text == "Quantum")
    assert common._opens_sentence(word)  # so its capital says nothing of a name


def drafts_of_article(article):
    return [c.draft for c in true_false.candidates(article)]


def test_a_number_set_beside_a_thing_names_it():
    article = article_of(
        """Microsoft results

Microsoft reported higher earnings on Wednesday even as it faced an outage of its office software suite, 365.
"""
    )
    ent_texts = [d.key.text for d in (c.draft for c in number.candidates(article))]
    assert "365" not in ent_texts
    after_a_comma = article_of(
        """Storm damage

After the storm on Tuesday night, 365 homes in the town were left without power.
"""
    ).sentences[0]
    figure = next(e for e in after_a_comma.span.ents if e.text == "365")
    assert not number._names_one(figure)


def test_the_ends_of_a_range_of_examples_are_no_swap():
    assert true_false.RANGE_OF_EXAMPLES.search(
        "spend $3tn on datacentres from India to Texas and from Lincolnshire to Brazil."
    )
    assert true_false.RANGE_OF_EXAMPLES.search(
        "brought everything from smart beds to banks offline"
    )
    assert not true_false.RANGE_OF_EXAMPLES.search("The train runs from Leeds to York every hour.")
    article = article_of(
        """Datacentre boom

Technology companies will spend $3tn on datacentres from India to Texas and from Lincolnshire to Brazil.
"""
    )
    swap = true_false._swap(article, article.sentences[0])
    assert swap is None or swap[2] not in ("India", "Texas", "Lincolnshire", "Brazil")


def test_first_takes_no_not():
    article = article_of(
        """Amazon results

Amazon has made its first financial disclosures since the outage.

Amazon has made its quarterly financial disclosures since the outage.
"""
    )
    first, plain = article.sentences
    assert contrary.flip(first) is None
    assert contrary.flip(plain) is not None


def test_a_father_named_once_by_his_given_name_is_no_option():
    article = article_of(
        """Member sues party

Bruce Hale, whose father, David, was a councillor, said: "I was repeatedly emailing the party to ask what had happened to my case."

Alan Dunn, a former minister, said: "We are seeing a vicious campaign built on ignorance and fear."

The party's chairman, Robert Jenks, suspended Hale from the party last year.
"""
    )
    assert "David" in {p.name for p in article.people}
    asked = who_said.candidates(article)
    assert asked
    for candidate in asked:
        options = [c.text for c in candidate.draft.choices]
        assert "David" not in options, options
