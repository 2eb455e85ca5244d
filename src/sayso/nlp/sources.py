"""Sources: who the words of a claim name, and who that is across the article.

A source is read in two steps. First the words: `source_phrase()` takes the noun phrase
of a parsed subject, `left_phrase()` and `right_phrase()` read it from the surface next
to a cue when the parse cannot be trusted (wire copy that lost its commas: "... killed
in Kobani a monitor said Sunday", "... said Security Officer Ammar Aref to ARA News").
Then `describe_tokens()` reads those words into a name, a kind, a role and an
affiliation: "Ukrainian President Volodymyr Zelenskyy" is the person Volodymyr Zelenskyy
with the role "Ukrainian President" and the affiliation Ukraine; "the Britain-based
Syrian Observatory for Human Rights" is the organisation "Syrian Observatory for Human
Rights"; "A source at Damascus Police Command" is an unnamed source, kept as written.

`SpeakerBook` keeps the article's speakers and links every later mention to its entity:
"Kirby" to "John Kirby", "he" to the latest fitting speaker, "the Observatory" and "the
monitor" to the Syrian Observatory for Human Rights, "the source" to the latest unnamed
source, so that each source has one canonical name per article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import SourceKind
from .gender import genders, pronoun_gender
from .lexicon import (
    GENERIC_ORG_WORDS,
    GROUP_NOUNS,
    HYPHENLESS_PARTICIPLES,
    ORG_NOUNS,
    PERSON_ROLE_NOUNS,
    PRONOUNS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    is_agent_noun,
    is_role_noun,
)
from .places import country_of, possessive_country

__all__ = [
    "Mention",
    "Speaker",
    "SpeakerBook",
    "describe_mention",
    "describe_tokens",
    "is_source_head",
    "left_phrase",
    "noun_phrase",
    "plausible_source",
    "right_phrase",
    "source_phrase",
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
_ARTICLES = {"the", "a", "an"}
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
    "many",
    "most",
    "few",
    "several",
}
_NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
_NAME_JOINERS = {"of", "for", "and", "&", "de", "du", "des", "al", "el", "sans", "on", "without"}
_POST_PREPS = {"of", "for", "at", "from", "in", "with", "to"}
"""Prepositions that attach where someone speaks from: `a source at Aleppo Police Command`."""
_PP_BREAKS = {"of", "for", "at", "from", "in", "with", "to", "by", "on", "about", "near"}
_POSSESSIVE_S = re.compile(r"^(.+?)['’]?s$")


@dataclass(slots=True)
class Speaker:
    """One source of the article: a person, an organisation, a country, a group."""

    name: str
    kind: SourceKind
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    generic: bool = False
    """Named only by a common noun so far (`the monitor`): a named body may take it over."""
    head: str = ""
    """The head word of the phrase that introduced it (`source`, `monitor`, `Kirby`)."""

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
    generic: bool = False
    head: str = ""


def _text(tokens: list[Token]) -> str:
    out = ""
    for tok in tokens:
        out += tok.text + tok.whitespace_
    return out.strip()


def _joined(left: Token, right: Token) -> bool:
    """Two tokens written as one word: `Britain-based`, `Al-Manar`, `co-author`."""
    return left.i + 1 == right.i and not left.whitespace_


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
            child.lower_ in {"of", "for"}
            or (child.ent_type_ and child.ent_iob_ == "I")
            or child.text in {"Without", "Sans"}  # "Doctors Without Borders"
        ):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ == "PROPN":
                right.extend([child, *noun_phrase(objects[0])])
                # "Institute of Alcohol Abuse and Alcoholism": a name's coordinated part
                obj = objects[0]
                cc = [c for c in obj.children if c.dep_ == "cc" and c.i == obj.i + 1]
                conj = [c for c in obj.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
                if cc and conj and conj[0].i == obj.i + 2:
                    right.extend([cc[0], *noun_phrase(conj[0])])
            break
        else:
            break
    return run + sorted(right, key=lambda t: t.i)


# --- the words of a source -------------------------------------------------------------


def _stops_phrase(tok: Token) -> bool:
    """Words that cannot sit inside the name of a source, read leftwards from its head:
    numbers, dates, verbs ("15 injured Al-Manar correspondent", "Wednesday morning
    Observatory chief Rami Abdel Rahman")."""
    if tok.ent_type_ in _NOT_NAME_ENTS or tok.like_num or tok.pos_ == "NUM":
        return True
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.pos_ in {"ADV", "SCONJ", "CCONJ", "PRON", "INTJ", "SYM", "X"} or (
        tok.is_punct and tok.text not in {"-", "–", "'", "’", "."}
    )


def _hyphen_part(tok: Token) -> bool:
    """Part of a hyphenated word: `based` in `Britain-based`, `Al` in `Al-Manar`."""
    doc = tok.doc
    if tok.text in {"-", "–"}:
        return tok.i > 0 and tok.i + 1 < len(doc) and _joined(doc[tok.i - 1], tok)
    before = tok.i > 0 and doc[tok.i - 1].text in {"-", "–"} and _joined(doc[tok.i - 1], tok)
    after = (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"-", "–"} and _joined(tok, doc[tok.i + 1])
    )
    return before or after


