"""Numbers whose meaning sits in their clause: tallies, measures, recorded statistics.

"bringing the state total to 65,170"                   -> a running total (of the figure before)
"the total number of coronavirus cases rose to 13"     -> the cases
"Deliveries of Skoda Auto dropped to 1.24 million"     -> the deliveries
"Sweden has reported 201,000 cases"                    -> Sweden is where they are
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["TOTALLING_VERBS", "measured_subject", "of_object", "reporting_place", "tally_of"]

_TALLIES = {"total", "tally", "toll", "count", "number"}
TOTALLING_VERBS = frozenset({"bring", "take", "raise", "push", "lift"})
"""Verbs that carry a count on to its running total ("bringing the total to 65,170")."""
_TALLY_VERBS = TOTALLING_VERBS | {"rise", "climb", "increase", "reach", "jump"}


def tally_of(number: Token) -> Token | None:
    """The running total a bare number states: "bringing the total to 65,170", "a
    total of 84,000", "the death toll rose to 820", "the tally is 16,002"."""
    if number.dep_ == "quantmod" and number.head.like_num:
        number = number.head  # "from nine to 13" parsed as one amount
    head = number.head
    if head.lower_ == "of" and head.head.lower_ in _TALLIES:
        return head.head  # "a total of more than 84,000"
    verb = head
    while (
        verb.dep_ == "prep" and verb.lower_ in {"to", "at", "from", "by"} and verb.head.i != verb.i
    ):
        verb = verb.head  # "increased from nine to 13": "to" hangs on "from"
    if number.dep_ == "attr" or (verb.lemma_.lower() in _TALLY_VERBS | {"be", "stand"}):
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubj", "nsubjpass"} and child.lower_ in _TALLIES:
                return child
    return None


_RECORD_VERBS = {"record", "report", "register", "confirm", "have", "log", "count", "tally"}
_STATISTICS = {"cases", "deaths", "infections", "fatalities", "tests", "hospitalizations"}


def reporting_place(verb: Token | None, noun: Token | None) -> str | None:
    """The country or city that records its own statistics: "Pakistan recorded 2,756 new
    cases", "Sri Lanka has had 20,170 cases" (a source that is also the place)."""
    if (
        verb is None
        or noun is None
        or not (noun.dep_ == "dobj" or (noun.dep_ == "conj" and noun.head.dep_ == "dobj"))
        or noun.lower_ not in _STATISTICS
        or verb.lemma_.lower() not in _RECORD_VERBS
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "GPE":
        return None
    return next((e.text for e in subject.sent.ents if e.start <= subject.i < e.end), None)


def of_object(noun: Token) -> Token | None:
    """X of "the number of X", "a total of X"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
            if objects:
                return objects[0]
    return None


_MEASURE_NOUNS = {
    "deliveries", "sales", "shipments", "exports", "imports", "production", "output",
    "registrations", "orders", "enrolment", "enrollment", "attendance", "turnout",
    "population", "ridership", "bookings", "arrivals", "visitors",
}  # fmt: skip


_LEVEL_VERBS = {
    "be", "reach", "total", "stand", "hit", "top", "rise", "fall", "drop", "climb", "jump",
    "increase", "decrease", "decline", "grow", "shrink", "slip", "slide", "surge", "plunge",
    "soar", "tumble", "dip", "ease", "edge", "fell", "rose", "come", "average", "remain",
}  # fmt: skip
"""Verbs that state a level or a change of it."""


def measured_subject(verb: Token | None) -> Token | None:
    """The subject of a verb that states a measure: "Deliveries of Skoda Auto dropped to
    1.24 million vehicles, from 1.25 million": what both numbers count."""
    if verb is None or verb.lemma_.lower() not in _LEVEL_VERBS:
        return None  # "Imports included 50 helicopters": no measure of the imports
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in _MEASURE_NOUNS:
        return None
    return subject
