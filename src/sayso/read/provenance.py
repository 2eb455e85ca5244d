"""Where a story comes from: original publisher, republishing site, byline.

Rules that read a single paragraph (or line) of a page and say what it tells about the
story's provenance. Both readers (plain text and HTML) use them, so that
"This article was originally published on NBCNews.com" means the same in either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "WIRES",
    "Provenance",
    "author_from_byline",
    "bio_of",
    "credited_authors",
    "name_from_domain",
    "publisher_from_line",
    "split_author_credit",
    "wire_from_dateline",
]

WIRES: dict[str, str] = {
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "upi": "United Press International",
    "dpa": "Deutsche Presse-Agentur",
    "xinhua": "Xinhua",
    "anadolu": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "efe": "EFE",
    "ansa": "ANSA",
    "pti": "Press Trust of India",
    "ians": "IANS",
    "cnn": "CNN",
    "bloomberg": "Bloomberg",
    "tass": "TASS",
    "sana": "SANA",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo News",
}
"""Wire services and agencies whose credit in a dateline names the original publisher."""

_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # a capitalised word; inner dots only ("U.S")
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|of|the|and|for|de|du|al-\w+))*"
_DOMAIN = r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"

_ORIGINALLY = re.compile(
    r"\b(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:on|in|at|by)\s+"
    rf"(?P<who>{_DOMAIN}|{_NAME})",
)
_REPUBLISHED = re.compile(
    rf"\b(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?from\s+(?P<who>{_DOMAIN}|{_NAME})",
    re.I,
)
_SOURCE_LINE = re.compile(rf"^(?:Source|Via|Courtesy of)\s*:\s*(?P<who>{_DOMAIN}|{_NAME})\s*\.?$")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’ -]{1,40},?\s*(?:[A-Z][A-Za-z.]+\s*)?)?"  # WASHINGTON / BEIRUT, Lebanon
    r"\((?P<wire>[A-Za-z][A-Za-z .-]{0,30})\)\s*[-—–:]"
)
_BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][\w.'’ -]+(?:(?:,|\s+and|\s*&)\s+[A-Z][\w.'’ -]+)*)$")
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:is|was|has been)\s+an?\s+"
    r"(?:[\w-]+\s+){0,4}?(?:writer|editor|reporter|journalist|correspondent|contributor|"
    r"columnist|author|producer|freelancer|blogger|analyst)\b"
)
_WRITES_FOR = re.compile(
    r"\b(?:writes|reports|works|covers\s+[\w ,&]+?|writes\s+about\s+[\w ,&]+?)\s+(?:for|at)\s+"
    rf"(?P<site>{_NAME})\s*\."
)
_CREDIT = re.compile(
    r"^\(?(?i:reporting|writing|reported)\s+by\s+(?P<names>[^;()]+?)(?:\s*[;)]|\s+in\s+[A-Z]|$)"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(slots=True)
class Provenance:
    """What one line says about the story's origin; every field may be empty."""

    publisher: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()


def name_from_domain(domain: str) -> str:
    """A readable outlet name from its domain: `NBCNews.com` gives `NBC News`.

    Capitals in the domain as written mark the words; a domain in lower case stays as
    it is (without `www.`), since guessing word breaks would invent names.
    """
    host = domain.strip().removeprefix("www.").removeprefix("WWW.")
    stem, _, _tld = host.partition(".")
    if any(ch.isupper() for ch in stem):
        return _CAMEL.sub(" ", stem).strip()
    return host


def _clean_name(who: str) -> str:
    who = who.strip().rstrip(".")
    if re.fullmatch(_DOMAIN, who):
        return name_from_domain(who)
    return WIRES.get(who.lower(), who)


def publisher_from_line(line: str) -> str | None:
    """The original publisher named by a provenance line, if the line is one.

    "This article was originally published on NBCNews.com" gives `NBC News`;
    "Source: Reuters" gives `Reuters`.
    """
    text = line.strip()
    for pattern in (_ORIGINALLY, _REPUBLISHED, _SOURCE_LINE):
        match = pattern.search(text)
        if match:
            return _clean_name(match.group("who"))
    return None


def wire_from_dateline(paragraph: str) -> str | None:
    """The agency credited in a wire dateline: "SYDNEY (Reuters) -" gives `Reuters`."""
    match = _DATELINE.match(paragraph.strip())
    if not match:
        return None
    return WIRES.get(match.group("wire").strip().lower())


def split_author_credit(author: str) -> tuple[str, str | None]:
    """A byline's name and the wire it credits: "ERIC TUCKER Associated Press" gives
    ("Eric Tucker", "Associated Press"). Names printed in capitals get title case."""
    name, wire = author.strip().rstrip(","), None
    lowered = name.lower()
    for credit in sorted(WIRES, key=len, reverse=True):
        if lowered.endswith((" " + credit, ", " + credit)) and len(credit) > 2:
            name, wire = name[: -len(credit)].rstrip(" ,"), WIRES[credit]
            break
    if name.isupper() and len(name) > 3:
        name = " ".join(part.capitalize() for part in name.split())
    return name, wire


def author_from_byline(line: str) -> list[str]:
    """Names in a byline: "By Alexandra Alper and Tim Reid" gives both names."""
    match = _BYLINE.match(line.strip())
    if not match:
        return []
    names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names"))
    return [name.strip() for name in names if len(name.split()) >= 2]


def credited_authors(line: str) -> list[str]:
    """Reporters credited at the foot of a wire story: "(Reporting by Will Dunham; Editing
    by Tom Brown)" gives `Will Dunham`; editors are not authors."""
    match = _CREDIT.match(line.strip())
    if not match:
        return []
    names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names"))
    return [n.strip() for n in names if 2 <= len(n.split()) <= 4 and n.strip()[:1].isupper()]


def bio_of(paragraph: str) -> Provenance | None:
    """An author bio: "Jane Doe is a writer ... She writes ... for Daily Planet." gives
    author `Jane Doe` and site `Daily Planet`."""
    text = paragraph.strip()
    match = _BIO.match(text)
    if not match:
        return None
    site = _WRITES_FOR.search(text)
    return Provenance(
        site=site.group("site").strip() if site else None,
        authors=(match.group("name"),),
    )
