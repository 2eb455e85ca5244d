"""Sources: who the words of a claim name, and who that is across the article.

`describe_mention()` reads the noun phrase that names a source ("Ukrainian President
Volodymyr Zelenskyy", "Britain's defense ministry", "the U.S. and its allies") into a
name, a kind, a role and an affiliation. `SpeakerBook` keeps the article's speakers and
links every later mention to its entity: "Kirby" to "John Kirby", "he" to the most recent
fitting speaker, "the ministry" to "Britain's defense ministry".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import SourceKind
from .lexicon import GROUP_NOUNS, ORG_NOUNS, PERSON_ROLE_NOUNS, PRONOUNS
from .places import country_of

__all__ = [
    "Mention",
    "Speaker",
    "SpeakerBook",
    "describe_mention",
    "describe_tokens",
    "noun_phrase",
]

_NP_LEFT_DEPS = {
    "compound",
    "amod",
    "poss",
    "det",
    "nmod",
    "case",
    "nummod",
    "quantmod",
    "advmod",
    "punct",
    "npadvmod",
    "dep",
}
_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "some",
    "one",
    "another",
    "other",
    "two",
    "three",
    "several",
}
_RELATIVE = {"who", "which", "that", "whom"}
_NOT_SOURCES = {
    "that",
    "this",
    "these",
    "those",
    "there",
    "what",
    "which",
    "who",
    "it",
    "one",
    "all",
    "some",
    "both",
    "each",
    "another",
    "other",
    "others",
    "any",
    "anyone",
    "everyone",
    "nobody",
    "none",
    "something",
    "everything",
    "nothing",
}


@dataclass(slots=True)
class Speaker:
    """One source of the article: a person, an organisation, a country, a group."""

    name: str
    kind: SourceKind
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)

    def add_alias(self, form: str) -> None:
        form = form.strip()
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)


@dataclass(slots=True)
class Mention:
    """What one noun phrase says about a source."""

    span: Span
    name: str
    kind: SourceKind
    role: str | None = None
    affiliation: str | None = None
    pronoun: str | None = None


def _text(tokens: list[Token]) -> str:
    out = ""
    for tok in tokens:
        out += tok.text + tok.whitespace_
    return out.strip()


def noun_phrase(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`: its left modifiers, the head, and
    `of`/`for` phrases that continue a proper name ("Observatory for Human Rights")."""
    left: list[Token] = []
    stack = [c for c in head.lefts if c.dep_ in _NP_LEFT_DEPS]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "punct" and tok.text not in {"-", "–", "'", "’"}:
            continue
        left.append(tok)
        stack.extend(c for c in tok.children if c.i < head.i)
    tokens = sorted({*left, head}, key=lambda t: t.i)
    # keep only a contiguous run ending at the head
    run: list[Token] = [head]
    for tok in reversed(tokens[:-1]):
        if tok.i == run[0].i - 1:
            run.insert(0, tok)
        else:
            break
    right: list[Token] = []
    for child in head.rights:
        if child.i != run[-1].i + len(right) + 1:
            break
        if child.dep_ == "case":  # "Britain 's"
            right.append(child)
        elif child.dep_ == "prep" and (
            child.lower_ in {"of", "for"} or (child.ent_type_ and child.ent_iob_ == "I")
        ):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ == "PROPN":
                right.extend([child, *noun_phrase(objects[0])])
            break
        else:
            break
    return run + sorted(right, key=lambda t: t.i)


