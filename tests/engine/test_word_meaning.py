"""Word in context (kinds/word_meaning.py, lexicon.py): the definition in the word's
own form, distractors of the same form and of no related meaning, no name taken for
a word, and the reserve rules that keep word questions from standing in for
questions on the story (rank.select)."""

import re

import pytest

from quizzes.engine import generate, lexicon
from quizzes.engine.drafts import (
    ENTITY,
    NUMBER,
    TRUE_FALSE,
    WHO_SAID,
    WORD_MEANING,
    Choice,
    Draft,
    Evidence,
)
from quizzes.engine.kinds import word_meaning
from quizzes.engine.kinds.common import Candidate, contains_any
from quizzes.engine.rank import ENOUGH, MAX_WORD_MEANING, select
from tests.engine.conftest import article_of, split

PLUMMETED = """Magazine sales fall

Sales of the magazine plummeted to 40,000 copies last year, the publisher said.

Sales of the newspaper have plummeted to 90,000 copies, its owners said on Monday.

Figures show that sales of the paper are plummeting by 5% every single year.
"""


def _asked(text):
    """{word asked about: draft} for the word questions of a short text."""
    article = article_of(text)
    return {_word(c.draft): c.draft for c in word_meaning.candidates(article)}


def _word(draft):
    return draft.stem.split('"')[1]


# Inflection


@pytest.mark.parametrize(
    "base, tag, form",
    [
        ("fall", "VBD", "fell"),
        ("fall", "VBN", "fallen"),
        ("fall", "VBZ", "falls"),
        ("fall", "VBG", "falling"),
        ("fall", "VBP", "fall"),
        ("scrap", "VBD", "scrapped"),
        ("scrap", "VBG", "scrapping"),
        ("criticise", "VBD", "criticised"),
        ("criticise", "VBG", "criticising"),
        ("deny", "VBZ", "denies"),
        ("deny", "VBD", "denied"),
        ("veto", "VBZ", "vetoes"),
        ("approach", "VBZ", "approaches"),
        ("cancel", "VBD", "cancelled"),
        ("stymie", "VBG", "stymieing"),
        ("oversee", "VBD", "oversaw"),
        ("uphold", "VBN", "upheld"),
        # Stressed last syllables double too: a judge failed "forbiding" as a misspelling.
        ("forbid", "VBG", "forbidding"),
        ("outstrip", "VBD", "outstripped"),
        ("extol", "VBG", "extolling"),
        ("quarrel", "VBG", "quarrelling"),
    ],
)
def test_verb_forms(base, tag, form):
    assert lexicon.verb_form(base, tag) == form


def test_a_definition_takes_the_form_of_the_word():
    plummet = lexicon.BY_WORD[("plummet", "verb")]
    forms = {tag: lexicon.definition_for(plummet, tag) for tag in lexicon.VERB_TAGS}
    assert forms == {
        "VB": "fall sharply",
        "VBP": "fall sharply",
        "VBD": "fell sharply",
        "VBN": "fallen sharply",
        "VBZ": "falls sharply",
        "VBG": "falling sharply",
    }
    condemn = lexicon.BY_WORD[("condemn", "verb")]
    assert lexicon.definition_for(condemn, "VBD") == "strongly criticised"  # the head inside
    casualty = lexicon.BY_WORD[("casualty", "noun")]
    assert lexicon.definition_for(casualty, "NNS") == "people killed or injured"
    assert lexicon.definition_for(lexicon.BY_WORD[("probe", "noun")], "NNS") == "investigations"


def test_every_entry_reads_back_from_its_own_forms():
    assert len(lexicon.HEADWORDS) >= 200
    for meaning in lexicon.BY_WORD.values():
        tags = {lexicon.VERB: lexicon.VERB_TAGS, lexicon.NOUN: ("NN",), lexicon.ADJECTIVE: ("JJ",)}
        for tag in tags[meaning.pos]:
            assert (meaning, tag) in lexicon.FORMS[lexicon.word_form(meaning, tag)]
    for meaning in lexicon.MEANINGS:
        bracketed = re.search(r"\[(\w+)\]", meaning.definition)
        assert bracketed or meaning.pos == lexicon.ADJECTIVE, meaning
        if meaning.pos == lexicon.VERB:
            head = bracketed.group(1)
            # A verb as head ("sharply [cut]", never "[sharply] cut"), regular or listed.
            assert not head.endswith("ly") and meaning.frames, meaning
            assert head in lexicon.IRREGULAR or lexicon.verb_form(head, "VBN").endswith("ed")
    groups = {m.group for m in lexicon.MEANINGS}
    assert all(g in groups for pair in lexicon.OPPOSITES for g in pair)
    assert all(g in groups for pair in word_meaning.RELATED for g in pair)


