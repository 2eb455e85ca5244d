"""Where a figure happened: the place named for it, kept short.

    "in Russia's Kursk region"                 -> Kursk region
    "in the Syrian city of Aleppo"             -> Aleppo
    "on al-Wafideen Camp", "in Idlib province" -> al-Wafideen Camp, Idlib province
    "near Raqqa", "south of Aleppo"            -> near Raqqa, south of Aleppo
    "in the city" (said before: Aleppo)        -> Aleppo

A place is a GPE/LOC/FAC entity, a name the gazetteer knows (`places.is_place`: Kursk,
Hasaka, Idlib, Eastern Ghouta, which a small model tags as products or people), or a
capitalised name with a place word ("Sheikh Maqsoud area", "the town of Jeb al-Jarrah").
Places that modify a group ("Syrian", "Russian") or name a source ("the Britain-based
Observatory") are not where the figure happened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .clauses import title_case
from .kinds import NOISE_NOUNS, PERSON_NOUNS
from .places import country_of, is_country, is_place, possessive_country

__all__ = [
    "ATTACK_EVENTS",
    "DIRECTIONS",
    "PLACE_WORDS",
    "Place",
    "PlaceBook",
    "demonym",
    "event_reference",
    "generic_reference",
    "normalize",
    "places_in",
]

PLACE_WORDS = {
    "region", "province", "governorate", "district", "oblast", "city", "town", "village",
    "countryside", "county", "area", "neighbourhood", "neighborhood", "suburb",
    "camp", "barrens", "river", "valley", "mountains", "mountain", "border", "crossing",
    "airport", "base", "desert", "outskirts", "quarter", "square", "prison",
    "hospital", "island", "islands", "peninsula", "strip", "bank", "coast", "heights", "street",
}  # fmt: skip
_GENERIC_REFERENCES = {"city", "town", "village", "province", "area", "region", "country",
                       "neighbourhood", "neighborhood", "district", "capital", "camp",
                       "suburb", "square"}  # fmt: skip
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeastern", "northwestern", "southeastern", "southwestern", "central", "north-east",
    "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
    "southwest", "rural", "downtown", "down", "upper", "lower", "greater",
}  # fmt: skip
_RELATIONS = {"near", "outside", "south", "north", "east", "west", "southwest", "southeast",
              "northwest", "northeast", "between", "around"}  # fmt: skip
_NOT_PLACES = {
    "observatory", "monitor", "ministry", "council", "agency", "news", "tv", "television",
    "coalition", "army", "forces", "front", "state", "sana", "daesh", "isis", "isil",
    "union", "nations", "helmets", "crescent", "cross", "command", "network", "committee",
    "hamas", "hezbollah", "hizballah", "taliban", "houthis", "houthi", "nusra", "wagner",
    "nato", "ypg", "sdf", "pkk", "al-qaeda", "qaeda", "idf", "is", "commonwealth", "reports",
    "ngo", "online", "rights", "afp", "reuters", "xinhua",
}  # fmt: skip


_CURRENCY_UNITS = {"dollar", "dollars", "cent", "cents"}
_QUALIFIERS = {"residential", "industrial", "commercial", "refugee", "military", "old", "new"}
"""Words between a name and its place word: "al-Furqan residential neighborhood"."""
_METONYMS = {"wall street", "main street", "downing street", "fleet street", "capitol hill"}
"""Places that name who, not where: the markets, the British government, the press."""
_QUARTERS = {"district", "quarter", "neighbourhood", "neighborhood"}


_PLURAL_PLACE_WORDS = {
    "neighborhoods", "neighbourhoods", "villages", "towns", "districts", "areas", "provinces",
    "cities", "regions", "camps", "suburbs", "quarters",
}  # fmt: skip


def _direction_of(doc: Doc, i: int, j: int, limit: int, names: frozenset[str]) -> Place | None:
    """A capitalised run ending in a direction, then "of" and a place: the headline
    "... in Missile Attack Northwest of Hama Province" gives "Northwest of Hama Province"."""
    if not (i < j < limit - 1 and doc[j - 1].lower_ in DIRECTIONS and doc[j].lower_ == "of"):
        return None
    if not _is_name(doc[j + 1]):
        return None
    m = _name_run(doc, j + 1, limit)
    if m < limit and doc[m].lower_ in PLACE_WORDS:
        m += 1
    if not (_known(doc[j + 1].text, names) or doc[m - 1].lower_ in PLACE_WORDS):
        return None
    return Place(doc[j - 1 : m].text, j - 1, m, False, "region")


def _coordinated_places(doc: Doc, j: int, limit: int) -> int | None:
    """The end of "<name> and <name> neighborhoods" when the first name ends at `j`."""
    if j + 2 >= limit or doc[j].lower_ != "and" or not _is_name(doc[j + 1]):
        return None
    k = _name_run(doc, j + 1, limit)
    if k < limit and doc[k].lower_ in _PLURAL_PLACE_WORDS:
        return k + 1
    return None


def _place_list(doc: Doc, j: int, limit: int, names: frozenset[str]) -> int | None:
    """The end of a list of places written without commas that closes with "and": the
    place ending at `j`, then "Aleppo and Idleb" in "in Damascus Aleppo and Idleb"."""
    k = j
    while k < limit:
        coordinated = doc[k].lower_ == "and"
        m = k + 1 if coordinated else k
        if m >= limit or not _is_name(doc[m]):
            return None
        n = _name_run(doc, m, limit)
        if n == m or not _known(doc[m:n].text, names, strict=True):
            return None
        if coordinated:
            return n
        k = n
    return None


def _acronym(text: str) -> bool:
    """ "UN", "U.N.", "UNICEF": an organisation's initials, unless a country's ("U.S.")."""
    letters = text.replace(".", "")
    return letters.isupper() and len(letters) <= 8 and country_of(text) is None


@dataclass(frozen=True, slots=True)
class Place:
    """A place phrase found in a sentence."""

    text: str
    start: int
    end: int
    country: bool = False
    kind: str = "place"
    """The place word that names its kind ("city", "province", "area"), "country", or
    "city" for a name the gazetteer knows as a city."""


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (
        tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start
    )


_LOCATIVE = {"in", "near", "of", "at", "from", "outside", "around", "to", "into", "across"}
_ARTICLES = {"al", "el", "ad", "as", "ar", "an", "ash", "az"}
_CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "ramadan", "diwali", "eid", "christmas", "easter",
    "thanksgiving", "hanukkah", "passover", "nowruz", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat",
}  # fmt: skip


def _name_run(doc: Doc, i: int, limit: int) -> int:
    """End of a run of capitalised name tokens starting at i ("Jeb al-Jarrah"); a run
    stops where a new entity or a date begins ("Damascus Friday", "Syria UNICEF")."""
    j = i
    while j < limit:
        tok = doc[j]
        if j > i and (
            (tok.ent_iob_ == "B" and doc[j - 1].ent_iob_ != "O")
            or tok.ent_type_ in {"DATE", "TIME"}
        ):
            break
        if (
            tok.lower_ == "of"
            and j > i
            and tok.ent_iob_ == "I"
            and j + 1 < limit
            and _is_name(doc[j + 1])
        ):
            j += 1  # "the District of Columbia": one name
            continue
        if tok.lower_ in _CALENDAR or (j > i and _owner(tok)):
            break  # "Damascus Friday", "Deir al-Zor Syrias SANA"
        if j > i and tok.lower_.endswith("ing") and not is_place(tok.text, strict=True):
            break  # a headline's verb: "Near the Town of Manbij Killing 15"
        if (
            j > i
            and doc[j - 1].ent_type_ in {"GPE", "LOC"}
            and not tok.ent_type_
            and tok.lower_ not in PLACE_WORDS
            and not (tok.text == "-" and j + 1 < limit and _is_name(doc[j + 1]))
            and doc[j - 1].text != "-"  # "Deir el-[Zour]": a name goes on after its hyphen
        ):
            break  # "US Aid Worker": the place ends where its entity does
        article = tok.lower_ in _ARTICLES and (
            tok.lower_ in {"al", "el"} or (j + 1 < limit and doc[j + 1].text == "-")
        )
        if (
            _is_name(tok)
            or (article and j + 1 < limit)
            or (tok.text in {"-"} and j + 1 < limit and j > i)
            or tok.lower_.startswith("al-")
            or tok.lower_.startswith("el-")
        ):
            j += 1
        else:
            break
    while j > i and (doc[j - 1].text == "-" or doc[j - 1].lower_ in _ARTICLES):
        j -= 1
    return j


def _strip_possessive(text: str) -> str:
    for mark in ("'s ", "’s "):
        if mark in text:
            text = text.split(mark)[-1]
    return text


_ATTACKS = {
    "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids",
    "shelling", "assault", "bombing", "bombardment", "offensive", "advance", "push",
}  # fmt: skip


ATTACK_EVENTS = _ATTACKS | {
    "airstrike", "bombings", "blast", "blasts", "explosion", "explosions", "fighting",
    "battle", "clashes", "massacre", "bombardments", "assaults",
}  # fmt: skip
"""Nouns of an attack or a fight: what "the attack" takes up, and what a date before it
dates ("a March 16 airstrike")."""


_ACTORS = {
    "air", "regime", "government", "forces", "troops", "army", "military", "rebels", "rebel",
    "jets", "warplanes", "planes", "aircraft", "navy", "police", "militants", "jihadists",
    "president", "state", "media",
}  # fmt: skip
"""What a country's name may stand before as its owner ("Syria forces", "Syria air strike"):
the attack is the country's, not in it."""


