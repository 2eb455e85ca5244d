"""The time a figure covers, as words of its sentence.

    "killed in the past 24 hours"                 -> in the past 24 hours
    "died ... at dawn on Saturday"                -> on Saturday
    "since peace talks broke off in April"        -> the whole "since" clause
    "over 45,000 casualties in November"          -> in November
    "in the same period", "over the weekend"      -> as written

A date that belongs to the act of saying ("the Observatory said on Saturday"), a date
stamp of the page ("Sunday 26 Jul 2015") and ages or durations that describe a person
are not the figure's period. `time.resolve_period` turns the words into dates.
"""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Doc, Span, Token

from .clauses import ADJACENT_OUTCOMES, verb_above
from .kinds import NOISE_NOUNS
from .lexicon import CUE_VERBS, PERSON_ROLE_NOUNS
from .locations import ATTACK_EVENTS
from .time import rate_of

__all__ = ["period_of"]

_PERIOD_PREPS = {
    "in", "since", "during", "over", "on", "from", "until", "through", "throughout", "for",
    "between", "by", "within", "at", "after", "before", "last", "this",
}  # fmt: skip
_PHRASE = re.compile(
    r"\b(?:in|during|over|within|for)\s+the\s+(?:same|past|last|previous|first|following)\s+"
    r"(?:period|time|day|days|week|weeks|weekend|month|months|year|years|hours|\d+\s+\w+"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|few|several)\s+\w+)\b"
    r"|\bin\s+recent\s+(?:days|weeks|months|years)\b"
    r"|\bover\s+the\s+weekend\b|\bovernight\b"
    r"|\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|week|month|year)\b"
    # the time up to now: "12 deaths so far", "9,541 cases till date", "3,632 at present"
    r"|\b(?:so\s+far|to\s+date|till\s+date|thus\s+far|at\s+present|currently"
    r"|year-to-date|year\s+to\s+date)\b"
    # fiscal periods, which no calendar resolves: "for FY19", "in fiscal 2020", "in Q3"
    r"|\b(?:in|for|during)\s+(?:the\s+)?(?:FY\s?\d{2,4}|fiscal\s+(?:year\s+)?\d{4}"
    r"|Q[1-4](?:\s+\d{4})?|H[12](?:\s+\d{4})?)\b",
    re.I,
)
_FRONTED = re.compile(
    r"^(?:so far|to date|year to date|until now|thus far"
    r"|since the (?:beginning|start|outbreak|onset) of (?:the )?[\w-]+(?: [\w-]+)?)(?=,)",
    re.I,
)
""" "So far, Zimbabwe has reported two cases", "Since the beginning of PPP, we funded ...": a
time phrase that opens the sentence and covers every figure in it."""
_EARLIER_THIS = re.compile(r"^earlier\s+(?:this\s+(?:week|month|year)|today)$", re.I)
""" "Earlier this week a chemical attack hit ...": the span before publication that the
figure falls in (unlike "two days later" or "a week earlier", which date another event)."""
_DURATION = re.compile(
    r"^(?:up to |about |nearly |almost |more than |at least |some )?"
    r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few) "
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$",
    re.I,
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d|\b(?:a\.m\.|p\.m\.|am|pm|gmt)\b", re.I)
_STAMP = re.compile(r"^\w+\s+\d{1,2}\s+\w{3,9}\s+\d{4}$|^\w{3}\s+\w{3}\s+\d{1,2}\s+\d{4}$")


_SPAN_PREPS = {"for", "during", "over", "since", "throughout", "within", "between", "from"}
"""Prepositions of a stretch of time: "reported 294 wounded ... for the first six months
of 2016" dates what was counted, never the moment of saying."""


def _said_date(ent: Span, cues: set[int]) -> bool:
    """A date that modifies a verb of saying: "said on Saturday", "told SANA Monday"."""
    if (
        ent.start > 0
        and ent.doc[ent.start - 1].lower_ in _SPAN_PREPS
        and any(t.is_alpha for t in ent)  # not "the lives of over 1127"
    ):
        return False
    verb = verb_above(ent.root)
    if verb is not None and verb.i in cues:
        return True
    # "... activists said on Tuesday", "told SANA late on Tuesday": right after the cue
    # (or its recipient), whatever the parser hung it on
    doc = ent.doc
    for cue in cues:
        between = doc[cue + 1 : ent.start] if cue < ent.start else None
        if (
            between is not None
            and len(between) <= 4
            and all(
                t.lower_ in _SAID_FILLERS or (t.pos_ == "PROPN" and t.dep_ == "dobj")
                for t in between
            )
        ):
            return True
    return False


_SAID_FILLERS = {"on", "late", "early", "earlier", "later", "this", "last"}