def test_the_key_is_the_definition_in_the_form_of_the_sentence():
    # "have plummeted" is the past participle: "fallen sharply".
    drafts = word_meaning.candidates(article_of(PLUMMETED))
    assert sorted(c.draft.key.text for c in drafts) == [
        "fallen sharply",
        "falling sharply",
        "fell sharply",
    ]


def test_distractors_take_the_same_form():
    for candidate in word_meaning.candidates(article_of(PLUMMETED)):
        draft = candidate.draft
        tag = {"fell sharply": "VBD", "fallen sharply": "VBN", "falling sharply": "VBG"}[
            draft.key.text
        ]
        same_form = {
            lexicon.definition_for(m, tag) for m in lexicon.MEANINGS if m.pos == lexicon.VERB
        }
        base = {lexicon.definition_for(m, "VB") for m in lexicon.MEANINGS}
        for choice in draft.distractors:
            assert choice.text in same_form, (draft.stem, choice.text)
            assert choice.text not in base, (draft.stem, choice.text)
        # The opposite meaning is offered when one exists.
        opposite = lexicon.definition_for(lexicon.BY_WORD[("soar", "verb")], tag)
        assert opposite in {c.text for c in draft.distractors}


SYNONYMS = """Markets fall

Shares in the firm slumped by 20% on Monday after the results were published.

Profits at the bank plummeted by 40% last year, the annual report showed.

The minister condemned the attack on the embassy, which injured 12 people.

The report slammed the council's plan to spend 2 million pounds on the scheme.

The charity hailed the decision to spend 5 million pounds on new schools.
"""


def _groups_of(text):
    """The meaning groups whose definitions, in any form, read text."""
    tags = lexicon.VERB_TAGS + ("NN", "NNS", "JJ")
    return {
        m.group for m in lexicon.MEANINGS for tag in tags if lexicon.definition_for(m, tag) == text
    }


def test_a_synonym_or_related_meaning_is_never_a_distractor():
    asked = _asked(SYNONYMS)
    assert {"slumped", "plummeted", "condemned", "slammed", "hailed"} <= set(asked)
    for draft in asked.values():
        [meaning] = {m for m, _ in lexicon.FORMS[_word(draft)]}
        for choice in draft.distractors:
            for group in _groups_of(choice.text):
                assert not word_meaning._close(group, meaning.group), (draft.stem, choice.text)
        # Nor are two distractors of one meaning, which a student could rule out as a pair.
        groups = [_groups_of(c.text) for c in draft.distractors]
        assert all(not (a & b) for i, a in enumerate(groups) for b in groups[i + 1 :])
    assert not {"fell sharply", "fallen sharply"} & {c.text for c in asked["slumped"].distractors}
    # Nor a meaning half true where the key is: a sharp fall is a fall, a shrinking.
    for word in ("slumped", "plummeted"):
        for choice in asked[word].distractors:
            assert not choice.text.startswith(("fell", "gradually shr")), (word, choice.text)


class _Token:
    """Just what word_meaning._meaning reads of a spaCy token."""

    def __init__(self, text, tag, pos, dep="ROOT"):
        self.lower_, self.tag_, self.pos_, self.dep_ = text, tag, pos, dep
        self.children = []


def test_the_form_must_agree_with_the_tag():
    assert word_meaning._meaning(_Token("plummeted", "VBD", "VERB"))[1] == "VBD"
    # A tag the form cannot have (a misread "plummeted") would inflect the key wrongly.
    assert word_meaning._meaning(_Token("plummeted", "VBZ", "VERB")) is None
    assert word_meaning._meaning(_Token("probes", "NNS", "NOUN"))[0].pos == lexicon.NOUN
    assert word_meaning._meaning(_Token("probes", "VBZ", "VERB"))[0].pos == lexicon.VERB
    # A word tagged as the entry's form but parsed as another part of speech.
    assert word_meaning._meaning(_Token("probe", "VB", "NOUN")) is None
    assert word_meaning._meaning(_Token("lucrative", "JJ", "NOUN")) is None
    assert word_meaning._meaning(_Token("probe", "NN", "VERB")) is None
    # "the probe team": a noun as a modifier of another.
    assert word_meaning._meaning(_Token("probe", "NN", "NOUN", "compound")) is None


