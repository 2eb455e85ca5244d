"""Figures: the quantities a claim asserts, with what they count and when and where.

The `sayso_figures` component finds number phrases (`spotting.py`: "at least 3,000",
"thousands", "between 10 and 20"), drops the numbers that are not quantities (dates,
years, ages, times, durations, identifiers, phone numbers, scores), and reads each one:

    value, low, high, approximate   from the phrase (`numbers.parse_quantity`)
    unit                            money and percentages (`units.py`)
    counted                         the noun it counts with its modifiers (`counted.py`),
                                    resolved from context when bare or "others"
    kind                            person, agent, territory... (`kinds.py`): counts of
                                    shells, strikes, hospitals or days are not figures
    outcome                         from the verbs of its clause, nouns, participles, and
                                    the words around it where the parse fails (`outcomes.py`)
    per, period                     rates and the time phrase of its clause (`periods.py`)
    location                        the place named for it (`locations.py` finds the
                                    places, `placing.py` picks one)

Each figure is attached to the claim whose content holds it; a figure outside every
claim becomes a claim of the reporter's own voice (no source).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .attribution import Attribution
from .clauses import (
    ADJACENT_OUTCOMES,
    NEXT_CLAUSE,
    adjacent_outcome,
    outcome_of_clause,
    outcome_of_event_phrase,
    outcome_of_group,
    title_case,
    toll_outcome,
    verb_above,
)
from .content import spans
from .context import resolve_context
from .counted import Counted, describe, find_noun
from .kinds import PERSON_NOUNS, Kind, kind_of
from .locations import (
    Place,
    PlaceBook,
    event_reference,
    generic_reference,
)
from .markets import market_subject, moves
from .matches import FigureMatch
from .measured import amount_head, measured, noun_phrase, price_of_shares
from .numbers import VAGUE_AMOUNTS, Quantity, in_cents, parse_quantity
from .outcomes import (
    OUTCOMES,
    outcome_from_noun,
    outcome_of_verb,
    surface_outcome,
)
from .periods import period_of
from .placing import (
    earlier_place,
    excluded_places,
    found_places,
    innermost,
    later_place,
    location_of,
    outside_facility,
    surnames,
    where_antecedent,
)
from .spotting import not_an_amount, number_phrases
from .tallies import measured_subject, of_object, reporting_place, tally_of
from .time import rate_of
from .units import CURRENCY_SYMBOLS, cents_of, unit_of

__all__ = ["OUTCOMES", "FigureFinder", "FigureMatch"]

_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "xcomp", "acl"})
_PEOPLE_OUTCOMES = {
    "killed", "wounded", "killed_or_wounded", "captured", "missing", "deployed", "displaced",
    "arrested", "suicide", "executed",
}  # fmt: skip


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


class FigureFinder:
    """The `sayso_figures` pipeline component."""

    def __init__(self, nlp: Language, name: str, reporter_claims: bool = True) -> None:
        self.name = name
        self.reporter_claims = reporter_claims
        self._cues: frozenset[int] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        figures: list[FigureMatch] = []
        claims: list[Attribution] = list(doc._.claims or [])
        self._cues = frozenset(
            i for c in claims if c.cue is not None for i in range(c.cue.start, c.cue.end)
        )
        book = PlaceBook()
        # the places of every sentence first, so that a name the article makes a place
        # later with a place word ("in the city of Efrin") is one in the headline before
        # it ("Near Efrin")
        sents = list(doc.sents)
        family_names = surnames(doc)
        excluded = [excluded_places(doc, sent, claims, family_names) for sent in sents]
        seen: list[tuple[frozenset[str], list[Place]]] = []
        for sent, (names, described, _) in zip(sents, excluded, strict=True):
            found = found_places(sent, book.names, names)
            seen.append((book.names, found))
            book.note(
                [
                    p
                    for p in found
                    if p.kind != "place" and not described & set(range(p.start, p.end))
                ]
            )
        every_name = book.names
        book = PlaceBook()
        for sent, (names, described, described_source), (known, found) in zip(
            sents, excluded, seen, strict=True
        ):
            phrases = [
                (q_start, start, end)
                for q_start, start, end in number_phrases(sent)
                if not not_an_amount(doc, _number_start(doc, start), end)
            ]
            if phrases and known != every_name:
                found = found_places(sent, every_name, names)
            places = [p for p in found if not described & set(range(p.start, p.end))]
            # a place that describes the source ("a spokesman at the hospital in Kafr
            # Takharim") is where the figure happened only when the sentence names no other
            weak = [p for p in found if p not in places and p.kind != "country"]
            kept: list[FigureMatch] = []
            last_end = sent.start  # where the last figure's words ended
            # where the next figure's clause may start: not inside a phrase, nor at a
            # count of shells or strikes (read once per sentence, not once per figure)
            opens_clause = [
                not _part_of(doc, p[0]) and not _munitions(doc, p, sent.end) for p in phrases
            ]
            for index, (q_start, start, end) in enumerate(phrases):
                num_start = _number_start(doc, start)
                if set(range(start, end)) & (names | described_source) or _speaks(
                    doc[end - 1], self._cues
                ):
                    continue  # "Two people briefed on the talks said": part of a source
                # the clause of a figure starts after the figure before it ("targeted X
                # with 4 rocket shells killing 8": the shells are no figure, X is the place)
                lo = last_end
                hi = next(
                    (p[0] for k, p in enumerate(phrases) if k > index and opens_clause[k]),
                    sent.end,
                )
                figure = self._read(
                    doc, sent, (q_start, start, num_start, end), places, (lo, hi), book
                )
                if figure is not None and figure.location is None and weak and not places:
                    figure.location = innermost(doc, weak[-1], weak).text
                if figure is not None:
                    kept.append(figure)
                    last_end = end
            figures.extend(kept)
            book.note(places)
            if not kept:
                # "A man drove an ambulance packed with explosives into the hospital in
                # Qardaha": where an attack told without a toll happened, for "the attack"
                book.note_attack(sent, places)
        resolve_context(doc, figures)
        doc._.figures = figures
        doc._.claims = self._attach(doc, claims, figures)
        return doc

    def _read(
        self,
        doc: Doc,
        sent: Span,
        offsets: tuple[int, int, int, int],
        places: list[Place],
        bounds: tuple[int, int],
        book: PlaceBook,
    ) -> FigureMatch | None:
        q_start, start, num_start, end = offsets
        unit = unit_of(doc, start, end, q_start)
        # the widest reading: "from more than 40" is read as "more than 40"
        quantity = None
        if (
            doc[q_start].lower_ == "over"
            and doc[q_start].dep_ == "prep"
            and doc[q_start].head.i < q_start  # not a sentence's "Over 110 people ..."
            and q_start < start
            and unit is None
        ):
            q_start += 1  # "chose a white male over two candidates"; not "donations over $250"
        for first in range(q_start, start + 1):
            span = doc[first:end]
            quantity = parse_quantity(span.text)
            if quantity is not None:
                break
        if quantity is None:
            return None
        cents = cents_of(doc, end) if unit is None else None
        if cents is not None:  # "a dividend of 5.5 cents": 0.055 in the currency
            unit, stop = cents
            quantity = in_cents(quantity)
            span = doc[span.start : stop]
        counted: Counted | None = None
        if unit is None:
            counted = find_noun(doc, num_start, end, sent.end)
        if (
            counted is not None
            and counted.noun.lower_ in {"corpses", "bodies", "remains", "deaths", "casualties"}
            and counted.noun.i + 2 < sent.end
            and doc[counted.noun.i + 1].lower_ == "of"
            and doc[counted.noun.i + 2].lower_ in PERSON_NOUNS
        ):
            # "230 corpses of tribesmen who were executed": the people are counted
            bodies = outcome_from_noun(counted.noun.lower_)
            counted = Counted(doc[counted.noun.i + 2], counted.noun.i + 2)
        else:
            bodies = None
        noun = counted.noun if counted is not None else None
        if noun is not None and quantity.value is not None and quantity.low is None:
            after = " ".join(t.lower_ for t in doc[noun.i + 1 : noun.i + 3])
            if after == "at least":  # "killed 20 civilians at least"
                quantity = replace(quantity, low=quantity.value)
            elif after == "at most":
                quantity = replace(quantity, high=quantity.value)
        kind: Kind | None = (
            kind_of(noun.text, ent_type=noun.ent_type_) if noun is not None else None
        )
        if (
            counted is not None
            and counted.through == "of them"
            and noun is not None
            and noun.pos_ == "PRON"
        ):
            kind = "person"
        # the verb of the figure's own clause, not one above a clause boundary
        verb = verb_above(noun if noun is not None else doc[end - 1], 6, stop=_CLAUSE_DEPS)
        if verb is not None and noun is not None and end <= verb.i < noun.i:
            # "kills scores of fleeing civilians": the participle describes the group
            verb = verb_above(verb, 6, stop=_CLAUSE_DEPS)
        scope = _scope(verb, noun, doc[end - 1])
        person = kind in {"person", "outcome", None}
        outcome = None
        if unit is None:
            number = doc[end - 1]
            bare = noun is None and number.dep_ in {"nsubj", "nsubjpass", "dobj"}
            # a bare "hundreds fled" is its own subject
            outcome = outcome_of_clause(verb, number if bare else noun, person)
            if outcome is None:
                outcome = (
                    toll_outcome(scope, number) if noun is None or kind == "person" else None
                ) or outcome_of_event_phrase(noun or number)
            if outcome is None:
                outcome = outcome_of_group(scope, end) or bodies
            right = noun.i + 1 if noun is not None and noun.i >= end else end
            adjacent = adjacent_outcome(doc, right, sent.end)
            verb_before = surface_outcome(doc, num_start, num_start, sent.start, num_start)
            if (right < sent.end and doc[right].lower_ in NEXT_CLAUSE) or (
                adjacent is not None
                and verb_before is not None
                and _verb_of_next(doc, right, sent.end)
            ):
                # "kills 12 wounds 50", "Kill 10 Civilians Injured Dozens": the verb after
                # the number starts the next clause (but "25 civilians killed 80 injured")
                # the clause's own outcome stays unless it is that next verb's ("killing 3
                # civilians including 2 women injuring 15 others"); "claiming the lives of
                # 15 people injuring ..." keeps its deaths
                if right < sent.end and outcome == outcome_of_verb(doc[right], person):
                    outcome = None
                outcome = verb_before or outcome
            elif adjacent is not None and not (
                outcome is not None
                and right < sent.end
                and any(c.dep_ == "agent" for c in doc[right].children)
            ):
                # "25 civilians killed 80 injured": the word beside it; but "one soldier
                # captured by Ukraine died of his injuries" tells who he was, then what befell him
                outcome = adjacent
            elif outcome is None or (
                title_case(sent) and not (noun is not None and outcome_from_noun(noun.lower_))
            ):
                # headlines: the words after the noun ("20 People Injured") beat the parse
                outcome = surface_outcome(doc, num_start, right, sent.start, sent.end) or outcome
        market = market_subject(doc[end - 1])
        is_market = market is not None and (
            unit is not None
            or (noun is not None and noun.lower_ in {"points", "point"})
            or (
                noun is None
                and doc[end - 1].head.lower_ in {"to", "at"}
                and ("." in doc[end - 1].text or moves(doc[end - 1]))
            )
        )
        if not is_market:
            market = None
        # "bringing the total to 65,170": the running total of the figure before it
        tally = tally_of(doc[end - 1]) if noun is None and unit is None and not is_market else None
        tallied = of_object(tally) if tally is not None else None
        # a total of what the figure before counts ("the death toll" counts the dead itself)
        running_total = tally is not None and tallied is None and tally.lower_ != "toll"
        measure = measured_subject(verb) if unit is None and not is_market else None
        if tallied is not None:
            # "the total number of coronavirus cases rose to 13": the cases
            kind = kind_of(tallied.text, ent_type=tallied.ent_type_)
            outcome = outcome or outcome_from_noun(tallied.lower_)
        elif running_total:
            kind, outcome = None, None  # what it totals comes from that figure
        if is_market:
            kind, outcome = "other", None
        elif tally is not None:
            pass
        elif measure is not None and (noun is None or kind in {"materiel", "other", "noise"}):
            kind, outcome = "other", None  # "deliveries dropped to 1.24 million vehicles"
        elif kind in {"materiel", "other"} and outcome is None and _transferred(verb, noun):
            pass  # "more than 6 million Sentra vehicles sold"
        elif (
            noun is None
            and outcome is None
            and doc[end - 1].dep_ in {"nsubj", "nsubjpass"}
            and doc[num_start].lower_ != "one"
        ):
            kind = None  # "only two committed": a group named before (`resolve_context`)
        elif (
            noun is None
            and outcome is None
            and unit is None
            and num_start > sent.start
            and doc[num_start - 1].text in {",", ";", "and"}
            and end < sent.end
            and doc[end].lower_ in {"in", "on", "at", "near", "from", "more"}
        ):
            kind = None  # "Five killed in Aleppo, 30 in Idlib": the verb is elided
        elif not _is_figure(doc, num_start, end, quantity, unit, kind, outcome, q_start):
            return None
        if unit == "percent" and end < len(doc) and doc[end].lower_ in {"%", "percent"}:
            span = doc[span.start : end + 1]
        elif unit == "percent" and end + 1 < len(doc) and doc[end].lower_ == "per":
            span = doc[span.start : end + 2]
        if kind in {"territory", "materiel", "agent", "other"} and outcome not in {
            "captured",
            "other",
            None,
        }:
            outcome = (
                "captured" if kind == "territory" else ("other" if kind == "materiel" else outcome)
            )
        if kind == "agent" and outcome != "deployed":
            outcome = None  # groups are no casualties; "200 teams of police were deployed"
        figure = FigureMatch(
            span=span, quantity=quantity, sent=sent, unit=unit, noun=noun, kind=kind
        )
        # "one analyst", "one of their buildings": "one" is a figure only with an outcome
        figure.tentative = (
            doc[num_start].lower_ == "one"
            and end - num_start == 1
            and q_start == start
            and unit is None
        )
        before = doc[num_start - 1] if num_start > 0 else None
        if (
            figure.tentative
            and before is not None
            and before.lower_ in {"from", "of", "in", "on", "at", "by", "into", "for"}
            and not (
                before.lower_ == "of"
                and outcome_of_event_phrase(noun or doc[num_start]) is not None
            )
        ):
            return None  # "six civilians from one family"
        if counted is not None and noun is not None and noun.pos_ != "PRON":
            text = describe(doc, counted)
            if outcome_from_noun(noun.lower_) is None or kind == "person":
                figure.counted = text
            else:
                figure.context["noun"] = text  # "584 deaths": the group is resolved later
        if counted is not None and counted.through:
            figure.link = counted.through
        if noun is not None and noun.lower_ in {"others", "more"}:
            figure.link = "others"
            figure.counted = None
        if (
            q_start < start
            and doc[q_start].lower_ in {"another", "a", "an"}
            and doc[q_start].lower_ == "another"
        ):
            figure.link = figure.link or "another"
        if end < len(doc) and doc[end].lower_ == "more" and noun is None:
            figure.link = "others"
        if noun is None and outcome is None and unit is None and market is None and measure is None:
            figure.link = "bare subject"
        if tallied is not None:
            figure.counted, figure.tentative = noun_phrase(tallied), False
        elif running_total:
            figure.link, figure.tentative = "total", False
        elif measure is not None and kind == "other" and not is_market:
            figure.counted, figure.tentative = noun_phrase(measure), False
        figure.outcome = outcome if unit is None else None
        if market is not None and noun is not None and noun.lower_ in {"points", "point"}:
            figure.counted = f"{market} points"
        elif unit is not None:
            figure.counted = measured(doc, start, span.end, unit) or market
            if figure.counted is not None and market is not None:
                figure.counted = price_of_shares(figure.counted)
            if figure.counted is not None and figure.counted.startswith("/"):
                figure.counted = f"price per {figure.counted[1:]}"  # "$0.06/kWh"
            if figure.counted is not None and re.match(r"[\d.,]+ ?(?:%|per ?cent)", figure.counted):
                figure.counted = None  # "11.9 percent were black, 15.36 percent Hispanic"
        elif market is not None and figure.counted is None:
            figure.counted = market
        # a rate is said of the figure, not of what money measures ("a 52.5 per cent
        # increase in daily average sales" is no daily rate)
        measured_noun = amount_head(doc, start, span.end) if unit is not None else None
        figure.per = rate_of(
            " ".join(
                t.text
                for t in scope
                if unit is None or t.dep_ != "amod" or t.head == measured_noun  # "weekly benefit"
            )
        )
        period = period_of(doc, scope, sent, self._cues, after=span.end)
        if period is not None:
            figure.period = period
            figure.period_text = period.text
        scope_ids = {t.i for t in scope}
        # not the country of a currency ("one Singapore cent", "176 Hong Kong dollars"),
        # nor the group counted ("dozens of Alawites", tagged as a place)
        # nor a place counted with it ("in 11 states and the District of Columbia")
        counted_with = {t.i for t in noun.conjuncts} if noun is not None else set()
        places = [
            p
            for p in places
            if (p.end <= span.start or p.start >= span.end)
            and (noun is None or not p.start <= noun.i < p.end)
            and not counted_with & set(range(p.start, p.end))
        ]
        place = where_antecedent(doc, q_start, bounds[0], places) or location_of(
            doc, q_start, end, scope, scope_ids, places, bounds, unit is None
        )
        reporter = reporting_place(verb, noun)
        if reporter is not None and place is None:
            figure.location = reporter  # "Sweden has reported 201,000 cases"
        elif place is not None:
            place = outside_facility(doc, place, places)
            figure.location = place.text
            book.note_event(place)
        else:
            word = generic_reference(doc, scope)
            if word is not None:
                figure.location = book.resolve(word) or earlier_place(places, q_start, word)
            elif unit is None and event_reference(doc, scope):
                figure.location = book.last_event()  # "the strikes have killed 122"
            elif unit is None and (later := later_place(doc, places, bounds[1])) is not None:
                figure.location = later.text
        if verb is not None:
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                    subject = verb.head
                figure.context["agent"] = " ".join(
                    t.text for t in subject.subtree if t.i <= subject.i and t.dep_ != "det"
                )  # "North Korea has sent 12,000 soldiers": the whole name
        return figure

    def _attach(
        self, doc: Doc, claims: list[Attribution], figures: list[FigureMatch]
    ) -> list[Attribution]:
        reporter: dict[int, Attribution] = {}
        for figure in figures:
            token = figure.span[-1]
            # the innermost claim that holds it: "believes that ..., with some reports
            # suggesting as many as 200 have been killed" gives the 200 to the reports
            holders = [c for c in claims if c.holds(token)]
            owner = holders[0] if holders else None
            nested = [c for c in holders[1:] if owner is not None and _inside(c, owner)]
            if nested:
                owner = min(nested, key=_content_size)
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
                sent = figure.sentence
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


def _content_size(claim: Attribution) -> int:
    return sum(len(span) for span in claim.content)


def _inside(inner: Attribution, outer: Attribution) -> bool:
    """Is `inner` a report nested in what `outer` says: its cue among `outer`'s words and
    its content a strict part of them ("believes that ..., with some reports suggesting
    ..."), not a closing credit of the same words ("... Sana News reported")?"""
    mine = {i for span in inner.content for i in range(span.start, span.end)}
    theirs = {i for span in outer.content for i in range(span.start, span.end)}
    return (
        inner.cue is not None
        and inner.cue.start in theirs
        and bool(mine)
        and min(mine) > inner.cue.start  # what it reports follows its cue
        and mine < theirs
    )


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
        return spans(sent.doc, range(sent.start, sent.end))
    # the clause of the figure: the verb above it with its subtree
    node = token
    while node.head.i != node.i and node.dep_ not in {"conj", "ccomp", "advcl", "ROOT"}:
        node = node.head
    ids = {t.i for t in node.subtree} - taken
    return spans(sent.doc, ids) or spans(sent.doc, range(sent.start, sent.end))


_TRANSFER_VERBS = {
    "sell", "deliver", "produce", "export", "import", "ship", "supply", "manufacture",
    "build", "buy", "order", "seize", "confiscate", "destroy", "down", "lose", "purchase",
}  # fmt: skip


def _transferred(verb: Token | None, noun: Token | None) -> bool:
    """Things counted as what an event produced or moved: "6 million vehicles sold"."""
    if noun is None:
        return False
    for child in noun.children:
        if child.dep_ in {"acl", "amod", "relcl"} and child.lemma_.lower() in _TRANSFER_VERBS:
            return True
    return (
        verb is not None
        and verb.lemma_.lower() in _TRANSFER_VERBS
        and noun.dep_ in {"dobj", "nsubjpass"}
    )


def _verb_of_next(doc: Doc, i: int, limit: int) -> bool:
    """Whether the outcome words at `i` are followed by a number ("Injured Dozens")."""
    while i < limit and doc[i].lower_ in ADJACENT_OUTCOMES:
        i += 1  # not over "and": "10 killed and 15 injured" is one clause each
    return i < limit and (doc[i].like_num or doc[i].lower_ in VAGUE_AMOUNTS)


def _speaks(number: Token, cues: frozenset[int]) -> bool:
    """ "one of them told AFP", "two said": a number that is itself the subject of a cue
    (or of "say" and "tell", whether or not the sentence became a claim) is a source."""
    if number.dep_ in {"nsubj", "nsubjpass"} and (
        number.head.i in cues or number.head.lemma_.lower() in {"say", "tell"}
    ):
        return True
    doc, i = number.doc, number.i
    return (  # the surface, where the parse fails: "one of them told AFP"
        i + 3 < len(doc)
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ in {"them", "those", "us"}
        and doc[i + 3].lemma_.lower() in {"say", "tell"}
    )


def _part_of(doc: Doc, q_start: int) -> bool:
    """A figure introduced as part of the one before ("including four children")."""
    words = {t.lower_ for t in doc[max(0, q_start - 3) : q_start]}
    return bool(words & {"including", "among", "them", "whom"})


def _number_start(doc: Doc, start: int) -> int:
    """Where the number itself starts: after a currency symbol ("$12.9bn")."""
    return start + 1 if doc[start].lower_ in CURRENCY_SYMBOLS else start


def _munitions(doc: Doc, phrase: tuple[int, int, int], limit: int) -> bool:
    """A number of shells, strikes or vehicles ("killed by 6 explosive shells fired on
    al-Qusour"), which is no figure and so does not end the clause of the one before."""
    counted = find_noun(doc, _number_start(doc, phrase[1]), phrase[2], limit)
    return counted is not None and kind_of(counted.noun.text) in {"materiel", "noise"}


def _is_figure(
    doc: Doc,
    start: int,
    end: int,
    quantity: Quantity,
    unit: str | None,
    kind: Kind | None,
    outcome: str | None,
    q_start: int,
) -> bool:
    """The rule of `kinds.py`: which counts are figures."""
    if unit is not None:
        return True
    if kind == "noise":
        return False
    if kind == "territory":
        return outcome == "captured"  # not "evacuated from two besieged towns"
    if kind == "materiel":
        return outcome in {"captured", "other", "killed", "wounded", "killed_or_wounded"}
    if kind == "other":
        return outcome in _PEOPLE_OUTCOMES
    if kind is None:
        return outcome is not None
    return True


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
