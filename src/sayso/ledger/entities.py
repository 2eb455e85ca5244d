"""Sources across articles: one entity per real speaker, country or organisation.

An article names its sources as it likes: "John Kirby" with his role in one article,
"Kirby" in the next; "the U.S.", "United States" or "Washington" as a speaker;
"Britain's defense ministry" here, "UK Ministry of Defence" there. The NLP already links
the mentions inside one article (`Source.name` is the article's fullest form); this
module links them across articles, in three steps:

1. `describe_source()` turns an extracted `Source` into a `SourceDraft`: a normalised key
   and display name. Countries go by ISO code (`sayso.nlp.places.country_of`); a
   government body qualified by a country becomes `<adjective> <canonical body>`
   (`British Ministry of Defence`); descriptors like "Britain-based" or "so-called" are
   dropped; an acronym in a descriptive name stands for it ("state news agency SANA");
   unnamed sources ("a source", "activists", "the monitor") are anonymous.
2. `resolve_article()` links an article's anonymous organisation mentions ("the
   monitor", "Observatory") to the one named organisation of the article they fit.
3. `link_source()` finds the draft's entity in the ledger or creates it: by key, by a
   known alias, then by rules that each need a single candidate: a surname alone
   ("Kirby") for the one person of that surname, a transliteration variant of a full
   name (edit distance at most 2), an acronym ("SOHR") for the organisation with those
   initials, a shortened organisation name ("Syrian Observatory") for the one longer
   name it begins. When the draft is the fuller form, the entity takes its name. Every
   form seen is kept as an alias.

Nothing here guesses between two candidates: an ambiguous form makes a new entity
rather than a wrong merge.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..nlp.lexicon import GROUP_NOUNS, ORG_NOUNS, PERSON_ROLE_NOUNS, PRONOUNS, SPEECH_NOUNS
from ..nlp.places import Country, country_of
from ..records import Source
from .models import SourceAlias, SourceRow

__all__ = [
    "SourceDraft",
    "describe_source",
    "fold",
    "link_source",
    "resolve_article",
]

_DROP_PREFIX = re.compile(
    r"^(?:(?:the|a|an|so-called|so\s+called|self-styled|self-proclaimed|[\w.]+-based|"
    r"state-run|state-owned|official|pro-government|government-run|opposing|"
    r"anti-[\w-]+|pro-[\w-]+|opposition-linked|opposition-run)\s+)+",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}(?:['’]?s)?$")
_NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
    "abd",
    "de",
    "da",
    "di",
    "van",
    "von",
    "der",
    "la",
    "le",
    "du",
}
_GENERIC_WORDS = (
    PERSON_ROLE_NOUNS
    | GROUP_NOUNS
    | ORG_NOUNS
    | SPEECH_NOUNS
    | set(PRONOUNS)
    | {
        "a", "an", "the", "this", "that", "these", "those", "some", "one", "two", "three",
        "several", "many", "local", "military", "medical", "security", "senior", "informed",
        "government", "opposition", "activist", "field", "other", "another", "unnamed",
        "anonymous", "state", "war", "monitoring", "human", "rights", "news", "hospital",
        "civil", "defence", "defense", "health", "emergency", "rescue",
        "workers", "worker", "spokesmen", "sources", "reporter", "correspondent",
        "official", "high-ranking", "top", "western", "intelligence", "police",
        "regional", "provincial", "nearby", "eyewitness", "eyewitnesses", "earlier",
        "later", "meanwhile", "but", "and", "also", "however", "then",
    }
)  # fmt: skip
"""Words that name a kind of source, not a particular one: `a military source`."""

_DESCRIPTORS = {
    "news", "agency", "state", "official", "tv", "television", "channel", "media",
    "broadcaster", "newspaper", "daily", "outlet", "wire", "radio", "network", "service",
    "reporter", "reporters", "correspondent", "correspondents", "sana's", "website",
    "photographer", "photographers", "journalist", "journalists", "cameraman", "crew",
}  # fmt: skip
"""Words that only describe an acronym they come with: `state news agency SANA`."""

_BODIES: dict[str, str] = {
    "defense ministry": "Ministry of Defence",
    "defence ministry": "Ministry of Defence",
    "ministry of defense": "Ministry of Defence",
    "ministry of defence": "Ministry of Defence",
    "mod": "Ministry of Defence",
    "defense department": "Ministry of Defence",
    "department of defense": "Ministry of Defence",
    "foreign ministry": "Ministry of Foreign Affairs",
    "ministry of foreign affairs": "Ministry of Foreign Affairs",
    "foreign affairs ministry": "Ministry of Foreign Affairs",
    "foreign office": "Ministry of Foreign Affairs",
    "general staff": "General Staff",
    "army general staff": "General Staff",
    "general staff of the armed forces": "General Staff",
    "army": "Armed Forces",
    "armed forces": "Armed Forces",
    "military": "Armed Forces",
    "army command": "Armed Forces",
    "army general command": "Armed Forces",
    "government": "Government",
    "regime": "Government",
    "authorities": "Government",
    "state media": "state media",
    "state television": "state media",
    "state tv": "state media",
    "state news agency": "state media",
    "state-run media": "state media",
    "official media": "state media",
    "state-run television": "state media",
    "embassy": "Embassy",
    "police": "Police",
    "parliament": "Parliament",
    "presidency": "Presidency",
    "intelligence": "Intelligence",
}
"""Government bodies, named many ways: a country plus one of these is one entity."""
_MINISTRY = re.compile(r"^(?:ministry of (?:the )?(\w+)|(\w+) ministry)$")


def fold(text: str) -> str:
    """Lower-case ASCII words of `text`: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("'s ", " ").lower()
    text = re.sub(r"[^\w\s-]", "", text.replace(".", ""))
    return " ".join(text.replace("_", " ").split())