def test_the_part_of_speech_must_match_the_entry():
    text = """Swans found dead

The council said it would launch a probe into the deaths of 12 swans near the lake.

Police will probe the deaths of 12 swans found near the lake, a spokesman said.

The minister said he felt an urge to resign after the vote on Tuesday night.
"""
    drafts = word_meaning.candidates(article_of(text))
    keys = {c.draft.key.text for c in drafts}
    # The noun "probe" has no sorts, so it is no longer asked (test_real_word_rules.py);
    # its part of speech is still told apart from the verb's.
    assert keys == {"investigate"}  # "an urge" is no verb "urge"
    assert not any(_word(c.draft) == "urge" for c in drafts)
    probes = [t for t in article_of(text).sentences[0].span if t.lower_ == "probe"]
    meaning, tag = word_meaning._meaning(probes[0])
    assert (meaning.pos, tag) == (lexicon.NOUN, "NN")


def test_a_word_of_a_name_or_a_title_is_not_asked():
    text = """Book sales

His new book, When Prices Soared, sold 20,000 copies in its first week in 2004.

Shares in Surge Capital rose by 40% after the deal was announced on Friday.
"""
    assert _asked(text) == {}


def test_words_in_another_sense_are_not_asked():
    text = """Around the region

The eagle soared over the hills near the village of Brampton on Sunday morning.

The singer slammed the door of the studio and walked out, witnesses said later.

The singer, who hails from Leeds, will perform at the festival next summer.

The car overturned on the M6 near Stafford, injuring three people on Friday.

The road through the village was resurfaced in June at a cost of 2 million pounds.

Sales of the magazine plummeted sharply to 40,000 copies last year, its owners said.
"""
    # No figure beside "soared"; the door; "hails from"; no object for "overturned";
    # a passive "resurfaced" (laid again, not "appeared again"); and "plummeted
    # sharply" would show the key's own word.
    assert _asked(text) == {}


def test_the_stem_quotes_the_sentence_and_no_option():
    text = """Quango cull

"A future government will scrap 162 quangos," the minister told reporters on Monday.
"""
    [draft] = _asked(text).values()
    assert draft.stem == (
        'What does "scrap" mean in this sentence from the article? "\'A future government '
        "will scrap 162 quangos,' the minister told reporters on Monday.\""
    )
    assert draft.key.text == "abandon"
    assert not any(contains_any(draft.stem, [c.text]) for c in draft.choices)
    assert draft.evidence[0].text.startswith('"A future government')
    assert '"scrap" means "abandon"' in draft.explanation


def test_word_questions_are_stable():
    title, body = split(SYNONYMS)
    first, second = generate(title, body), generate(title, body)
    assert first == second
    assert [c.draft for c in word_meaning.candidates(article_of(SYNONYMS))] == [
        c.draft for c in word_meaning.candidates(article_of(SYNONYMS))
    ]


# Ranking: a reserve that adds to a short set and stands in for nothing.


def _candidate(kind, sentence, score, key=None, stem=None, spare=False):
    """A candidate about sentence (third sentence % 3), with its own key."""
    if kind == WORD_MEANING:
        stem = stem or f'What does "w{sentence}" mean in this sentence? "Word {sentence}."'
        key = key or f"meaning {sentence}"
        choices = (Choice(key, True), *(Choice(f"other {sentence} {i}", False) for i in range(3)))
        answer = f"word:w{sentence}"
    elif kind == TRUE_FALSE:
        stem = stem or f"True or false? Fact {sentence} happened."
        choices = (Choice("True", sentence % 2 == 0), Choice("False", sentence % 2 == 1))
        answer = f"tf:{sentence}"
    else:
        stem = stem or f"Who did thing {sentence}?"
        key = key or f"Person {chr(65 + sentence)}"
        choices = (Choice(key, True), Choice("Zed Ward", False), Choice("Yul York", False))
        answer = key
    evidence = (Evidence(stem, sentence * 100, sentence * 100 + 50),)
    draft = Draft(kind, stem, choices, "", evidence, score)
    return Candidate(draft, sentence, sentence % 3, f"{kind}:{sentence}", answer, spare=spare)


MAIN = (WHO_SAID, NUMBER, TRUE_FALSE)


def _main(count, start=0):
    return [_candidate(MAIN[i % 3], start + i, 0.8 - i / 100) for i in range(count)]


