"""Rules from strict judges' verdicts on real BBC articles, eight rounds of 40 (real42-66
under engines -65 to -69, real72-76 under -70, real77-81 under -71, real82-86 under
-72): an opening link ("And", "However,") is
left out rather than the sentence lost; a quotation that runs on over sentences never turns the rest of the
article into readers' comments; a statement never leans on a sentence before ("a day
earlier", "instead", "Again ...", "the American", "such shortlists", "their case",
"it was a positive decision", "either way") and keeps the capital of a name the model
missed, but not of an opening "The"; a denial never reads clumsily; slips the source
made are never copied; a number blank is never a side of a draw, a rate past the
third decimal place, a model's or a rapper's name, a police phone number or half a
currency sign; a reporter, a game, a biography's subject or a role word is never a
person option; and a word question offers only meanings that fit its sentence. From
real72-76: a statement's subject says which one ("The meeting ..." does not), a
number or comma at odds with its words is a slip, a quotation's speaker is the one
who closes it, and a figure after "Hot" or before the names it counts is no blank.
From real77-81: a heading in capitals, a word run into a name and "its is" are slips;
"Shortly afterwards" points back; a word that only describes a name ("Recent",
"Bookmaker") loses its capital, the first word of a name keeps it; a who-question
says "According to the article" before "last year", and never asks for a description
("Who is a class act?") or for "the two". From real82-86: a name before "spokesman"
or after "web portal" is a body, and "By contrast, said Mr X, ..." opens no statement."""

# ruff: noqa: E501

from quizzes.engine import refer
from quizzes.engine.kinds import contrary, fates, number, true_false
from quizzes.engine.kinds.referents import by_epithet, usable
from tests.engine.conftest import article_of, plain_stem

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


def _refused_unless(sentence, words, old, new):
    """The sentence drafts no statement, and drafts one once old is made new."""
    assert not _statements(sentence, words)
    assert _statements(sentence.replace(old, new), words)


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
    _refused_unless(
        "A day earlier, Mary Dunne had said islanders would hold a public meeting.",
        "public meeting",
        "A day earlier, ",
        "",
    )


def test_instead_without_of_is_never_stated():
    _refused_unless(
        "Harbour Lines says it will focus on its summer sailings to Carra instead.",
        "summer sailings",
        " instead",
        "",
    )


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
    sentence = (
        "Harbour Lines will hire 787 islanders from Carra for the summer with a yard in Ness."
    )
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


# 6. Who said it. (The club captain is there so that, with Doyle ruled out, Fenwick's
# quotation still has the three options a who-said question needs.)

COACH = """Coach joins island tennis camp

Former champion Jimmy Doyle will advise young players at the Carra tennis camp, the island council said on Monday.

"The camp is an amazing place for young players who want to be the best," said Doyle, speaking at a club in London.

Speaking from Carra, camp director David Fenwick told the Island Times: "Jimmy was fantastic with the players and the coaches on Carra. "He worked through the coaches and hopefully he will get to know the players. "He made it clear he did not want a short stay. This is a job for life for me and for the coaches. "He respects that but he wants to be involved and have real input in the camp."

Councillor Mary Dunne said the council would pay for the camp for three more years.

Club captain Ella Ward said: "The juniors have trained twice a week all summer."
"""


def test_a_quotation_about_him_never_offers_the_man_named_by_his_given_name():
    from tests.engine.conftest import drafts_of

    asked = [d for d in drafts_of(COACH) if d.kind == "who_said" and "He respects that" in d.stem]
    assert asked
    for draft in asked:
        assert draft.key.text == "David Fenwick"
        assert "Jimmy Doyle" not in {c.text for c in draft.choices}


# Round two (real47-51, engine -66).

# 7. A quotation that runs on over sentences, each opening with a mark, is still the
# speaker's: its "we" never makes the rest of the article readers' comments.

CLUB = """Island club may seek share listing

Carra Rovers chairman David Dunn has said the club may seek a full listing for its shares on the London Stock Exchange.

Speaking at a business forum in Dubai, he said a full listing was "one of the options" for funding after the club moves to its new ground.

When Carra Rovers moves to its new ground, its share of turnover from television will drop from 52% to 34%, the club said.

"Listing would be one option, but we are flexible and no decisions have been made on that issue yet. "We want to be in the best financial health."

Mr Dunn said that television money had driven the island game forward in the past 10 years, but he feared too many games were now being shown.

The club is funding its move through debt from banks and the sale of its old ground at Harbour Road, which will raise £12m.
"""