@dataclass(slots=True)
class SourceDraft:
    """What an extracted source stands for across articles, before it is looked up."""

    kind: str
    name: str
    key: str
    forms: list[str] = field(default_factory=list)
    """Every surface form to keep as an alias (the name, the mention, the aliases)."""
    country: str | None = None
    role: str | None = None
    affiliation: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    acronym: str | None = None
    anonymous: bool = False
    """Not one particular source ("a source", "activists"): never an entity of the ledger."""


_DATE_START = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?\d{1,4},?\s+",
    re.I,
)
"""A dateline run into a name: "Jul 2016 Syrian state TV"."""
_PROPER_START = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")
"""Lower-case words before a capitalised name: "infuriated United Nations"."""
_PARTICLE_START = re.compile(r"^(?:al|el|ad|as|an|ar|ash|az|bin|ibn|abu|de|van|von)[- ]", re.I)


def _clean(name: str) -> str:
    name = " ".join(name.replace("’", "'").split()).strip(" ,;:-\"'“”")
    name = _DROP_PREFIX.sub("", name)
    while _DATE_START.match(name) and len(name.split()) > 2:
        name = _DATE_START.sub("", name, count=1)
    if not _PARTICLE_START.match(name):
        name = _PROPER_START.sub("", name)
    return _POSSESSIVE.sub("", name).strip()


def _is_country_word(word: str) -> bool:
    """`Syrian`, `Syria's`, `Syrias` (the apostrophe lost in copying)."""
    return country_of(word) is not None or (
        word.endswith("s") and country_of(word[:-1]) is not None
    )


def _is_generic(words: Sequence[str]) -> bool:
    if not words:
        return True
    if any(_ACRONYM.match(w) for w in words):
        return False
    if not any(w[:1].isupper() for w in words):
        return True  # no proper noun at all: "monitoring group", "earlier death toll"
    rest_lower = all(not w[:1].isupper() for w in words[1:])
    return rest_lower and all(w.lower().strip(".,") in _GENERIC_WORDS for w in words)


def _country_split(words: list[str]) -> tuple[Country | None, list[str]]:
    """The country a name leads with or ends with (`Britain's defense ministry`,
    `Ministry of Defence of Russia`), and the other words."""
    for size in (3, 2, 1):
        if len(words) > size:
            country = country_of(" ".join(words[:size]))
            if country is not None:
                return country, words[size:]
    for size in (3, 2, 1):
        if len(words) > size + 1 and words[-size - 1].lower() == "of":
            country = country_of(" ".join(words[-size:]))
            if country is not None:
                return country, words[: -size - 1]
    return None, words


def _body(words: list[str]) -> str | None:
    text = fold(" ".join(words))
    if text in _BODIES:
        return _BODIES[text]
    match = _MINISTRY.match(text)
    if match:
        topic = (match.group(1) or match.group(2)).replace("defense", "defence")
        return f"Ministry of {topic.title()}"
    return None


