"""Figures: the quantities a claim asserts, with what they count and when and where.

The `sayso_figures` component finds number phrases ("at least 3,000", "thousands",
"between 10 and 20"), drops the numbers that are not quantities (dates, years, ages,
times, durations, identifiers such as "resolution 2254"), and reads each remaining one:

    value, low, high, approximate   from the phrase (`numbers.parse_quantity`)
    counted                         the noun it counts with its modifiers, resolved from
                                    context when bare ("soldiers" -> "North Korean soldiers")
    outcome                         from the noun, the verbs of its clause, "death toll"
    per, period                     rates and DATE phrases of the figure's clause
    location                        places of the figure's clause (NER + gazetteer)

Each figure is attached to the claim whose content holds it; a figure outside every
claim becomes a claim of the reporter's own voice (no source).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .attribution import Attribution, _spans
from .numbers import (
    APPROX_QUALIFIERS,
    HIGH_QUALIFIERS,
    LOW_QUALIFIERS,
    SCALES,
    VAGUE_AMOUNTS,
    Quantity,
    is_number_word,
    parse_quantity,
)
from .places import country_of, is_place
from .sources import noun_phrase
from .time import rate_of

__all__ = ["OUTCOMES", "FigureFinder", "FigureMatch"]

OUTCOMES = (
    "killed", "wounded", "killed_or_wounded", "captured", "missing", "deployed",
    "displaced", "arrested", "suicide", "executed", "other",
)  # fmt: skip

_OUTCOME_VERBS = {
    "kill": "killed", "die": "killed", "perish": "killed", "slay": "killed", "murder": "killed",
    "massacre": "killed", "slaughter": "killed", "behead": "executed", "execute": "executed",
    "wound": "wounded", "injure": "wounded", "hurt": "wounded", "maim": "wounded",
    "capture": "captured", "deploy": "deployed", "send": "deployed", "station": "deployed",
    "amass": "deployed", "mass": "deployed", "dispatch": "deployed", "displace": "displaced",
    "flee": "displaced", "evacuate": "displaced", "uproot": "displaced", "arrest": "arrested",
    "detain": "arrested", "abduct": "captured", "kidnap": "captured",
}  # fmt: skip
_OUTCOME_NOUNS = {
    "casualties": "killed_or_wounded", "casualty": "killed_or_wounded", "deaths": "killed",
    "death": "killed", "dead": "killed", "fatalities": "killed", "bodies": "killed",
    "killed": "killed", "injuries": "wounded", "injured": "wounded", "wounded": "wounded",
    "prisoners": "captured", "captives": "captured", "hostages": "captured",
    "refugees": "displaced", "displaced": "displaced", "evacuees": "displaced",
    "arrests": "arrested", "detainees": "arrested", "suicides": "suicide",
    "executions": "executed", "missing": "missing",
}  # fmt: skip
_OUTCOME_ADJ = {
    "dead": "killed",
    "missing": "missing",
    "injured": "wounded",
    "wounded": "wounded",
    "displaced": "displaced",
}
_GENERIC_GROUPS = {
    "soldiers",
    "troops",
    "forces",
    "fighters",
    "servicemen",
    "personnel",
    "soldier",
    "troop",
    "fighter",
    "militants",
    "men",
}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "xcomp", "acl"}
_LOCATION_PREPS = {
    "in",
    "near",
    "at",
    "outside",
    "inside",
    "across",
    "around",
    "throughout",
    "within",
    "from",
    "into",
    "on",
}
_PERIOD_PREPS = {
    "in",
    "since",
    "during",
    "over",
    "on",
    "from",
    "until",
    "through",
    "throughout",
    "for",
    "between",
    "by",
    "within",
}
_IDENTIFIER_NOUNS = {
    "resolution", "no", "no.", "number", "article", "flight", "route", "page", "chapter",
    "model", "version", "room", "highway", "section", "paragraph", "road", "street",
    "line", "bus", "channel", "item", "code", "phase", "level", "grade", "size", "class",
    "apartment", "building", "unit", "district", "zone", "sector", "gate", "block", "platform",
    "division", "brigade", "battalion", "regiment", "squadron", "corps", "army",
}  # fmt: skip
_TIME_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    "am", "pm", "a.m.", "p.m.", "o'clock", "times", "time", "th", "st", "nd", "rd",
    "kilometres", "kilometers", "km", "miles", "mile", "metres", "meters", "feet",
}  # fmt: skip
_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "rubles": "RUB",
    "roubles": "RUB",
    "yuan": "CNY",
    "rupees": "INR",
}
_QUALIFIER_WORDS = sorted(
    {*LOW_QUALIFIERS, *HIGH_QUALIFIERS, *APPROX_QUALIFIERS, "between", "from"},
    key=len,
    reverse=True,
)


@dataclass(slots=True)
class FigureMatch:
    """A figure found in a `Doc`, before it becomes a `records.Figure`."""

    span: Span
    quantity: Quantity
    counted: str | None = None
    outcome: str | None = None
    per: str | None = None
    period: Span | None = None
    period_text: str | None = None
    location: str | None = None
    unit: str | None = None
    noun: Token | None = None
    context: dict[str, str] = field(default_factory=dict)


def _is_number_token(tok: Token) -> bool:
    lower = tok.lower_
    if lower in VAGUE_AMOUNTS and lower != "tens":
        return tok.pos_ in {"NOUN", "NUM"}
    if lower == "dozen":
        return True
    return bool(tok.like_num or is_number_word(lower)) and tok.ent_type_ != "ORDINAL"


def _number_runs(sent: Span) -> list[tuple[int, int]]:
    """[start, end) token ranges of number phrases, qualifiers excluded."""
    runs: list[tuple[int, int]] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        tok = doc[i]
        starts_vague = tok.lower_ == "tens" and i + 2 < sent.end and doc[i + 1].lower_ == "of"
        if not (_is_number_token(tok) or starts_vague):
            i += 1
            continue
        j = i + 1
        while j < sent.end:
            nxt = doc[j]
            if _is_number_token(nxt) and (
                nxt.lower_ in SCALES
                or nxt.lower_ in VAGUE_AMOUNTS
                or doc[j - 1].text in {"-", "and"}
                or doc[j - 1].lower_ in SCALES
                or (is_number_word(nxt.lower_) and nxt.like_num is not False)
            ):
                j += 1
            elif nxt.text in {"-", "–"} and j + 1 < sent.end and _is_number_token(doc[j + 1]):
                j += 2  # twenty-five, 10-20
            elif (
                nxt.lower_ == "and"
                and j + 1 < sent.end
                and doc[j - 1].lower_ in SCALES
                and _is_number_token(doc[j + 1])
            ):
                j += 2  # two hundred and fifty
            elif (
                nxt.lower_ == "of"
                and j + 1 < sent.end
                and doc[j - 1].lower_ in VAGUE_AMOUNTS
                and doc[j + 1].lower_ in VAGUE_AMOUNTS
            ):
                j += 2  # tens of thousands
            elif (
                nxt.lower_ in {"to", "and", "or"}
                and j + 1 < sent.end
                and doc[j + 1].like_num
                and doc[j - 1].like_num
            ):
                j += 2  # 10 to 20, between 10 and 20
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _qualifier_start(doc: Doc, start: int, floor: int) -> int:
    """Extend a number phrase left over its qualifier ("at least", "an estimated")."""
    best = start
    for width in range(1, 5):
        lo = start - width
        if lo < floor:
            break
        words = " ".join(t.lower_ for t in doc[lo:start])
        if words in _QUALIFIER_WORDS:
            best = lo
    if (
        best > floor
        and doc[best - 1].lower_ in {"the", "some"}
        and doc[best].lower_ in {"more", "over"}
    ):
        pass  # "the more than 1,500": keep "the" outside
    return best


def _excluded(doc: Doc, start: int, end: int) -> str | None:
    """Why this number is not a quantity of anything, or None when it is one."""
    first, last = doc[start], doc[end - 1]
    if any(t.ent_type_ in {"DATE", "TIME", "ORDINAL"} for t in doc[start:end]):
        text = doc[start:end].text
        if re.fullmatch(r"(1[5-9]\d\d|20\d\d)s?", text) or last.ent_type_ in {"TIME", "ORDINAL"}:
            return "date or time"
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.lower_ in _TIME_UNITS | {"-", "year-old", "years-old"}:
            return "duration or age"
        if first.ent_type_ == "DATE" and not (
            nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in _TIME_UNITS
        ):
            return "date"
    if re.fullmatch(r"(1[5-9]\d\d|20\d\d)", first.text) and end - start == 1:
        nxt = doc[end] if end < len(doc) else None
        if nxt is None or nxt.pos_ != "NOUN" or nxt.lower_ in _TIME_UNITS:
            return "year"
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.lower_ in _TIME_UNITS or nxt.lower_.startswith("year-old")):
        return "duration, distance or age"
    if (
        nxt is not None
        and nxt.text in {"-", "–"}
        and end + 1 < len(doc)
        and doc[end + 1].lower_ in _TIME_UNITS | {"year-old"}
    ):
        return "age or duration"
    prev = doc[start - 1] if start > 0 else None
    if (
        prev is not None
        and prev.lower_ in _IDENTIFIER_NOUNS
        and first.like_num
        and prev.pos_ in {"NOUN", "PROPN", "X"}
    ):
        return "identifier"
    if prev is not None and prev.lower_ in {"aged", "age"}:
        return "age"
    if prev is not None and prev.text in {"-", "/", "#"} and start >= 2 and doc[start - 2].is_alpha:
        return "model number"
    if re.search(r"\d{3}[-.\s]\d{3,4}[-.\s]\d{4}", doc[start:end].text):
        return "phone number"
    if (
        (
            first.like_num
            and not first.text[0].isdigit()
            and first.lower_ in {"one"}
            and end - start == 1
        )
        and first.dep_ not in {"nummod"}
        and not (prev is not None and prev.lower_ in {"least", "than"})
    ):
        return "pronoun one"
    return None


def _counted_noun(tok: Token) -> Token | None:
    """The noun a number counts: "3,000 [soldiers]", "thousands of [troops]"."""
    node = tok
    for _ in range(3):
        if (
            node.dep_ in {"nummod", "quantmod", "compound", "amod"}
            and node.head.pos_ in {"NOUN", "PROPN", "NUM"}
            and node.head.i > node.i
        ):
            node = node.head
            if (
                node.pos_ in {"NOUN", "PROPN"}
                and node.lower_ not in VAGUE_AMOUNTS
                and node.lower_ not in SCALES
            ):
                return node
        else:
            break
    # "thousands of troops", "dozens of people", "3,000 of them"
    if node.lower_ in VAGUE_AMOUNTS or node.like_num or node.lower_ == "dozen":
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].pos_ in {"NOUN", "PROPN"}:
                    return objects[0]
    return None


def _modified_text(noun: Token) -> str:
    """A noun with its adjective and compound modifiers: "North Korean soldiers"."""
    keep = [noun]
    for child in reversed(list(noun.lefts)):
        if (
            child.dep_ in {"amod", "compound", "nmod"}
            and not child.like_num
            and child.lower_ not in _QUALIFIER_WORDS
        ):
            keep.extend(t for t in child.subtree if t.dep_ != "punct" and not t.like_num)
        elif child.dep_ in {"det", "nummod", "quantmod", "poss", "punct", "advmod"}:
            continue
        else:
            break
    tokens = sorted(set(keep), key=lambda t: t.i)
    # contiguous run ending at the noun
    run = [noun]
    for tok in reversed(tokens[:-1]):
        if tok.i == run[0].i - 1:
            run.insert(0, tok)
    text = " ".join(t.text for t in run).replace(" - ", "-")
    return text


def _governing_verb(noun: Token) -> Token | None:
    node = noun
    for _ in range(6):
        if node.dep_ == "ROOT" and node.pos_ not in {"VERB", "AUX"}:
            return None
        head = node.head
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if node.dep_ in _CLAUSE_DEPS or head is node:
            return None
        node = head
    return None


def _scope(verb: Token | None, noun: Token | None, number: Token) -> list[Token]:
    """The tokens of a figure's own clause: the verb's dependents (and those of verbs
    coordinated with it under the same subject), the counted noun's modifiers, without
    crossing into other clauses."""
    seen: set[int] = set()
    out: list[Token] = []

    def walk(tok: Token, root: Token, allow_clause: bool) -> None:
        if tok.i in seen:
            return
        seen.add(tok.i)
        out.append(tok)
        for child in tok.children:
            if child.lower_ == "according":
                continue
            if child.dep_ in _CLAUSE_DEPS and not (allow_clause and tok is root):
                continue
            if (
                child.dep_ == "conj"
                and child.pos_ in {"VERB", "AUX"}
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            ):
                continue
            walk(child, root, allow_clause)

    if noun is not None:  # first, so that its own participles ("being killed") are kept
        walk(noun, noun, True)
    if verb is not None:
        walk(verb, verb, False)
    walk(number, number, False)
    return sorted(out, key=lambda t: t.i)


def _outcome_of(verb: Token | None, noun: Token | None, scope: list[Token]) -> str | None:
    found: list[str] = []

    def add(outcome: str | None) -> None:
        if outcome and outcome not in found:
            found.append(outcome)

    def from_verb(v: Token) -> None:
        lemma = v.lemma_.lower()
        objects = {c.lower_ for c in v.children if c.dep_ == "dobj"}
        if (lemma == "kill" and objects & {"themselves", "himself", "herself"}) or (
            lemma == "take"
            and any(c.lower_ == "lives" for c in v.subtree)
            and any(c.lower_ == "own" for c in v.subtree)
        ):
            add("suicide")
        elif lemma == "lose" and "lives" in objects | {c.lower_ for c in v.subtree}:
            add("killed")
        elif lemma == "take" and any(
            c.lower_ in {"prisoner", "prisoners", "captive", "hostage"} for c in v.subtree
        ):
            add("captured")
        else:
            add(_OUTCOME_VERBS.get(lemma))
        for child in v.children:
            if child.dep_ in {"acomp", "attr", "oprd"}:
                add(_OUTCOME_ADJ.get(child.lower_))

    def verbs_from(v: Token) -> list[Token]:
        chain = [v]
        for child in v.children:
            if (
                child.dep_ == "conj"
                and child.pos_ in {"VERB", "AUX"}
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            ):
                chain.extend(verbs_from(child))
        return chain

    if (
        verb is not None
        and noun is not None
        and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"}
    ):
        # a subject shares the verbs coordinated with its own ("have died or been
        # wounded"); an object belongs to its verb alone ("killed 16 and wounded 30")
        for v in verbs_from(verb) if noun.dep_ in {"nsubj", "nsubjpass"} else [verb]:
            from_verb(v)
    if not found and noun is not None:
        for child in noun.children:
            if child.dep_ in {"acl", "relcl", "amod"} and child.pos_ in {"VERB", "ADJ"}:
                for v in verbs_from(child):
                    from_verb(v)
                add(_OUTCOME_ADJ.get(child.lower_))
        add(_OUTCOME_NOUNS.get(noun.lower_))
    if not found and verb is not None:
        # "the death toll reached 112", "casualties rose to 45"
        for tok in scope:
            if tok.lower_ == "toll":
                kind = " ".join(t.lower_ for t in tok.lefts)
                add("killed_or_wounded" if "casualty" in kind else "killed")
            elif tok.lower_ in {"casualties", "deaths", "fatalities"} and tok.dep_ in {
                "nsubj",
                "nsubjpass",
            }:
                add(_OUTCOME_NOUNS[tok.lower_])
        if not found:
            for v in verbs_from(verb):
                from_verb(v)
    if "killed" in found and "wounded" in found:
        return "killed_or_wounded"
    return found[0] if found else None


def _period_and_location(scope: list[Token], doc: Doc) -> tuple[Span | None, str | None]:
    period: Span | None = None
    location: str | None = None
    scope_ids = {t.i for t in scope}
    for ent in doc.ents:
        if ent.start not in scope_ids:
            continue
        if ent.label_ == "DATE" and period is None:
            if rate_of(ent.text) or re.fullmatch(r"\d+\s+(?:years?|months?)\s+old", ent.text):
                continue
            if any(
                t.lower_ in {"previous", "next", "later", "earlier", "ago"} for t in ent
            ) and not any(t.lower_ in {"past", "last"} for t in ent):
                continue
            prep = doc[ent.start - 1] if ent.start > 0 else None
            head = ent.root.head
            if ent.root.dep_ in {"pobj"} and head.lower_ in _PERIOD_PREPS:
                period = doc[head.i : ent.end]
            elif ent.root.dep_ in {"npadvmod", "tmod", "nmod", "dobj"} or (
                prep is not None and prep.lower_ in _PERIOD_PREPS
            ):
                period = ent
            else:
                period = ent
    for tok in scope:
        if location is not None:
            break
        if tok.dep_ != "pobj" or tok.head.lower_ not in _LOCATION_PREPS:
            continue
        phrase = noun_phrase(tok)
        names = [t for t in phrase if t.pos_ == "PROPN"]
        if not names:
            continue
        is_geo = any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in phrase) or is_place(
            " ".join(t.text for t in names)
        )
        if not is_geo:
            continue
        # "Russia's Kursk region" -> "Kursk region": a possessive owner yields to the named place
        kept = [t for t in phrase if t.dep_ not in {"det"}]
        owners = [t for t in kept if t.dep_ == "poss"]
        if owners and any(t.pos_ == "PROPN" for t in kept if t.i > owners[0].i):
            kept = [t for t in kept if t.i > owners[0].i and t.dep_ != "case"]
        location = " ".join(t.text for t in kept)
    return period, location


class FigureFinder:
    """The `sayso_figures` pipeline component."""

    def __init__(self, nlp: Language, name: str, reporter_claims: bool = True) -> None:
        self.name = name
        self.reporter_claims = reporter_claims

    def __call__(self, doc: Doc) -> Doc:
        figures: list[FigureMatch] = []
        for sent in doc.sents:
            for start, end in _number_runs(sent):
                if _excluded(doc, start, end):
                    continue
                figure = self._read(doc, sent, start, end)
                if figure is not None:
                    figures.append(figure)
        _resolve_counted(doc, figures)
        doc._.figures = figures
        claims: list[Attribution] = list(doc._.claims or [])
        doc._.claims = self._attach(doc, claims, figures)
        return doc

    def _read(self, doc: Doc, sent: Span, start: int, end: int) -> FigureMatch | None:
        q_start = _qualifier_start(doc, start, sent.start)
        span = doc[q_start:end]
        quantity = parse_quantity(span.text)
        if quantity is None:
            return None
        number = doc[end - 1]
        unit = None
        if (
            any(
                t.text in {"%"} or t.lower_ in {"percent", "per cent", "pc"}
                for t in doc[end : end + 2]
            )
            or number.ent_type_ == "PERCENT"
        ):
            unit = "percent"
        prev = doc[q_start - 1] if q_start > 0 else None
        nxt = doc[end] if end < len(doc) else None
        if prev is not None and prev.lower_ in _CURRENCIES:
            unit = _CURRENCIES[prev.lower_]
        elif nxt is not None and nxt.lower_ in _CURRENCIES and nxt.lower_ not in {"$", "€", "£"}:
            unit = _CURRENCIES[nxt.lower_]
        elif number.ent_type_ == "MONEY":
            unit = "USD" if "$" in doc[max(sent.start, q_start - 2) : end].text else None
        noun = _counted_noun(number) if unit is None else None
        if noun is None and unit is None and doc[start].lower_ in VAGUE_AMOUNTS:
            noun = _counted_noun(doc[start])
        verb = _governing_verb(noun if noun is not None else number)
        scope = _scope(verb, noun, number)
        scope_text = " ".join(t.text for t in scope)
        figure = FigureMatch(span=span, quantity=quantity, unit=unit, noun=noun)
        if noun is not None and noun.lower_ not in _OUTCOME_NOUNS:
            figure.counted = _modified_text(noun)
        if unit is None:
            figure.outcome = _outcome_of(verb, noun, scope)
        figure.per = rate_of(scope_text)
        period, location = _period_and_location(scope, doc)
        if period is not None:
            figure.period = period
            figure.period_text = period.text
        figure.location = location
        if verb is not None:
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                    subject = verb.head
                figure.context["agent"] = subject.text
        return figure

    def _attach(
        self, doc: Doc, claims: list[Attribution], figures: list[FigureMatch]
    ) -> list[Attribution]:
        reporter: dict[int, Attribution] = {}
        for figure in figures:
            token = figure.span[-1]
            owner = next((c for c in claims if c.holds(token)), None)
            if owner is None:
                owner = next(
                    (
                        c
                        for c in claims
                        if c.sent.start <= token.i < c.sent.end and c.speaker is None
                    ),
                    None,
                )
            if owner is None and self.reporter_claims:
                sent = figure.span.sent
                owner = reporter.get(sent.start)
                if owner is None:
                    owner = Attribution(
                        sent=sent,
                        cue=None,
                        mention=None,
                        speaker=None,
                        content=_reporter_content(sent, token, claims),
                        style="indirect",
                    )
                    reporter[sent.start] = owner
                    claims.append(owner)
            if owner is not None:
                owner.figures.append(figure)
        claims.sort(key=lambda c: (c.sent.start, c.content[0].start if c.content else 0))
        return claims


def _reporter_content(sent: Span, token: Token, claims: list[Attribution]) -> list[Span]:
    """The reporter's own words around a figure: the sentence, less other claims' parts."""
    taken = {
        i
        for claim in claims
        if claim.sent == sent
        for span in ([*claim.content, claim.cue, claim.mention])
        if span is not None
        for i in range(span.start, span.end)
    }
    if not taken:
        return _spans(sent.doc, range(sent.start, sent.end))
    # the clause of the figure: the verb above it with its subtree
    node = token
    while node.head is not node and node.dep_ not in {"conj", "ccomp", "advcl", "ROOT"}:
        node = node.head
    ids = {t.i for t in node.subtree} - taken
    return _spans(sent.doc, ids) or _spans(sent.doc, range(sent.start, sent.end))


_NORP_NOUN = re.compile(r"s$")


def _resolve_counted(doc: Doc, figures: list[FigureMatch]) -> None:
    """Fill in who is counted when the sentence says only "soldiers" or "casualties"."""
    modified = Counter(f.counted for f in figures if f.counted and len(f.counted.split()) > 1)
    previous: FigureMatch | None = None
    for figure in figures:
        if figure.unit is not None:
            continue
        sent = figure.span.sent
        if (
            figure.counted is None
            and figure.noun is not None
            and figure.noun.lower_ in _OUTCOME_NOUNS
        ) or (figure.counted is None and figure.outcome is not None):
            # "45,000 casualties": the group of the figure before it in the same paragraph
            if (
                previous is not None
                and previous.counted
                and _same_paragraph(doc, previous.span, figure.span)
            ):
                figure.counted = previous.counted
        elif figure.counted and figure.counted.lower() in _GENERIC_GROUPS:
            qualifier = _group_from_sentence(sent, figure) or _group_from_agent(figure)
            if qualifier:
                figure.counted = f"{qualifier} {figure.counted}"
            else:
                # the article's one way of naming such a group ("North Korean soldiers")
                forms = [
                    form for form in modified if form.lower().endswith(" " + figure.counted.lower())
                ]
                if len(forms) == 1:
                    figure.counted = forms[0]
        if figure.counted:
            previous = figure


def _same_paragraph(doc: Doc, a: Span, b: Span) -> bool:
    return "\n\n" not in doc.text[a.end_char : b.start_char]


def _group_from_sentence(sent: Span, figure: FigureMatch) -> str | None:
    """A nationality named as a group in the sentence: "among North Koreans"."""
    found = set()
    for ent in sent.ents:
        if ent.label_ != "NORP" or figure.span.start <= ent.start < figure.span.end:
            continue
        root = ent.root
        if root.tag_ in {"NNPS", "NNS"} and root.head.lower_ in {"among", "of", "including"}:
            country = country_of(ent.text)
            if country is not None:
                found.add(country.adjective)
    return found.pop() if len(found) == 1 else None


def _group_from_agent(figure: FigureMatch) -> str | None:
    """A country that deploys its own forces: "Pyongyang had deployed 11,000 soldiers"."""
    agent = figure.context.get("agent")
    if agent and figure.outcome == "deployed":
        country = country_of(agent)
        if country is not None:
            return country.adjective
    return None


@Language.factory(
    "sayso_figures",
    requires=["doc._.claims", "token.dep", "token.ent_type", "token.like_num"],
    assigns=["doc._.figures", "doc._.claims"],
    default_config={"reporter_claims": True},
)
def make_figures(nlp: Language, name: str, reporter_claims: bool) -> FigureFinder:
    """Find figures and attach each to the claim whose content holds it."""
    return FigureFinder(nlp, name, reporter_claims)


if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)