def _words(sentences, score=0.6):
    return [_candidate(WORD_MEANING, s, score - s / 1000) for s in sentences]


def test_word_questions_fill_a_short_set_at_most_three():
    main = _main(5)
    words = _words(range(10, 14))
    published, _ = select([*main, *words], 10)
    assert all(c in published for c in main)
    assert MAX_WORD_MEANING == 3
    assert sum(c.draft.kind == WORD_MEANING for c in published) == MAX_WORD_MEANING
    assert len(published) == 5 + MAX_WORD_MEANING


def test_word_questions_stay_out_of_a_set_that_has_enough():
    main = _main(ENOUGH)
    words = _words(range(10, 13), score=0.99)  # stronger than every other question
    published, _ = select([*main, *words], 10)
    assert published == sorted(main, key=lambda c: -c.draft.score)


def test_a_word_question_never_displaces_a_question_on_the_story():
    # The word question's stem names the key of a who_said question: of the two, the
    # question on the story is published, though weaker.
    main = _main(5)
    who = _candidate(WHO_SAID, 7, 0.5, "Ann Cole", "Who criticised the housing plan for Leeds?")
    stem = 'What does "slammed" mean? "Ann Cole slammed the housing plan for Leeds."'
    word = _candidate(WORD_MEANING, 8, 0.95, stem=stem)
    published, _ = select([*main, who, word], 10)
    assert who in published and word not in published


def test_word_questions_fill_before_the_entity_reserve():
    # Judges passed 4 of 4 word questions and 2 of 8 entity questions this session
    # (2026.11-38), so a short set takes a word question first.
    main = _main(ENOUGH - 1)
    entity = _candidate(ENTITY, 9, 0.75)
    words = _words([10, 11], score=0.6)
    published, _ = select([*main, entity, *words], 10)
    assert words[0] in published and entity not in published
    assert len(published) == ENOUGH
    # With room for two, the entity question still fills what the word questions leave.
    published, _ = select([*_main(ENOUGH - 3), entity, words[0]], 10)
    assert entity in published and words[0] in published


def test_a_word_question_leaves_a_spare_its_sentence():
    # A background question and a word question on one sentence: the word question
    # gives way rather than take a place the background question could fill.
    main = _main(6)
    spare = _candidate(TRUE_FALSE, 9, 0.6, spare=True)
    word = _candidate(WORD_MEANING, 9, 0.6)
    other = _candidate(WORD_MEANING, 12, 0.55)
    published, _ = select([*main, spare, word, other], 10)
    assert spare in published and other in published and word not in published


def test_a_word_question_may_share_a_sentence_that_does_not_print_a_key():
    main = _main(5)
    who = _candidate(WHO_SAID, 9, 0.7, key="Ann Cole")
    word = _candidate(WORD_MEANING, 9, 0.6, stem='What does "slammed" mean? "They slammed it."')
    published, _ = select([*main, who, word], 10)
    assert who in published and word in published
    # Never with a statement: the quoted sentence shows whether it is true.
    statement = _candidate(TRUE_FALSE, 9, 0.7)
    published, _ = select([*main, statement, word], 10)
    assert statement in published and word not in published


def test_word_questions_never_balance_true_and_false():
    # Three "True" keys in a short set, and a word question on the sentence of one of
    # them: it does not take that statement's place to even out true and false.
    main = [_candidate((WHO_SAID, NUMBER)[s % 2], s, 0.8) for s in range(3)]
    truths = [_candidate(TRUE_FALSE, s, 0.7) for s in (4, 6, 8)]  # even: all "True"
    word = _candidate(WORD_MEANING, 8, 0.75)
    published, _ = select([*main, *truths, word], 10)
    assert all(t in published for t in truths) and word not in published


def test_a_word_question_may_give_a_set_its_third_kind():
    # Two kinds of question on the story and a word question on the sentence of the
    # weakest: it takes that place, as an entity question would, for variety.
    main = [_candidate(WHO_SAID, s, 0.8) for s in range(3)]
    truths = [_candidate(TRUE_FALSE, s, 0.7 - s / 100) for s in (4, 6, 8)]
    word = _candidate(WORD_MEANING, 8, 0.6)
    published, _ = select([*main, *truths, word], 10)
    assert word in published and truths[2] not in published
    assert {c.draft.kind for c in published} == {WHO_SAID, TRUE_FALSE, WORD_MEANING}


