"""Rules for 2026.11-128 from strict judges' verdicts on 25 CNN articles on the war
in Ukraine (autumn 2024) held out from every earlier rule, and on 22 on Israel and
Gaza, judged under -127 and -128 before any rule came from them.

An editor's note and a picture described ("This satellite image shows ...") are no
source of a question, nor a subheading run in before "All"; the newsroom on its own
checking ("CNN cannot independently verify ...") and a reporter's colour (a stare, a
gasp) are not worth asking; a possessive split from its noun, a word broken by a space,
a plural subject with "has", "the" before a bare country's name are slips; "also" before
the verb of the words reported goes, and "two other sources" leans back; a people
spoken of as others ("the Ukrainians") is another side, and the titles decide who is
alone on the story's own side; a country the quotation speaks of rules out the people
its titles give; an apposition "a settlement" makes a place; world news's given names
make a person of a name the model calls an organisation; a source told last in the
present tense opens the statement; "urged X there to act" takes someone and "to"; a
verb that acts on people takes only such options; an exception keeps "not" out, and
"not" beside "as ... said" is ambiguous; bloggers cited are the reporter's sources.

And for -129, from 24 more CNN articles on Ukraine: a caption whose present the model
tags as the bare form is a caption; a question the copy prints twice is asked once; no
"not" goes before a clause of since when; a name spelt with a letter dropped or two
swapped is the source's slip; a machine's make is no figure to ask.

And for -130, from 19 CNN articles on Israel and Gaza held out from every rule up to
-129: no "not" beside a curly "n’t" (the small model tags it as punctuation); a
possessive apostrophe split off after an "s" is a slip; "assassinated" is offered
only what is done to a person; "who is" questions are not published; a web page's
dateline ("Hong Kong CNN —") after an editor's note is no part of a sentence. And for
-131: "exploded" is offered for nothing but a weapon ("annexed the peninsula")."""

# ruff: noqa: E501

from dataclasses import replace

from quizzes.engine import nlp, rank
from quizzes.engine.drafts import TRUE_FALSE, WHO_SAID, WORD_MEANING
from quizzes.engine.entities import PERSON, PLACE
from quizzes.engine.kinds import contrary, sides, true_false, who_said, word_meaning, worth
from quizzes.engine.kinds.number import sources_count, specification
from tests.engine.conftest import article_of, drafts_of

LEFTOVERS = """Ukraine strikes bridge in Kursk region

Ukrainian forces struck a second bridge over the Seym River on Friday, officials in Kyiv said.

This satellite image shows a temporary bridge over the Seym River near Glushkovo.

A photo provided by the regional government shows people boarding evacuation buses in the town.

Editor's Note: CNN was accompanied by the Ukrainian military, who reviewed the video before its release.

Limited training, no weapons All healthy men in Russia are subject to conscription at the age of 18.

Moscow has moved several thousand troops to the region since the incursion began, officials said.
"""


def test_a_picture_described_an_editors_note_and_a_run_in_heading_are_no_sentences():
    found = [s.text for s in article_of(LEFTOVERS).sentences]
    assert found[0].startswith("Ukrainian forces struck a second bridge")
    assert found[-1].startswith("Moscow has moved several thousand troops")
    for leftover in (
        "satellite image shows",
        "A photo provided",
        "Editor's Note",
        "All healthy men",
    ):
        assert not any(leftover in text for text in found), leftover
    # Only a picture that "shows" is one: a photo in a story sentence is not.
    assert not nlp.WEB_LEFTOVER.search("The photo was taken by a resident on Friday.")
    # A capitalised word that counts, straight after a lower-case one, marks the seam; a
    # sentence that opens on it does not.
    assert not nlp.RUN_IN_HEADING.search("All healthy men in Russia are subject to conscription.")


def _sentence(text, words):
    return next(s for s in article_of(text).sentences if words in s.text)


ASIDES = """Kursk residents flee as fighting spreads

Thousands of residents fled the border town on Tuesday as fighting spread, the regional governor said.

CNN cannot independently verify the ministry's numbers.

Ukrainian officials did not comment on the claims and CNN could not independently verify them.

CNN has reached out to a lawyer for the accused man.

Natalia Hrytsenko, 61, quivered and gasped in disbelief.

Her grandson, age 5, has a piercing stare.
"""


