"""Where a figure happened: the choice among the places of its sentence.

`locations.places_in` finds the place phrases; this module picks the one a figure gets:

    in its clause, after the number first ("killed 20 people in Raqqa")
    a town before its country ("in eastern Syria near the city of Deir al-Zor")
    the place a "where" clause describes ("Orum al-Kubrah the town where ... killed 20")
    the neighbourhood, not the city it is in ("al-Midan neighborhood in Aleppo city")
    the town, not the facility in it ("the Al-Bayan hospital in the Shaar neighbourhood")

and leaves out the words that say who, not where: sources and cues ("Washington and Paris
say"), attackers ("by Washington"), their bases ("terrorists positioned in ..."), a
group's name ("Islamic State in Iraq and Syria"), surnames ("five of Soltan's relatives").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution
from .kinds import PERSON_NOUNS
from .locations import DIRECTIONS, PLACE_WORDS, Place, demonym, places_in
from .places import is_place

__all__ = [
    "earlier_place",
    "excluded_places",
    "found_places",
    "innermost",
    "later_place",
    "location_of",
    "named_by",
    "outside_facility",
    "surnames",
    "where_antecedent",
]


def location_of(
    doc: Doc,
    start: int,
    end: int,
    scope: list[Token],
    scope_ids: set[int],
    places: list[Place],
    bounds: tuple[int, int],
    count: bool,
) -> Place | None:
    """The place of a figure: in its clause (after the number first), else the nearest
    one after it in the sentence before the next figure, else (for counts, not money or
    percentages) the nearest one before it."""
    lo, hi = bounds
    # the actor of the figure's clause is not where it happened ("Russia has deployed")
    actors = {
        t.i
        for t in scope
        if t.dep_ in {"nsubj", "nsubjpass"}
        and t.head.pos_ in {"VERB", "AUX"}
        and t.head.i in scope_ids
        and t.i < start
    }
    usable = [
        p
        for p in places
        if lo <= p.start
        and p.end <= hi
        and not (
            actors & set(range(p.start, p.end))
            # "the town of X", "shelling on the Syrian capital Damascus killed": a place
            and not (p.start > 0 and _introduced(doc[p.start - 1]))
        )
    ]
    # a town before its country: "in eastern Syria near the city of Deir al-Zor"
    specific = [p for p in usable if not p.country and p.text.lower() not in _CONTINENTS]
    for candidates in (specific, usable):
        inside = [p for p in candidates if p.start in scope_ids or p.end - 1 in scope_ids]
        after = [p for p in inside if p.start >= end]
        if after:
            return innermost(doc, named_by(doc, after[0], usable), usable)
        if inside:
            return innermost(doc, named_by(doc, inside[-1], usable), usable)
        after = [p for p in candidates if p.start >= end]
        if candidates is specific:
            # a town of another clause, but not its actor ("18 years after Washington
            # invaded the country")
            after = [p for p in after if not any(t.dep_ == "nsubj" for t in doc[p.start : p.end])]
        if after:
            return innermost(doc, named_by(doc, after[0], usable), usable)
        if count and candidates is usable:
            before = [p for p in candidates if p.end <= start]
            # "two people were killed and 15 others were injured in a rocket attack on
            # Salah Eddin neighborhood": the place the coordinated count names
            later = later_place(doc, places, hi)
            if later is not None and "and" in {t.lower_ for t in doc[end:hi]}:
                return later
            if before:
                return innermost(doc, named_by(doc, before[-1], usable), usable)
    return None


_OTHER_EVENT = {"since", "after", "before", "until"}


def later_place(doc: Doc, places: list[Place], hi: int) -> Place | None:
    """For a count whose sentence names the place only after the next figures: "a
    further 19 men were executed on Thursday 18 shot dead and one beheaded on the
    outskirts of Deir al-Zor city" (a town or region, not a country or a continent, nor
    a name in a list after a colon)."""
    later = [
        p
        for p in places
        if p.start >= hi
        and not p.country
        and p.text.lower() not in _CONTINENTS
        # not after a colon (a list), nor in a clause about another event ("4,634 deaths
        # since the virus was first detected in the city of Wuhan")
        and not any(t.text == ":" or t.lower_ in _OTHER_EVENT for t in doc[hi : p.start])
    ]
    return innermost(doc, named_by(doc, later[0], places), places) if later else None


def _introduced(tok: Token) -> bool:
    return tok.pos_ == "ADP" or tok.lower_ in PLACE_WORDS or tok.lower_ == "capital"


_CONTINENTS = {
    "africa", "asia", "europe", "middle east", "north america", "south america",
    "latin america", "oceania", "antarctica", "the middle east", "east asia", "southeast asia",
    "central asia", "south asia", "eastern europe", "western europe", "north africa",
    "sub-saharan africa", "west africa", "east africa", "southern africa", "the americas",
    "the gulf", "the caribbean", "the balkans", "scandinavia", "the levant", "levant",
}  # fmt: skip
"""Places wider than a country, which a country in the same clause narrows."""


_BETWEEN_PLACES = {
    "the", "of", "rural", "-", "held", "controlled", "rebel", "regime", "government",
    "opposition", "rebel-held", "regime-held", "government-held", "countryside",
    "outskirts", "suburbs", "heart",
}  # fmt: skip
"""Words between a place and the one that contains it: "al-Tayba village in the eastern
countryside of Salamyieh"."""


