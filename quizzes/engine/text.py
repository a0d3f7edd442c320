"""Splitting an article body into paragraphs, and telling captions from body text.

The body is plain text with paragraphs separated by blank lines. News pages copied
as text keep their photo and video captions ("Media caption ...", "Image caption
...") and sometimes a byline; these are shown differently on the reading page and
are never used as the source of a question.
"""

import html
import re
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
CAPTION = re.compile(r"^(media|image|video)\s+caption\b[:\s]*", re.IGNORECASE)
# The video player's notice a BBC page copied as text keeps where a clip was ("Media
# playback is not supported on this device"): not the story, and nothing to show.
PLAYER_NOTICE = re.compile(
    r"^media playback is (?:not supported|unsupported) on (?:this|your) device\.?$", re.I
)
# "By Katanga Johnson and Makini Brice": two writers joined by "and" are one byline
# (the reporter Katanga Johnson had been made the speaker of a source's quote, -99).
_WRITER = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
BYLINE = re.compile(rf"^[Bb]y\s+{_WRITER}(?:(?:,\s+|\s+)(?:and|&)\s+{_WRITER})?(,.*)?$")

# The writer's note that closes a column ("Bill Thompson is a regular commentator on
# ...", "David Mikosz works for the IFES, ..."): a byline at the foot, not the story.
# So do a news site's notes on its staff, one to a paragraph ("Adam Shaw is a Politics
# Reporter and occasional Opinion writer for FoxNews.com.", "Catherine Herridge is an
# award-winning Chief Intelligence correspondent"): a bio was asked about on US
# copy (-104).
BIO = re.compile(
    r"^(?:[A-Z][\w.'-]*\s+){1,3}(?:(?:works|writes)\s+for\b|is\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,5}(?i:commentator|columnist|correspondent|writer|editor|journalist"
    r"|presenter|author|reporter|producer)\b)"
    # "CNN's Dana Karni in Tel Aviv and Ibrahim Dahman contributed reporting.": the
    # reporters' credit (judges failed two statements copied from one, -119).
    r"|^[^.]{0,160}\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))"
    r"\W*$"
)
# How many such notes may close a story.
FOOT_NOTES = 3
# A newspaper's note on its own corrections ("This article was amended on 2 October
# 2025 to remove a quote published in error. An earlier version mistakenly said ...",
# which Guardian copy runs on after a bullet): the note and everything after it tell
# the reader about the article, not the story. Judges failed questions on the figure
# a correction withdrew and on a sentence the note added (Guardian copy, -105).
CORRECTION = re.compile(
    r"(?:^|\s)(?:\u2022\s*)?(?:This (?:article|story|report|piece) (?:was|has been) "
    r"(?:amended|corrected|updated|edited)\b|An earlier version of this (?:article|story)\b)"
)
# A helpline printed under a story of suicide or abuse ("In the UK and Ireland,
# Samaritans can be contacted on freephone 116 123 ..."): for the reader, not the story
# (a true/false question on it failed, -105).
HELPLINE = re.compile(
    r"\b(?:Samaritans|Lifeline|[Hh]elplines?|befrienders\.org|Childline|call or text"
    r"|crisis (?:support|line|counsel\w*|text line))\b"
)
# Lower-case words a list of names may hold: "Tiago (Van der Sar 45)", "de Jong".
NAME_PARTICLES = {"de", "van", "der", "den", "von", "da", "di", "du", "la", "le", "dos", "el"}