def test_the_newsrooms_own_checking_and_a_reporters_colour_are_not_worth_asking():
    article = article_of(ASIDES)
    for words in ("CNN cannot independently", "CNN has reached out"):
        assert worth.writer_voice(_sentence(ASIDES, words)), words
    # Only where it opens the sentence: the claim beside it is told too.
    assert not worth.writer_voice(_sentence(ASIDES, "Ukrainian officials did not comment"))
    for words in ("quivered and gasped", "has a piercing stare"):
        assert worth.about_clothes(_sentence(ASIDES, words)), words
    story = _sentence(ASIDES, "Thousands of residents fled")
    assert not worth.writer_voice(story) and not worth.about_clothes(story)
    quotable = [s.text for s in article.sentences if true_false.quotable(article, s)[0]]
    assert quotable == [story.text]


SLIPS = """Zelensky says forces push deeper into Russia

Ukraine ’s president said on Tuesday that his forces were pushing farther into Russia.

Russia said it had foiled more than 20 drone attacks after it launched i ts largest attack on Kyiv.

The US restrictions on the use of the long-range missile has not changed, officials said.

Instead, the Russia has often stationed conscripts along its long borders.

The Russia-Ukraine war has displaced millions of people, the United Nations says.

The Philippines has sent a team of observers to the region, its foreign ministry said.

Politics is never far from the battlefield, the minister said.
"""


def test_slips_a_copy_made_are_not_quoted_back():
    for words in (
        "Ukraine ’s president",
        "i ts largest",
        "restrictions on the use",
        "the Russia has",
    ):
        assert worth.sloppy(_sentence(SLIPS, words)), words
    for words in ("Russia-Ukraine war", "The Philippines has", "Politics is never"):
        assert not worth.sloppy(_sentence(SLIPS, words)), words


LEANING = """Russia keeps its best units in Ukraine

Russia appears to have diverted several thousand troops from occupied Ukraine to the Kursk region, two sources said.

Russia also does not appear to be moving its better-trained units away from Ukraine just yet, said two officials familiar with western intelligence.

Russia has not yet moved its larger units into Kursk, said two other sources familiar with western intelligence.
"""


def test_also_before_a_reported_verb_goes_and_two_other_sources_lean_back():
    statements = [d.stem for d in drafts_of(LEANING) if d.kind == TRUE_FALSE]
    assert any("Russia does not appear to be moving" in s for s in statements)
    assert not any("also" in s for s in statements)
    assert not any("two other sources" in s for s in statements)


def test_a_people_spoken_of_as_others_is_another_side():
    assert sides.opponents("Throughout the department, we are engaging with the Ukrainians") == {
        "UA"
    }
    assert sides.opponents("We told the Chinese delegation what we expect") == {"CN"}
    # Without "we" the speaker takes no side.
    assert sides.opponents("The Ukrainians have crossed the border") == set()
    assert sides._country("Ukrainian") == "UA"


SIDES = """Zelensky says Kursk operation protects Ukraine

Ukrainian President Volodymyr Zelensky said on Sunday that the incursion would go on.

"Therefore, our operations are purely a security matter for Ukraine, the liberation of the border area from the Russian military," Zelensky said in his nightly address.

Russian President Vladimir Putin said Ukraine was trying to destabilize his country.

"The enemy will receive a worthy response, and all the goals we face will undoubtedly be achieved," Putin said.

Russian Defense Minister Andrei Belousov said reinforcements had been sent to the region.

"Units of the northern group of forces continue to repel the attacks of the enemy," Belousov said.

US State Department spokesperson Matthew Miller said Ukraine has to decide its own tactics.

NATO Secretary General Jens Stoltenberg said allies would keep supplying Kyiv with weapons.

"Ukraine has the right to defend itself, also by striking legitimate military targets," Stoltenberg told reporters.

"These are their decisions to make, and we have said so all along," Miller told reporters.

"Russia will be held accountable for this terror, and the world must not look away," Zelensky wrote on social media.
"""


def test_a_quotation_for_the_storys_own_side_and_the_country_it_speaks_of_rule_out_options():
    drafts = [d for d in drafts_of(SIDES) if d.kind == WHO_SAID]
    stems = {d.stem: d for d in drafts}
    # "our operations ... for Ukraine": Zelensky, titled Ukrainian, beside two Russians
    # and an American, is alone on that side.
    assert not any("purely a security matter" in s for s in stems)
    article = article_of(SIDES)
    zelensky = next(e for e in article.people if e.name == "Volodymyr Zelensky")
    putin = next(e for e in article.people if e.name == "Vladimir Putin")
    assert sides.titled(article, zelensky) == {"UA"}
    assert sides.titled(article, putin) == {"RU"}
    # "Russia will be held accountable": no Russian title stands beside it.
    accountable = [d for s, d in stems.items() if "held accountable" in s]
    assert accountable
    for draft in accountable:
        options = {c.text for c in draft.choices}
        assert not options & {"Vladimir Putin", "Andrei Belousov"}, options