def _in_relative_clause(ent: Span, sent: Span) -> bool:
    """ "in Kursk, where Ukrainian forces mounted an incursion in August": another event."""
    node: Token = ent.root
    while node.head.i != node.i and sent.start <= node.i < sent.end:
        if (
            node.dep_ in {"relcl", "acl"}
            and node.pos_ in {"VERB", "AUX"}
            and node.head.lower_ not in {"those", "others"}  # "among those killed in X"
            # "another 20 wounded when ...", "the number of civilians killed in air
            # strikes ... in the past seven days": the count's own outcome, not a relative
            # clause
            and not (
                (node.head.like_num or (node.dep_ == "acl" and node.tag_ == "VBN"))
                and node.lower_ in ADJACENT_OUTCOMES
            )
            # "a village held by the Islamic State group in northern Syria on Wednesday":
            # a lasting state has no day of its own
            and not (node.dep_ == "acl" and node.lemma_.lower() in _STATES)
            and not (  # "an airstrike carried out on Saturday": the attack's own time
                node.head.lower_ in NOISE_NOUNS
                and node.lemma_.lower() not in {"report", "say", "tell", "announce", "claim"}
            )
        ):
            return True
        node = node.head
    return False


_STATES = {"hold", "control", "locate", "base", "besiege", "run", "occupy", "situate"}
"""Participles of a lasting state ("held by", "located in"), which date nothing."""


def _stamp(doc: Doc, ent: Span) -> bool:
    """A page's date stamp: "Sunday 26 Jul 2015", "Mon Nov 7 2016", a bare year."""
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if prev is not None and prev.lower_ in _PERIOD_PREPS | {"of", "to", "and"}:
        return False
    if re.search(r"\b(?:19|20)\d\d\b", ent.text):
        return True
    neighbours = [t for t in (prev, nxt) if t is not None]
    return any(t.like_num or t.lower_.rstrip(".") in _MONTH_WORDS for t in neighbours)


_WEEKDAY_NAMES = frozenset(calendar.day_name)


def _day_possessive(text: str) -> bool:
    """ "Mondays" in "in Mondays fighting": a day's possessive that lost its apostrophe."""
    return text.endswith("s") and text[:-1] in _WEEKDAY_NAMES


_MONTH_WORDS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip


def _clause_end(verb: Token) -> int:
    """Where a clause ends: before a coordinated clause with its own subject ("since the
    conflict erupted in 2011 [and millions have been forced to flee]")."""
    end = max(t.i for t in verb.subtree) + 1
    for child in verb.children:
        if child.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            first = min(t.i for t in child.subtree)
            cc = [c.i for c in verb.children if c.dep_ == "cc" and c.i < first]
            end = min(end, cc[-1] if cc else first)
    return end


