"""Whether a sentence is worth asking about, and whether it reads cleanly.

A teacher asks about what the story is about: the lead, and sentences that
name the headline's subject or the people and organisations the article keeps
coming back to. A share price to the penny, or the size of the congregation
at next Friday's service, is a stray aside. Sentences with an obvious slip in
the source ("some its motherboards", "a 15 million handsets") are not quoted
back to students at all.
"""

import re

from ..nlp import Sentence

# A determiner straight before a possessive ("some its chips") is a typing slip.
DETERMINER_POSSESSIVE = re.compile(
    r"\b(?:a|an|the|some|any|each|every)\s+(?:its|his|their|our|my|your)\b", re.IGNORECASE)
CURRENCY_WORDS = {"pence", "p", "cents", "cent", "euros", "euro", "dollars", "dollar",
                  "pounds", "yen", "francs"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "tonight", "tomorrow", "weekend"}
STOPWORDS = {"with", "from", "over", "into", "after", "before", "says", "said", "more", "than",
             "about", "their", "they", "this", "that", "have", "will", "were", "what", "when",
             "under", "fire"}


def sloppy(sentence: Sentence) -> bool:
    """An obvious grammar slip: "some its ...", or "a" before a plural figure
    ("a 15 million handsets")."""
    if DETERMINER_POSSESSIVE.search(sentence.text):
        return True
    tokens = list(sentence.span)
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ not in ("a", "an") or tokens[i + 1].pos_ != "NUM":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].pos_ == "NUM":
            j += 1
        if j < len(tokens) and tokens[j].tag_ == "NNS" and tokens[i + 1].lower_ != "few":
            return True
    return False


def price_to_the_penny(sentence: Sentence, start_char: int, end_char: int) -> bool:
    """A figure with decimals that is a price ("510.75 pence", "$4.20"): trivia."""
    span = sentence.span
    text = span.doc.text[start_char:end_char]
    if not re.search(r"\d\.\d{2}\b", text):
        return False
    if any(symbol in text for symbol in "£$€"):
        return True
    words = text.lower().split() + span.doc.text[end_char:].lower().split()[:1]
    return any(w.strip(".,;()") in CURRENCY_WORDS for w in words)


def minor_future(sentence: Sentence) -> bool:
    """"... will tell the congregation on Friday night ...": a coming event's detail."""
    words = {t.lower_ for t in sentence.span}
    return "will" in words and bool(words & WEEKDAYS)


def headline_words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][\w'-]+", title.lower())
            if len(w) >= 4 and w not in STOPWORDS}


def on_topic(article, sentence: Sentence) -> bool:
    """Whether the sentence is about the story's subject: it opens the article,
    shares a word with the headline ("German" for "Germany" too), or names one
    of the three entities the article mentions most."""
    if sentence.index <= 1:
        return True
    cache = article.__dict__.setdefault("_topic", {})
    if "words" not in cache:
        ranked = sorted(article.entities, key=lambda e: (-len(e.mentions), e.mentions[0].start))
        cache["words"] = headline_words(article.title)
        cache["main"] = {id(e) for e in ranked[:3]}
    for token in sentence.span:
        word = token.lower_
        if len(word) < 4:
            continue
        for headline in cache["words"]:
            short, long = sorted((word, headline), key=len)
            if long.startswith(short[: max(4, len(short) - 2)]):
                return True
    return any(id(m.entity) in cache["main"] for m in article.mentions_in(sentence))


def adjustment(article, sentence: Sentence) -> float:
    """Score change for how much a sentence matters to the story: prices to the
    penny and details of coming minor events sink, off-topic asides drop a little,
    the lead rises a little."""
    change = 0.0
    if any(price_to_the_penny(sentence, e.start_char, e.end_char) for e in sentence.span.ents
           if e.label_ in ("MONEY", "CARDINAL", "QUANTITY")):
        change -= 0.3
    if minor_future(sentence):
        change -= 0.25
    if not on_topic(article, sentence):
        change -= 0.04
    if sentence.index <= 1:
        change += 0.02
    return change