def test_an_apposition_that_names_a_small_place_makes_a_place():
    article = article_of(
        """Fighting reaches Kursk villages

Residents of Vtoroye Knyazhino, a settlement on the outskirts of Sudzha, said Ukrainian infantry entered their village.

Military bloggers said fighting was ongoing near the village on Friday.
"""
    )
    found = {m.text: m.type for m in article.mentions}
    assert found.get("Vtoroye Knyazhino") == PLACE


def test_a_given_name_of_world_news_makes_a_person_of_a_name_the_model_calls_an_organisation():
    article = article_of(
        """Ukraine claims gains in Kursk

Ukrainian military chief Oleksandr Syrskyi has said that Ukrainian troops have advanced 35 kilometers through Russian defenses.

"We have taken control of 1,150 square kilometers of territory," Syrskyi told President Volodymyr Zelensky on Thursday.
"""
    )
    types = {m.text: m.type for m in article.mentions}
    assert types.get("Oleksandr Syrskyi") == PERSON


STATED_LAST = """Man charged over attacks on solar farm

A Jordanian citizen has been charged with attacking a Florida solar power facility, the Justice Department said.

Hnaihen attacked a Florida solar panel farm, smashing panels and cutting wires, court records say.

He is being held pending trial in Orlando.
"""


def test_a_source_told_last_in_the_present_tense_opens_the_statement():
    statements = [d.stem for d in drafts_of(STATED_LAST) if d.kind == TRUE_FALSE]
    assert any(
        s.startswith("True or false? According to court records, Hnaihen attacked")
        for s in statements
    )
    assert not any("court records say" in s for s in statements)


WORDS = """Kursk region speeds up evacuations

The governor of Kursk region has urged authorities there to speed up evacuations on Sunday.

Karelina, 33, was detained in Yekaterinburg earlier this year while visiting her grandparents.
"""


def test_urged_someone_there_to_act_takes_someone_and_to_and_detained_takes_people():
    drafts = {d.stem: d for d in drafts_of(WORDS) if d.kind == WORD_MEANING}
    urged = next(d for s, d in drafts.items() if '"urged"' in s)
    options = {c.text for c in urged.choices if not c.is_correct}
    assert not options & {"sharply criticised", "solemnly promised", "secretly revealed"}, options
    # "detained" is offered only verbs that act on people, or is not asked.
    for draft in (d for s, d in drafts.items() if '"detained"' in s):
        options = {c.text for c in draft.choices if not c.is_correct}
        assert not options & {"lessened", "invented"}, options
    sentence = _sentence(WORDS, "urged authorities")
    verb = next(t for t in sentence.span if t.lower_ == "urged")
    assert word_meaning._object_then_to(verb)


def test_an_exception_keeps_not_out_and_not_beside_as_someone_said_is_no_statement():
    text = """EU holds firm on sanctions

The European Union has imposed wide-ranging economic sanctions on Russia – with the exception of key natural gas imports.

Hamas has not rejected a hostage release deal, as the statement from the prime minister's office suggested.

Hamas has rejected a hostage release deal, the statement from the prime minister's office said.

The European Union has imposed sanctions on Russian oil.
"""
    assert contrary.flip(_sentence(text, "with the exception")) is None
    assert contrary.flip(_sentence(text, "on Russian oil"))[3] == "has not imposed"
    article = article_of(text)
    assert not true_false.quotable(article, _sentence(text, "has not rejected"))[0]
    assert true_false.quotable(article, _sentence(text, "has rejected"))[0]


def test_bloggers_cited_are_the_reporters_sources():
    sentence = (
        "According to two Ukrainian military bloggers, Russian forces are pushing into Toretsk."
    )
    at = sentence.index("two")
    assert sources_count(sentence, sentence[at + 3 :], sentence[:at])
    plain = "Two Ukrainian brigades are pushing into Toretsk, officials said."
    assert not sources_count(plain, plain[3:], "")