def _relative(text: str) -> bool:
    """ "near Damascus", "southeast of Deir Ezzor city": a place told by where it lies."""
    words = text.split()
    return len(words) > 1 and (
        words[0] in {"near", "outside"} or (words[0] in DIRECTIONS and words[1] == "of")
    )


_FACILITIES = {"hospital", "prison", "airport", "base", "square"}
"""A facility is where the figure happened, but the place named for it is the town:
"the manager of Al-Quds hospital in Aleppo ... four deaths" gives Aleppo."""


def innermost(doc: Doc, place: Place, places: list[Place]) -> Place:
    """The place that `place` only locates: "al-Midan neighborhood in Aleppo city", "the
    town of Khan Sheikhun in the south of rebel-held Idlib" give the neighbourhood and
    the town, the place named for the figure, not the one that contains it."""
    for inner in reversed(places):
        if inner.end == place.start and _relative(place.text) and not inner.country:
            # "the area of Eastern Ghouta near Damascus", "the region of Al-Quriyah
            # southeast of Deir Ezzor city"
            return inner
        if inner.end >= place.start or inner.country or inner.kind in _FACILITIES:
            continue
        gap = list(doc[inner.end : place.start])
        if gap and gap[0].lower_ in {"also", "again"}:
            gap = gap[1:]  # "the Mesraba area also in Eastern Ghouta"
        if (
            _relative(place.text)
            and 1 < len(gap) <= 6
            and gap[0].lower_ == "the"
            and gap[-1].lower_ in PLACE_WORDS
            and all(
                t.pos_ in {"ADJ", "VERB", "PUNCT"} or t.lower_ in _BETWEEN_PLACES for t in gap[1:-1]
            )
        ):
            # "air strikes on Douma the besieged rebel-held town east of Damascus": the
            # town is Douma, told by where it lies
            return innermost(doc, inner, places)
        if _appositive_in(gap):
            # "in Douma the main town in the Eastern Ghouta area": the town, which the
            # region only locates
            return innermost(doc, inner, places)
        if (
            gap
            and len(gap) <= 8
            and gap[0].lower_ in {"in", ","}
            and all(
                t.lower_ in _BETWEEN_PLACES
                or t.lower_ in DIRECTIONS
                or t.lower_ in PLACE_WORDS
                or demonym(t.text)
                for t in gap[1:]
            )  # "Aqareb es Safi village in the Syrian Hama province", "At Khan Sheikhun in
            # the northwestern province of Idlib"
        ):
            return innermost(doc, inner, places)  # "X street in Y neighborhood in Z"
        break
    return place