_SURROUNDINGS = {"surroundings", "vicinity", "environs", "outskirts", "countryside", "suburbs"}


def _locative(doc: Doc, i: int, floor: int, ent_types: set[str]) -> bool:
    """A name nobody tagged, after "in", "near", "outside", or "on" after an attack:
    "the strike on Heneyda", "in Millis"."""
    if ent_types - {""} or i <= floor:
        return False
    if any(
        t.lower_ in NOISE_NOUNS or t.lower_ in PERSON_NOUNS or t.lower_.endswith("ing")
        for t in doc[i : min(len(doc), i + 3)]
        if t.pos_ in {"PROPN", "NOUN"}
    ):
        return False  # "in Terrorist Attacks", "in Shelling of ...": a headline, not a name
    prep = doc[i - 1]
    if prep.lower_ in {"in", "near", "outside"}:
        return doc[i].pos_ == "PROPN" and not doc[i].is_sent_start
    return prep.lower_ == "on" and prep.head.lower_ in _ATTACKS


def _relation_before_of(doc: Doc, i: int, floor: int) -> int | None:
    """Where "near the city of" starts, for the name at `i` after it (a direction, an
    adjective or a people's may stand before the place word: "near the southern village of",
    "near the Syrian city of")."""
    return _near_the(
        doc, i - 3, floor, lambda t: t.lower_ in DIRECTIONS or t.pos_ == "ADJ" or demonym(t.text)
    )