def test_a_longer_quotation_shown_by_its_first_sentence_needs_a_thing_it_names():
    article = article_of(
        """White House surprised by incursion

Press Secretary Karine Jean-Pierre said the administration would reach out to the Ukrainian military.

"And so, we're going to continue to do that. And they are going to take whatever actions they need to take to protect themselves and their cities from these attacks from across the border," she added.

Pentagon spokesman Patrick Ryder said the operation showed the creativity of the Ukrainians.

"The operation has certainly demonstrated the battlefield prowess of the Ukrainian army," Ryder said.

Kremlin spokesman Dmitry Peskov said Moscow would respond to the attack.

"The response will be harsh and it will come at a time of our choosing," Peskov told reporters.

Ukrainian presidential adviser Mykhailo Podolyak said the operation would push Russia toward talks.

"Negative changes in the mood of the Russian population will be another argument for negotiations," Podolyak said.
"""
    )
    stems = [c.draft.stem for c in who_said.candidates(article)]
    assert any("battlefield prowess" in s for s in stems)
    assert not any("continue to do that" in s for s in stems)


# 2026.11-129, from 24 CNN articles on Ukraine (ukr4) judged under -128, on which
# -127 and -128 had published the same questions.

CAPTION_BARE_FORM = """NATO allies step up exercises

Members of the Norwegian Army participate in a military exercise, gathering around 30,000 troops from NATO member countries, near Bjerkvik, Norway, March 24, 2022.

NATO allies have held more exercises near Russia's borders since the invasion began, officials said.
"""


def test_a_caption_whose_present_the_model_tags_as_the_bare_form_is_a_caption():
    found = [s.text for s in article_of(CAPTION_BARE_FORM).sentences]
    assert not any("Norwegian Army participate" in text for text in found)
    assert any("NATO allies have held more exercises" in text for text in found)


def test_a_question_the_copy_prints_twice_is_asked_once():
    first = next(c for c in who_said.candidates(article_of(SIDES)))
    again = replace(first, sentence=first.sentence + 5, fact="another", answer="another")
    assert rank.refusal(again, [first], 10) == rank.REPEAT
    other = replace(again, draft=replace(first.draft, stem=first.draft.stem + " (again)"))
    assert rank.refusal(other, [first], 10) is None


def test_no_not_before_a_clause_of_since_when():
    text = """Crimea port attack

Russia has occupied Crimea since its forces annexed the peninsula in 2014.

Amazon has made its quarterly financial disclosures since the outage.
"""
    assert contrary.flip(_sentence(text, "occupied Crimea")) is None
    assert contrary.flip(_sentence(text, "quarterly financial")) is not None


MISSPELT = """Ukraine presses offensive in Kursk

Ukraine has pushed deeper into the Kursk region, officials in Ukraine said on Monday.

Ukriane's offensive has left Russia struggling to shore up its own territory.

Moscow has tightened security around President Vladmir Putin's residence north of the capital.

President Vladimir Putin said the attack would not go unanswered.

Ukraine says its troops now control more than 1,000 square kilometers of territory.

Vitaly Kim, the governor of Mykolaiv, said the city was quiet overnight.
"""


def test_a_name_spelt_with_a_letter_dropped_or_two_swapped_is_the_sources_slip():
    article = article_of(MISSPELT)
    assert worth.misspelt(article, _sentence(MISSPELT, "Ukriane's offensive"))
    assert worth.misspelt(article, _sentence(MISSPELT, "President Vladmir Putin"))
    assert not worth.misspelt(article, _sentence(MISSPELT, "President Vladimir Putin"))
    # One letter short of a listed given name the article never writes is another
    # spelling ("Vitaliy"), not a slip.
    assert not worth.misspelt(article, _sentence(MISSPELT, "Vitaly Kim"))
    statements = [d.stem for d in drafts_of(MISSPELT) if d.kind == TRUE_FALSE]
    assert not any("Ukriane" in s or "Vladmir" in s for s in statements)


def test_a_machines_make_is_no_figure_to_ask():
    assert specification("With a submerged displacement of ", "3,100 tons", ", the vessel can")
    assert specification("The submarine carries a crew of ", "52", ".")
    assert specification("the largest maker of the vital ", "155mm", " artillery shells")
    assert specification("a ", "73.8-meter", " (242-foot) Kilo II-class submarine")
    assert not specification("Ukrainian troops have advanced ", "35 kilometers", " into Russia")
    assert not specification("Aid agencies delivered ", "500 tons", " of flour to Gaza")


