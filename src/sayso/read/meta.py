"""What a page's markup says about the story: headline, site, original publisher.

The head of a page names the site (`og:site_name`), the story's address (the canonical
link) and, in JSON-LD, the article's publisher and the organisation it comes from. A
syndicated copy often tells its origin there: a canonical link to the original
publisher's domain, a JSON-LD `sourceOrganization`/`provider`, or a JSON-LD
`publisher` that is not the site. These rules read such signals; the text rules
(`provenance.py`: datelines, "originally published on") come first in the HTML reader.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from .dates import json_ld
from .provenance import WIRES, name_from_domain

__all__ = ["HeadInfo", "host_of", "publisher_from_domain", "read_head", "same_outlet"]

_SEPARATORS = re.compile(r"\s+[-|–—:·•»]\s+")
_ORG_WORDS = re.compile(
    r"\b(?:news|press|media|group|inc|llc|ltd|corp|agency|staff|nast|times|post|network)\b", re.I
)


@dataclass(slots=True)
class HeadInfo:
    """The page's own account of itself; every field may be empty."""

    headline: str | None = None
    site: str | None = None
    canonical: str | None = None
    publisher: str | None = None
    """The original publisher, where the markup names one other than the site."""
    authors: list[str] = field(default_factory=list)


def host_of(url: str | None) -> str | None:
    """`reuters.com` for `https://www.reuters.com/article/...` (None for no URL)."""
    if not url:
        return None
    host = urlsplit(url.strip()).hostname or ""
    return host.removeprefix("www.") or None


_SECOND_LEVEL = {"com", "co", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "sc"}


def _stem(host: str) -> str:
    """The registered name of a host: `reuters` for `uk.reuters.com` or `bbc.co.uk`."""
    parts = [p for p in host.lower().split(".") if p]
    if len(parts) < 2:
        return host.lower()
    if len(parts[-1]) == 2:  # a country: co.uk, com.br, sc.gov.br
        parts.pop()
        while len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
            parts.pop()
        return parts[-1]
    return parts[-2]


def same_outlet(a: str, b: str) -> bool:
    """Two names or hosts of one outlet: `reuters.com`, `Reuters`, `uk.reuters.com`."""

    def key(text: str) -> str:
        text = text.lower().strip()
        if "." in text and " " not in text:
            text = _stem(text.removeprefix("www."))
        return re.sub(r"[^a-z0-9]", "", text.removeprefix("the "))

    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka == kb or ka in kb or kb in ka)


def publisher_from_domain(host: str) -> str:
    """A wire's name from its domain (`apnews.com` gives `Associated Press`), else the name
    the domain spells (`NBCNews.com` gives `NBC News`, `reuters.com` gives `Reuters`)."""
    stem = _stem(host).lower()
    for key in (stem, stem.removesuffix("news"), stem.removeprefix("the")):
        if key in WIRES:
            return WIRES[key]
    return name_from_domain(host)


def _meta(tree: lxml.html.HtmlElement, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            for element in tree.iterfind(f".//meta[@{attr}='{key}']"):
                value = (element.get("content") or "").strip()
                if value:
                    return value
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list) and value:
        return _name(value[0])
    return None


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)


def _unescaped(text: str) -> str:
    """A title escaped twice by its CMS ("Australian &#039;megablaze&#039;") read once more."""
    return html.unescape(text) if _ENTITY.search(text) else text


def _headline(tree: lxml.html.HtmlElement, titles: list[str]) -> str | None:
    """The page's `h1` when it is the story's headline (it shares most words with the
    `<title>` or `og:title`), else the title without the site's name."""
    words = {w for title in titles for w in re.findall(r"\w+", title.lower())}
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        mine = re.findall(r"\w+", text.lower())
        if len(mine) >= 3 and sum(w in words for w in mine) >= 0.6 * len(mine):
            return text
    return titles[0] if titles else None


def strip_site(title: str, site: str | None, host: str | None) -> str:
    """`Strikes kill 12 - Daily Planet` gives `Strikes kill 12` when the part after the
    last separator names the site."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1]
    if any(name and same_outlet(last, name) for name in (site, host)):
        return title[: title.rfind(last)].rstrip(" -|–—:·•»")
    return title


def read_head(tree: lxml.html.HtmlElement, url: str | None = None) -> HeadInfo:
    """Headline, site, canonical URL, original publisher and authors from the markup."""
    info = HeadInfo()
    canonical = None
    for link in tree.iterfind(".//link[@rel='canonical']"):
        canonical = (link.get("href") or "").strip() or None
        break
    info.canonical = canonical or _meta(tree, "og:url")
    info.site = _meta(tree, "og:site_name", "application-name")
    article: dict[str, Any] | None = None
    for item in json_ld(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(
            isinstance(k, str) and k.endswith(("Article", "NewsArticle", "Posting")) for k in kinds
        ):
            article = item
            break
    own_host = host_of(url) or host_of(info.canonical if not url else None)
    if article is not None:
        origin = _name(article.get("sourceOrganization")) or _name(article.get("provider"))
        publisher = _name(article.get("publisher"))
        if origin:
            info.publisher = WIRES.get(origin.lower(), origin)
        elif (
            publisher and publisher.lower() in WIRES and not same_outlet(publisher, info.site or "")
        ):
            # a wire named as the publisher by the site that runs its story (Hearst's
            # papers for AP); other names differing from the site are mostly the site's
            # own brands or platforms ("WSJ" for "Wall Street Journal", "Blogger")
            info.publisher = WIRES[publisher.lower()]
        info.site = info.site or publisher
        authors = article.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = _name(author)
            is_org = isinstance(author, dict) and author.get("@type") == "Organization"
            if name and not is_org and name not in info.authors and not _ORG_WORDS.search(name):
                info.authors.append(name)
    canonical_host = host_of(info.canonical)
    # only against the page's known address: site names and hosts differ too often
    # ("Los Angeles Times", latimes.com) to compare the one with the other
    moved = bool(canonical_host and own_host and not same_outlet(canonical_host, own_host))
    if info.publisher is None and url and canonical_host and moved:
        info.publisher = publisher_from_domain(canonical_host)
    titles = [
        t
        for t in (_meta(tree, "og:title", "twitter:title"), tree.findtext(".//title"))
        if t and t.strip()
    ]
    headline = _headline(tree, [" ".join(_unescaped(t).split()) for t in titles])
    if headline:
        info.headline = strip_site(headline, info.site, own_host)
    return info