def _relation_before_capital(doc: Doc, i: int, floor: int) -> int | None:
    """Where "near the capital" starts, for the name at `i` it introduces ("near the
    Syrian capital Damascus")."""
    if i - 1 <= floor or doc[i - 1].lower_ != "capital":
        return None
    return _near_the(doc, i - 2, floor, lambda t: t.pos_ == "ADJ" or demonym(t.text))


def _near_the(doc: Doc, k: int, floor: int, modifier: Callable[[Token], bool]) -> int | None:
    """Where "near the" or "outside the" starts, read back from `k`, the word before a place
    word, past one `modifier`."""
    if k > floor and modifier(doc[k]):
        k -= 1
    if k > floor and doc[k].lower_ == "the" and doc[k - 1].lower_ in {"near", "outside"}:
        return k - 1
    if (
        k - 1 > floor
        and doc[k].lower_ == "the"
        and doc[k - 1].lower_ == "of"
        and doc[k - 2].lower_ in _RELATIONS
    ):
        return k - 2  # "south of the city of Tabqa"
    return None


def _indefinite(doc: Doc, i: int, floor: int) -> bool:
    """Words before `i` that open an indefinite noun phrase: "a", "a predominantly"."""
    k = i - 1
    while k > floor and doc[k].pos_ == "ADV":
        k -= 1
    return k >= floor and doc[k].lower_ in {"a", "an"}


def _arabic_locative(doc: Doc, i: int, floor: int, ent_types: set[str]) -> bool:
    """ "injuring three people in al-Sabbaa Bahrat": a name with an Arabic article after
    "in", which a small model tags as an organisation or a people."""
    if i <= floor or "PERSON" in ent_types or doc[i - 1].lower_ != "in":
        return False
    first = doc[i]
    return first.lower_ in {"al", "el"} or first.lower_.startswith(("al-", "el-"))


def demonym(text: str) -> bool:
    """ "Syrian", "North Korean": a people's adjective, not a place."""
    country = country_of(text)
    return country is not None and text.lower() in {d.lower() for d in country.demonyms}


def _owner(tok: Token) -> bool:
    """ "Syrias Kobani": a country's possessive written without its apostrophe."""
    return possessive_country(tok.text)