def _since_clause(doc: Doc, ent: Span) -> Span | None:
    """The whole "since ..." phrase a date sits in ("since peace talks broke off in April")."""
    node = ent.root
    for _ in range(5):
        if node.lower_ == "since":
            subtree = list(node.subtree)
            end = subtree[-1].i + 1
            if node.dep_ == "prep":  # "since 2016": a phrase, no verb of its own
                end = next(
                    (
                        t.i
                        for t in doc[node.i : end]
                        if (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"})
                        or t.tag_ in {"WDT", "WP"}  # "... on Tuesday [that killed 87]"
                    ),
                    end,
                )  # "since a suspected chemical attack": a participle before a noun stays
            return doc[node.i : end]
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ == "since":
                return doc[child.i : _clause_end(node)]
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _usable(doc: Doc, ent: Span, sent: Span, cues: set[int]) -> bool:
    if ent.label_ not in {"DATE", "TIME"}:
        return False
    text = ent.text
    if not _timely(ent):
        return False  # "a school in Jisreen", "(61) 112010": names and numbers the model misread
    if re.fullmatch(r"(?:around |about |some |nearly |over )?[\d\s,]+", text, re.I) and not (
        re.fullmatch(r"\d{4}", text) and 1900 <= int(text) <= 2100
    ):
        return False  # "zip code 63848", "short URL 0 46", a bare number: not a time
    if re.fullmatch(r"(?:days|weeks|months|years|hours|decades)", text, re.I):
        return False  # "spent weeks debating": how long, not when
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if _DURATION.match(text) and before not in _PERIOD_PREPS | {"past", "next"}:
        return False  # "could face up to 10 years in prison": a sentence, not a time
    if rate_of(text) or re.search(r"\b(?:years?|months?)\s+old\b|\bage\b", text, re.I):
        return False
    if before in {"aged", "age", "ages"}:
        return False  # "77 percent were aged 26 or above": an age
    if ent.label_ == "TIME" and _CLOCK.search(text):
        return False
    if _stamp(doc, ent) or _said_date(ent, cues):
        return False
    if (
        any(t.lower_ in {"later", "earlier", "ago", "next"} for t in ent)
        and not any(t.lower_ in {"past", "last"} for t in ent)
        and not _EARLIER_THIS.match(text)
        # "earlier Wednesday", "later on Monday", "Later that month": that day or month
        and not any(t.text in _WEEKDAY_NAMES for t in ent)
        and not re.search(r"\bthat (?:day|week|month|year)\b", text, re.I)
    ):
        return False
    if text.lower() in {"the day", "the night", "day", "night"}:
        return False  # "this one during the day": a time of day, not a date
    if (
        ent[-1].lower_ in {"half", "quarter", "third"}
        and ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "of"
        and not doc[ent.end + 1].like_num
    ):
        return False  # "more than a quarter of a million people": a share, not a time
    root = ent.root
    if root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= ent.end:
        # "three-month aluminium", "the 48-hour ceasefire", "30-year bond"; not "On Tuesday
        # regime shelling", which the parser ran into the noun after it, unless that noun
        # is a person who speaks
        noun = root.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        owner = len(ent) == 1 and _day_possessive(ent.text)  # "in Mondays fighting"
        # "a March 16 airstrike that killed", "Daesh Thursday attack": the attack's day
        attack = noun.lower_ in ATTACK_EVENTS | {"ambush"} and not _DURATION.match(text)
        if (
            (before != "on" and not owner and not attack)
            or noun.lower_ in PERSON_ROLE_NOUNS
            or (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in CUE_VERBS)
            or doc[ent.start - 1].head.lemma_.lower() in CUE_VERBS  # "On Wednesday media reported"
        ):
            return False  # "Speaking to AFP on Wednesday Homs governor ..."
    return not (ent.end < len(doc) and doc[ent.end].text == "-")


_TIME_WORDS = {
    "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "hour",
    "hours", "minute", "minutes", "decade", "decades", "century", "today", "tonight",
    "yesterday", "tomorrow", "night", "nights", "morning", "afternoon", "evening", "dawn",
    "dusk", "noon", "midnight", "overnight", "daybreak", "season", "spring", "summer",
    "autumn", "fall", "winter", "ramadan", "eid", "christmas", "easter", "now", "recently",
    "period", "time", "times", "moment", "era", "quarter", "half", "past", "present",
    "thanksgiving", "hanukkah", "passover", "diwali", "nowruz", "holiday", "holidays",
}  # fmt: skip


def _timely(ent: Span) -> bool:
    """Words that can tell a time: a weekday, a month, a time word, a year or a date in
    figures ("2011", "16.05.2017"), not a name or a stray number the model tagged as one."""
    for tok in ent:
        lower = tok.lower_.rstrip(".")
        if tok.text in _WEEKDAY_NAMES or _day_possessive(tok.text) or lower in _MONTH_WORDS:
            return True
        if lower in _TIME_WORDS or lower.rstrip("s") in _TIME_WORDS:
            return True
        if re.fullmatch(r"(?:1[89]|20)\d\d(?:s)?|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?", tok.text):
            return True
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?|mid-\w+|\w+-\w+-old", tok.lower_):
            return True
    return False


def _phrase(doc: Doc, ent: Span) -> Span:
    """The period's words: the date with its preposition, or a whole "since" clause."""
    since = _since_clause(doc, ent)
    if since is not None and since.end - since.start <= 18:
        return since
    if since is not None and since.start < ent.start and ent.end - since.start <= 18:
        return doc[since.start : ent.end]  # "since peace talks broke off in April", cut
    end = ent.end
    if end + 1 < len(doc) and doc[end].lower_ in {"to", "until", "through", "-", "and"}:
        later = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "DATE"), None)
        if later is not None:
            end = later.end  # "from 2010 to 2015"
    if (
        ent.start > 1
        and doc[ent.start - 2].lower_ == "as"
        and doc[ent.start - 1].lower_
        in {
            "at",
            "of",
        }
    ):
        return doc[ent.start - 2 : end]  # "as at Aug 31", "as of June 30"
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ in _PERIOD_PREPS and head.i == ent.start - 1:
        return doc[head.i : end]
    if ent.start > 0 and doc[ent.start - 1].lower_ in _PERIOD_PREPS:
        return doc[ent.start - 1 : end]
    return doc[ent.start : end]


def _before_count(ent: Span, counts: dict[int, int]) -> bool:
    """ "SPH on Tuesday reported a net loss of ... for the full year": a date before the
    reported count is the day of reporting."""
    verb = verb_above(ent.root)
    return verb is not None and verb.i in counts and ent.start < counts[verb.i]