def test_a_word_question_is_not_taken_early_for_variety():
    # Two kinds of question on the story, and a strong word question whose sentence
    # names the keys of two weaker ones: taken for variety before them, it would keep
    # both out. Both are published; the word question, which only one swap cannot
    # fit, stays out.
    main = [_candidate((WHO_SAID, NUMBER)[i % 2], i, 0.8 - i / 100) for i in range(4)]
    plan = "the housing plan for Leeds"
    who = _candidate(WHO_SAID, 7, 0.5, "Ann Cole", f"Who criticised {plan}?")
    cost = _candidate(NUMBER, 8, 0.5, "£40m", f"How much will {plan} cost?")
    stem = f'What does "slammed" mean? "Ann Cole slammed {plan}, which will cost £40m."'
    word = _candidate(WORD_MEANING, 9, 0.95, stem=stem)
    published, _ = select([*main, who, cost, word], 10)
    assert who in published and cost in published and word not in published


def test_distractors_of_violence_or_for_people_stay_in_their_field():
    text = """Quango report

The research endorses our policy of closing 40 unwanted quangos, the party said.

Kofi Annan, the United Nations envoy, warned on Monday that the conflict would spread.
"""
    asked = _asked(text)
    people = {lexicon.definition_for(m, "NN") for m in lexicon.MEANINGS if m.field == "people"}
    violent = {
        lexicon.definition_for(m, "VBZ")
        for m in lexicon.MEANINGS
        if m.field in word_meaning.VIOLENT and m.pos == lexicon.VERB
    }
    assert asked["endorses"].key.text == "supports"
    assert not {c.text for c in asked["endorses"].distractors} & violent
    assert asked["envoy"].key.text == "official representative"
    assert {c.text for c in asked["envoy"].distractors} <= people


def test_the_tense_comes_from_the_sentence_when_the_tag_is_unsure():
    # The small model tags "slumped" here as a participle; with a subject and no
    # auxiliary it is the past tense: "fell sharply", not "fallen sharply".
    assert _asked(SYNONYMS)["slumped"].key.text == "fell sharply"


def test_a_sentence_that_is_all_one_quotation_loses_its_marks():
    text = """Quango cull

"A future government will scrap 162 quangos as part of its drive for efficiency."
"""
    [draft] = _asked(text).values()
    assert draft.stem.endswith(
        '"A future government will scrap 162 quangos as part of its drive for efficiency."'
    )


def test_distractors_keep_the_frame_and_field_of_the_key():
    # Every meaning asked in each of its frames: the distractors read in the same
    # frame ("urged ministers to act": "forbade", never "praised"), a word for a person
    # gets only people's meanings, and violence appears only beside violence.
    def meanings_of(text, tag):
        return [m for m in lexicon.MEANINGS if lexicon.definition_for(m, tag) == text]

    for meaning in lexicon.BY_WORD.values():
        tag = {lexicon.VERB: "VBD", lexicon.NOUN: "NN", lexicon.ADJECTIVE: "JJ"}[meaning.pos]
        for frame in meaning.frames or "-":
            key = lexicon.definition_for(meaning, tag)
            options, _ = word_meaning._distractors(meaning, tag, frame, set(), key)
            for option in options:
                others = meanings_of(option, tag)
                assert others, (meaning.headword, option)
                if meaning.pos == lexicon.VERB:
                    assert any(frame in m.frames for m in others), (meaning.headword, frame, option)
                people = meaning.field == word_meaning.PEOPLE
                assert all((m.field == word_meaning.PEOPLE) == people for m in others), option
                if meaning.field not in word_meaning.VIOLENT:
                    assert not any(m.field in word_meaning.VIOLENT for m in others), (
                        meaning.headword,
                        option,
                    )


def test_no_option_echoes_the_sentence():
    text = """Magazine sales fall

Sales of the magazine plummeted to 40,000 copies last year after its price rose.
"""
    [draft] = _asked(text).values()
    assert draft.key.text == "fell sharply"
    # "rose sharply", the opposite, would be the one option the sentence shows.
    assert all("rose" not in c.text for c in draft.choices)


def test_no_question_whose_sentence_prints_an_option():
    text = """Job cuts

The firm will axe 500 jobs in a bid to cut costs, its chairman said on Monday.
"""
    # "cut", the key, is too short to count as an echo of the sentence's words, but
    # the stem would print it all the same.
    assert "axe" not in _asked(text)


