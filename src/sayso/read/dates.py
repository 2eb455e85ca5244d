"""When a page was published, from the page itself: never the crawl date, never today.

In order of trust: a full date in the URL's path (`/2019/11/19/`, set when the story
was filed), the `datePublished` of the page's JSON-LD article (what the publisher tells
search engines), then htmldate's search of the meta tags, the markup and the text for
the original (not the last-modified) date. The date is the publisher's calendar day: a
JSON-LD timestamp in UTC is read in the time zone of the site's country domain, where
known (a Canadian story posted at 00:23 UTC was published the evening before).
Measured on the 195 dated pages of the htmldate MediaCloud 2020 set in
bench/extraction.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser
import lxml.html
from htmldate import find_date

__all__ = ["dateline_date", "find_dateline", "json_ld", "published_date"]

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=/|[-_.]|$)")
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_UTC_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|\+00:?00)$")
_ZONES = {
    "uk": "Europe/London", "ie": "Europe/Dublin", "fr": "Europe/Paris", "de": "Europe/Berlin",
    "it": "Europe/Rome", "es": "Europe/Madrid", "pt": "Europe/Lisbon", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "gr": "Europe/Athens", "tr": "Europe/Istanbul", "ua": "Europe/Kyiv",
    "ru": "Europe/Moscow", "il": "Asia/Jerusalem", "lb": "Asia/Beirut", "sy": "Asia/Damascus",
    "jo": "Asia/Amman", "eg": "Africa/Cairo", "sa": "Asia/Riyadh", "ae": "Asia/Dubai",
    "ir": "Asia/Tehran", "pk": "Asia/Karachi", "in": "Asia/Kolkata", "cn": "Asia/Shanghai",
    "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "jp": "Asia/Tokyo", "kr": "Asia/Seoul",
    "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "id": "Asia/Jakarta", "ph": "Asia/Manila",
    "au": "Australia/Sydney", "nz": "Pacific/Auckland", "ca": "America/Toronto",
    "mx": "America/Mexico_City", "br": "America/Sao_Paulo", "ar": "America/Argentina/Buenos_Aires",
    "cl": "America/Santiago", "co": "America/Bogota", "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos", "ke": "Africa/Nairobi",
}  # fmt: skip
"""Country domains and the time zone of their capital or largest newsroom city: a UTC
timestamp's calendar day is not the day the page prints for its readers."""
_ARTICLE_TYPES = ("NewsArticle", "Article", "ReportageNews", "BlogPosting", "AnalysisNewsArticle")


_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})\b"
_DATELINES = (
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+{_YEAR}", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+{_YEAR}", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})[-.](?P<month>\d{1,2})[-.](?P<year>(?:19|20)\d{2})\b"),
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d{2})\b"),
)
_DATELINE_SPAN = 250
"""Characters at the top of a text in which a date is its dateline, not an event's."""


def dateline_date(text: str) -> str | None:
    """The date at the top of a plain-text article (see `find_dateline`)."""
    found = find_dateline(text)
    return found[1] if found else None


def find_dateline(text: str) -> tuple[int, str] | None:
    """Where and which date sits at the top of a plain-text article ("Friday 15 Aug 2014",
    "30-11-2014", "Posted on July 12 2016 by..."), as printed by the site above the story.

    Only the first 250 characters are searched, where sites print the date; numeric
    dates are day first with dashes or dots and month first with slashes, as written in
    Europe and the US.
    """
    head = text[:_DATELINE_SPAN]
    found: list[tuple[int, str]] = []
    today = dt.date.today()
    for pattern in _DATELINES:
        match = pattern.search(head)
        if not match:
            continue
        month = match.group("month")
        number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        try:
            day = dt.date(int(match.group("year")), number, int(match.group("day")))
        except ValueError:
            continue
        if dt.date(1990, 1, 1) <= day <= today:
            found.append((match.start(), day.isoformat()))
    return min(found) if found else None


def json_ld(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, outer ones first (`@graph` members included)."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        queue: list[Any] = [data]
        while queue:
            item = queue.pop(0)
            if isinstance(item, list):
                queue.extend(item)
            elif isinstance(item, dict):
                yield item
                queue.extend(v for v in item.values() if isinstance(v, (dict, list)))


def _is_article(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds)


def _local_day(value: str, zone: ZoneInfo | None) -> str | None:
    """The calendar day of a UTC timestamp where the publisher is (`zone`), else None."""
    if zone is None or not _UTC_STAMP.match(value.strip()):
        return None
    stamp = value.strip().replace("Z", "+00:00")
    stamp = re.sub(r":(\d)(?=\+)", r":0\1", stamp)  # "23:15:0Z", as some sites write it
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment.astimezone(zone).date().isoformat()


def _zone(url: str | None) -> ZoneInfo | None:
    """The time zone of a publisher's country, from its address's country domain."""
    host = (urlsplit(url).hostname or "") if url else ""
    country = host.rsplit(".", 1)[-1] if "." in host else ""
    name = _ZONES.get(country)
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _day(value: str, today: dt.date, zone: ZoneInfo | None = None) -> str | None:
    match = _ISO_DAY.match(value)
    if match:
        text = _local_day(value, zone) or match.group(1)
    else:
        parsed = dateparser.parse(value, languages=["en"])
        if parsed is None:
            return None
        text = parsed.date().isoformat()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return text if dt.date(1990, 1, 1) <= day <= today else None


def _from_url(url: str | None, today: dt.date) -> str | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return day.isoformat() if day <= today else None


def _from_json_ld(tree: lxml.html.HtmlElement, today: dt.date, zone: ZoneInfo | None) -> str | None:
    found = [item for item in json_ld(tree) if isinstance(item.get("datePublished"), str)]
    found.sort(key=lambda item: not _is_article(item))  # the article's own date first
    for item in found:
        day = _day(item["datePublished"], today, zone)
        if day:
            return day
    return None


def published_date(tree: lxml.html.HtmlElement, url: str | None = None) -> str | None:
    """The page's publication date as `YYYY-MM-DD`, or None when the page does not say.

    `tree` is the parsed page; `url` its address where known (fetched, archived or
    declared by the page's canonical link).
    """
    today = dt.date.today()
    day = _from_url(url, today) or _from_json_ld(tree, today, _zone(url))
    if day:
        return day
    try:
        found = find_date(
            tree,
            url=url,
            original_date=True,
            extensive_search=True,
            outputformat="%Y-%m-%d",
            max_date=today.isoformat(),
        )
    except (ValueError, TypeError, RecursionError):
        return None
    return str(found) if found else None