_COUNTRY_EVENTS = {
    "war", "conflict", "crisis", "civil", "uprising", "revolution", "fighting", "violence",
}  # fmt: skip
"""What a country's possessive may own and still be where a figure happened: "killed in
Syrias war" (FA-KES drops the apostrophe), not "Turkeys state-run news agency"."""


_SIDES = {"daesh", "is", "isis", "isil", "nusra", "rebel", "rebels", "jihadist", "regime",
          "opposition", "kurdish", "government"}  # fmt: skip
_BODIES = {"council", "front", "army", "brigade", "brigades", "movement", "committee",
           "committees", "party", "union", "forces", "coalition", "organization",
           "organisation", "society", "battalion", "battalions", "division"}  # fmt: skip


def _names_a_body(doc: Doc, j: int, limit: int) -> bool:
    """Does "of the ..." after a name end in a body's word ("the Shields of the Revolution
    Council", "the Sons of the Euphrates Brigade")?"""
    if not (j + 2 < limit and doc[j].lower_ == "of" and doc[j + 1].lower_ == "the"):
        return False
    k = j + 2
    while k < limit and _is_name(doc[k]):
        if doc[k].lower_ in _BODIES:
            return True
        k += 1
    return False


def _the_west(doc: Doc, i: int, j: int, floor: int) -> bool:
    """ "the attack that the West blames on ...", "estranged from the West": the Western
    powers, not a place (unless something happened "in the West")."""
    return (
        doc[i:j].text == "West"
        and i - 1 >= floor
        and doc[i - 1].lower_ == "the"
        and not (i - 2 >= floor and doc[i - 2].lower_ in {"in", "across", "throughout"})
    )