def test_a_sense_that_needs_its_word_is_asked_only_with_it():
    text = """Space and swans

The Huygens probe has landed on Titan, the largest moon of Saturn, after a journey of 7 years.

The council said it would launch a probe into the deaths of 12 swans near the lake.
"""
    # The spacecraft is no investigation; "a probe into" is. (The noun has no sorts,
    # so neither is asked now: test_real_word_rules.py; the sense test still holds.)
    article = article_of(text)
    probe = lexicon.BY_WORD[("probe", lexicon.NOUN)]
    huygens, swans = (next(t for t in s.span if t.lower_ == "probe") for s in article.sentences[:2])
    assert word_meaning._other_sense(huygens, probe)
    assert not word_meaning._other_sense(swans, probe)


def test_the_word_that_governs_a_word_may_change_its_sense():
    text = """Crash

The driver was taken to casualty at the Royal Infirmary on Monday evening.

The bombing caused 40 casualties in the market, police said on Tuesday afternoon.
"""
    # "to casualty" is the hospital's department; "40 casualties" the people hurt.
    assert {w: d.key.text for w, d in _asked(text).items()} == {
        "casualties": "people killed or injured"
    }


def test_a_fall_needs_a_sum_a_share_or_a_quantity_that_falls():
    text = """Crash

The small plane plunged 3,000 feet before it landed safely, witnesses said.

Shares in the airline plunged 12% after the crash, traders said on Monday.
"""
    # A distance is a literal fall; a share price falling by a share is the sense.
    [draft] = [c.draft for c in word_meaning.candidates(article_of(text))]
    assert "Shares" in draft.stem


def test_a_named_subject_gives_a_second_question_on_the_clause():
    text = """Leeds win

Leeds coach Tom Reid hailed his side's 3-1 win over York as a 'huge' result on Saturday.

The club's new stand was hailed by fans as a 'huge' improvement on the old one in 2004.

Fans said that Tom Reid had hailed the 3-1 win over Hull as a 'huge' result in 2004.

Tom Reid, who joined the club in 2001, hailed the 2-0 win over Bury as a 'huge' result.
"""
    drafts = [c.draft for c in word_meaning.candidates(article_of(text))]
    named = [d for d in drafts if "York" in d.stem]
    assert [d.stem for d in named] == [
        'What does "hailed" mean in this sentence from the article? "Leeds coach Tom Reid '
        "hailed his side's 3-1 win over York as a 'huge' result on Saturday.\"",
        'What does "hailed" mean in this part of a sentence from the article? "... hailed '
        "his side's 3-1 win over York as a 'huge' result on Saturday.\"",
    ]
    assert named[1].score == round(named[0].score - word_meaning.CLAUSE_PENALTY, 4)
    assert named[1].evidence == named[0].evidence and "Tom Reid" in named[1].explanation
    # A subject that names no one, a verb inside another clause ("said that ... had
    # hailed") and a subject with an aside between it and the verb keep the whole
    # sentence only.
    for word in ("stand", "Hull", "Bury"):
        assert len([d for d in drafts if word in d.stem]) == 1, word


def test_the_clause_keeps_a_key_out_of_the_stem():
    # The whole sentence names the key of a question on the story; the clause does
    # not, and is published in its place.
    main = _main(5)
    who = _candidate(WHO_SAID, 7, 0.5, "Ann Cole", "Who criticised the housing plan for Leeds?")
    whole = (
        'What does "slammed" mean in this sentence? "Ann Cole slammed the housing plan for Leeds."'
    )
    part = 'What does "slammed" mean in this part of a sentence? "... slammed the housing plan."'
    word = _candidate(WORD_MEANING, 8, 0.6, stem=whole)
    clause = _candidate(WORD_MEANING, 8, 0.55, stem=part)
    published, _ = select([*main, who, word, clause], 10)
    assert who in published and clause in published and word not in published


def test_a_word_question_does_not_stand_in_for_the_third_kind_swap():
    # A short set of two kinds on the story: the entity question comes in by the swap
    # for a third kind, as it would without the word question, which is added.
    main = [_candidate(WHO_SAID, s, 0.8 - s / 100) for s in range(3)]
    main += [_candidate(TRUE_FALSE, s, 0.7 - s / 100) for s in (3, 4)]
    entity = _candidate(ENTITY, 5, 0.75)
    entity = Candidate(entity.draft, 5, 2, main[2].fact, entity.answer)  # main[2]'s fact
    word = _candidate(WORD_MEANING, 9, 0.6)
    published, _ = select([*main, entity, word], 10)
    assert entity in published and word in published and main[2] not in published