def _trim_left(tokens: list[Token]) -> list[Token]:
    """Drop what a comma-less sentence glued in front of a source: everything up to the
    last number, date, verb or adverb that is not part of a hyphenated word."""
    cut = 0
    for n, tok in enumerate(tokens):
        if _hyphen_part(tok):
            continue
        if (
            tok.pos_ == "VERB"
            and tok.lower_ in HYPHENLESS_PARTICIPLES
            and n > cut
            and tokens[n - 1].pos_ in {"NOUN", "PROPN"}
        ):
            continue  # "government run TV"
        if _stops_phrase(tok) and not (tok.lower_ in _ARTICLES or tok.tag_ == "PRP$"):
            cut = n + 1
    tokens = tokens[cut:]
    while tokens and (tokens[0].pos_ in {"ADP", "PART", "PUNCT"} or tokens[0].lower_ == "and"):
        tokens = tokens[1:]
    return tokens


def _right_modifiers(head: Token, end_limit: int, named: bool = False) -> list[Token]:
    """Post-modifiers that say where an unnamed source speaks from: `a source at Damascus
    Police Command`, `a group representing rural counties in California`; for a `named`
    source, prepositions only ("the Observatory for Human Rights based in Britain" ends
    at its name)."""
    out: list[Token] = []
    for child in head.rights:
        if child.i >= end_limit:
            break
        expected = (out[-1].i + 1) if out else head.i + 1
        if child.i != expected:
            break
        if (child.dep_ == "prep" and child.lower_ in _POST_PREPS) or (
            child.dep_ == "acl" and child.tag_ in {"VBG", "VBN"} and not named
        ):
            sub = sorted(child.subtree, key=lambda t: t.i)
            if sub[-1].i >= end_limit or any(t.is_punct and t.text != "-" for t in sub):
                break
            out.extend(sub)
        else:
            break
    return out


def source_phrase(head: Token, end_limit: int | None = None) -> list[Token]:
    """The words that name a parsed subject: its noun phrase, without what a comma-less
    sentence glued on its left, with the place an unnamed source speaks from."""
    end_limit = head.sent.end if end_limit is None else end_limit
    tokens = _trim_left(noun_phrase(head))
    if not tokens or (tokens[-1].i != head.i and head not in tokens):
        tokens = [head]
    appos = [
        c for c in head.rights if c.dep_ == "appos" and c.i == tokens[-1].i + 1 and c.i < end_limit
    ]
    if appos:  # "Kevin Kennedy Regional Humanitarian Coordinator" (the comma lost)
        extra = sorted(appos[0].subtree, key=lambda t: t.i)
        if extra[-1].i < end_limit and not any(t.is_punct and t.text != "-" for t in extra):
            tokens += extra
    elif head.ent_type_ != "PERSON":
        # "China's ambassador to Britain Liu Xiaming", "Another diplomat, former special
        # envoy to Ukraine Kurt Volker,": the title, then the name in apposition
        named = [
            c
            for c in head.rights
            if c.dep_ == "appos"
            and c.i < end_limit
            and any(t.ent_type_ == "PERSON" for t in c.subtree)
            and max(t.i for t in c.subtree) < end_limit
        ]
        if named:
            last = max(t.i for t in named[0].subtree)
            between = head.doc[tokens[-1].i + 1 : last + 1]
            if all(not t.is_punct or t.text in {",", "-", "'s", "’s"} for t in between):
                tokens += [t for t in between if t.text != ","]
    if not _has_proper(tokens) or head.lower_ in SOURCE_NOUNS:
        proper = _has_proper(tokens)
        tokens += [t for t in _right_modifiers(tokens[-1], end_limit, proper) if t not in tokens]
    return sorted(set(tokens), key=lambda t: t.i)


def _has_proper(tokens: list[Token]) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTS for t in tokens)


def _connected(tok: Token, tokens: list[Token]) -> bool:
    """Is `tok` attached (by the parse) to one of `tokens`, or they to it?"""
    ids = {t.i for t in tokens}
    return tok.head.i in ids or any(t.head.i == tok.i for t in tokens)