def test_a_caption_dated_by_its_weekday_and_day_is_a_caption():
    text = """Blinken in Israel

US Secretary of State Antony Blinken meets with Israeli President Isaac Herzog in Tel Aviv on Monday, August 19.

Blinken arrived in Israel on Sunday to push for a ceasefire deal, the State Department said.
"""
    found = [s.text for s in article_of(text).sentences]
    assert not any("meets with Israeli President" in t for t in found)
    assert any("Blinken arrived in Israel" in t for t in found)
    # A weekday and day in a sentence told in the past is the story's.
    assert nlp.FULL_DATE.search("on Monday, August 19")


# 2026.11-130, from 19 CNN articles on Israel and Gaza (isr6) held out from every rule
# up to -129, judged under -129.

CURLY = """Ceasefire push

The thrust, to convince the prime minister to soften his stance in the negotiations, isn’t new.

The thrust, to convince the prime minister to soften his stance in the negotiations, is new.

Mediators have called on both sides to accept the final proposal, officials said.
"""


def test_no_not_goes_beside_a_curly_nt_and_a_split_apostrophe_is_a_slip():
    assert contrary.flip(_sentence(CURLY, "isn’t new")) is None
    assert contrary.flip(_sentence(CURLY, "is new"))[3] == "is not"
    assert worth.SPLIT_POSSESSIVE.search("the assassination of Hamas ’ political leader")
    assert not worth.SPLIT_POSSESSIVE.search("the players’ union met on Monday")


def test_assassinated_is_offered_only_what_is_done_to_a_person():
    text = """Region braces for response

The next day, Israel is widely believed to have assassinated the group's political leader in Tehran.

Iran has vowed to respond, officials said.
"""
    drafts = [d for d in drafts_of(text) if d.kind == WORD_MEANING and '"assassinated"' in d.stem]
    for draft in drafts:
        options = {c.text for c in draft.choices if not c.is_correct}
        assert not options & {"exploded", "ignored", "organised"}, options


def test_who_is_questions_are_drafted_but_never_published():
    from quizzes.engine import generate
    from quizzes.engine.drafts import WHO_IS
    from quizzes.engine.generate import _publishable
    from tests.engine.conftest import split

    text = """Ireland beat England in Dublin

Ireland captain Brian Doyle scored the only try as Ireland beat England 19-13 in Dublin on Saturday.

"We are delighted, we felt if we performed well then we would win," Doyle said.

England coach Andy Robson said his side had been beaten by the better team.

"We gave away too many penalties and they punished us for it," Robson said.

Ireland coach Eamon Sullivan praised his team's defence in the second half.

"The lads showed great character in the last ten minutes," Sullivan said.
"""
    title, body = split(text)
    who_is = [d for d in drafts_of(text) if d.kind == WHO_IS]
    assert who_is
    assert WHO_IS not in {d.kind for d in generate(title, body).drafts}
    # Held back even where a caller drafts them (report --all).
    assert not any(_publishable(d) for d in who_is)


WEB_DATELINE = """Ukraine tells Hong Kong to stop sanctions evasion

Editor’s Note: Sign up for the newsletter, which explores what you need to know about the region.

Hong Kong CNN — Ukraine’s Foreign Minister Dmytro Kuleba urged Hong Kong to prevent Russia from using the city to bypass Western sanctions on Thursday.

Kuleba met Hong Kong's chief secretary Eric Chan during the visit, the ministry said.

"We expect Hong Kong to respect the sanctions of its partners," Kuleba told reporters.

Ukrainian President Volodymyr Zelensky has asked Asian countries to support a peace summit.

"Every country that respects the UN Charter should be at the summit," Zelensky said.

Chinese foreign ministry spokesman Lin Jian said Beijing opposed unilateral sanctions.

"China has always opposed illegal unilateral sanctions," Lin said at a briefing.
"""


def test_a_web_pages_dateline_after_an_editors_note_is_no_part_of_a_sentence():
    found = [s.text for s in article_of(WEB_DATELINE).sentences]
    assert found[0].startswith("Ukraine’s Foreign Minister Dmytro Kuleba urged")
    assert nlp.CNN_DATELINE.match("Hong Kong CNN — Ukraine’s Foreign Minister")
    assert not nlp.CNN_DATELINE.match("CNN said on Monday that the talks")


def test_exploded_is_offered_for_nothing_but_a_weapon():
    text = """Crimea attack

Russia has occupied Crimea since its forces annexed the peninsula in 2014.

Ukraine says it struck a submarine in the port of Sevastopol on Friday.
"""
    drafts = [d for d in drafts_of(text) if d.kind == WORD_MEANING and '"annexed"' in d.stem]
    assert drafts
    for draft in drafts:
        assert "exploded" not in {c.text for c in draft.choices}