def test_a_quotation_that_runs_on_never_starts_readers_comments():
    from quizzes.engine.text import BODY, comments_start, outside_quotes, paragraphs

    article = article_of(CLUB)
    assert any("sale of its old ground" in s.text for s in article.sentences)
    body = [p for p in paragraphs(CLUB.split("\n\n", 1)[1]) if p.kind == BODY]
    assert comments_start(body) == len(body)
    outside = outside_quotes('"Listing would be one option, but we are flexible. "We want it."')
    assert "we" not in outside.lower()
    assert "said" in outside_quotes('"We are flexible," he said.')


def test_a_capital_you_inside_a_sentence_is_a_title_not_the_writer():
    from quizzes.engine.text import own_voice

    assert not own_voice(
        "The band had hits including With Or Without You and I Still Haven't Found What I'm Looking For."
    )
    assert own_voice("Good luck to all three of them, you will need it.")
    assert own_voice("You have to admire the coaches.")


# 8. The capital of a name the model did not tag stays after "According to the article".


def test_an_opening_name_the_model_missed_keeps_its_capital():
    stems = [d.draft.stem for d in true_false.candidates(article_of(CLUB))]
    assert any("article, Carra Rovers chairman David Dunn" in s for s in stems), stems
    text = STORY.format(
        "Commission for Island Equality chief Trevor Ames argued on Sunday that the sailings should stay."
    )
    stems = [
        c.draft.stem
        for c in true_false.candidates(article_of(text))
        if "Trevor Ames" in c.draft.stem
    ]
    assert stems and all("article, Commission for Island Equality" in s for s in stems), stems


# 9. A statement never names what only a sentence before says.


def test_a_statement_never_points_back():
    assert not _statements(
        "Councillor Mary Dunne argued on Sunday that the time had come for such sailings.",
        "such sailings",
    )
    assert _statements(
        "Councillor Mary Dunne argued on Sunday that the time had come for winter sailings.",
        "winter sailings",
    )
    assert not _statements(
        "Mary Dunne told the Island Times on Monday that it was a positive decision.",
        "positive decision",
    )
    assert _statements(
        "Mary Dunne told the Island Times on Monday that the cuts were a positive decision.",
        "positive decision",
    )
    assert not _statements(
        "Judge Tom Fenwick is due to deliver a judgment in their case once the Carra petition has been heard.",
        "their case",
    )
    assert _statements(
        "Judge Tom Fenwick is due to deliver a judgment on the ferry cuts once the Carra petition has been heard.",
        "ferry cuts",
    )
    assert not _statements(
        "Tom Fenwick and Peter Ross had both sailed in that race last year.", "that race"
    )
    assert _statements(
        "Tom Fenwick and Peter Ross had both sailed in the island race last year.", "island race"
    )


def test_their_needs_a_group_in_the_sentence():
    sentence = "Carra councillors Tom Ross and Ann Bell said their ferry was the only link to the hospital in Oban."
    assert _statements(sentence, "their ferry")
    assert not _statements(sentence.replace("Carra councillors ", ""), "their ferry")
    assert _statements("Mary Dunne said her family had used the ferry for 40 years.", "her family")
    assert not _statements(
        "Mr Dunne said her family had used the ferry for 40 years.", "her family"
    )


def test_the_options_alone_is_a_shell_noun():
    assert not _statements(
        "At a debate in Carra, the island council considered the options.", "considered the"
    )
    assert _statements(
        "At a debate in Carra, the island council considered the ferry timetable.", "considered the"
    )


# 10. People: a game is no person, a role glued to a name is no part of it, and a
# reporter on the story is never a distractor.


def test_a_launch_title_is_no_person():
    article = article_of(
        """New console goes on sale

Nintendo president Satoru Iwata said the console would go on sale in Europe in March.

It has a built-in microphone which is used in Sega's launch title Project Rub.

"Europe is an extremely important market for Nintendo," Mr Iwata said.
"""
    )
    rub = next((e for e in article.entities if e.name == "Project Rub"), None)
    assert rub is None or not rub.confirmed


def test_a_role_glued_to_a_name_is_no_part_of_it():
    article = article_of(
        """Schools to teach about piracy

Pupils will be taught about music piracy in a scheme launched on Monday.

Songwriter Guy Chambers, who has worked with many stars, has backed the scheme.

"I think it is important that young people learn about copyright," Chambers said.
"""
    )
    names = {e.name for e in article.entities if e.type == "person"}
    assert "Guy Chambers" in names
    assert "Songwriter Guy Chambers" not in names


def test_a_reporter_on_the_story_is_never_a_distractor():
    from quizzes.engine.kinds import distractors

    article = article_of(
        """Leaders meet on peace plan

Tony Blair said Ariel Sharon was committed to the peace plan.

The BBC's Paul Reynolds says the conference will shore up the leadership of Mahmoud Abbas.

In an interview with the BBC's political editor Andrew Marr, Mr Blair said progress would be tough.
"""
    )
    people = {e.name: e for e in article.entities if e.type == "person"}
    assert distractors.reporter(article, people["Paul Reynolds"])
    assert distractors.reporter(article, people["Andrew Marr"])
    assert not distractors.reporter(article, people["Ariel Sharon"])