def _appositive_in(gap: list[Token]) -> bool:
    """Words between a place and the one that contains it which describe the first: "the
    largest town in the", "the main town in"."""
    if gap and gap[-1].lower_ == "the":
        gap = gap[:-1]
    return (
        2 < len(gap) <= 6
        and gap[0].lower_ == "the"
        and gap[-1].lower_ in {"in", "of"}
        and gap[-2].lower_ in PLACE_WORDS
        and all(t.pos_ in {"ADJ", "ADV"} or t.lower_ in _BETWEEN_PLACES for t in gap[1:-2])
    )


def named_by(doc: Doc, place: Place, places: list[Place]) -> Place:
    """ "the Damascus suburb of Jaramana": the suburb is named after "of", not the city
    that describes it."""
    if (
        place.kind not in PLACE_WORDS
        or place.end - place.start < 2
        or doc[place.end - 1].lower_ != place.kind
        or place.end + 1 >= len(doc)
        or doc[place.end].lower_ != "of"
        # the words before the place word name a place of their own (not "the Al-Ferdous
        # district of Aleppo", where the district is Al-Ferdous)
        or not is_place(doc[place.start : place.end - 1].text, strict=True)
    ):
        return place
    named = next((p for p in places if p.start == place.end + 1), None)
    if named is None or named.country or doc[named.end - 1].lower_ in PLACE_WORDS:
        return place  # "Daraa province of southern Syria", "Qalamun region of Damascus countryside"
    return named


def outside_facility(doc: Doc, place: Place, places: list[Place]) -> Place:
    """ "the Al-Bayan hospital in the Shaar neighbourhood": a facility says where exactly;
    the place it is in is where the figure happened."""
    if place.kind not in _FACILITIES:
        return place
    for outer in places:
        gap = doc[place.end : outer.start]
        if outer.start >= place.end and 0 < len(gap) <= 2 and gap[0].lower_ == "in":
            return outer
    return place


_BASED = {"position", "locate", "base", "station", "entrench", "headquarter", "live", "reside"}
_ARMED_GROUPS = {"groups", "group", "units", "forces", "organizations", "organisations",
                 "factions", "brigades", "cells", "gangs"}  # fmt: skip


