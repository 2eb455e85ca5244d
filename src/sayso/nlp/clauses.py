"""Outcomes read from a figure's clause: its verbs, its phrase, the words beside it.

`outcome_of_clause` follows the parse (the verbs over the counted noun, coordinated
verbs under one subject, participles); the others cover what the parse misses:
"the death of eight" (`outcome_of_event_phrase`), "25 civilians killed 80 injured"
(`adjacent_outcome`), "among those killed" and "under siege" (`outcome_of_group`),
"the death toll reached 112" (`toll_outcome`), title-case headlines (`title_case`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .outcomes import OUTCOME_ADJECTIVES, outcome_from_noun, outcome_of_event, outcome_of_verb

__all__ = [
    "ADJACENT_OUTCOMES",
    "NEXT_CLAUSE",
    "adjacent_outcome",
    "outcome_of_clause",
    "outcome_of_event_phrase",
    "outcome_of_group",
    "title_case",
    "toll_outcome",
    "verb_above",
]


def outcome_of_clause(verb: Token | None, noun: Token | None, person: bool) -> str | None:
    """The outcome from the parse: the verbs over the counted noun, its participles."""
    found: list[str] = []

    def add(outcome: str | None) -> None:
        if outcome and outcome not in found:
            found.append(outcome)

    def verbs_from(v: Token) -> list[Token]:
        chain = [v]
        for child in v.children:
            if (
                child.dep_ == "conj"
                and child.pos_ in {"VERB", "AUX"}
                and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in child.children)
            ):
                chain.extend(verbs_from(child))
        return chain

    if noun is not None and noun.lower_ in {"toll"}:
        add("killed")
    if verb is not None and noun is not None and noun.dep_ in {
        "nsubj", "nsubjpass", "dobj", "attr", "pobj", "oprd", "appos", "conj", "npadvmod",
    }:  # fmt: skip
        # a subject shares the verbs coordinated with its own ("have died or been
        # wounded"); an object belongs to its verb alone ("killed 16 and wounded 30")
        if noun.dep_ == "pobj" and noun.head.lower_ not in {"of", "by", "among"}:
            if noun.head.lower_ in {"to", "for"} and outcome_of_verb(verb, person) == "other":
                add("other")  # "cut power to some 375,000 people"
        else:
            # "scores of people": the amount is the verb's object, the noun its complement
            head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
            chain = verbs_from(verb) if noun.dep_ in {"nsubj", "nsubjpass"} else [verb]
            if (
                head.dep_ == "dobj"
                and verb.dep_ == "conj"
                and verb.head.pos_ == "VERB"
                and not any(c.dep_ == "dobj" for c in verb.head.children)
            ):
                chain = [verb.head, verb]  # "killing and injuring scores of people"
            for v in chain:
                add(outcome_of_verb(v, person))
    if not found and noun is not None:
        for child in noun.children:
            if child.dep_ in {"acl", "relcl", "amod"} and child.pos_ in {"VERB", "ADJ"}:
                if child.dep_ == "amod" and child.lower_ in OUTCOME_ADJECTIVES:
                    add(OUTCOME_ADJECTIVES[child.lower_])  # "80 other wounded persons"
                    continue
                for v in verbs_from(child):
                    add(outcome_of_verb(v, person))
        add(outcome_from_noun(noun.lower_))
    if "killed" in found and "wounded" in found:
        return "killed_or_wounded"
    return found[0] if found else None


def outcome_of_event_phrase(number: Token) -> str | None:
    """ "leading to the death of eight and the injury of 89"."""
    node = number
    if node.dep_ == "conj":
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head  # "the death of", "the killing of", "the beheading of"
        return outcome_of_event(noun.lower_)
    return None


ADJACENT_OUTCOMES = {
    "killed": "killed", "dead": "killed", "injured": "wounded", "wounded": "wounded",
    "hurt": "wounded", "missing": "missing", "displaced": "displaced", "detained": "arrested",
    "arrested": "arrested", "captured": "captured", "executed": "executed",
}  # fmt: skip


NEXT_CLAUSE = {"wounds", "injures", "kills", "wounding", "injuring", "leaves", "leaving"}


def adjacent_outcome(doc: Doc, i: int, limit: int) -> str | None:
    """The outcome words right after a number or its noun: "80 injured", "25 Terrorists
    Killed Injured" (killed_or_wounded), "30 killed or wounded"; None before a noun."""
    found: list[str] = []
    while i < limit and doc[i].lower_ in ADJACENT_OUTCOMES:
        found.append(ADJACENT_OUTCOMES[doc[i].lower_])
        i += 1
        if (
            i + 1 < limit
            and doc[i].lower_ in {"and", "or"}
            and doc[i + 1].lower_ in ADJACENT_OUTCOMES
        ):
            i += 1
    if not found or (i < limit and doc[i].pos_ == "NOUN"):
        return None
    if "killed" in found and "wounded" in found:
        return "killed_or_wounded"
    return found[0]