# 11. Numbers.


def test_an_exchange_rate_takes_options_a_few_per_cent_away():
    from quizzes.engine import numbers
    from quizzes.engine.kinds.scales import rate_band

    key = numbers.parse("$1.30")
    low, high = rate_band("the euro was at $1.30 against the dollar", key)
    assert low < 1.30 < high and high < 1.5 and low > 1.1
    assert rate_band("shares rose to $1.30 on Monday", key) is None
    sentence = "On Friday the Carra pound was trading against the euro at $1.32 in London."
    blanks = _blanks(sentence, "trading")
    assert blanks
    for candidate in blanks:
        for choice in candidate.draft.choices:
            assert 1.1 < numbers.parse(choice.text).value < 1.55, choice.text


def test_a_police_appeal_and_its_phone_number_are_never_asked():
    sentence = "Police appealed for public help to find the men who took 30 paintings from the house in Carra."
    assert not _blanks(sentence, "30 paintings")
    assert not _statements(sentence, "30 paintings")
    sentence = "Police asked people to ring 0800 555 111 if they had seen the 30 paintings taken from the house."
    assert not _blanks(sentence, "30 paintings")
    assert not _statements(sentence, "30 paintings")
    sentence = "Police asked people about the 30 paintings taken from the house in Carra on Friday."
    assert _blanks(sentence, "30 paintings")
    sentence = "Police appealed for public help to find the stolen items on 0845 8 505 505 or 0800 555 111."
    assert not _blanks(sentence, "stolen items")
    assert not _statements(sentence, "stolen items")
    sentence = "Police said the stolen items were worth £50,000 and had been taken from the house."
    assert _blanks(sentence, "stolen items")


def test_a_number_before_one_named_thing_is_part_of_a_name():
    sentence = (
        "Rock band Keel won the island poll while US rapper 50 Cent topped the poll on Carra."
    )
    assert not _blanks(sentence, "50 Cent")
    sentence = "Rock band Keel won the island poll while 50 islanders topped the poll on Carra."
    assert [c.draft.key.text for c in _blanks(sentence, "50 islanders")] == ["50"]


# 12. Word meanings and denials.


def test_a_passive_verb_on_people_offers_only_verbs_on_people():
    from quizzes.engine.kinds import word_meaning

    article, found = _sentence(
        "If they have no tickets, they are going to be detained at the harbour by police.",
        "detained",
    )
    token = next(t for t in found.span if t.lower_ == "detained")
    assert word_meaning._person_object(token)
    article, found = _sentence(
        "The ferry timetable is going to be revised at the harbour by officials.", "revised"
    )
    token = next(t for t in found.span if t.lower_ == "revised")
    assert not word_meaning._person_object(token)


def test_insisted_never_offers_promised():
    from quizzes.engine.kinds.word_meaning import _close

    assert _close("insist", "promise")


def test_a_short_courtesy_is_never_asked_who_said():
    from tests.engine.conftest import drafts_of

    text = """Harbour Lines names new captain

Harbour Lines has named Glenn Hodge as its new harbour manager after manager Dave Jones was sacked in May.

Hodge was sacked by Rovers in 2003. "I'm delighted to be here," said Hodge.

"The ferry has been losing money for three years and we must change that," Hodge said.

Harbour Lines chairman Rick Hayward said the firm had talked to three other captains.

"We are sure Glenn is the right man to turn the route around," Mr Hayward said.
"""
    stems = [d.stem for d in drafts_of(text) if d.kind == "who_said"]
    assert not any("delighted to be here" in s for s in stems), stems
    assert any("losing money" in s for s in stems), stems


# Round three (real52-56, engine -67).


def test_a_character_named_in_a_list_of_films_is_no_person():
    article = article_of(
        """Games firm takes on film studios

Gerhard Florin, the firm's managing director, said games would soon outsell films.

The firm makes video game versions of movies such as Harry Potter and the James Bond films.

"Doubling our industry in five years is not rocket science," Mr Florin said.
"""
    )
    potter = next((e for e in article.entities if e.name == "Harry Potter"), None)
    assert potter is None or not potter.confirmed
    florin = next(e for e in article.entities if e.name == "Gerhard Florin")
    assert florin.confirmed