def _dates(doc: Doc, sent: Span) -> list[Span]:
    """The sentence's entities, a date with the month the small model left out of it
    ("as at Aug [31]") made whole."""
    out: list[Span] = []
    for ent in sent.ents:
        if ent.start > sent.start and _month(doc[ent.start - 1]) and ent.label_ != "DATE":
            if ent[0].like_num and ent[0].text.isdigit() and int(ent[0].text) <= 31:
                ent = Span(doc, ent.start - 1, ent.end, label="DATE")  # "Aug [31]" CARDINAL
        elif ent.start > sent.start and _month(doc[ent.start - 1]) and ent.label_ == "DATE":
            ent = Span(doc, ent.start - 1, ent.end, label="DATE")
        if out and out[-1].label_ == "DATE" and out[-1].end == ent.start and ent.label_ == "TIME":
            ent = Span(doc, out.pop().start, ent.end, label="DATE")  # "Friday" "evening"
        elif (
            out
            and out[-1].label_ == "TIME"
            and out[-1].end + 1 == ent.start
            and doc[out[-1].end].lower_ in {"of", "on"}
            and ent.label_ == "DATE"
        ):
            # "the early hours of Tuesday", "at dawn on Saturday"
            ent = Span(doc, out.pop().start, ent.end, label="DATE")
        out.append(ent)
    dated = {i for e in out if e.label_ in {"DATE", "TIME"} for i in range(e.start, e.end)}
    for tok in sent:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        owner = _day_possessive(tok.text)
        if tok.i not in dated and (
            # "in western Aleppo Saturday"; not "Tuesday's auction"
            (tok.text in _WEEKDAY_NAMES and not (nxt is not None and nxt.tag_ == "POS"))
            # "in Mondays fighting": the day's possessive without its apostrophe
            or (owner and nxt is not None and nxt.pos_ == "NOUN")
        ):
            # "in western Aleppo Saturday", which the model tagged as part of a title
            out.append(Span(doc, tok.i, tok.i + 1, label="DATE"))
    return sorted(out, key=lambda e: e.start)


def _source_start(cue: Token) -> int:
    """Where the words of a cue's source begin: its subject's first word, or the cue."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    return subjects[0].left_edge.i if subjects else cue.i


def _month(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in _MONTH_WORDS and tok.text[:1].isupper()


def period_of(
    doc: Doc,
    scope: list[Token],
    sent: Span,
    cues: frozenset[int] = frozenset(),
    after: int | None = None,
) -> Span | None:
    """The period of a figure whose clause is `scope` (token list), or None.

    A date right after the figure (`after`: the end of its words) is its own, even "a year
    ago" ("up from $38,373 a year ago"); then a date of the figure's own clause; else the
    one date of its sentence that is not a date
    of saying, a page stamp or part of a relative clause about something else ("...,
    where forces mounted an incursion in August")."""
    if after is not None:
        right = next((e for e in sent.ents if e.label_ == "DATE" and e.start == after), None)
        if right is not None and re.match(r"^an? \w+ (?:ago|earlier)$", right.text, re.I):
            return right
    ids = {t.i for t in scope}
    # a date of saying, unless what was said is the count itself: "the ministry reported
    # 4,442 new cases on Monday" dates the cases too
    here = {i for i in cues if sent.start <= i < sent.end}
    counts = {
        i: child.i
        for i in here
        for child in doc[i].children
        # not the one told: "told SANA late on Tuesday"
        if child.dep_ == "dobj" and child.i in ids and doc[i].lemma_.lower() != "tell"
    }
    cue_ids = here - set(counts)
    # a closing credit ("... killed 10 people Saturday the Observatory said") dates the
    # saying only with the words after its source
    closing = {c: _source_start(doc[c]) for c in cue_ids if ids and c > max(ids)}
    candidates = [
        e
        for e in _dates(doc, sent)
        if _usable(doc, e, sent, cue_ids - {c for c, at in closing.items() if e.end <= at})
        and not _before_count(e, counts)
    ]
    for ent in candidates:
        if ent.start in ids:
            return _phrase(doc, ent)
    text = sent.text
    for match in _PHRASE.finditer(text):
        span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.start in ids:
            return span
    loose = [e for e in candidates if not _in_relative_clause(e, sent)]
    if len(loose) == 1:
        return _phrase(doc, loose[0])
    fronted = _FRONTED.match(sent.text)
    if fronted and not loose:
        span = sent.char_span(0, fronted.end(), alignment_mode="expand")
        if span is not None:
            return span
    # "since the war began", "since the start of the uprising": no date, a whole clause
    for tok in scope:
        if tok.lower_ == "since" and tok.dep_ in {"mark", "prep"}:
            head = tok.head if tok.dep_ == "mark" else tok
            words = sorted(head.subtree, key=lambda t: t.i)
            first = min(tok.i, words[0].i)
            if words[-1].i - first <= 14:
                return doc[first : words[-1].i + 1]
        for clause in tok.children:
            marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "since"]
            if clause.dep_ == "advcl" and marks:
                last = max(t.i for t in clause.subtree)
                if last - marks[0].i <= 14:
                    return doc[marks[0].i : last + 1]
    return None