def _known_part(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    """The longest run of words within [i, j) that the gazetteer knows as a place (the
    leftmost of equal length), not a people's adjective nor a direction, with the
    directions before it ("Central Damascus")."""
    for size in range(j - i - 1, 0, -1):
        for a in range(i, j - size + 1):
            text = doc[a : a + size].text
            if (
                is_place(text, strict=True)
                and not demonym(text)
                and not _owner(doc[a])
                and doc[a].lower_ not in DIRECTIONS
            ):
                end = a + size
                while a > i and doc[a - 1].lower_ in DIRECTIONS:
                    a -= 1
                return a, end
    return None


def _country_event(doc: Doc, j: int, limit: int) -> int | None:
    """Where the war or conflict a country's possessive owns stands, past the words that
    describe it: "Syrias [war]", "Syrias three-year [war]", "Syrias multi-front [conflict]"."""
    k = j
    while k < min(limit, j + 7):
        tok = doc[k]
        if tok.lower_ in _COUNTRY_EVENTS:
            return k
        if not ((tok.is_lower and tok.pos_ in {"ADJ", "NUM", "NOUN"}) or tok.text == "-"):
            return None
        k += 1
    return None


def _known(text: str, names: frozenset[str], strict: bool = False) -> bool:
    key = normalize(text)
    return is_place(text, strict=strict) or (bool(key) and key in names)


def normalize(text: str) -> str:
    """A place's bare name as a lookup key: "the Sheikh Maqsoud area" gives "sheikh maqsoud"."""
    words = [w for w in text.lower().split() if w not in PLACE_WORDS and w != "the"]
    return " ".join(w for w in words if w not in DIRECTIONS)


def places_in(span: Span, names: frozenset[str] = frozenset()) -> list[Place]:
    """Every place phrase in `span`, in order; `names` are bare names the article has
    already used as places ("Sheikh Maqsoud" after "the Sheikh Maqsoud area")."""
    doc = span.doc
    out: list[Place] = []
    headline = title_case(span)
    i = span.start
    while i < span.end:
        tok = doc[i]
        prefixed = tok.lower_.startswith(("al-", "el-"))
        if not (_is_name(tok) or prefixed) or (
            tok.text[:1].islower() and tok.lower_ not in _ARTICLES and not prefixed
        ):  # not a lower-case word the tagger took for a name ("on jihadist camp")
            i += 1
            continue
        j = _name_run(doc, i, span.end)
        if j == i:
            i += 1
            continue
        stem = doc[i].text[:-1]
        if (
            doc[i].text.endswith("s")
            and len(stem) > 3
            and not is_place(doc[i].text, strict=True)
            and is_place(stem, strict=True)
            and country_of(stem) is None
            and stem.lower() not in _NOT_PLACES
            and not _acronym(stem)  # "SANAs correspondent": the agency's
            and i + 1 < span.end
            and (doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ == "NOUN")
        ):
            # "Kobanis Kurdish defenders": a place's possessive without its apostrophe
            out.append(Place(stem, i, i + 1, False, "city"))
            i += 1
            continue
        if j - i == 1 and _owner(doc[i]):
            # "in Syrias northern Idlib province": an owner, not the place; "Syrias war"
            # is the country's
            nxt = doc[j] if j < span.end else None
            event = _country_event(doc, j, span.end)
            # "killed in Syrias war", "Syrias six-year-old civil war has killed"; not "took
            # Syrias civil war to"
            where = event is not None and (
                (i > span.start and doc[i - 1].lower_ in _LOCATIVE)
                or any(t.dep_ in {"nsubj", "nsubjpass"} for t in span[event - span.start :][:2])
            )
            if nxt is not None and (where or nxt.lower_ in _PLURAL_PLACE_WORDS):
                # "on Syrias towns and cities"
                out.append(Place(doc[i].text[:-1], i, j, True, "country"))
            i = j
            continue
        if j - i > 1 and (
            _owner(doc[i]) or (demonym(doc[i].text) and doc[i + 1].ent_type_ in {"GPE", "LOC"})
        ):
            i += 1  # "Syrias Kobani", "Syrian Hama"
        elif j - i > 1 and not _known(doc[i:j].text, names):
            # "Syrias Kobani" tagged as one organisation: the longest known tail
            tail = next(
                (
                    k
                    for k in range(i + 1, j)
                    if normalize(doc[k:j].text) in names
                    or (doc[k].ent_type_ in {"GPE", "LOC"} and _known(doc[k:j].text, names))
                ),
                None,
            )
            if tail is not None:
                i = tail
            elif headline:
                # "Strike on Raqqa Kills 20", "Mortar Attack Targets Damascus School Claims
                # 11": a title-case run holds the place among the headline's words
                known_part = _known_part(doc, i, j)
                if known_part is not None:
                    i, j = known_part
        if j - i > 1 and is_country(doc[j - 1].text) and _known(doc[i : j - 1].text, names):
            j -= 1  # "south of the city of Tabqa Syria": the town, then its country
        relative = _direction_of(doc, i, j, span.end, names)
        if relative is not None:
            out.append(relative)  # "in Missile Attack Northwest of Hama Province"
            i = relative.end
            continue
        block = next((k for k in range(i + 1, j) if doc[k].lower_ in _NOT_PLACES), None)
        if (
            block is not None
            and i > span.start
            and (doc[i - 1].lower_ in _LOCATIVE | DIRECTIONS or _owner(doc[i - 1]))
        ):
            # "in east Syria Monitor AFP", "in Southern Aleppo Syrian Coalition Mourns": the
            # place, then the headline's source; the longest known name before it
            first = i
            while first < block and doc[first].lower_ in DIRECTIONS:
                first += 1
            known_end = next(
                (
                    k
                    for k in range(block, first, -1)
                    if _known(doc[first:k].text, names, strict=True)
                ),
                None,
            )
            if known_end is not None:
                j = known_end
        tok = doc[i]
        words = doc[i:j]
        text = words.text
        ent_types = {t.ent_type_ for t in words}
        if text.lower() in _METONYMS:
            i = j
            continue
        if ent_types & {"PERSON", "ORG", "NORP", "DATE", "TIME"} and not (
            ent_types & {"GPE", "LOC", "FAC"}
        ):
            # a person's name is a place only where the article used it as one
            person = "PERSON" in ent_types and not (
                i > span.start and doc[i - 1].lower_ in _LOCATIVE
            )
            known = normalize(text) in names if person else _known(text, names, strict=True)
        else:
            known = bool(ent_types & {"GPE", "LOC", "FAC"}) or _known(text, names)
        nxt = doc[j] if j < span.end else None
        blocked = (
            any(t.lower_ in _NOT_PLACES for t in words)
            or _acronym(text)
            or (nxt is not None and nxt.lower_ in _CURRENCY_UNITS)  # "one Singapore cent"
            or (
                i >= 2
                and doc[i - 1].text == "-"
                and doc[i - 2].lower_ in {"pro", "anti", "non", "post", "pre", "ex"}
            )  # "pro-Morales demonstrators": a side, not a place
            or _the_west(doc, i, j, span.start)
            # "Killed in Barrel Bomb Attack on Rural Aleppo", "killed in Airstrike on
            # Village": a headline's event, tagged a facility or a place
            or words[-1].lower_ in _ATTACKS | {"blast", "explosion", "bomb"}
        )
        if blocked:
            known = False
        # "the Sheikh Maqsoud area", "the town of Jeb al-Jarrah", "al-Wafideen Camp"
        before = doc[max(span.start, i - 2) : i]
        place_word_after = nxt is not None and nxt.lower_ in PLACE_WORDS
        if (
            not place_word_after
            and nxt is not None
            and nxt.lower_ in _QUALIFIERS
            and j + 1 < span.end
            and doc[j + 1].lower_ in PLACE_WORDS
        ):
            # "al-Furqan residential neighborhood", "Yarmouk refugee camp"
            place_word_after = True
            nxt = doc[j + 1]
            j += 1
        joined = _coordinated_places(doc, j, span.end)
        if joined is not None:
            place_word_after = True
        of_place = len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in PLACE_WORDS
        # "the neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh": all of them, one place
        plural_of = (
            len(before) == 2
            and before[1].lower_ == "of"
            and before[0].lower_ in _PLURAL_PLACE_WORDS
            and not blocked
        )
        if words[-1].lower_ in PLACE_WORDS and j - i > 1:
            place_word_after = True
        # "in the surroundings of al-Mreiiyeh", "the outskirts of Harasta"
        surrounded = (
            len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in _SURROUNDINGS
        )
        if not (
            known
            or place_word_after
            or of_place
            or plural_of
            or (surrounded and not blocked)
            or (not blocked and _locative(doc, i, span.start, ent_types))
            or (not blocked and _arabic_locative(doc, i, span.start, ent_types))
        ):
            i = j
            continue
        quarter = (
            nxt is not None
            and nxt.lower_ in _QUARTERS
            and not (j + 1 < span.end and doc[j + 1].lower_ == "of")
        )  # "the Armenian district", "the Christian quarter": a named part of a city
        if (demonym(text) and not quarter) or (
            tok.ent_type_ == "NORP"
            and (not is_place(text, strict=True) or text.endswith("s"))  # "Alawites"
            # "al-Hamediyeh neighborhood", "the towns of Huraytan ..."
            and not (place_word_after or of_place or surrounded or plural_of)
        ):
            i = j
            continue
        if (
            nxt is not None
            and nxt.lower_ in {"'s", "’s", "'", "’"}
            and j + 1 < span.end
            and _is_name(doc[j + 1])
        ):
            i = j  # "Russia's Kursk region": the owner yields to the named place
            continue
        if (
            nxt is not None
            and nxt.lower_ in PLACE_WORDS
            and not known
            and j + 2 < span.end
            and doc[j + 1].lower_ == "of"
            and _is_name(doc[j + 2])
            and all(t.ent_type_ == "NORP" or t.pos_ == "ADJ" for t in words)
        ):
            i = j  # "the Arab Sunni village of Bab Alfaraj": the place is the name after "of"
            continue
        if (
            text.isupper()
            and len(text) > 3
            and nxt is not None
            and nxt.text in {"(", "-", "–", "—"}
        ):
            i = j  # "MOSCOW (Sputnik)", "BEIRUT -": a dateline, where the story was filed
            continue
        if not known and place_word_after and _indefinite(doc, i, span.start):
            i = j  # "in a predominantly Kurdish town": a description, not a name
            continue
        if place_word_after and all(t.lower_ in _SIDES for t in words):
            i = j  # "in Daesh town in Syria": whose town, not its name
            continue
        if _names_a_body(doc, j, span.end):
            i = j  # "the Shields of the Revolution Council": a group's name, not a place
            continue
        if all(t.lower_ in PLACE_WORDS for t in words) and doc[i - 1].lower_ != "the":
            i = j  # "Attack on Village in Syrian Hama": a title-case common noun
            continue
        if nxt is not None and nxt.lower_ in {"dollar", "dollars", "time", "stock"}:
            i = j  # "88 billion Hong Kong dollars", "New York time": not where
            continue
        if (
            nxt is not None
            and nxt.lower_ in _ACTORS | _ATTACKS
            and country_of(text) is not None
            and is_country(text)
            # not "in eastern Syria State media", where the headline's source follows
            and not (i > span.start and doc[i - 1].lower_ in DIRECTIONS)
        ):
            i = j  # "Syria air raids kill 25", "Russia strikes kill 120": whose, not where
            continue
        if nxt is not None and nxt.text == "-" and j + 1 < span.end and doc[j + 1].is_lower:
            i = j  # "US-led", "Britain-based": a modifier, not a place
            continue
        start, end = i, j
        if place_word_after and nxt is not None and nxt.lower_ in PLACE_WORDS:
            end = j + 1
            while end < span.end and doc[end].lower_ in PLACE_WORDS:
                end += 1  # "the Atmeh border crossing"
        if plural_of:
            start = i - 2
            # "the towns of Huraytan Hayyan Anadan ... Babees and Anjara": every name of
            # the list, however the model split them into entities
            while end < span.end:
                if doc[end].lower_ == "and" and end + 1 < span.end and _is_name(doc[end + 1]):
                    end = _name_run(doc, end + 1, span.end)
                elif _is_name(doc[end]) and doc[end].lower_ not in _CALENDAR:
                    nxt_end = _name_run(doc, end, span.end)
                    if nxt_end == end:
                        break
                    end = nxt_end
                else:
                    break
            out.append(Place(doc[start:end].text, start, end, False, before[0].lower_))
            i = end
            continue
        if joined is not None:
            end = joined  # "al-Sulimaniah and al-Furqan neighborhoods": both, one place
        elif end == j and _known(doc[i:j].text, names, strict=True):
            end = _place_list(doc, end, span.end, names) or end
        # a direction before the name: "western Aleppo", "eastern rural Deir Ezzor"
        while start > span.start and doc[start - 1].lower_ in DIRECTIONS:
            start -= 1
        if (
            start > span.start + 1
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in _RELATIONS
        ):
            start -= 2  # "south of Aleppo"
        elif start > span.start and doc[start - 1].lower_ in {"near", "outside"}:
            start -= 1
        elif of_place and (relation := _relation_before_of(doc, i, span.start)) is not None:
            start = relation  # "near the (southern) village of Shajara": kept with its relation
        elif (
            of_place
            and i >= span.start + 5
            and doc[i - 3].lower_ == "the"
            and doc[i - 4].lower_ == "of"
            and doc[i - 5].lower_ in _SURROUNDINGS
        ):
            start = i - 5  # "the outskirts of the village of Tokhar": where around it
        elif (relation := _relation_before_capital(doc, i, span.start)) is not None:
            start = relation  # "outside the capital Damascus", "near the Syrian capital Damascus"
        text = _strip_possessive(doc[start:end].text)
        if text.lower().startswith(("the ",)):
            text = text[4:]
        country = is_country(doc[i:j].text)
        kind = "country" if country else "place"
        if end > j and doc[j].lower_ in PLACE_WORDS:
            kind = doc[j].lower_
        elif of_place:
            kind = before[0].lower_
        elif words[-1].lower_ in PLACE_WORDS:
            kind = words[-1].lower_
        elif kind == "place" and is_place(doc[i:j].text, strict=True):
            kind = "city"
        out.append(Place(text, start, end, country, kind))
        i = max(j, end)
    return sorted(out + _borders(span, out), key=lambda p: p.start)


_BORDERS = {"border", "frontier"}


def _borders(span: Span, found: list[Place]) -> list[Place]:
    """ "near the Turkish border", "on the Jordanian border": a border told by the people
    whose country lies beyond it (no name of its own to find)."""
    doc = span.doc
    taken = {k for p in found for k in range(p.start, p.end)}
    out = []
    for k in range(span.start + 2, span.end):
        if doc[k].lower_ not in _BORDERS or not demonym(doc[k - 1].text) or k in taken:
            continue
        if doc[k - 2].lower_ != "the" or k - 3 < span.start or doc[k - 3].pos_ != "ADP":
            continue
        start = k - 3 if doc[k - 3].lower_ in {"near", "outside"} else k - 1
        out.append(Place(doc[start : k + 1].text, start, k + 1, False, "border"))
    return out


class PlaceBook:
    """The places an article has named so far, to resolve "the city", "the town"."""

    def __init__(self) -> None:
        self.seen: list[Place] = []
        self.events: list[Place] = []
        """Places that were a figure's location."""
        self.names: frozenset[str] = frozenset()

    def note_event(self, place: Place) -> None:
        self.events.append(place)

    def note(self, places: list[Place]) -> None:
        self.seen.extend(places)
        self.names = self.names | {
            key for p in places if len(p.text) > 3 and (key := normalize(p.text))
        }

    def note_attack(self, sent: Span, places: list[Place]) -> None:
        """The place of a sentence that tells an attack but counts no one: what "the
        attack" of a later toll takes up."""
        named = [p for p in places if not p.country and p.text.lower() not in DIRECTIONS]
        attack = any(t.lower_ in ATTACK_EVENTS or t.lemma_.lower() in _ATTACK_VERBS for t in sent)
        if named and attack:
            self.events.append(named[-1])

    def last_event(self) -> str | None:
        """Where the latest placed figure happened: what "the strikes" take up."""
        return _bare(self.events[-1].text) if self.events else None

    def resolve(self, word: str) -> str | None:
        """The place that "the <word>" stands for: the latest one of that kind ("the city"
        is the last city named, "the province" the last province), places where figures
        happened first ("cooperates with Damascus" names a government), else, for a place
        word other than "country", the latest place that is not a country."""
        kinds = _KINDS.get(word, {word})
        for place in reversed(self.events):
            if place.kind in kinds and " of " not in place.text:
                return _bare(place.text)
        for place in reversed(self.seen):
            if place.kind in kinds and " of " not in place.text:
                return _bare(place.text)
        if word == "country":
            return None
        for place in reversed(self.seen):
            if not place.country and place.kind == "place" and " of " not in place.text:
                return _bare(place.text)
        return None


_KINDS = {
    "suburb": {"suburb", "town", "district", "area"},
    "square": {"square"},
    "city": {"city", "capital"},
    "capital": {"city", "capital"},
    "town": {"town", "city", "village"},
    "village": {"village", "town"},
    "province": {"province", "governorate", "region"},
    "region": {"region", "province", "governorate"},
    "country": {"country"},
    "neighbourhood": {"neighbourhood", "neighborhood", "district", "area", "quarter"},
    "neighborhood": {"neighbourhood", "neighborhood", "district", "area", "quarter"},
    "area": {"area", "neighbourhood", "neighborhood", "district"},
}


def _bare(text: str) -> str:
    """ "near Raqqa" -> "Raqqa", "near the Syrian city of Aleppo" -> "Aleppo": a place taken
    up again loses its relation and its description."""
    for prefix in ("near ", "outside ", "south of ", "north of ", "east of ", "west of "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    words = text.split()
    if words and words[0].lower() == "the" and " of " in text:
        head, _, name = text.partition(" of ")
        if head.split()[-1].lower() in PLACE_WORDS:
            return name
    return text


def generic_reference(doc: Doc, scope: list[Token]) -> str | None:
    """ "the city" / "the town" in a figure's clause, not followed by "of X"."""
    for tok in scope:
        if tok.lower_ not in _GENERIC_REFERENCES:
            continue
        k = tok.i - 1
        while k > 0 and (
            (doc[k].pos_ in {"ADJ", "VERB"} and doc[k].dep_ == "amod")
            or (doc[k].pos_ == "ADV" and doc[k].head.dep_ == "amod")
            or doc[k].lower_ in {"same", "-"}
        ):
            k -= 1  # "the central city", "the besieged town", "the same square"
        if k >= 0 and doc[k].lower_ == "the":
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
                continue
            if tok.dep_ in {"pobj", "nsubj", "nsubjpass"} or tok.head.lower_ in {
                "in", "near", "across", "around",
            }:  # fmt: skip
                # "in the town", "The town has become home to tens of thousands"
                return tok.lower_
    return None


_ATTACK_VERBS = {"explode", "detonate", "strike", "hit", "bomb", "shell", "target", "attack", "ram"}
_ANAPHORIC = {"the", "this", "these", "that", "those"}
_VICTIMS = {"dead", "victims", "killed", "casualties"}


def event_reference(doc: Doc, scope: list[Token]) -> bool:
    """The figure's clause takes up an event told before: "the strikes have killed 122",
    "killed in the raids since Thursday", "this battle", "among the dead were 20 children",
    "14 children were among those killed"."""
    for tok in scope:
        word = tok.lower_
        if word not in ATTACK_EVENTS and word not in _VICTIMS:
            continue
        k = tok.i - 1
        while k >= 0 and doc[k].dep_ in {"amod", "compound"} and doc[k].head.i > k:
            k -= 1  # "the Russian air strikes"
        if k < 0 or doc[k].lower_ not in _ANAPHORIC:
            continue
        if word in _VICTIMS and (k == tok.i - 1) and (word != "killed" or doc[k].lower_ == "those"):
            return True
        if word in ATTACK_EVENTS:
            return True
    return False