def test_he_in_a_quotation_reaches_three_sentences_back():
    from tests.engine.conftest import drafts_of

    text = """Chancellor's forecast questioned

"The island economy is stronger than at any time in a generation," Chancellor Gordon Brown told MPs on Wednesday.

In his budget report, Mr Brown surprised island experts by forecasting growth of 3% for next year. Many believe the figure is more likely to be under 3% and fear tax rises. Carl Emmett, from the Island Institute, told the Carra Times: "We are not so sure about it." David Page, of Carra Securities, said: "His forecast that he will meet the rule with a margin of £8bn is far too optimistic."

Island Tory leader Oliver Letwin said: "The budget will have to be cut next year."

Island Liberal leader Hugh Garvie said: "Families will pay for this budget in higher bills."
"""
    # Garvie, outside Page's paragraph, keeps three options once the men named in it
    # (Brown, Emmett) are ruled out.
    asked = [d for d in drafts_of(text) if d.kind == "who_said" and "His forecast" in d.stem]
    for draft in asked:
        assert not any("Brown" in c.text for c in draft.choices)
    assert asked


def test_a_name_used_as_a_modifier_says_nothing_of_its_the():
    article = article_of(
        """Minister sorry over review

David Blunkett has apologised to MPs after the Home Office announced a review of murder laws.

On Wednesday, a Home Office spokeswoman said the terms of the review had not been set.

Home Office minister Baroness Scotland said the review would begin next year.

Mr Blunkett had to answer an emergency question in Parliament on Thursday.
"""
    )
    assert true_false._takes_the(article, "Home Office")


def test_no_denial_against_a_concession_or_a_reason():
    assert (
        _flip(
            "Harbour Lines has kept faith with its captain despite his poor season.", "kept faith"
        )
        is None
    )
    assert (
        _flip("Harbour Lines has kept faith with its captain after his poor season.", "kept faith")
        is not None
    )
    assert (
        _flip("Harbour Lines is involved in the case because it is itself being sued.", "involved")
        is None
    )
    assert (
        _flip("Harbour Lines is involved in the case against the island council.", "involved")
        is not None
    )
    assert (
        _flip(
            "Harbour Lines has unveiled its new ferry, as it tries to win back passengers.",
            "unveiled",
        )
        is None
    )


def test_a_similar_thing_is_never_stated():
    assert not _statements(
        "Island Ferries took a similar approach to the winter timetable last year.", "similar"
    )
    assert _statements(
        "Island Ferries took a cautious approach to the winter timetable last year.", "cautious"
    )


def test_verbs_that_hold_back_an_effort_offer_verbs_on_efforts():
    from tests.engine.conftest import drafts_of

    text = """Island council acts on truancy

The island council on Carra will spend £2m on its schools next year, the council said on Monday.

He accused ministers of wasting money on unsuccessful attempts to curb bad behaviour and truancy in schools.

Councillor Mary Dunne said the plan was a blow to families who relied on the ferry.
"""
    asked = [d for d in drafts_of(text) if d.kind == "word_meaning" and '"curb"' in d.stem]
    assert asked
    for draft in asked:
        options = {c.text for c in draft.choices}
        assert len(options & {"encourage", "overlook", "investigate", "explain"}) == 3
        assert not options & {"update", "adopt", "organise", "obey", "confirm", "help", "support"}


def test_a_surname_the_gazetteer_knows_as_a_town_is_no_place():
    article = article_of(
        """Hollywood ready for Oscars night

Critics believe the night may belong to Clint Eastwood's Million Dollar Baby.

Eastwood has won best director once before, for Unforgiven in 1993.

Organisers have put up a canopy after torrential rain in Los Angeles over the past week.
"""
    )
    eastwood = next((e for e in article.entities if e.name == "Eastwood"), None)
    assert eastwood is None or eastwood.type != "place" or not eastwood.confirmed
    los_angeles = next(e for e in article.entities if e.name == "Los Angeles")
    assert los_angeles.confirmed


def test_a_denial_keeps_its_source_or_its_place_after_a_comma():
    assert (
        _flip(
            "Harbour Lines will not sail to Carra on 11 March, the company has announced.",
            "11 March",
        )
        is None
    )
    assert (
        _flip(
            "Harbour Lines will sail to Carra on 11 March, the company has announced.", "11 March"
        )
        is not None
    )
    assert (
        _flip(
            "Mary Dunne has begun selling her boats from a stall in Camden Market, London.",
            "selling",
        )
        is not None
    )
    assert (
        _flip(
            "Mary Dunne has won the island race once before, for Harbour Lines in 1993.",
            "once before",
        )
        is None
    )
    assert (
        _flip(
            "Mary Dunne has won the island race once before for Harbour Lines in 1993.",
            "once before",
        )
        is not None
    )


def test_a_source_with_its_day_is_a_tail_a_denial_keeps():
    sentence = "Harbour Lines will sail to Carra on 11 March, the company said on Tuesday."
    assert _flip(sentence, "11 March") is not None
    assert (
        _flip(
            sentence.replace("the company said on Tuesday", "for the first time in years"),
            "11 March",
        )
        is None
    )