BODY = "body"
CAPTION_KIND = "caption"
BYLINE_KIND = "byline"
NOTICE_KIND = "notice"
FOOTNOTE_KIND = "footnote"  # a correction or a helpline under the story
# Names and figures with no sentence around them: a match report's team sheets,
# substitutes, bookings, crowd and referee, printed as paragraphs of their own
# ("Meldrum, McNamee, Bahoken (Stanic 45), ...", "9,796", "A Freeland").
LIST_KIND = "list"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body; start and end are character offsets into it."""

    start: int
    end: int
    text: str
    kind: str = BODY

    @property
    def is_body(self) -> bool:
        return self.kind == BODY

    @property
    def display_text(self) -> str:
        """The text to show: a caption without its "Media caption" label."""
        if self.kind == CAPTION_KIND:
            return CAPTION.sub("", self.text, count=1)
        return self.text


# A character reference left by a page copied as text: "pr&#233;cis" for "précis",
# "&amp;" for "&". The reading page would print it as it stands, and so would a question
# quoting the sentence (judges failed "pr&#233;cis" in a stem, 2026.11-78).
CHARACTER_REFERENCE = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def normalise_body(text: str) -> str:
    """Unify line endings and blank lines so offsets are stable across platforms, and
    turn character references ("&#233;") into the characters they stand for."""
    text = CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n")]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _kind(text: str) -> str:
    if CAPTION.match(text):
        return CAPTION_KIND
    if PLAYER_NOTICE.match(text):
        return NOTICE_KIND
    if len(text) < 80 and BYLINE.match(text):
        return BYLINE_KIND
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    if not any(w[0].islower() and w not in NAME_PARTICLES for w in words):
        return LIST_KIND
    return BODY


def paragraphs(body: str) -> list[Paragraph]:
    """The paragraphs of body, in order, with their offsets and kind."""
    result = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(body + "\n\n"):
        chunk = body[position : match.start()]
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped)
            result.append(Paragraph(start, start + len(stripped), stripped, _kind(stripped)))
        position = match.end()
    result = _footnotes(result)
    end = next((i for i, p in enumerate(result) if p.kind == FOOTNOTE_KIND), len(result))
    # From the foot up: a story may close on a note for each of its writers.
    for index in range(end - 1, max(end - 1 - FOOT_NOTES, -1), -1):
        last = result[index]
        if last.kind != BODY or len(last.text) >= 250 or not BIO.match(last.text):
            break
        result[index] = Paragraph(last.start, last.end, last.text, BYLINE_KIND)
    return result


def _footnotes(result: list[Paragraph]) -> list[Paragraph]:
    """result with the notes under the story made footnotes: helplines at the foot,
    and, in the second half of the text, a correction and all that follows it. A
    correction run on to the story's last paragraph after a bullet splits it in two."""
    end = len(result)
    while end > 1 and _helpline(result[end - 1]):
        end -= 1
    half = result[-1].end // 2 if result else 0
    for index, paragraph in enumerate(result[:end]):
        found = CORRECTION.search(paragraph.text)
        if found is None or paragraph.kind != BODY or paragraph.start < half:
            continue
        if found.start() > 0:
            story = paragraph.text[: found.start()].rstrip()
            note = paragraph.text[found.start() :].lstrip()
            head = Paragraph(paragraph.start, paragraph.start + len(story), story)
            tail = Paragraph(paragraph.end - len(note), paragraph.end, note, FOOTNOTE_KIND)
            return result[:index] + [head, tail] + _as_notes(result[index + 1 :])
        return result[:index] + _as_notes(result[index:])
    return result[:end] + _as_notes(result[end:])


def _helpline(paragraph: Paragraph) -> bool:
    # A story's own paragraph may name the Samaritans; a helpline note is short.
    return (
        paragraph.kind == BODY
        and len(paragraph.text) < 300
        and bool(HELPLINE.search(paragraph.text))
    )


def _as_notes(notes: list[Paragraph]) -> list[Paragraph]:
    return [Paragraph(p.start, p.end, p.text, FOOTNOTE_KIND) for p in notes]


# The article's own narration never speaks as "I", "we" or "you", nor exclaims, outside
# quotation marks; readers' views printed under a story do ("Good luck to all three of
# them ... I hope ...", "Congratulations!"). A capital "You" or "I'm" inside a sentence
# is a title's ("With Or Without You", "I Still Haven't Found What I'm Looking For").
OWN_VOICE = re.compile(
    r"\bI(?:'m|'ve|'d)?\s+[a-z]|\b(?:my|we|we're|our|you|your)\b"
    r"|(?:^|[.?]\s+)(?:My|We|We're|Our|You|Your)\b|!"
)
REPORTED = re.compile(r"\b(?:said|says|told|added|according to)\b")


def own_voice(text: str) -> bool:
    """Whether text speaks as "I", "we" or "you", or exclaims, outside quotation marks."""
    return bool(OWN_VOICE.search(outside_quotes(text)))


def outside_quotes(text: str) -> str:
    """text with every quoted character blanked. A straight quotation mark after a
    space opens a quotation, after anything else closes one; so the opening mark of
    each new sentence of a quotation that runs on ("... yet. "We want ...") keeps it
    open, as BBC copy writes it, where pairing marks in turn would put "We want ..."
    outside the quotation and take the speaker's "we" for the writer's."""
    chars = []
    inside = False
    for index, char in enumerate(text):
        if char in '"\u201c\u201d':
            before = text[index - 1] if index else " "
            if char == "\u201c" or (char == '"' and (before.isspace() or before in "([")):
                inside = True
            else:
                inside = False
            chars.append(" ")
        else:
            chars.append(" " if inside else char)
    return "".join(chars)


# How far into the body readers' views may begin: they follow the story.
COMMENTS_FROM = 0.4


def comments_start(body: list[Paragraph]) -> int:
    """The index in body (the body paragraphs, in order) of the first of the readers'
    comments a page prints after the story, or len(body) when there are none: the
    first paragraph past COMMENTS_FROM of the text that speaks in its own voice
    outside quotation marks and reports nobody, when no paragraph before it speaks so
    (an article told in the first person throughout is a column, not comments) and the
    paragraph before it leaves no quotation open. The comments run to the end. They
    are readers' opinions, not the article's claims, so no question asks about them."""
    if not body:
        return 0
    total = max(1, body[-1].end)
    for index, paragraph in enumerate(body):
        if not own_voice(paragraph.text):
            continue
        outside = outside_quotes(paragraph.text)
        if index < 2 or paragraph.start < COMMENTS_FROM * total:
            return len(body)  # the article's own voice: a column
        if REPORTED.search(outside):
            continue  # "he said we ...": the story reporting someone
        previous = body[index - 1].text
        if sum(previous.count(q) for q in '"\u201c\u201d') % 2:
            return len(body)  # a quotation running on from the paragraph before
        return index
    return len(body)