_AMONG_NOUNS = {
    "dead",
    "killed",
    "victims",
    "casualties",
    "fatalities",
    "toll",
    "deaths",
    "deceased",
}


def outcome_of_group(scope: list[Token], end: int) -> str | None:
    """ "14 children were among those killed", "victims include 8 children", "under
    siege": an outcome named by the group the figure is part of, or by a state. An
    "among" must follow the figure closely ("one of his relatives told AFP" is not
    among the dead of an earlier clause)."""
    words = [t.lower_ for t in scope]
    for i, word in enumerate(words):
        if word == "among" and not 0 <= scope[i].i - end <= 6:
            continue
        if word in {"among", "include", "includes", "included", "including"}:
            for later in words[i + 1 : i + 4]:
                if later in _AMONG_NOUNS:
                    return outcome_from_noun(later) or "killed"
        if word == "siege" and i > 0 and words[i - 1] in {"under", "besieged"}:
            return "other"
        if word == "without" and set(words[i + 1 : i + 3]) & {
            "power", "electricity", "water", "communication", "communications", "food",
            "shelter", "phone", "internet", "heat",
        }:  # fmt: skip
            return "other"  # "450,000 people were without communication"
    for tok in scope:
        if tok.lemma_.lower() == "include" and tok.pos_ == "VERB":
            subject = [c for c in tok.children if c.dep_ == "nsubj"]
            if subject and subject[0].lower_ in _AMONG_NOUNS | {"those"}:
                found = [t.lower_ for t in subject[0].subtree if t.lower_ in _AMONG_NOUNS]
                if found:
                    return outcome_from_noun(found[0]) or "killed"
    return None


def title_case(sent: Span) -> bool:
    """A headline in title case, where the small parser reads verbs as names: its common
    words capitalised too ("Strike on Raqqa Kills 20 Civilians"), the second part of a
    hyphenated word aside ("US-led")."""
    words = [
        t for t in sent if t.is_alpha and len(t) > 3 and not (t.i > 0 and t.nbor(-1).text == "-")
    ]
    capitalised = sum(t.text[:1].isupper() for t in words)
    return len(words) >= 3 and capitalised >= 0.85 * len(words)


def toll_outcome(scope: list[Token], number: Token) -> str | None:
    """ "the death toll reached 112", "casualties rose to 45": the outcome of the subject;
    "the death toll at six and the number of injured at 28": the nearer one."""
    before = [t for t in scope if t.i < number.i]
    for tok in reversed(before):
        if tok.lower_ == "number" and tok.i + 2 < number.i and tok.doc[tok.i + 1].lower_ == "of":
            found = outcome_from_noun(tok.doc[tok.i + 2].lower_)
            if found:
                return found
        if tok.lower_ == "toll":
            break
    for tok in scope:
        if tok.lower_ == "toll":
            kind = " ".join(t.lower_ for t in tok.lefts)
            return "killed_or_wounded" if "casualty" in kind else "killed"
        if tok.lower_ in {"casualties", "deaths", "fatalities", "losses"} and tok.dep_ in {
            "nsubj",
            "nsubjpass",
            "dobj",
        }:
            return outcome_from_noun(tok.lower_)  # "bringing its total losses to 700,000"
    return None


def verb_above(
    tok: Token,
    steps: int = 4,
    through: frozenset[str] | None = None,
    stop: frozenset[str] = frozenset(),
) -> Token | None:
    """The first verb above `tok` in the parse, at most `steps` heads up; `through` names
    the dependencies the walk may climb (any, when None), `stop` those it may not."""
    node = tok
    for _ in range(steps):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if (through is not None and node.dep_ not in through) or node.dep_ in stop:
            return None
        node = head
    return None