def test_a_denial_is_never_denied():
    assert _flip("Harbour Lines has denied the claims made by islanders.", "claims") is None
    assert _flip("Harbour Lines has rejected the claims made by islanders.", "claims") is not None


# Round four (real57-61, engine -68).


def test_a_sentence_that_is_only_a_though_clause_is_never_stated():
    _refused_unless(
        "Though Mary Dunne added that Harbour Lines would run the ferry with its own crews from Oban.",
        "own crews",
        "Though Mary",
        "Mary",
    )


def test_this_as_a_subject_is_never_stated():
    _refused_unless(
        "Mary Dunne says this would vastly increase the opportunities available to the islanders.",
        "vastly increase",
        "this would",
        "the new ferry would",
    )


def test_an_opening_the_loses_its_capital_unless_the_article_writes_it_inside():
    # "called The money of politics": "The" capitalised inside a sentence, which makes
    # an opening "The" look like the start of a name.
    text = """Donors fund the parties

The Liberal Democrats' largest donor was a reform trust, which gave a sum of £250,000 to the party.

The Conservatives received £5m from donors in the same quarter, the Electoral Commission said.

Officials said the figures were published on Tuesday in a report called The money of politics.
"""
    stems = [c.draft.stem for c in true_false.candidates(article_of(text))]
    assert any("article, the Liberal Democrats' largest donor" in s for s in stems), stems
    text = text.replace("called The money", "called The Liberal money")
    stems = [c.draft.stem for c in true_false.candidates(article_of(text))]
    assert any("article, The Liberal Democrats' largest donor" in s for s in stems), stems


def test_a_name_opening_needs_two_capitalised_words_after_of():
    sentence = "Part of Carra's harbour wall was rebuilt by Harbour Lines in 1990 for £2m."
    stems = [c.draft.stem for c in true_false.candidates(article_of(STORY.format(sentence)))]
    assert any("article, part of Carra's harbour wall" in s for s in stems), stems


def test_source_slips_are_never_copied():
    from quizzes.engine.kinds import worth

    for slip, fixed in (
        (
            "Mary Dunne has argued. there needs to be a new ferry for Carra.",
            "Mary Dunne has argued there needs to be a new ferry for Carra.",
        ),
        (
            "The new ferry will cost £135,00 a year to run, the council said.",
            "The new ferry will cost £135,000 a year to run, the council said.",
        ),
        (
            "There was hostility hostility to the plan from islanders on Carra.",
            "There was hostility to the plan from islanders on Carra.",
        ),
        (
            "Mary Dunne has recently graduated from graduated from the island college.",
            "Mary Dunne has recently graduated from the island college on Carra.",
        ),
        (
            "Harbour Lines will offer lower- cost fares to Carra from March next year.",
            "Harbour Lines will offer pre- and post-season fares to Carra next year.",
        ),
        # From real72-81: a number or comma at odds with its words, a word run into a
        # name, "its is", a heading in capitals.
        (
            "Two captains and at least three ferry skipper resigned in less than a month.",
            "Two captains and at least three ferry skippers resigned in less than a month.",
        ),
        (
            "Mary Dunne said that in the main, there is well-paid jobs on Carra.",
            "Mary Dunne said that in the main, there are well-paid jobs on Carra.",
        ),
        (
            "The case was heard in Oban, where Harbour Lines, had filed its claim.",
            "The case was heard in Oban, where Harbour Lines had filed its claim.",
        ),
        (
            "Everyone of the island's ferry crews is fit and ready for the winter.",
            "Every one of the island's ferry crews is fit and ready for the winter.",
        ),
        (
            "Mary Dunne spoke of the central purpose ofHarbour Lines for the island.",
            "Mary Dunne spoke of the central purpose of Harbour Lines for the island.",
        ),
        (
            "Mary Dunne said its is not clear that the Carra route will survive.",
            "Mary Dunne said it is not clear that the Carra route will survive.",
        ),
        (
            "FERRY FARES (WINTER TIMETABLE) Harbour Lines will raise its fares by 5%.",
            "US FDA officials said Harbour Lines will raise its fares by 5% in May.",
        ),
    ):
        _, found = _sentence(slip, slip[:20])
        assert worth.sloppy(found), slip
        _, found = _sentence(fixed, fixed[:20])
        assert not worth.sloppy(found), fixed
    _, found = _sentence("Mary Dunne said that that plan was the best one for Carra.", "that that")
    assert not worth.sloppy(found)


def test_a_currency_sign_with_letters_is_never_split():
    sentence = "Harbour Lines offered A$6.35 a share for the Carra ferry company on Friday."
    assert not _blanks(sentence, "a share")
    sentence = "Harbour Lines offered $6.35 a share for the Carra ferry company on Friday."
    assert _blanks(sentence, "a share")