def left_phrase(end: Token, start_limit: int) -> list[Token]:
    """The source that ends at `end`, read leftwards from the surface: the words before a
    cue in text without commas ("... in Syria's Kobani a monitor said", "... outside
    Aleppo the Syrian Observatory for Human Rights said")."""
    doc = end.doc
    if (
        end.text == ")"
        and end.i - 2 >= start_limit
        and doc[end.i - 2].text == "("
        and doc[end.i - 1].is_upper
    ):
        end = doc[end.i - 3]  # "the IFRC ... Societies (IFRC) said": the name before its initials
    if end.pos_ not in {"PROPN", "NOUN"} and end.ent_type_ not in _NAME_ENTS:
        return []
    tokens = [end]
    i = end.i - 1
    while i >= start_limit:
        tok = doc[i]
        if (
            tok.lower_ == "and"
            and tokens[0].pos_ == "PROPN"
            and i - 1 >= start_limit
            and doc[i - 1].pos_ == "PROPN"
            and any(t.lower_ == "of" for t in doc[max(start_limit, i - 4) : i - 1])
        ):
            # "the International Federation of Red Cross and Red Crescent Societies"
            tokens.insert(0, tok)
            i -= 1
            continue
        if _hyphen_part(tok) and (tok.text in {"-", "–"} or _hyphen_part(tokens[0])):
            tokens.insert(0, tok)
            i -= 1
            continue
        lower = tok.lower_
        if lower in _ARTICLES or tok.tag_ == "PRP$":
            tokens.insert(0, tok)
            # "Charles Lister of the Brookings Doha Centre": the article opens a name's part
            if i - 1 >= start_limit and doc[i - 1].lower_ in {"of", "for", "at"}:
                i -= 1
                continue
            break
        if lower in {"of", "for", "at"} and tok.pos_ == "ADP":
            if i - 1 >= start_limit and doc[i - 1].pos_ in {"NOUN", "PROPN"}:
                tokens.insert(0, tok)
                i -= 1
                continue
            break
        if tok.pos_ == "VERB" and lower in HYPHENLESS_PARTICIPLES and i - 1 >= start_limit:
            if doc[i - 1].pos_ in {"NOUN", "PROPN"}:  # "government run TV"
                tokens.insert(0, tok)
                i -= 1
                continue
            break
        if _stops_phrase(tok):
            break
        if tok.pos_ in {"PROPN", "NOUN", "ADJ"} or tok.tag_ == "POS":
            same_name = (
                tok.ent_type_
                and tok.ent_type_ == tokens[0].ent_type_
                and (tokens[0].ent_iob_ == "I")
            )
            if not (same_name or _connected(tok, tokens)):
                break
            if (
                tokens[0].ent_type_ == "PERSON"
                and tokens[0].ent_iob_ == "B"
                and tok.pos_ == "NOUN"
                and not is_role_noun(tok.text)
            ):
                break  # "... CNN's website Charles Lister": only a title goes before a name
            tokens.insert(0, tok)
            i -= 1
            if possessive_country(tok.text) and len(tokens) > 1:
                break  # "... Deir el-Zour [Syrias SANA regime news agency]": the owner opens it
            continue
        break
    while tokens and (tokens[0].pos_ in {"ADP", "PART", "PUNCT"} or tokens[0].lower_ == "and"):
        tokens = tokens[1:]
    return tokens


def _group_tail(doc: Doc, i: int, end_limit: int) -> int:
    """After `and`: a short noun phrase (`its allies`, `France`) that ends the source,
    followed by a comma or the end of the sentence. Its end, or 0."""
    j = i
    if j < end_limit and doc[j].tag_ == "PRP$":
        j += 1
    words = 0
    while j < end_limit and doc[j].pos_ in {"PROPN", "NOUN"}:
        j += 1
        words += 1
    if 0 < words <= 3 and (j >= end_limit or doc[j].text in {",", ".", ";"}):
        return j
    return 0