def _bare_acronym(word: str) -> str:
    """`SANA` for `SANA's`, `SANAs` (apostrophes lost) or `S.A.N.A.`."""
    return re.sub(r"['’]?s$", "", word).replace(".", "")


def _initials(name: str) -> str | None:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[:1].isupper()]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()


def _forms(source: Source, name: str) -> list[str]:
    forms = [source.name, *source.aliases, name]
    if source.mention and source.mention.lower() not in PRONOUNS:
        forms.append(source.mention)
    seen: dict[str, str] = {}
    for form in forms:
        form = " ".join(form.split())
        if form and fold(form) and fold(form) not in seen:
            seen[fold(form)] = form
    return list(seen.values())


_PERSON_BEFORE_ROLE = re.compile(r"^((?:[A-Z][\w'-]*\s+){1,3}[A-Z][\w'-]*)\s+([a-z]+)\b")
_OUTLET_STAFF = re.compile(
    r"^(.+?)['’]?s?\s+(?:reporter|correspondent|photographer|journalist|cameraman)s?$"
)


def _person_name(words: list[str]) -> list[str]:
    """The name in a person phrase: leading country words and titles dropped ("Homs
    Governor Talal Barazi", "Chief Rami Abdel Rahman"), cut at the first lower-case word
    that is not a name particle (`Rami Abdel Rahman head of ...`)."""
    while len(words) > 1 and country_of(words[0]) is not None:
        words = words[1:]
    titled = [i for i, w in enumerate(words[:-1]) if w.lower().strip(",.") in PERSON_ROLE_NOUNS]
    if titled and titled[-1] + 1 < len(words):
        words = words[titled[-1] + 1 :]
    kept: list[str] = []
    for word in words:
        bare = word.strip(",.")
        if bare[:1].isupper() or (
            kept and (bare.lower() in _NAME_PARTICLES or re.match(r"^[a-z]{1,3}-[A-Z]", bare))
        ):
            kept.append(bare)
        elif kept:
            break
    return kept or words


def _last_name(words: list[str]) -> str:
    last = fold(words[-1])
    return re.sub(r"^(?:al|el|ad|as|ash|an|ar|az)-", "", last)


def describe_source(source: Source) -> SourceDraft:
    """Normalise one extracted source: its entity key, display name and alias forms."""
    name = _clean(source.name)
    words = name.split()
    if not words or fold(name) in PRONOUNS:
        return SourceDraft("unknown", source.name, f"anon:{fold(source.name)}", anonymous=True)
    country = country_of(name)
    if country is not None and source.kind != "person":
        return SourceDraft(
            "country",
            country.name,
            f"country:{country.iso}",
            forms=_forms(source, name),
            country=country.iso,
            role=source.role,
        )
    affiliation = country_of(source.affiliation) if source.affiliation else None
    acronyms = [
        w.strip(",")
        for w in words
        if _ACRONYM.match(w.strip(","))
        and _bare_acronym(w.strip(",")).lower() not in ORG_NOUNS - {"un"}
    ]
    others = [w for w in words if w not in acronyms]
    if len(acronyms) == 1 and all(w.lower() in _DESCRIPTORS or _is_country_word(w) for w in others):
        acronym = _bare_acronym(acronyms[0])
        return SourceDraft(
            "organization",
            acronym,
            f"org:{acronym.lower()}",
            forms=_forms(source, name),
            role=source.role,
            affiliation=source.affiliation,
            acronym=acronym,
        )
    kind = source.kind
    headed = _PERSON_BEFORE_ROLE.match(name)
    if (
        kind != "person"
        and headed
        and headed.group(2).lower() in PERSON_ROLE_NOUNS
        and not any(w.lower() in ORG_NOUNS for w in headed.group(1).split())
    ):
        kind, words = "person", headed.group(1).split()  # "Rami Abdel Rahman director of ..."
    elif kind == "person" and any(w.lower() in ORG_NOUNS - {"un"} for w in words):
        kind = "organization"  # "Syrian Observatory" read as a person
    reporter = _OUTLET_STAFF.match(name)
    if reporter and kind != "person":
        words = reporter.group(1).split()  # "Al-Manar reporter": the outlet speaks
        name = " ".join(words)
    lead, rest = _country_split(words)
    body = _body(rest) if rest else None
    if body is None and lead is None:
        body = _body(words)
    if body is not None:
        qualifier = lead or affiliation
        if qualifier is None:
            return SourceDraft(
                "organization", name, f"anon:{fold(name)}", forms=[name], anonymous=True
            )
        display = f"{qualifier.adjective} {body}"
        return SourceDraft(
            "organization",
            display,
            f"org:{qualifier.iso}:{fold(body)}",
            forms=_forms(source, name),
            country=qualifier.iso,
            role=source.role,
        )
    if _is_generic(words) or (lead is not None and all(not w[:1].isupper() for w in rest)):
        return SourceDraft(kind, name, f"anon:{fold(name)}", forms=[name], anonymous=True)
    if kind == "person":
        parts = _person_name(words)
        display = " ".join(parts)
        return SourceDraft(
            "person",
            display,
            f"person:{fold(display)}",
            forms=_forms(source, display),
            country=affiliation.iso if affiliation else None,
            role=source.role,
            affiliation=source.affiliation,
            first_name=fold(parts[0]) if len(parts) > 1 else None,
            last_name=_last_name(parts),
        )
    kind = kind if kind in {"organization", "group"} else "organization"
    short = _bare_acronym(acronyms[0]) if len(words) == 1 and acronyms else None
    home = lead or affiliation
    return SourceDraft(
        kind,
        short or name,
        f"org:{fold(short or name)}",
        forms=_forms(source, name),
        country=home.iso if home else None,
        role=source.role,
        affiliation=source.affiliation,
        acronym=short or _initials(name),
    )