def test_the_subject_of_a_biography_is_never_an_option():
    from quizzes.engine.kinds import distractors

    article = article_of(
        """Hague's earnings shown

William Hague earned £500,000 last year from speeches and his biography of William Pitt.

Michael Portillo makes some of his money as a director of an arms firm.

"I have always been open about my earnings," Mr Hague said.
"""
    )
    pitt = next(e for e in article.entities if e.name == "William Pitt")
    assert distractors.historical(article, pitt)
    portillo = next(e for e in article.entities if e.name == "Michael Portillo")
    assert not distractors.historical(article, portillo)


def test_this_as_an_object_and_either_way_are_never_stated():
    _refused_unless(
        "Mary Dunne knows this and started a new ferry service to reach more islanders.",
        "new ferry service",
        "knows this and ",
        "",
    )
    _refused_unless(
        "Either way, Harbour Lines will need new ferries for the Carra route, Mary Dunne said.",
        "new ferries",
        "Either way, Harbour",
        "Harbour",
    )


# Round five (real62-66, engine -69).


def test_an_underdog_is_offered_other_people_in_a_contest():
    from tests.engine.conftest import drafts_of

    text = """Carra rowers face island final

The Carra rowing club will race in the island final on Saturday, the club said on Monday.

The Carra crew go into the race as clear underdogs against the Ness club.

Councillor Mary Dunne said the race was a boost to families who relied on the ferry.
"""
    asked = [d for d in drafts_of(text) if d.kind == "word_meaning" and "underdogs" in d.stem]
    assert asked
    for draft in asked:
        options = {c.text for c in draft.choices}
        assert not options & {
            "people killed or injured",
            "opponents of the government",
            "competitors with a chance",
        }
        assert "newcomers to the contest" in options


def test_urged_and_insisted_are_too_near_to_offer_each_other():
    from quizzes.engine.kinds.word_meaning import _close

    assert _close("insist", "encourage")
    assert _close("underdog", "contender")


def test_an_example_a_result_or_a_what_opening_is_never_stated():
    for opening in ("For instance, ", "As a result, ", "In particular, "):
        sentence = f"{opening}Harbour Lines will run two ferries to Carra every day from March."
        assert not _statements(sentence, "two ferries"), opening
    assert _statements(
        "Harbour Lines will run two ferries to Carra every day from March.", "two ferries"
    )
    sentence = (
        "What is a clear sign of the change is that Harbour Lines now runs two ferries to Carra."
    )
    assert not _statements(sentence, "two ferries")


def test_an_opening_earlier_is_left_out():
    sentence = "Earlier, Harbour Lines said it would run two ferries to Carra every day from March."
    stems = [c.draft.stem for c in _statements(sentence, "two ferries")]
    assert stems and all("earlier" not in s.lower() for s in stems), stems


# 13. Round seven (real72-76, under -70).


def test_a_subject_of_the_and_common_nouns_alone_is_never_stated():
    # Which meeting? A name in the subject, or before it, says which.
    sentence = "The meeting drew 300 islanders to the village hall on Friday evening."
    _refused_unless(sentence, "village hall", "The meeting", "The Carra meeting")
    _refused_unless(sentence, "village hall", "The meeting", "In Carra, the meeting")
    _refused_unless(
        "Eventually the service will carry 300 islanders a week in the winter months.",
        "300 islanders",
        "the service",
        "the Carra service",
    )


def test_a_subject_the_headline_names_is_the_storys_own():
    # "ferry" is in the headline "Ferry firm cuts winter sailings".
    sentence = "The ferry will now carry at most 200 passengers on each winter sailing."
    assert _statements(sentence, "200 passengers")
    assert not _statements(sentence.replace("ferry", "vessel"), "200 passengers")


def test_hours_later_and_from_there_are_never_stated():
    _refused_unless(
        "Hours later Mary Dunne said islanders would hold a public meeting on Friday.",
        "public meeting",
        "Hours later ",
        "",
    )
    _refused_unless(
        "From there Mary Dunne went on to Carra to hold a public meeting on Friday.",
        "public meeting",
        "From there ",
        "",
    )


def test_an_opening_instead_without_its_comma_is_left_out():
    sentence = "Instead Harbour Lines will run two ferries to Carra every day from March."
    stems = [c.draft.stem for c in _statements(sentence, "two ferries")]
    assert stems and all("instead" not in s.lower() for s in stems), stems


def test_a_number_before_a_label_a_unit_or_a_date_is_no_slip():
    from quizzes.engine.kinds import worth

    for fine in (
        "Harbour Lines said fares rose by £4m in November, up 30% on the year.",
        "The ferry sails before the 12 March tie between Carra and Oban.",
        "The Carra ferry had its 26th top 10 finish in the island regatta.",
        "Microsoft gave Carra game makers a glimpse of the new Xbox 2 console.",
    ):
        _, found = _sentence(fine, fine[:20])
        assert not worth.sloppy(found), fine


