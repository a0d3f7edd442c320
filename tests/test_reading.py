from quizzes.reading import blocks

BODY = (
    "First paragraph here. It has two sentences.\n\n"
    "Media caption: A caption line\n\n"
    '"A quote," she said.\n\n'
    "Last paragraph."
)


def test_evidence_inside_one_paragraph_is_split_out():
    result = blocks(BODY, "It has two sentences.")
    assert result[0].before == "First paragraph here. "
    assert result[0].highlight == "It has two sentences."
    assert result[0].anchor
    assert [b.highlight for b in result[1:]] == ["", "", ""]


def test_evidence_over_a_paragraph_break_marks_each_part_once_anchored():
    evidence = 'It has two sentences.\n\nMedia caption: A caption line\n\n"A quote," she said.'
    result = blocks(BODY, evidence)
    marked = [b for b in result if b.highlight]
    assert [b.highlight for b in marked][-1] == '"A quote," she said.'
    # The caption between is shown as a caption, not marked.
    assert [b.anchor for b in marked] == [True, False]
    assert result[1].before == "A caption line"


def test_captions_lose_their_label_and_missing_evidence_marks_nothing():
    result = blocks(BODY, "Not in the article.")
    assert result[1].kind == "caption"
    assert result[1].before == "A caption line"
    assert not any(b.highlight for b in result)


def test_a_video_players_notice_is_not_shown():
    body = "Media playback is not supported on this device\n\n" + BODY
    result = blocks(body)
    assert [b.before for b in result][:2] == [
        "First paragraph here. It has two sentences.",
        "A caption line",
    ]


def test_an_explanation_that_only_quotes_the_evidence_is_not_shown_twice(db):
    from tests.factories import QuestionFactory

    evidence = '"We have no other choice," said Mayor Ruth Okafor.'
    quoting = QuestionFactory(
        evidence=evidence,
        explanation=f"The article says: {evidence} The answer is Ruth Okafor.",
    )
    teacher_written = QuestionFactory(
        evidence=evidence, explanation="The mayor spoke for the council, so the answer is her."
    )
    assert quoting.explanation_only_quotes_evidence
    assert not teacher_written.explanation_only_quotes_evidence