def excluded_places(
    doc: Doc, sent: Span, claims: list[Attribution], surnames: frozenset[str]
) -> tuple[set[int], set[int], set[int]]:
    """Tokens of sources and cues, which say, not where: the names themselves
    ("Washington and Paris say", "Britain's defense ministry") and their descriptions
    ("a spokesman at the hospital in Kafr Takharim"), the second a last resort; third,
    the descriptions inside the mentions, whose numbers are no figures."""
    names: set[int] = set()
    described: set[int] = set()
    own: set[int] = set()
    for claim in claims:
        if claim.sent.start != sent.start:
            continue
        if claim.cue is not None:
            names.update(range(claim.cue.start, claim.cue.end))
        if claim.mention is not None:
            # a mention run into the words before it ("... bastion Raqqa a monitor")
            # starts at its own determiner
            first = claim.mention.start
            for tok in claim.mention[1:]:
                if tok.dep_ == "det" and tok.lower_ in {"a", "an", "the"}:
                    first = tok.i
            # "A spokesman at the hospital in Kafr Takharim": the words after the head
            # noun describe the source and may name where the figure happened
            prep = next(
                (
                    t.i
                    for t in claim.mention
                    if t.dep_ == "prep"
                    and t.i > first
                    and t.lower_ == "in"
                    and doc[t.i - 1].pos_ == "NOUN"
                ),
                claim.mention.end,
            )
            names.update(range(first, prep))
            described.update(range(prep, claim.mention.end))
            own.update(range(prep, claim.mention.end))
            for tok in claim.mention:
                described.update(t.i for t in tok.subtree if t.i >= claim.mention.end)
                # "Washington and Paris say"
                names.update(t.i for t in tok.conjuncts if t.pos_ == "PROPN")
    for tok in sent:
        if tok.dep_ == "poss" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.lower_ in {
            "ministry", "government", "army", "military", "president", "forces", "agency",
            "foreign", "defense", "defence", "leader", "embassy", "envoy", "officials",
        }:  # fmt: skip
            names.add(tok.i)
        elif tok.text == "State" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in {"in", "of"}:
            # "Islamic State in Iraq and Syria", "the Islamic State of Iraq and the Levant": a name
            k = tok.i + 2
            while k < sent.end and (doc[k].pos_ == "PROPN" or doc[k].lower_ in {"and", "the"}):
                names.add(k)
                k += 1
        elif (
            tok.dep_ in {"acl", "relcl"}  # "terrorists (who are) positioned in ..."
            and tok.lemma_.lower() in _BASED
            # people, not things: "gas fields located on the outskirts of Homs" is where
            and (
                tok.head.lower_ in PERSON_NOUNS
                or tok.head.lower_ in _ARMED_GROUPS
                or tok.head.ent_type_ == "PERSON"  # "Omar Abu Laila who lives in Europe"
            )
        ):
            # "terrorist groups positioned in the villages of Rahoum ... fired on Jeb
            # al-Jarrah": where the attackers are, not where the figure happened
            for child in tok.children:
                if child.dep_ == "prep":
                    # up to the attackers' own verb, which the parser may hang inside
                    # ("positioned in Bustan al-Qaser neighborhood fired rocket shells on X")
                    for t in child.subtree:
                        if t.pos_ == "VERB":
                            break
                        if not t.like_num:
                            names.add(t.i)
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.pos_ == "PROPN":
            # "the attacks carried out by Washington and its Arab allies": who, not where
            names.update(t.i for t in (tok, *tok.conjuncts) if t.pos_ == "PROPN")
        elif (
            tok.dep_ == "dobj"
            and tok.pos_ == "PROPN"
            and tok.head.lemma_.lower() in {"accuse", "blame"}
        ):
            # "The United States accused Damascus of that attack": the accused, not where
            names.update(t.i for t in (tok, *tok.conjuncts) if t.pos_ == "PROPN")
        elif tok.i + 1 < sent.end and doc[tok.i + 1].tag_ == "POS" and tok.text in surnames:
            names.add(tok.i)  # "five of Soltan's relatives": a person, not a place
    return names, described - names, own


def surnames(doc: Doc) -> frozenset[str]:
    """The last names of the people the article names in full ("Mohamed Soltan")."""
    return frozenset(
        e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title
    )


def found_places(sent: Span, known: frozenset[str], names: set[int]) -> list[Place]:
    """The places of a sentence that are no source's or cue's own words."""
    return [p for p in places_in(sent, known) if not names & set(range(p.start, p.end))]


def where_antecedent(doc: Doc, start: int, lo: int, places: list[Place]) -> Place | None:
    """ "Orum al-Kubrah the town where an attack ... killed around 20 civilians": a figure
    in a "where" clause happened at the place the clause describes (read from the surface:
    the parser often loses the relative clause)."""
    where = next((t for t in reversed(doc[lo:start]) if t.lower_ == "where"), None)
    if where is None or any(where.i < p.start < start for p in places):
        return None
    named = [p for p in places if p.end <= where.i and where.i - p.end <= 3]
    if not named or not all(
        t.lower_ in {"the", ","} or t.lower_ in _WHERE_NOUNS for t in doc[named[-1].end : where.i]
    ):
        return None
    return innermost(doc, named[-1], places)


_WHERE_NOUNS = {"town", "city", "village", "area", "district", "neighbourhood", "neighborhood",
                "camp", "region", "province", "suburb", "market"}  # fmt: skip


def earlier_place(places: list[Place], before: int, word: str) -> str | None:
    earlier = [p for p in places if p.end <= before and p.country == (word == "country")]
    return earlier[-1].text if earlier else None