def right_phrase(start: Token, end_limit: int) -> list[Token]:
    """The source that starts at `start`, read rightwards: the words after an inverted cue
    ("... said Security Officer Ammar Aref to ARA News", "... said the official who spoke
    on condition of anonymity", "... said Kevin Kennedy Regional Humanitarian
    Coordinator for the Syria Crisis")."""
    doc = start.doc
    tokens: list[Token] = []
    i = start.i
    while i < end_limit:
        tok = doc[i]
        lower = tok.lower_
        if not tokens and (lower in _ARTICLES | {"another"} or tok.tag_ == "PRP$"):
            tokens.append(tok)
            i += 1
            continue
        if _hyphen_part(tok):
            tokens.append(tok)
            i += 1
            continue
        if (
            tok.pos_ in {"PROPN", "NOUN", "ADJ"}
            or tok.tag_ == "POS"
            or (tok.ent_type_ in _NAME_ENTS and not tok.is_punct)
        ):
            if tok.ent_type_ in _NOT_NAME_ENTS:
                break
            tokens.append(tok)
            i += 1
            continue
        if (
            lower in {"of", "for", "at"}
            and tokens
            and i + 1 < end_limit
            and (doc[i + 1].pos_ in {"PROPN", "NOUN"} or doc[i + 1].lower_ == "the")
        ):
            tokens.append(tok)
            if doc[i + 1].lower_ == "the":
                tokens.append(doc[i + 1])
                i += 1
            i += 1
            continue
        tail = _group_tail(doc, i + 1, end_limit) if lower == "and" and tokens else 0
        if tail:
            # "estimates by the U.S. and its allies": a group, read to its end
            tokens.extend(doc[i:tail])
        break
    while tokens and (tokens[-1].pos_ in {"ADP", "DET", "PART"} or tokens[-1].is_punct):
        tokens.pop()
    if not tokens or not any(t.pos_ in {"PROPN", "NOUN"} for t in tokens):
        return []
    return tokens


# --- what the words say ------------------------------------------------------------------


def _strip_articles(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].lower_ in _ARTICLES or tokens[0].tag_ == "PRP$"):
        tokens = tokens[1:]
    return tokens