_ORG_HEADS = {"monitor", "group", "observatory", "organisation", "organization", "agency",
              "coalition", "committee", "council", "network", "ministry", "watchdog", "center",
              "centre", "movement", "front", "alliance", "body", "union", "commission"}  # fmt: skip


def resolve_article(drafts: Sequence[SourceDraft | None]) -> list[SourceDraft | None]:
    """Link an article's anonymous organisation mentions to its named organisations.

    "Observatory" goes to the article's one named organisation with that word in its
    name; "the monitor" or "the monitoring group" to the article's only named
    organisation. Anything else anonymous stays anonymous.
    """
    named: dict[str, SourceDraft] = {}
    for draft in drafts:
        if draft is not None and not draft.anonymous and draft.kind in {"organization", "group"}:
            named.setdefault(draft.key, draft)
    out: list[SourceDraft | None] = []
    for draft in drafts:
        if draft is None or not draft.anonymous or not named:
            out.append(draft)
            continue
        words = fold(draft.name).split()
        head = words[-1] if words else ""
        fits = [d for d in named.values() if head and head in fold(d.name).split()]
        if not fits and head in _ORG_HEADS and len(named) == 1:
            fits = list(named.values())
        if len(fits) == 1:
            target = fits[0]
            out.append(
                SourceDraft(
                    target.kind,
                    target.name,
                    target.key,
                    forms=list(target.forms),
                    country=target.country,
                    role=target.role,
                    affiliation=target.affiliation,
                    first_name=target.first_name,
                    last_name=target.last_name,
                    acronym=target.acronym,
                )
            )
        else:
            out.append(draft)
    return out


