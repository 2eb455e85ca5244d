"""Figures read against the figures before them: what they count, what happened to
them, where and when.

"two others" and "Another 11" count the group of the last main figure; "two of them
children" and "including four children" are sub-counts; "as well as 12 IS fighters"
shares a verb; a bare "32 killed" counts people; "soldiers" alone takes the nationality
the sentence or the article gives them; a figure in the next sentence of the same
paragraph keeps the place of the one before.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .clauses import ADJACENT_OUTCOMES
from .doctext import text_of
from .matches import FigureMatch
from .places import country_of, possessive_country

__all__ = ["resolve_context"]

_POSITIONS = {"jobs", "positions", "posts"}
"""Counted like people ("shed 140 jobs") but no group whose deaths or cases follow."""

_GENERIC_GROUPS = {
    "soldiers", "troops", "forces", "fighters", "servicemen", "personnel", "militants", "men",
}  # fmt: skip
_SUBGROUPS = {"children", "women", "girls", "boys", "babies", "infants", "minors"}


def resolve_context(doc: Doc, figures: list[FigureMatch]) -> None:
    """Fill in what a figure counts, what happened to them, where and when, from the
    figures before it.

    "two others" and "Another 11" count the group of the last main figure ("people"
    after a sub-group such as children); a bare "32 killed" counts people; "two of them
    children" and "including four children" are sub-counts that share their parent's
    outcome, place and time; "as well as 12 IS fighters" shares the outcome of the
    figure it is coordinated with; "soldiers" alone takes the nationality the sentence or
    the article gives them ("North Korean soldiers")."""
    modified = Counter(f.counted for f in figures if f.counted and len(f.counted.split()) > 1)
    previous: FigureMatch | None = None
    main: FigureMatch | None = None
    last: FigureMatch | None = None
    for figure in figures:
        if figure.unit is not None:
            continue
        sent = figure.sentence
        parent = previous if previous is not None and _near(doc, previous, figure) else None
        head = main if main is not None and _near(doc, main, figure) else None
        sub = parent is not None and (figure.link == "of them" or _subcount(figure))
        if (
            figure.outcome is None
            and parent is not None
            and parent.outcome is not None
            and (sub or _coordinated(doc, parent, figure))
        ):
            figure.outcome = parent.outcome
        if figure.link == "total" and figure.counted is None:
            totalled = last if last is not None and _near(doc, last, figure) else None
            group = (totalled.counted or totalled.context.get("noun")) if totalled else None
            if totalled is not None and group:
                figure.counted = _total_of(group)
                figure.kind = totalled.kind
                figure.outcome = figure.outcome or totalled.outcome
            elif figure.outcome is None:
                figure.drop = True  # a total of what, the text does not say
        if figure.link == "bare subject":
            if (
                parent is not None
                and parent.counted
                and (parent.kind in {"person", "agent"} or parent.outcome is not None)
            ):
                figure.counted, figure.kind = parent.counted, parent.kind
                if parent.sentence == sent and figure.outcome is None:
                    figure.outcome = parent.outcome  # "Five killed in Aleppo, 30 in Idlib"
            else:
                figure.drop = True
        if figure.counted is None and figure.outcome is not None:
            if figure.link in {"others", "another"} and head is not None and head.counted:
                group = head.counted
                figure.counted = "people" if group.lower() in _SUBGROUPS else group
            elif (figure.link == "of them" and parent is not None and parent.counted) or (
                parent is not None
                and parent.counted
                and parent.sentence == sent
                and (
                    figure.noun is None
                    or (figure.kind == "outcome" and _takes_group(figure, parent))
                )
            ):
                figure.counted = parent.counted
            elif figure.noun is None or figure.link == "others":
                figure.counted = "people"
        elif figure.counted and figure.counted.lower() in _GENERIC_GROUPS:
            qualifier = _group_from_sentence(sent, figure) or _group_from_agent(figure)
            if qualifier:
                figure.counted = f"{qualifier} {figure.counted}"
            else:
                # the article's one way of naming such a group ("North Korean soldiers")
                forms = [
                    form
                    for form in modified
                    if form and form.lower().endswith(" " + figure.counted.lower())
                ]
                if len(forms) == 1:
                    figure.counted = forms[0]
        if (
            figure.counted is None
            and figure.kind == "outcome"
            and parent is not None
            and parent.counted
            and parent.kind == "person"
            and parent.counted.split()[-1].lower() not in _POSITIONS
            and _takes_group(figure, parent)
        ):
            figure.counted = parent.counted
        if parent is not None and (sub or figure.link == "others"):
            # a sub-count shares its parent's place and time
            if figure.location is None:
                figure.location = parent.location
            if figure.period is None and figure.sentence == parent.sentence:
                figure.period, figure.period_text = parent.period, parent.period_text
        if figure.counted:
            previous = figure
            if not sub:
                main = figure
        if figure.counted or figure.context.get("noun"):
            last = figure  # "584 deaths" too, whose group is resolved at the end
    for earlier, later in pairwise(figures):
        # a figure in the sentence right after another, in the same paragraph, with no
        # place of its own happened where the one before did ("Among the dead were four
        # staff and five children"); a paragraph break ends the story's place
        if (
            later.location is None
            and earlier.location is not None
            and later.unit is None
            and earlier.unit is None
            and _same_paragraph(doc, earlier.span, later.span)
            and _sentences_apart(earlier, later) <= 1
            # a toll of the whole war is not where the sentence before happened; a second
            # count of its own sentence is where the first is ("killed 280000 people and
            # displaced millions")
            and (earlier.sentence == later.sentence or not _war_wide(later))
            and not _elsewhere(later)
        ):
            later.location = earlier.location
    for earlier, later in pairwise(figures):
        # "84 people including 17 children killed": the whole shares its part's outcome
        if (
            earlier.outcome is None
            and later.outcome is not None
            and earlier.unit is None
            and earlier.kind == "person"
            and earlier.sentence == later.sentence
            and _subcount(later)
            and later.span.start - earlier.span.end <= 6
        ):
            earlier.outcome = later.outcome
    for earlier, later in pairwise(figures):
        # "killed six people and injured another ten in down town Damascus"
        if (
            earlier.location is None
            and later.location is not None
            and earlier.unit is None
            and later.unit is None
            and earlier.sentence == later.sentence
            and (
                " and " in f" {doc[earlier.span.end : later.span.start].text} "
                or _coordinated(doc, earlier, later)
                or _headline_pair(doc, earlier, later)
            )
            and later.span.start - earlier.span.end <= 6
        ):
            earlier.location = later.location
    for earlier, later in pairwise(figures):
        # "Five children and four medical staff killed by airstrikes": one participle
        if (
            earlier.outcome is None
            and later.outcome is not None
            and earlier.unit is None
            and later.unit is None
            and earlier.kind in {"person", None}
            and _coordinated(doc, earlier, later)
        ):
            earlier.outcome = later.outcome
    for figure in figures:
        if (
            figure.counted is None
            and figure.unit is None
            and figure.outcome is not None
            and figure.kind in {None, "outcome"}
        ):
            # "10 dead after strikes", "32 killed": people; "584 deaths", "3248 cases"
            # with no group named before them: the deaths and cases themselves
            noun = figure.context.get("noun", "")
            kept = noun.lower().split()[-1:] in (
                ["deaths"],
                ["cases"],
                ["fatalities"],
                ["infections"],
            )
            figure.counted = noun if kept else "people"
    figures[:] = [f for f in figures if not (f.tentative and f.outcome is None) and not f.drop]


def _headline_pair(doc: Doc, earlier: FigureMatch, later: FigureMatch) -> bool:
    """ "25 civilians killed 80 injured in Aleppo": two counts joined by no more than a
    noun and an outcome word share the place named after the second."""
    between = doc[earlier.span.end : later.span.start]
    return (
        0 < len(between) <= 3
        and any(t.lower_ in ADJACENT_OUTCOMES for t in between)
        and all(
            (t.is_alpha and t.pos_ not in {"ADP", "CCONJ", "SCONJ", "VERB"})
            or t.lower_ in ADJACENT_OUTCOMES
            for t in between
        )
    )


def _total_of(counted: str) -> str:
    """ "new cases" -> "total cases": the running total of what the figure before counts."""
    words = counted.split()
    while len(words) > 1 and words[0].lower() in {"new", "additional", "more", "daily", "further"}:
        words = words[1:]
    return " ".join(["total", *words])


def _takes_group(figure: FigureMatch, parent: FigureMatch) -> bool:
    """Whether an outcome noun ("584 deaths") counts the group of the figure before it
    ("civilians"): not cases and infections, which count themselves, and not a group
    that says nothing ("people")."""
    noun = figure.context.get("noun", "").lower().split()[-1:]
    group = (parent.counted or "").lower()
    return (
        noun not in (["cases"], ["infections"])
        and group != "people"
        and not group.startswith("total ")  # a running total is no group
    )


def _near(doc: Doc, earlier: FigureMatch, later: FigureMatch) -> bool:
    return _same_paragraph(doc, earlier.span, later.span) and (
        later.sentence.start - earlier.sentence.end < 80
    )


_COORDINATORS = {"and", "as well as", "along with", "plus", "together with", "alongside"}


def _coordinated(doc: Doc, earlier: FigureMatch, later: FigureMatch) -> bool:
    """ "killed at least 40 fighters ... as well as 12 IS fighters": one verb, two objects."""
    if earlier.sentence != later.sentence:
        return False
    between = doc[earlier.span.end : later.span.start]
    lead = " ".join(
        t.lower_ for t in doc[max(earlier.span.end, later.span.start - 3) : later.span.start]
    )
    if any(c in lead for c in ("along with", "as well as", "together with", "alongside")):
        return True
    if any(t.pos_ in {"VERB", "AUX"} and t.lower_ not in {"including"} for t in between):
        return False
    if (
        earlier.noun is not None
        and 0 < len(between) <= 4
        and all(t.i <= earlier.noun.i for t in between)
        and later.noun is not None
    ):
        return True  # "15 Syrian Civilians 3 Children Killed": a headline's list
    words = " ".join(t.lower_ for t in between)
    return any(f" {c} " in f" {words} " for c in _COORDINATORS) and len(between) <= 8


def _sentences_apart(a: FigureMatch, b: FigureMatch) -> int:
    """How many sentence breaks lie between two figures (0: the same sentence)."""
    first, second = a.sentence, b.sentence
    if second.start <= first.start:
        return 0
    doc = first.doc
    return sum(1 for tok in doc[first.start : second.start] if tok.is_sent_start)


def _subcount(figure: FigureMatch) -> bool:
    """ "including four children", "among them five children", "Among the dead were"."""
    doc = figure.span.doc
    lo = max(figure.sentence.start, figure.span.start - 4)
    words = {t.lower_ for t in doc[lo : figure.span.start]}
    return bool(words & {"including", "among", "of"})


def _same_paragraph(doc: Doc, a: Span, b: Span) -> bool:
    return "\n\n" not in text_of(doc)[a.end_char : b.start_char]


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


_ELSEWHERE = {"another", "various", "other"}
_UNNAMED = {"town", "towns", "village", "villages", "neighbourhood", "neighborhood",
            "neighbourhoods", "neighborhoods", "area", "areas", "city", "cities", "district",
            "districts", "province", "provinces", "region", "regions", "camp", "camps"}  # fmt: skip


def _elsewhere(figure: FigureMatch) -> bool:
    """ "Rocket attacks on another government-held neighbourhood killed one person",
    "operations in various areas": the sentence tells of another place it leaves unnamed,
    not the one named before (but "other neighborhoods in the city" is that city)."""
    sent = figure.span.sent
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in _UNNAMED:
            continue
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in {"of", "in"}:
            continue
        k = _past_modifiers(doc, tok.i - 1, sent.start, {"ADJ", "VERB", "ADV"})
        if doc[k].lower_ in _ELSEWHERE:  # "another government-held"
            return True
    return False


_WARS = {"war", "conflict", "uprising", "revolution", "rebellion"}


def _war_wide(figure: FigureMatch) -> bool:
    """ "the conflict has claimed the lives of over 470000 people": a toll of the whole
    war, which is not where the sentence before happened."""
    sent = figure.span.sent
    return any(t.lower_ in _WARS and _whole_war(t, sent.start) for t in sent)


def _whole_war(war: Token, floor: int) -> bool:
    """ "the war", "the civil war", "Syrias three-year war", "Syria's war": the whole war,
    read back past the words that describe it."""
    doc = war.doc
    k = _past_modifiers(doc, war.i - 1, floor, {"ADJ", "NUM"})  # "three-year", "multi-front"
    if k < floor:
        return False
    before = doc[k]
    return (
        before.lower_ in {"the", "civil"} or before.tag_ == "POS" or possessive_country(before.text)
    )


def _past_modifiers(doc: Doc, k: int, floor: int, pos: set[str]) -> int:
    """The first word before `k` (read leftwards, not past `floor`) that is neither a
    modifier of part of speech `pos` nor part of a hyphenated word."""
    while k > floor and (
        doc[k].pos_ in pos or "-" in {doc[k - 1].text, doc[k].text, doc[k + 1].text}
    ):
        k -= 1
    return k
