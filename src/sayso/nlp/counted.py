"""What a number counts: its noun with the modifiers that say whose it is.

    "at least 3,000 North Korean soldiers"   -> North Korean soldiers
    "12 IS fighters" (a parse that fails)   -> IS fighters
    "thousands of troops", "dozens of people"
    "86 members of Syrian government forces" -> members of Syrian government forces
    "five of those killed were suicide bomb attackers" -> suicide bomb attackers
    "two of them children"                   -> children

`find_noun()` reads the tokens right of the number (robust to the small parser's
mistakes on headlines and run-together scraped copy) and falls back on the parse;
`describe()` gives the counted text, in the plural that analysts compare.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .kinds import AGENT_NOUNS, NOISE_NOUNS, OUTCOME_NOUNS, PERSON_NOUNS, plural
from .numbers import SCALES, VAGUE_AMOUNTS

__all__ = ["Counted", "describe", "find_noun"]

_RELATIONAL = {
    "members", "member", "relatives", "families", "supporters", "employees", "staff",
    "residents", "citizens", "soldiers", "fighters", "officers", "personnel", "troops",
    "leaders", "followers", "workers", "children", "students", "sons", "parents",
    "teams", "units", "squads", "crews", "battalions", "brigades",
}  # fmt: skip
_MODIFIER_POS = {"ADJ", "PROPN", "NOUN", "VERB"}
_STOP_WORDS = {
    "people", "others", "persons", "and", "or", "in", "on", "at", "of", "from", "with", "were",
    "was", "have", "has", "had", "are", "is", "be", "been", "who", "which", "that", "including",
    "among", "as", "by", "for", "to", "into", "near", "after", "during", "since", "while",
}  # fmt: skip
_LEADING = {
    "more", "most", "mostly", "including", "many", "other", "several", "some", "further",
    "additional", "another", "dozen", "dozens", "hundreds", "thousands", "half", "halfs",
    "least", "than", "about", "around", "nearly", "almost", "over", "under",
}  # fmt: skip
_RATE_ADJECTIVES = {"daily", "weekly", "monthly", "yearly", "annual", "nightly"}
_SOURCE_LABELS = {"monitor", "ngo", "observatory", "media", "sana", "afp", "reuters"}
_VERB_FORMS = {
    "kill", "kills", "injure", "injures", "wound", "wounds", "die", "dies", "capture",
    "captures", "leave", "leaves", "hit", "hits", "kidnap", "kidnaps", "detain", "detains",
}  # fmt: skip
_PARTICIPLES = {"killed", "injured", "wounded", "dead", "missing", "displaced", "detained"}


@dataclass(frozen=True, slots=True)
class Counted:
    """The counted noun of a figure, with the first token of its modifiers."""

    noun: Token
    first: int
    """Index of the first modifier token (the noun's own index when it has none)."""
    through: str | None = None
    """How it was found: "of them" for a sub-count ("two of them children")."""


def _lexical(tok: Token) -> bool:
    """A noun the lexicons know, whatever the tagger says ("four of them brothers")."""
    lower = tok.lower_
    return (
        lower in PERSON_NOUNS
        or lower in AGENT_NOUNS
        or (lower in OUTCOME_NOUNS and lower not in _PARTICIPLES)
    )


def _nominal(tok: Token) -> bool:
    lower = tok.lower_
    if lower in PERSON_NOUNS or lower in OUTCOME_NOUNS or lower in AGENT_NOUNS:
        return True
    if lower in NOISE_NOUNS:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def _is_head(tok: Token, doc: Doc) -> bool:
    """The last noun of a run of nouns and modifiers ("North Korean [soldiers]")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not tok.whitespace_:
        return False  # "al-Nusra leaders": the first part of a hyphenated name
    if (
        nxt is not None
        and nxt.text in {"[", "("}
        and tok.i + 4 < len(doc)
        and doc[tok.i + 3].text in {"]", ")"}
        and doc[tok.i + 4].pos_ == "NOUN"
    ):
        return False  # "Red Crescent [SARC] volunteers": the name modifies the noun after
    if nxt is None or nxt.is_punct or nxt.is_space:
        return True
    if (
        nxt.dep_ in {"amod", "compound"}
        and nxt.pos_ == "VERB"
        and nxt.head.pos_ == "NOUN"
        and 0 < nxt.head.i - nxt.i <= 2
    ):
        return False  # "70 total OASDI disabled beneficiaries": the participle modifies
    lower = tok.lower_
    if tok.ent_type_ == "NORP" and tok.text.endswith("s") and nxt.ent_type_ != "NORP":
        return True  # "18 Syrians US Aid Worker": a people named by nationality
    if (
        lower in PERSON_NOUNS | OUTCOME_NOUNS
        and nxt.lower_ not in PERSON_NOUNS | OUTCOME_NOUNS
        and not (nxt.pos_ == "NOUN" and nxt.is_lower and not nxt.like_num)
    ):
        return True  # but "civilian facilities", "personnel carriers": a modifier
    if tok.tag_ == "NNS" and lower in PERSON_NOUNS and nxt.tag_ == "NN" and lower != "personnel":
        return True  # "holding my five cousins hostage": a plural is rarely a modifier
    if nxt.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "NUM", "ADV", "PART"}:
        if nxt.dep_ == "acl" and nxt.head.i == tok.i:
            return True  # "the two neighborhoods injuring 21 people": its own clause
        return not (nxt.pos_ == "VERB" and nxt.lower_ not in _PARTICIPLES and nxt.tag_ == "VBG")
    if nxt.ent_type_ in {"DATE", "TIME"}:
        return True
    return not _nominal(nxt)


def find_noun(doc: Doc, start: int, end: int, limit: int) -> Counted | None:
    """The noun that the number `doc[start:end]` counts, if any (None for "killed 10")."""
    number = doc[end - 1]
    # "N of them/those/whom X", "thousands of troops", "three of the soldiers"
    if end < limit and doc[end].lower_ == "of":
        return _of_phrase(doc, end, limit)
    # "took to 89 the number of civilians killed": the count names its group after it
    if end + 3 < limit and [t.lower_ for t in doc[end : end + 3]] == ["the", "number", "of"]:
        return _of_phrase(doc, end + 2, limit)
    # surface: modifiers then the head noun, right after the number
    i = end
    while i < limit and i < end + 6:
        tok = doc[i]
        if tok.is_quote:
            i += 1  # 140 million monthly active “businesses”
            continue
        if tok.text in {"[", "("} and i + 2 < limit and doc[i + 2].text in {"]", ")"}:
            i += 3  # "22 Red Crescent [SARC] volunteers": an acronym in brackets
            continue
        if tok.pos_ == "ADV" and i + 1 < limit and doc[i + 1].pos_ == "ADJ":
            i += 1  # "two relatively smaller organisations"
            continue
        if (tok.is_punct and tok.text not in {"-"}) or tok.is_space:
            return None
        if tok.lower_ in VAGUE_AMOUNTS or tok.lower_ in _VERB_FORMS:
            return None  # "kill 10 injure scores": the next clause, not a noun
        if tok.lower_ in _SOURCE_LABELS and (
            tok.text[:1].isupper() or (i > end and doc[i - 1].text[:1].isupper())
        ):
            # "kill 32 Monitor", "capture 3 villages Monitor": the headline's source
            earlier = doc[i - 1] if i > end else None
            if (
                earlier is not None
                and _nominal(earlier)
                and earlier.pos_ != "VERB"
                and (_lexical(earlier) or not earlier.text[:1].isupper())
            ):
                return Counted(earlier, end)
            return None  # "kills 14 State media AFP": the label's own first word
        if tok.lower_ in {"people", "persons", "others", "civilians"}:
            return Counted(tok, end if i > end else tok.i)
        if tok.lower_ in _RATE_ADJECTIVES:
            i += 1  # "140 million monthly active businesses"
            continue
        if (
            tok.lower_ in _PARTICIPLES
            and i + 1 < limit
            and doc[i + 1].lower_ in PERSON_NOUNS
            and doc[i + 1].pos_ == "NOUN"
        ):
            i += 1  # "six injured civilians died": the state before what the clause tells
            continue
        if (
            tok.ent_type_ in {"DATE", "TIME"}
            and not tok.like_num
            and tok.lower_ not in PERSON_NOUNS
        ):
            return None
        if _lexical(tok) and _is_head(tok, doc):
            return Counted(tok, end)
        if tok.text == "-" or tok.pos_ in _MODIFIER_POS or _nominal(tok):
            if tok.pos_ == "VERB" and tok.lower_ in _PARTICIPLES | {"killing", "injuring"}:
                return None  # "10 killed": a bare count
            if tok.pos_ == "VERB" and tok.tag_ not in {"VBN", "VBG"} and tok.dep_ != "amod":
                return None
            if _nominal(tok) and tok.pos_ != "VERB" and _is_head(tok, doc):
                return Counted(tok, end)
            i += 1
            continue
        break
    # "Of those killed six were children", "while four were foreign volunteers"
    if end + 1 < limit and doc[end].lower_ in {"were", "are"}:
        found = _noun_after(doc, end + 1, limit)
        if found is not None and found[1].lower_ in PERSON_NOUNS and found[1].pos_ == "NOUN":
            return Counted(found[1], found[0])
    # the parse: "3,000 [soldiers]" with something the surface walk could not cross
    head = number.head
    if (
        number.dep_ in {"nummod", "quantmod", "compound"}
        and head.i > number.i
        and head.i - number.i <= 6
        and head.pos_ in {"NOUN", "PROPN"}
        and head.lower_ not in VAGUE_AMOUNTS
        and head.lower_ not in SCALES
    ):
        return Counted(head, end)
    return None


def _of_phrase(doc: Doc, of: int, limit: int) -> Counted | None:
    nxt = doc[of + 1] if of + 1 < limit else None
    if nxt is None:
        return None
    if nxt.lower_ in {"them", "whom", "those", "these", "us"}:
        # "two of them children", "five of those killed were suicide bomb attackers"
        after = of + 2
        if nxt.lower_ == "those" and after < limit and doc[after].lower_ in _PARTICIPLES:
            after += 1
        if after < limit and doc[after].lower_ in {"were", "was", "are"}:
            after += 1
        found = _noun_after(doc, after, limit)
        if found is not None:
            return Counted(found[1], found[0], through="of them")
        return Counted(nxt, nxt.i, through="of them")
    start = of + 1
    if doc[start].lower_ in {"the", "their", "its", "his", "her", "our", "these"}:
        start += 1
    elif start + 2 < limit and doc[start + 1].tag_ == "POS":
        start += 2  # "five of Soltan's relatives"
    found = _noun_after(doc, start, limit)
    if found is None:
        return None
    return Counted(found[1], found[0])


def _noun_after(doc: Doc, start: int, limit: int) -> tuple[int, Token] | None:
    """(first modifier, head noun) of a noun phrase starting at `start`."""
    i = start
    while i < limit and i < start + 6:
        tok = doc[i]
        if tok.is_quote and i == start:
            start += 1  # dozens of “fighters”
            i += 1
            continue
        if tok.is_punct and tok.text != "-":
            return None
        if _lexical(tok) and _is_head(tok, doc):
            return start, tok
        if tok.like_num or tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PRON", "DET"}:
            if (
                tok.pos_ == "VERB"
                and tok.tag_ in {"VBN", "VBG"}
                and i + 1 < limit
                and _nominal(doc[i + 1])
            ):
                i += 1  # "scores of fleeing civilians", "dozens of wounded soldiers"
                continue
            return None
        if _nominal(tok) and _is_head(tok, doc):
            return start, tok
        i += 1
    return None


def describe(doc: Doc, counted: Counted) -> str:
    """The counted group as text: modifiers, head noun (plural), and for relational
    nouns their "of" complement ("members of Syrian government forces")."""
    noun = counted.noun
    inside: set[int] = set()
    for t in doc[counted.first : noun.i + 1]:
        if t.text in {"[", "("}:
            closing = next((u.i for u in doc[t.i : noun.i + 1] if u.text in {"]", ")"}), None)
            if closing is not None:
                inside.update(range(t.i, closing + 1))  # "[SARC]": an aside, not the group
    tokens = [
        t
        for t in doc[counted.first : noun.i + 1]
        if (not t.is_punct or t.text == "-") and t.i not in inside
    ]
    while len(tokens) > 1 and (
        tokens[0].pos_ in {"DET", "ADP", "CCONJ", "ADV"}
        or tokens[0].like_num
        or tokens[0].lower_ in _LEADING
    ):
        tokens = tokens[1:]  # "more people", "other civilians", "dozen people"
    head = plural(noun.text) if noun.tag_ in {"NN", "NNP"} else noun.text
    words = [t.text for t in tokens[:-1]] + [head]
    if not tokens:
        words = [noun.text]
    text = " ".join(words).replace(" - ", "-")
    if noun.lower_ in _RELATIONAL and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of":
        tail = _of_complement(doc, noun.i + 1)
        if tail:
            text = f"{text} {tail}"
    if text.lower() in {"persons", "person", "lives", "souls"}:
        return "people"  # "claimed some 300000 lives": people killed
    return text


def _of_complement(doc: Doc, of: int) -> str | None:
    """ "of Syrian government forces and its allies": up to a clause or a dash."""
    words: list[str] = []
    i = of + 1
    while i < len(doc) and i < of + 9:
        tok = doc[i]
        if tok.is_punct or (
            tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "SCONJ"} and tok.lower_ != "its"
        ):
            break
        if tok.lower_ in {"who", "which", "that", "were", "was"}:
            break
        words.append(tok.text)
        i += 1
    while words and words[-1].lower() in {"and", "or", "the", "its"}:
        words.pop()
    if not words:
        return None
    if words[0].lower() == "the":
        words = words[1:]
    return "of " + " ".join(words) if words else None