def test_no_denial_of_until():
    sentence = "Mary Dunne was until recently the chair of the Carra ferry users' group."
    assert _flip(sentence, "ferry users") is None
    assert _flip(sentence.replace("until ", ""), "ferry users") is not None


def test_a_rival_who_never_speaks_has_a_part_outside_a_when_or_if_clause():
    # Nobody but the captain speaks, so only people with a part in the story stand
    # beside him. The mate and the harbour master have one (a choice of two is never
    # asked); Thatcher, named in a clause that only sets the time, has none.
    from quizzes.engine.drafts import WHO_SAID
    from tests.engine.conftest import drafts_of

    text = """Ferry captain retires

Captain Tom Reid has retired after 30 years on the Carra ferry.

He began work on the route in 1975, when Margaret Thatcher was leader of the opposition.

First mate Bill Cairns will take over as captain next month.

Harbour master Jean Ross organised a farewell party for him on Friday.

"It is a good time to hand over the wheel to a younger crew," said Captain Reid.
"""
    [asked] = [d for d in drafts_of(text) if d.kind == WHO_SAID]
    assert {c.text for c in asked.choices} == {"Tom Reid", "Bill Cairns", "Jean Ross"}
    text = text.replace(
        "when Margaret Thatcher was leader of the opposition",
        "and Margaret Thatcher sailed with him in 1979",
    )
    [asked] = [d for d in drafts_of(text) if d.kind == WHO_SAID]
    assert "Margaret Thatcher" in {c.text for c in asked.choices}


def test_a_long_quotation_ends_at_its_sentence_a_few_words_on():
    from quizzes.engine.kinds.who_said import _shorten

    quote = (
        "Even once the quieter holiday period is over, sellers will find themselves "
        "competing with a lot of other properties on the market. In any business, excess "
        "supply and low demand means one thing - cut prices"
    )
    assert _shorten(quote) == quote.split(". In any")[0]


FERRY_VOICES = """Ferry cuts condemned

Harbour Lines will end its winter sailings to Carra from January.

Island councillor Mary Dunne said: "The island cannot survive a winter without a ferry."

Fares could rise by a "very large amount", said transport analyst Peter Walsh. "Islanders are likely to have only minimal to no choice. It's more likely the Oban-based operators [companies] might have some routes," said Ruth Kerr, an analyst at the Carra Trust.

Union leader Alan Grant said: "Fifty crew will lose their jobs this winter. "The company has broken every promise it made to the crews. " And minister John Hale said the company had kept its side of the deal.
"""


def test_a_quotation_closed_by_a_named_speaker_is_never_the_last_speakers():
    from quizzes.engine.drafts import WHO_SAID
    from tests.engine.conftest import drafts_of

    keys = {
        d.key.text for d in drafts_of(FERRY_VOICES) if d.kind == WHO_SAID and "no choice" in d.stem
    }
    assert "Peter Walsh" not in keys, keys


def test_a_speaker_reporting_his_own_point_is_no_attribution_of_the_quotation_before():
    from quizzes.engine.drafts import WHO_SAID
    from tests.engine.conftest import drafts_of

    keys = {
        d.key.text
        for d in drafts_of(FERRY_VOICES)
        if d.kind == WHO_SAID and "broken every promise" in d.stem
    }
    assert "John Hale" not in keys, keys


def test_a_figure_after_a_capitalised_word_inside_a_sentence_is_a_name():
    sentence = (
        "A man was shot in the thigh outside Oban's Hot 97 studios while Mary Dunne was on air."
    )
    assert not _blanks(sentence, "thigh")
    assert _blanks(sentence.replace("Hot 97", "97"), "thigh")


ROBOTS = """Hitachi shows robots

Hitachi has shown off a robot that can move at walking pace and talk to people.

{}

The firm said the robots could be used as guides in offices and hospitals by 2007.
"""


def test_a_count_of_the_names_set_off_after_it_is_never_blanked():
    sentence = "Two wheel-based Emiews, Pal and Chum, introduced themselves to reporters at a press conference in Tokyo."
    blanks = number.candidates(article_of(ROBOTS.format(sentence)))
    assert not [c for c in blanks if "press conference" in c.draft.stem]
    sentence = sentence.replace(", Pal and Chum,", "")
    blanks = number.candidates(article_of(ROBOTS.format(sentence)))
    assert [c for c in blanks if "press conference" in c.draft.stem]