def _strip_determiners(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    return tokens


def _strip_articles(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    return tokens


def _affiliation(tokens: list[Token]) -> str | None:
    """The country a phrase speaks for: a possessive, a demonym, a metonym ("White House")."""
    # multi-word forms first ("White House", "South Korea", "North Korean")
    words = [t for t in tokens if t.pos_ in {"PROPN", "ADJ", "NOUN"} or t.ent_type_]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = words[i : i + size]
            if any(b.i != a.i + 1 for a, b in itertools.pairwise(chunk)):
                continue
            country = country_of(" ".join(t.text for t in chunk))
            if country and (size > 1 or chunk[0].text[0].isupper()):
                return country.name
    return None


def _person_entity(tokens: list[Token]) -> list[Token]:
    """The tokens of a PERSON entity at the end of the phrase, if any."""
    tail: list[Token] = []
    for tok in reversed(tokens):
        if tok.ent_type_ == "PERSON" or (tail and tok.pos_ == "PROPN" and tok.ent_iob_ == "I"):
            tail.insert(0, tok)
        else:
            break
    return tail


def describe_mention(head: Token) -> Mention:
    """Read the noun phrase headed by `head` as a source."""
    doc = head.doc
    lower = head.lower_
    if lower in PRONOUNS and head.pos_ == "PRON":
        span = doc[head.i : head.i + 1]
        return Mention(span, head.text, PRONOUNS[lower], pronoun=lower)  # type: ignore[arg-type]
    tokens = noun_phrase(head)
    span = doc[tokens[0].i : tokens[-1].i + 1]
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    bare = _strip_determiners(tokens)
    if conjuncts:
        members = [head, *conjuncts]
        parts = []
        for member in members:
            member_tokens = _strip_articles(noun_phrase(member))
            country = country_of(_text(member_tokens))
            parts.append(country.name if country else _text(member_tokens))
        last = max(conjuncts, key=lambda t: t.i)
        full = doc[span.start : last.i + 1]
        name = (
            " and ".join(parts) if len(parts) == 2 else ", ".join(parts[:-1]) + " and " + parts[-1]
        )
        return Mention(full, name, "group", affiliation=None)
    country = country_of(_text(bare))
    if country is not None and head.pos_ in {"PROPN", "NOUN"}:
        return Mention(span, country.name, "country", affiliation=country.name)
    person = _person_entity(bare)
    appos = [c for c in head.children if c.dep_ == "appos"]
    appos_role = _text(_strip_determiners(noun_phrase(appos[0]))) if appos else None
    if person:
        role_tokens = [t for t in bare if t.i < person[0].i and t.dep_ != "case"]
        role = _text(role_tokens) or appos_role
        affiliation = _affiliation(role_tokens) or (
            _affiliation(noun_phrase(appos[0])) if appos else None
        )
        return Mention(span, _text(person), "person", role=role or None, affiliation=affiliation)
    # a possessive country in front of an organisation: "South Korea's National Intelligence Agency"
    possessor = [t for t in bare if t.dep_ == "poss"]
    affiliation = None
    name_tokens = bare
    if possessor:
        owner = possessor[0]
        owner_tokens = [t for t in bare if t.i <= owner.i or (t.dep_ == "case" and t.head == owner)]
        owner_country = country_of(_text([t for t in owner_tokens if t.dep_ != "case"]))
        if owner_country:
            affiliation = owner_country.name
            rest = [t for t in bare if t not in owner_tokens]
            if rest and all(t.pos_ == "PROPN" for t in rest):
                name_tokens = rest  # a proper name stands alone: "National Intelligence Agency"
    affiliation = affiliation or _affiliation(bare)
    name = _text(name_tokens)
    kind: SourceKind
    if head.ent_type_ == "PERSON":
        kind = "person"
    elif head.ent_type_ in {"ORG", "FAC", "NORP"} or lower in ORG_NOUNS or head.pos_ == "PROPN":
        kind = "organization"
    elif lower in PERSON_ROLE_NOUNS or lower in GROUP_NOUNS:
        kind = "unknown"
    else:
        kind = "unknown"
    if kind == "unknown" and lower in PERSON_ROLE_NOUNS | GROUP_NOUNS:
        return Mention(span, _text(tokens), "unknown", role=_text(bare), affiliation=affiliation)
    return Mention(span, name, kind, role=appos_role, affiliation=affiliation)


def describe_tokens(tokens: list[Token]) -> Mention:
    """Read a source from a run of words when the parse cannot be trusted (wire copy
    without commas): "the Syrian Observatory for Human Rights monitoring group"."""
    doc = tokens[0].doc
    span = doc[tokens[0].i : tokens[-1].i + 1]
    bare = _strip_articles(tokens)
    cut = len(bare)
    while cut > 0 and bare[cut - 1].pos_ == "NOUN":
        cut -= 1
    proper, descriptor = bare[:cut], bare[cut:]
    if not any(t.pos_ == "PROPN" for t in proper):
        proper, descriptor = bare, []
    name = _text(proper)
    country = country_of(name)
    if country is not None:
        return Mention(span, country.name, "country", affiliation=country.name)
    role = _text(descriptor) or None
    if any(t.ent_type_ == "PERSON" for t in proper) and not descriptor:
        return Mention(span, name, "person", affiliation=_affiliation(proper))
    words = {t.lower_ for t in bare}
    if words & PERSON_ROLE_NOUNS and not any(t.pos_ == "PROPN" for t in bare):
        return Mention(span, _text(tokens), "unknown", role=_text(bare))
    return Mention(span, name, "organization", role=role, affiliation=_affiliation(proper))


def is_source_head(tok: Token) -> bool:
    """Could this token name someone who speaks? (not `that`, `there`, a number...)"""
    if tok.lower_ in _NOT_SOURCES and tok.lower_ not in PRONOUNS:
        return False
    if tok.lower_ == "it" and tok.dep_ == "expl":
        return False
    return tok.pos_ in {"PROPN", "NOUN", "PRON"} or bool(tok.ent_type_)


_SURNAME = re.compile(r"[\w'’-]+$")


class SpeakerBook:
    """The speakers of one document and the mentions that point at them, in reading order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.speakers: list[Speaker] = []
        self._recent: list[tuple[int, Speaker]] = []  # (token index, speaker) of each mention
        self._persons = {
            ent.text: ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2
        }

    def _surname(self, name: str) -> str:
        match = _SURNAME.search(name)
        return match.group(0).lower() if match else name.lower()

    def _find(self, mention: Mention) -> Speaker | None:
        name_key = mention.name.lower()
        for speaker in self.speakers:
            if speaker.name.lower() == name_key or name_key in (a.lower() for a in speaker.aliases):
                return speaker
        if mention.kind in {"person", "organization"} and " " not in mention.name:
            # a bare surname: "Kirby" for "John Kirby" (also when NER called it an ORG)
            for speaker in reversed(self.speakers):
                if speaker.kind == "person" and self._surname(speaker.name) == name_key:
                    return speaker
        if mention.kind == "person":
            surname = self._surname(mention.name)
            for speaker in reversed(self.speakers):
                if speaker.kind == "person" and (
                    speaker.name.lower() == surname or speaker.name.lower().endswith(" " + surname)
                ):
                    return speaker
        if (
            mention.kind == "organization"
            and mention.span[0].lower_ == "the"
            and len(mention.span) <= 3
        ):
            # "the ministry", "the Observatory": the latest organisation with that head word
            head = mention.span[-1].lower_
            for speaker in reversed(self.speakers):
                if speaker.kind == "organization" and head in speaker.name.lower().split():
                    return speaker
        return None

    def _person_name_for(self, name: str) -> str | None:
        """The fullest PERSON entity of the document that ends with this bare name."""
        key = name.lower()
        best = None
        for full in self._persons:
            if full.lower().endswith(" " + key) and (best is None or len(full) > len(best)):
                best = full
        return best

    def add(self, mention: Mention, position: int) -> Speaker:
        """Link a (non-pronoun) mention to its speaker, creating it when new."""
        if mention.kind in {"person", "organization"} and " " not in mention.name:
            fuller = self._person_name_for(mention.name)
            if fuller:
                mention.kind = "person"
                mention.name = fuller
        speaker = self._find(mention)
        if speaker is None:
            speaker = Speaker(mention.name, mention.kind, mention.role, mention.affiliation)
            self.speakers.append(speaker)
        else:
            if len(mention.name) > len(speaker.name) and speaker.kind == mention.kind == "person":
                speaker.add_alias(speaker.name)
                speaker.name = mention.name
            speaker.role = speaker.role or mention.role
            speaker.affiliation = speaker.affiliation or mention.affiliation
        speaker.add_alias(mention.name)
        speaker.add_alias(mention.span.text)
        self._recent.append((position, speaker))
        return speaker

    def note_subject(self, head: Token) -> None:
        """A person who is the subject of a sentence becomes a candidate for later pronouns."""
        if head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
            mention = describe_mention(head)
            for speaker in self.speakers:
                if speaker.kind == "person" and self._surname(speaker.name) == self._surname(
                    mention.name
                ):
                    self._recent.append((head.i, speaker))
                    return
            self._recent.append(
                (head.i, Speaker(mention.name, "person", mention.role, mention.affiliation))
            )

    def resolve_pronoun(self, pronoun: str, position: int) -> Speaker | None:
        """The most recent speaker that the pronoun can refer to."""
        wanted = PRONOUNS.get(pronoun)
        for pos, speaker in reversed(self._recent):
            if pos >= position:
                continue
            if wanted == "person" and speaker.kind == "person":
                return self._registered(speaker)
            if wanted == "organization" and speaker.kind in {"organization", "country"}:
                return speaker
            if wanted == "group" and speaker.kind in {
                "group",
                "organization",
                "country",
                "unknown",
            }:
                return speaker
        return None

    def _registered(self, speaker: Speaker) -> Speaker:
        if speaker not in self.speakers:
            self.speakers.append(speaker)
        return speaker