def _strip_determiners(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    return tokens


def _country(text: str) -> str | None:
    """The country a word stands for, also when its apostrophe was lost (`Syrias`)."""
    country = country_of(text)
    if country is None and text[:1].isupper():
        match = _POSSESSIVE_S.match(text)
        if match and text.endswith("s") and not text.endswith("'s"):
            country = country_of(match.group(1))
    return country.name if country else None


def _affiliation(tokens: list[Token]) -> str | None:
    """The country a phrase speaks for: a possessive, a demonym, a metonym ("White House")."""
    words = [t for t in tokens if t.pos_ in {"PROPN", "ADJ", "NOUN"} or t.ent_type_]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = words[i : i + size]
            if any(b.i != a.i + 1 for a, b in itertools.pairwise(chunk)):
                continue
            country = _country(" ".join(t.text for t in chunk))
            if country and (size > 1 or chunk[0].text[0].isupper()):
                return country
    return None


def _person_run(tokens: list[Token]) -> list[Token]:
    """The PERSON entity that names the source: the last one not inside a prepositional
    phrase ("a spokesman for Ban Ki-moon" names the spokesman, not Ban Ki-moon)."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if tok.ent_type_ == "PERSON" or (
            runs and runs[-1] and runs[-1][-1].i + 1 == tok.i and _hyphen_part(tok)
        ):
            if runs and runs[-1] and runs[-1][-1].i + 1 == tok.i:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    ids = {t.i for t in tokens}
    for run in reversed(runs):
        root = next((t for t in run if t.head.i not in {r.i for r in run}), run[-1])
        if root.dep_ == "pobj" and root.head.i in ids:
            continue  # "a spokesman for Ban Ki-moon": the name is inside a preposition
        if root.head.i not in ids and root.dep_ not in {"nsubj", "appos", "compound"}:
            before = [t for t in tokens if t.i < run[0].i]
            if any(t.lower_ in _PP_BREAKS and t.pos_ == "ADP" for t in before):
                continue
        while run and run[-1].tag_ == "POS":
            run = run[:-1]
        if run and run[-1].lower_ not in ORG_NOUNS:
            return run
    return []


def _untagged_name(tokens: list[Token]) -> list[Token]:
    """A person's name the NER missed, told by the title that follows it: "Wird Furati
    head of press office at ...", "Abdullah Al Huseini judge at ..." (two or more words,
    none an organisation's or a place's)."""
    run: list[Token] = []
    for tok in tokens:
        if tok.pos_ == "PROPN" and not _hyphen_part(tok):
            run.append(tok)
            continue
        break
    if len(run) < 2 or len(run) == len(tokens):
        return []
    after = tokens[len(run)]
    if after.lower_ not in PERSON_ROLE_NOUNS or after.lower_ in GROUP_NOUNS:
        return []
    if all(t.ent_type_ in {"ORG", "GPE", "NORP", "LOC", "FAC"} for t in run):
        return []  # a body's name ("Free Syrian Army commander"), not a person's
    return run


def _proper_run(tokens: list[Token]) -> list[Token]:
    """The proper name inside a phrase: the last run of proper nouns (joined by `of`,
    `for`, `and`...) that is not inside a prepositional phrase of a common noun."""
    best: list[Token] = []
    run: list[Token] = []
    for n, tok in enumerate(tokens):
        proper = (
            # a lower-case word the tagger calls a proper noun ("Britain's defense
            # ministry") is a common noun: names are capitalised
            (tok.pos_ == "PROPN" and not tok.text.islower())
            or (tok.ent_type_ in _NAME_ENTS and tok.text[:1].isupper())
            or (run and _hyphen_part(tok) and _joined(run[-1], tok))
            or (run and tok.lower_ in {"-", "–"} and _hyphen_part(tok))
            # "Doctors Without Borders": a capitalised joiner makes a name of the word before
            or (n + 1 < len(tokens) and tokens[n + 1].text in {"Without", "Sans"})
        )
        joiner = (
            run
            and tok.lower_ in _NAME_JOINERS | {"the"}
            and n + 1 < len(tokens)
            and (tokens[n + 1].pos_ == "PROPN" or tokens[n + 1].lower_ == "the")
        )
        if run and tok.text.islower() and run[-1].text in {"-", "–"} and _joined(run[-1], tok):
            run = []  # "Britain-based", "US-led": an adjective, not part of the name
            continue
        if proper or joiner:
            run.append(tok)
            continue
        if run:
            best = run
        run = []
    if run:
        best = run
    while best and (best[-1].lower_ in _NAME_JOINERS | {"the", "-", "–"} or best[-1].tag_ == "POS"):
        best = best[:-1]
    while best and best[0].lower_ in _NAME_JOINERS | {"the", "-", "–"}:
        best = best[1:]
    return best


def _core(tokens: list[Token]) -> list[Token]:
    """The phrase before its post-modifiers: `a source` of `a source at Aleppo Police
    Command`, `a group` of `a group representing rural counties in California`."""
    for n, tok in enumerate(tokens):
        if n == 0:
            continue
        if tok.pos_ == "ADP" and tok.lower_ in _PP_BREAKS and tok.ent_iob_ != "I":
            return tokens[:n]
        if tok.pos_ == "VERB" and tok.tag_ == "VBG":
            return tokens[:n]
    return tokens


def describe_tokens(tokens: list[Token]) -> Mention:
    """Read the words that name a source into a `Mention`."""
    doc = tokens[0].doc
    span = doc[tokens[0].i : tokens[-1].i + 1]
    if len(tokens) == 1 and tokens[0].lower_ in PRONOUNS and tokens[0].pos_ == "PRON":
        lower = tokens[0].lower_
        return Mention(span, tokens[0].text, PRONOUNS[lower], pronoun=lower)  # type: ignore[arg-type]
    bare = _strip_articles(tokens)
    if not bare:
        bare = tokens
    core = _core(bare)
    head = core[-1]
    if len(bare) == 1 and head.lower_ in GENERIC_ORG_WORDS:
        # "NGO", "Monitor", "media" closing a headline: a body named later, or not at all
        return Mention(span, head.text, "organization", generic=True, head=head.lower_)
    # a group named by its members: "Washington and Paris", "NBC News and Bloomberg"
    group = _conjoined(core)
    if group is not None:
        return Mention(span, group, "group", head=head.lower_)
    if any(t.dep_ == "conj" and t.head.i == head.i and t.pos_ in {"NOUN", "PROPN"} for t in bare):
        # "The government of President Bashar al-Assad and his allies in Moscow"
        return Mention(span, _text(bare), "group", affiliation=_affiliation(core), head=head.lower_)
    country = _country(_text(bare))
    if country is not None and head.pos_ in {"PROPN", "NOUN", "ADJ"}:
        return Mention(span, country, "country", affiliation=country, head=head.lower_)
    person = _person_run(bare) or _untagged_name(bare)
    if person and person[0].is_stop and person[0].i > bare[0].i:
        person = []  # "Doctors Without Borders": a name's inner words, tagged as a person
    if person:
        left = [t for t in bare if t.i < person[0].i and t.tag_ != "POS"]
        right = [t for t in bare if t.i > person[-1].i]
        while right and (right[0].tag_ == "POS" or right[0].lower_ in {"of", "at", ","}):
            right = right[1:]
        role = _text(_strip_determiners(left)) or _text(_strip_determiners(right)) or None
        affiliation = _affiliation(left) or _affiliation(right)
        name = _text(person)
        return Mention(span, name, "person", role=role, affiliation=affiliation, head=name)
    lower = head.lower_
    # a document that speaks for its owner: "a Turkish General Staff statement"
    if lower in SPEECH_NOUNS and len(core) > 1:
        owner = _proper_run(core[:-1])
        if owner:
            name = _text(owner)
            return Mention(span, name, "organization", affiliation=_affiliation(owner), head=name)
    proper = _proper_run(core)
    possessor = [t for t in core if t.dep_ == "poss" or (t.tag_ == "POS" and t.i > core[0].i)]
    if proper and proper[-1].i == head.i:
        owner_country = _affiliation(proper[:1]) if len(proper) > 1 else None
        owned = [t for t in proper if t.tag_ != "POS"]
        # "Britain's defense ministry" keeps its owner; "South Korea's National
        # Intelligence Agency" is a name of its own, affiliated to South Korea
        if possessor and possessor[0].i < proper[0].i:
            owner_country = _affiliation([t for t in core if t.i <= possessor[0].i])
        name = _text(owned)
        person_name = (
            head.ent_type_ == "PERSON"
            and lower not in ORG_NOUNS
            # "Doctors Without Borders": a capitalised function word names a body
            and not any(t.is_stop and t.is_title for t in owned[1:])
        )
        kind: SourceKind = "person" if person_name else "organization"
        if _country(name) is not None and len(owned) == 1:
            country = _country(name)
            return Mention(span, country or name, "country", affiliation=country, head=lower)
        return Mention(
            span,
            name,
            kind,
            affiliation=owner_country or _affiliation(core),
            head=lower,
        )
    tail = [t for t in core if t.i > proper[-1].i] if proper else []
    if (
        proper
        and tail
        and len(_text(proper).split()) >= 2
        and all(t.pos_ in {"NOUN", "ADJ", "VERB"} and t.text.islower() for t in tail)
        and lower in GENERIC_ORG_WORDS
    ):
        # "the Syrian Observatory for Human Rights monitoring group": the name alone
        name = _text([t for t in proper if t.tag_ != "POS"])
        return Mention(span, name, "organization", affiliation=_affiliation(core), head=lower)
    if proper and lower in (ORG_NOUNS | SOURCE_NOUNS) and proper[-1].i == head.i - 1:
        # "Al-Watan newspaper", "Syria TV", "Al-Manar correspondent"
        name_tokens = [*proper, head]
        if lower in PERSON_ROLE_NOUNS or lower in GROUP_NOUNS:
            return Mention(
                span,
                _text(tokens),
                "unknown",
                role=_text(bare),
                affiliation=_affiliation(bare) or _text(proper),
                head=lower,
            )
        if possessor and _affiliation(possessor):
            return Mention(
                span, _text(bare), "organization", affiliation=_affiliation(possessor), head=lower
            )
        return Mention(
            span, _text(name_tokens), "organization", affiliation=_affiliation(bare), head=lower
        )
    affiliation = _affiliation(bare)
    if possessor and lower in ORG_NOUNS:  # "Britain's defense ministry"
        return Mention(span, _text(bare), "organization", affiliation=affiliation, head=lower)
    if lower in ORG_NOUNS or lower in GENERIC_ORG_WORDS:
        return Mention(
            span,
            _text(bare),
            "organization",
            affiliation=affiliation,
            generic=not proper,
            head=lower,
        )
    if head.pos_ == "PROPN" or head.ent_type_ in {"ORG", "NORP", "FAC"}:
        return Mention(span, _text(bare), "organization", affiliation=affiliation, head=lower)
    # an unnamed source keeps its words: "A source at Damascus Police Command"
    return Mention(
        span,
        _text(tokens),
        "unknown",
        role=_text(_strip_determiners(core)) or None,
        affiliation=affiliation,
        head=lower,
    )


def _conjoined(core: list[Token]) -> str | None:
    """The name of a group joined by `and` ("Washington and Paris"), or None."""
    joints = [
        n
        for n, t in enumerate(core)
        if t.lower_ in {"and", "&"}
        and not (t.ent_iob_ == "I" and t.ent_type_ in {"ORG", "FAC", "WORK_OF_ART"})
        and 0 < n < len(core) - 1
    ]
    if not joints:
        return None
    parts: list[list[Token]] = []
    last = 0
    for n in joints:
        parts.append(core[last:n])
        last = n + 1
    parts.append(core[last:])
    names = []
    for part in parts:
        part = _strip_articles([t for t in part if not t.is_punct])
        if not part:
            return None
        if not (_has_proper(part) or part[-1].lower_ in SOURCE_NOUNS):
            return None
        country = _country(_text(part))
        names.append(country or _text(part))
    if len(names) == 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def describe_mention(head: Token) -> Mention:
    """Read the parsed noun phrase headed by `head` as a source."""
    if head.lower_ in PRONOUNS and head.pos_ == "PRON":
        return describe_tokens([head])
    return describe_tokens(source_phrase(head))


def is_source_head(tok: Token) -> bool:
    """Could this token name someone who speaks? (not `that`, `there`, a number...)"""
    if tok.lower_ in _NOT_SOURCES and tok.lower_ not in PRONOUNS:
        return False
    if tok.lower_ == "it" and tok.dep_ == "expl":
        return False
    return tok.pos_ in {"PROPN", "NOUN", "PRON"} or bool(tok.ent_type_)


def plausible_source(tokens: list[Token], lenient: bool = False) -> bool:
    """Do these words name someone or something that can speak? A person, a body, a
    country, a document, a role; not `a scan`, `any military intervention`, `munitions`.
    `lenient` takes any noun (the subject of "said" is someone whatever the noun)."""
    if not tokens:
        return False
    bare = _strip_articles(tokens)
    if not bare:
        return False
    core = _core(bare)
    head = core[-1]
    if head.lower_ in _NOT_SOURCES:
        return False
    if head.pos_ == "PRON":
        return head.lower_ in PRONOUNS
    joints = [n for n, t in enumerate(core) if t.lower_ in {"and", "&"} and 0 < n < len(core) - 1]
    if joints and plausible_source(core[: joints[0]], lenient):
        return True  # "Businesses and residents"
    if (
        lenient
        and head.pos_ in {"NOUN", "PROPN"}
        and head.ent_type_ not in _NOT_NAME_ENTS
        and not _abstract(head)
    ):
        return True
    if any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in core):
        return True
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return True
    if _country(_text(core)) is not None:
        return True
    return is_agent_noun(head.text) or head.lower_ in SPEECH_NOUNS


_ABSTRACT_ENDINGS = ("ment", "ments", "tion", "tions", "ness")
_BODIES = {"management", "administration", "opposition", "coalition", "federation", "association"}


def _abstract(head: Token) -> bool:
    """A common noun that names a thing, an act or a quality, never a speaker, even as the
    subject of "said" in a misparse: "involvement", "Homs evacuation", "the attack"."""
    word = head.lower_
    if (
        is_agent_noun(word)
        or word in SPEECH_NOUNS
        or word in _BODIES
        or head.ent_type_ in {"ORG", "PERSON"}
    ):
        return False
    return word.endswith(_ABSTRACT_ENDINGS) or word in {"attack", "attacks", "figures"}


# --- the speakers of an article ----------------------------------------------------------

_SURNAME = re.compile(r"[\w'’-]+$")
_NAME_PREFIX = re.compile(r"^(al|el|ad|as|an|ar|at|az)[-‑ ]", re.IGNORECASE)


def _surname(name: str) -> str:
    match = _SURNAME.search(name)
    word = match.group(0).lower() if match else name.lower()
    return _NAME_PREFIX.sub("", word)


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w]+", name.lower()) if w not in {"the", "of", "for"}}


class SpeakerBook:
    """The speakers of one document and the mentions that point at them, in reading order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.speakers: list[Speaker] = []
        self._recent: list[tuple[int, Speaker]] = []  # (token index, speaker) of each mention
        self._persons = {
            ent.text: ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2
        }
        self._person_ents = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        self._genders = genders(doc, _surname)

    def _disagrees(self, speaker_name: str, pronoun: str) -> bool:
        """Does the article make this person a man where the pronoun is "she", or the
        reverse? (`gender.py`)"""
        wanted = pronoun_gender(pronoun)
        known = self._genders.get(_surname(speaker_name))
        return wanted is not None and known is not None and known != wanted

    def _find(self, mention: Mention) -> Speaker | None:
        name_key = mention.name.lower()
        for speaker in reversed(self.speakers):
            if speaker.name.lower() == name_key or name_key in (a.lower() for a in speaker.aliases):
                return speaker
        if mention.kind == "person" or (mention.kind == "organization" and " " not in name_key):
            # a surname: "Kirby" for "John Kirby", "Attiya" for "Khaled al-Attiya"
            surname = _surname(mention.name)
            for speaker in reversed(self.speakers):
                if speaker.kind == "person" and (
                    _surname(speaker.name) == surname
                    and (mention.kind == "person" or " " not in mention.name)
                ):
                    return speaker
        if mention.kind == "organization" and not mention.generic:
            # a short form of a named body: "the Observatory", "the Syrian Observatory"
            words = _words(mention.name)
            for speaker in reversed(self.speakers):
                if (
                    speaker.kind == "organization"
                    and not speaker.generic
                    and words
                    and words <= _words(speaker.name)
                ):
                    return speaker
        if mention.generic:
            return self._generic_target(mention.head, mention.name)
        opening = [t.lower_ for t in mention.span[:2]]
        if opening == ["the", "same"] and mention.head in {"source", "sources", "official"}:
            # "the same source said": whoever spoke last, named or not
            return self.speakers[-1] if self.speakers else None
        if mention.kind == "unknown" and mention.span[0].lower_ in {"the", "this", "that"}:
            # "the source", "the official": the latest unnamed source with that head word
            for speaker in reversed(self.speakers):
                if speaker.kind == "unknown" and speaker.head == mention.head:
                    return speaker
        return None

    def _generic_target(self, head: str, name: str) -> Speaker | None:
        """The named body that a generic mention (`the monitor`, `the agency`) stands for."""
        wanted = GENERIC_ORG_WORDS.get(head)
        if wanted is None:
            return None
        phrase = _words(name)
        for speaker in reversed(self.speakers):
            if speaker.kind != "organization":
                continue
            if speaker.generic:
                if speaker.head == head or phrase & _words(speaker.name) - {"the"} == phrase:
                    return speaker
                continue
            names = _words(speaker.name) | {w for a in speaker.aliases for w in _words(a)}
            if not wanted or names & wanted:
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
        if mention.kind == "person" and " " not in mention.name:
            fuller = self._person_name_for(mention.name)
            if fuller:
                mention.name = fuller
        speaker = self._find(mention)
        if speaker is None:
            speaker = Speaker(
                mention.name,
                mention.kind,
                mention.role,
                mention.affiliation,
                generic=mention.generic,
                head=mention.head,
            )
            self.speakers.append(speaker)
        else:
            if len(mention.name) > len(speaker.name) and speaker.kind == mention.kind == "person":
                speaker.add_alias(speaker.name)
                speaker.name = mention.name
            elif speaker.generic and not mention.generic and mention.kind == "organization":
                self._name_generic(speaker, mention.name)
            speaker.role = speaker.role or mention.role
            speaker.affiliation = speaker.affiliation or mention.affiliation
        speaker.add_alias(mention.name)
        speaker.add_alias(mention.span.text)
        self._recent.append((position, speaker))
        return speaker

    @staticmethod
    def _name_generic(speaker: Speaker, name: str) -> None:
        speaker.add_alias(speaker.name)
        speaker.name = name
        speaker.generic = False

    def note_subject(self, head: Token) -> None:
        """A person, or people, who are the subject of a sentence become candidates for
        later pronouns ("Many rebels ... because they say ...")."""
        if head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
            mention = describe_mention(head)
            if mention.kind != "person":
                return
            for speaker in self.speakers:
                if speaker.kind == "person" and _surname(speaker.name) == _surname(mention.name):
                    self._recent.append((head.i, speaker))
                    return
            self._recent.append(
                (head.i, Speaker(mention.name, "person", mention.role, mention.affiliation))
            )
        elif head.tag_ == "NNS" and is_agent_noun(head.text) and head.lower_ in SOURCE_NOUNS:
            mention = describe_mention(head)
            self._recent.append((head.i, Speaker(mention.name, "unknown", mention.role)))

    def resolve_pronoun(self, pronoun: str, position: int) -> Speaker | None:
        """The most recent speaker that the pronoun can refer to."""
        wanted = PRONOUNS.get(pronoun)
        for pos, speaker in reversed(self._recent):
            if pos >= position:
                continue
            if wanted == "person" and speaker.kind == "person":
                if self._disagrees(speaker.name, pronoun):
                    continue  # "she said" after Boris Johnson's words
                return self._registered(speaker)
            if wanted == "organization" and speaker.kind in {"organization", "country"}:
                return speaker
            if wanted == "group":
                return self._registered(speaker)
        if wanted == "person":
            # nobody has spoken or acted yet: the last person named ("... shared on
            # Twitter by a Kurd supporter activist known as Dr Partizan. ... he wrote")
            named = [
                ent
                for ent in self._person_ents
                if ent.end <= position and not self._disagrees(ent.text, pronoun)
            ]
            if named:
                ent = named[-1]
                tokens = [t for t in ent if t.tag_ != "POS"]
                if tokens:
                    mention = Mention(ent, _text(tokens), "person", head=tokens[-1].lower_)
                    return self.add(mention, ent.end - 1)
        return None

    def _registered(self, speaker: Speaker) -> Speaker:
        if speaker not in self.speakers:
            self.speakers.append(speaker)
        return speaker

    def finish(self) -> None:
        """Name the generic speakers that a named body of the article stands for: "a
        monitoring group said" in the lead, "the Syrian Observatory for Human Rights" later."""
        for speaker in self.speakers:
            if not speaker.generic or speaker.kind != "organization":
                continue
            wanted = GENERIC_ORG_WORDS.get(speaker.head)
            if not wanted:
                continue
            for named in self.speakers:
                if named.generic or named.kind != "organization":
                    continue
                names = _words(named.name) | {w for a in named.aliases for w in _words(a)}
                if names & wanted:
                    for alias in (speaker.name, *speaker.aliases):
                        named.add_alias(alias)
                    speaker.add_alias(speaker.name)
                    speaker.name = named.name
                    speaker.affiliation = speaker.affiliation or named.affiliation
                    for alias in named.aliases:
                        speaker.add_alias(alias)
                    speaker.generic = False
                    break