def _distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _suffix(a: list[str], b: list[str]) -> bool:
    """One name is the end of the other: `Kirby` and `John Kirby`, `Abdel Rahman` and
    `Rami Abdel Rahman`."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and long[len(long) - len(short) :] == short


def _joined(words: list[str]) -> str:
    return "".join(words).replace("-", "")


def _alias_key(draft: SourceDraft, form: str) -> str:
    return f"{draft.kind if draft.kind == 'country' else draft.key.split(':')[0]}:{fold(form)}"


def _compatible(row: SourceRow, draft: SourceDraft) -> bool:
    return not (row.country and draft.country and row.country != draft.country)


def _unique(rows: Sequence[SourceRow], draft: SourceDraft) -> SourceRow | None:
    fits = [row for row in rows if _compatible(row, draft)]
    return fits[0] if len(fits) == 1 else None


def _find(session: Session, draft: SourceDraft) -> SourceRow | None:
    row = session.scalars(select(SourceRow).where(SourceRow.key == draft.key)).first()
    if row is not None:
        return row
    keys = [_alias_key(draft, form) for form in draft.forms]
    if keys:
        alias = session.scalars(select(SourceAlias).where(SourceAlias.key.in_(keys))).first()
        if alias is not None:
            return alias.source
    if draft.kind == "person" and draft.last_name:
        same_last = session.scalars(
            select(SourceRow).where(
                SourceRow.kind == "person", SourceRow.last_name == draft.last_name
            )
        ).all()
        words = fold(draft.name).split()
        nested = [row for row in same_last if _suffix(fold(row.name).split(), words)]
        found = _unique(nested, draft)
        if found is not None or draft.first_name is None:
            return found
        same_first = session.scalars(
            select(SourceRow).where(
                SourceRow.kind == "person", SourceRow.first_name == draft.first_name
            )
        ).all()
        rest = _joined(words[1:])
        close = [
            row
            for row in same_first
            if len(rest) >= 6 and _distance(rest, _joined(fold(row.name).split()[1:])) <= 2
        ]
        return _unique(close, draft)
    if draft.kind in {"organization", "group"}:
        if draft.acronym and draft.name != draft.acronym and len(draft.name) >= 12:
            same = session.scalars(
                select(SourceRow).where(
                    SourceRow.acronym == draft.acronym, SourceRow.key != draft.key
                )
            ).all()
            near = [row for row in same if _distance(fold(row.name), fold(draft.name)) <= 2]
            found = _unique(near, draft)
            if found is not None:
                return found  # "Syrian Obervatorty for Human Rights": a typo
        if draft.acronym and draft.name == draft.acronym:
            return _unique(
                session.scalars(
                    select(SourceRow).where(
                        SourceRow.acronym == draft.acronym, SourceRow.key != draft.key
                    )
                ).all(),
                draft,
            )
        if draft.acronym:
            short = session.scalars(
                select(SourceRow).where(SourceRow.key == f"org:{draft.acronym.lower()}")
            ).first()
            if short is not None:
                return short
        words = fold(draft.name).split()
        if len(words) >= 2:
            prefixes = [f"org:{' '.join(words[:n])}" for n in range(2, len(words))]
            shorter = session.scalars(select(SourceRow).where(SourceRow.key.in_(prefixes))).all()
            if shorter:
                return _unique(shorter, draft)
            longer = session.scalars(
                select(SourceRow).where(
                    SourceRow.kind.in_(["organization", "group"]),
                    func.lower(SourceRow.name).like(" ".join(words) + " %"),
                )
            ).all()
            return _unique(longer, draft)
    return None


def _fuller(draft: SourceDraft, row: SourceRow) -> bool:
    """The draft names the entity more fully: `John Kirby` for `Kirby`, `Syrian Observatory
    for Human Rights` for `Syrian Observatory` or `SOHR`; not `Syrian Observatory for Human
    Rights Rami Abdel Rahman` (two sources run together) for the Observatory."""
    new, old = fold(draft.name).split(), fold(row.name).split()
    if draft.kind != row.kind or len(new) <= len(old):
        return False
    if draft.kind == "person":
        return new[len(new) - len(old) :] == old
    if row.acronym and row.name == row.acronym:
        return True
    return new[: len(old)] == old and new[len(old)] in {"for", "of", "and", "on", "in"}


def link_source(session: Session, draft: SourceDraft | None, now: dt.datetime) -> SourceRow | None:
    """The ledger entity for `draft`: found by the rules above, or created. Anonymous
    drafts have none. New forms are added as aliases; a fuller name renames the entity."""
    if draft is None or draft.anonymous:
        return None
    with session.no_autoflush:
        row = _find(session, draft)
    if row is None:
        row = SourceRow(
            key=draft.key,
            name=draft.name,
            kind=draft.kind,
            country=draft.country,
            role=draft.role,
            affiliation=draft.affiliation,
            first_name=draft.first_name,
            last_name=draft.last_name,
            acronym=draft.acronym,
            created_at=now,
        )
        session.add(row)
        session.flush()
    else:
        if _fuller(draft, row):
            row.name = draft.name
            row.first_name = draft.first_name or row.first_name
            row.acronym = row.acronym or draft.acronym
        row.role = draft.role or row.role
        row.affiliation = draft.affiliation or row.affiliation
        row.country = row.country or draft.country
    wanted = {_alias_key(draft, form): form for form in reversed(draft.forms)}
    with session.no_autoflush:
        taken = set(session.scalars(select(SourceAlias.key).where(SourceAlias.key.in_(wanted))))
    new = [
        SourceAlias(source_id=row.id, alias=form, key=key)
        for key, form in wanted.items()
        if key not in taken
    ]
    if new or session.dirty:
        session.add_all(new)
        session.flush()
    return row