def test_an_opening_word_that_only_describes_a_name_loses_its_capital():
    sentence = "Recent Bond games like Nightfire were built in Oban for £2m each by Harbour Lines."
    stems = [c.draft.stem for c in _statements(sentence, "Nightfire")]
    assert stems and all("article, recent Bond" in s for s in stems), stems
    # The first word of a name keeps it, even named once (judges failed "plaid Cymru's").
    sentence = "Plaid Cymru's economics spokesman Adam Price said fares to Carra should fall by 5%."
    stems = [c.draft.stem for c in _statements(sentence, "Adam Price")]
    assert stems and all("article, Plaid Cymru's" in s for s in stems), stems


def test_shortly_afterwards_points_back():
    _refused_unless(
        "Shortly afterwards Mary Dunne and two councillors left the meeting in Oban.",
        "two councillors",
        "Shortly afterwards ",
        "",
    )


def test_a_quotation_never_runs_into_the_words_that_introduce_the_next():
    from quizzes.engine.kinds.who_said import _shorten

    quote = "I've lost three years of my life, because I was a Muslim. He added"
    assert _shorten(quote) == "I've lost three years of my life, because I was a Muslim"


def test_a_quotation_with_a_word_run_into_a_name_is_never_asked():
    from quizzes.engine.drafts import WHO_SAID
    from tests.engine.conftest import drafts_of

    text = FERRY_VOICES.replace("The island cannot", "The island ofCarra cannot")
    assert not [d for d in drafts_of(text) if d.kind == WHO_SAID and "cannot survive" in d.stem]
    assert [d for d in drafts_of(FERRY_VOICES) if d.kind == WHO_SAID and "cannot survive" in d.stem]


def _entity_stems(sentence, words):
    """Entity questions on a sentence added to a story with several people in it."""
    from quizzes.engine.kinds import entity

    article = article_of(FERRY_VOICES + "\n" + sentence + "\n")
    found = next(s for s in article.sentences if words in s.text)
    return [c.draft.stem for c in entity.candidates(article) if c.sentence == found.index]


def test_a_who_question_anchors_last_year_to_the_article():
    sentence = "Island councillor Peter Walsh made a bid last year to become chair of a ferry users' group."
    stems = _entity_stems(sentence, "ferry users")
    assert "According to the article, who made a bid last year to become chair" in " ".join(
        stems
    ), stems
    stems = _entity_stems(sentence.replace(" last year", ""), "ferry users")
    assert any(s.startswith("Who made a bid to become chair") for s in stems), stems


def test_a_who_question_never_asks_for_a_description_or_the_two():
    for sentence, words, stem in (
        (
            "Island councillor Peter Walsh is a tireless campaigner for the ferry users' group.",
            "ferry users",
            "Who is a tireless",
        ),
        (
            "Island councillor Peter Walsh said the two could work together on a new winter timetable.",
            "winter timetable",
            "Who said the two",
        ),
    ):
        assert not any(plain_stem(s).startswith(stem) for s in _entity_stems(sentence, words)), (
            sentence
        )
    for sentence, words, stem in (
        (
            "Island councillor Peter Walsh is the chairman of the ferry users' group.",
            "ferry users",
            "Who is the chairman",
        ),
        (
            "Island councillor Peter Walsh said the two ferries could work together on a new winter timetable.",
            "winter timetable",
            "Who said the two ferries",
        ),
    ):
        assert any(plain_stem(s).startswith(stem) for s in _entity_stems(sentence, words)), (
            _entity_stems(sentence, words)
        )


def test_a_name_before_spokesman_or_after_web_portal_is_no_person():
    text = """Bets halted on reality show

William Hill has stopped taking bets on the island talent show after a suspected leak.

"This is highly unlikely to have been an inspired guess," William Hill spokesman Rupert Adams said.

Web portal Lycos Europe reported a 500% increase in bets on the winner.

Show host Mary Dunne said she was surprised by the leak.
"""
    people = {e.name for e in article_of(text).people}
    assert {"Rupert Adams", "Mary Dunne"} <= people, people
    assert not {"William Hill", "Lycos Europe"} & people, people


def test_a_link_before_said_and_its_speaker_opens_no_statement():
    sentence = "By contrast, said Mary Dunne, Harbour Lines will carry 300 islanders a week."
    _refused_unless(sentence, "300 islanders", "said Mary Dunne, ", "")


def test_a_quotation_whose_speaker_goes_on_in_the_next_sentence_stays_hers():
    from quizzes.engine.drafts import WHO_SAID
    from tests.engine.conftest import drafts_of

    text = FERRY_VOICES + (
        '\nBut Mary Dunne said the council did not want to "punish" Harbour Lines. "We know '
        "the ferry will keep running in summer, but we are sending a message that winter "
        'matters to islanders. "If the company listens to us, the island will survive the '
        'winter," Mary Dunne said.\n'
    )
    keys = {
        d.key.text for d in drafts_of(text) if d.kind == WHO_SAID and "winter matters" in d.stem
    }
    assert keys == {"Mary Dunne"}, keys
