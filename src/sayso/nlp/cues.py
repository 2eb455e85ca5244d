"""Cues: the words that report speech, and the uses of them that report nothing.

A cue verb (`lexicon.CUE_VERBS`) reports a claim unless it is negated or refused ("did
not say", "declined to comment", "Neither X nor Y acknowledged"), passive without a
speaker ("were reported", "a ceasefire announced by Russia"), or inside a quotation
(the quoted speaker's own words). `according_to()` and `quoted_as()` find the phrasal
cues "according to X" and "X was quoted as saying".
"""

from __future__ import annotations

from spacy.tokens import Token

from .kinds import OUTCOME_NOUNS
from .lexicon import (
    CUE_VERBS,
    DECLINE_VERBS,
    DOCUMENT_CUE_VERBS,
    INTENT_VERBS,
    NEGATORS,
    OBJECT_NOUNS,
    PHRASAL_CUE_VERBS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    TALLY_CUE_VERBS,
    TOLL_NOUNS,
)

__all__ = [
    "hypothetical",
    "is_according_to",
    "is_cue_verb",
    "mandative",
    "negated",
    "obliged",
    "passive",
    "quoted_as",
]


def negated(cue: Token) -> bool:
    """Is this cue denied or refused ("did not say", "declined to say")?"""
    if any(c.dep_ == "neg" or c.lower_ in {"never"} for c in cue.children):
        return True
    if cue.dep_ in {"xcomp", "ccomp"} and cue.head.lemma_ in DECLINE_VERBS:
        return True
    for subj in (c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if any(t.lower_ in {"neither", "no", "nobody", "none"} for t in subj.subtree):
            return True
    aux_neg = [c for c in cue.children if c.dep_ in {"aux", "auxpass"} and c.lower_ in NEGATORS]
    return bool(aux_neg)


def passive(cue: Token) -> bool:
    """A passive use with no speaker of its own: "were reported", "a 48-hour ceasefire
    announced by Russia" (a noun's modifier, not a report)."""
    if cue.tag_ != "VBN":
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in cue.children):
        return True
    if _closing_credit(cue):
        return False
    return cue.dep_ in {"acl", "amod", "relcl"} and not any(
        c.dep_ in {"nsubj", "ccomp"} for c in cue.children
    )


def _closing_credit(cue: Token) -> bool:
    """ "... regime bombs that landed on eastern Ghouta the observatory reported on
    Thursday.": a past-tense cue the tagger read as a participle, right after the source
    noun, closing the sentence with at most a time after it."""
    source = cue.doc[cue.i - 1]
    if cue.dep_ != "acl" or cue.i == 0 or source.lower_ not in SOURCE_NOUNS:
        return False
    if not any(c.dep_ == "det" or c.pos_ == "PROPN" for c in source.children):
        return False  # "the observatory", "Syrias SANA regime news agency"
    after = [t for t in cue.subtree if t.i > cue.i]
    return (
        all(t.dep_ in {"prep", "pobj", "npadvmod", "det", "amod"} for t in after)
        and cue.right_edge.i + 1 < len(cue.doc)
        and cue.doc[cue.right_edge.i + 1].text in {".", "!", "?"}
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def _infinitive(tok: Token) -> bool:
    """ "urged waiting for the inspectors to report": a report still to come, wanted or
    expected. ("shifted his own account to say that ..." reports what is said now.)"""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return False
    said = any(c.dep_ == "ccomp" for c in tok.children)
    return not said or tok.head.lemma_.lower() in INTENT_VERBS or tok.head.pos_ in {"ADJ", "AUX"}


def _title_case(tok: Token) -> bool:
    """A capitalised cue inside a sentence belongs to a heading written in title case
    ("The First Map of Saturn's Moon Titan Revealed")."""
    return tok.i > tok.sent.start and tok.text[:1].isupper() and tok.text[1:].islower()


def _gapped(tok: Token) -> bool:
    """A cue in a relative clause whose object is the noun it modifies ("the visual
    quality Google promised - ..."): it reports no proposition. A cue that ends its
    sentence ("... in the SDFs attacks the sources said; FNA reported") is the wire's
    closing attribution that a parser misread as a relative clause."""
    if tok.dep_ != "relcl" or any(
        c.dep_ in {"ccomp", "xcomp", "dobj"} or (c.dep_ == "prep" and c.i > tok.i)
        for c in tok.children
    ):
        return False
    if tok.head.lower_ in SPEECH_NOUNS | OBJECT_NOUNS:
        return True  # "an accusation the YPG has denied": the noun is what is denied
    if any(c.dep_ == "nummod" for c in tok.head.children):
        return False  # "... killed 24 people a monitor said a day after ...": no object gap
    doc = tok.doc
    nxt = tok.i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    return nxt < tok.sent.end and doc[nxt].text not in {".", ";", "!", "?", "”", '"'}


def _added_amount(tok: Token) -> bool:
    """ "the Nasdaq Composite added 0.91 points", "Spot gold added 0.1%": a market that
    rose, not a speaker (whose "added" has a clause: "the source added 9 persons were
    injured")."""
    if tok.lemma_.lower() != "add" or any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        return False
    return any(
        c.dep_ in {"dobj", "npadvmod"}
        and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
        for c in tok.children
    )


def hypothetical(tok: Token) -> bool:
    """A cue inside a condition ("if the country would announce the investigations")."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in node.children):
            return True
        if node.dep_ not in {"advcl", "ccomp", "conj", "xcomp"} or node.head is node:
            return False
        node = node.head
    return False


_MANDATIVE = {"insist", "demand", "urge", "recommend", "propose", "require", "ask", "suggest"}


_OBLIGATION = {"must", "should", "shall", "ought", "may", "might"}


def obliged(tok: Token) -> bool:
    """ "groups must disclose donations over $250", "he may announce": a duty or a
    possibility, not a report (unlike "police can confirm", a statement in itself)."""
    return any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in tok.children)


def mandative(tok: Token) -> bool:
    """ "insisting that Congress remain in Washington", "demanded that he be freed": a
    demand in the subjunctive, which asserts nothing (unlike "insisted that he was")."""
    if tok.lemma_.lower() not in _MANDATIVE:
        return False
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.tag_ not in {"VB", "VBP"}:
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        helpers = [c for c in clause.children if c.dep_ in {"aux", "auxpass"} and c.lower_ != "be"]
        if subject is None or helpers or clause.i < subject.i:
            continue
        # the base form where the present would agree: "that Congress remain", "that he be"
        if (
            clause.tag_ == "VB"
            or subject.tag_ in {"NN", "NNP"}
            or subject.lower_ in {"he", "she", "it"}
        ):
            return True
    return False


def is_cue_verb(tok: Token) -> bool:
    """A verb of `lexicon.CUE_VERBS`, used to report (not negated, not passive, not an
    infinitive still to come, not a title-case heading, not a gapped relative clause)."""
    if tok.lemma_.lower() not in CUE_VERBS or not tok.tag_.startswith("VB"):
        return False
    particle = PHRASAL_CUE_VERBS.get(tok.lemma_.lower())
    if particle is not None and not any(
        c.dep_ == "prt" and c.lower_ == particle for c in tok.children
    ):
        return False  # "pointed out that ..." reports; "pointed to the map" does not
    if tok.lemma_.lower() == "continue" and (
        tok.tag_ != "VBD"
        or any(c.dep_ == "xcomp" for c in tok.children)
        or any(t.lower_ == "to" for t in tok.doc[tok.i + 1 : tok.i + 5])
    ):
        # "he continued" reports; "the battle will continue" and "jets continued to
        # pound Aleppo" do not
        return False
    if (
        tok.lemma_.lower() in {"say", "report", "believe", "think", "know"}
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].lower_ == "to"
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children)
        and not any(c.dep_ in {"ccomp", "dobj"} for c in tok.children)
    ):
        return False  # "18 prisoners said to be Syrian officers": a description, no claim
    if tok.lemma_.lower() == "give" and not any(
        c.dep_ == "dobj"
        and c.lower_ in TOLL_NOUNS
        and not any(d.lower_ == "no" for d in c.children)  # "gave no figure"
        for c in tok.children
    ):
        return False  # only a toll is given as a claim: "state media gave a toll of 44 dead"
    if tok.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and c.lower_ in {"lives", "life"} for c in tok.children
    ):
        return False  # "shells claiming the lives of 15 people" tells a death, not a claim
    if tok.lemma_.lower() in DOCUMENT_CUE_VERBS and not any(
        c.dep_ == "nsubj" and c.lower_ in SPEECH_NOUNS for c in tok.children
    ):
        return False  # "the statement read": only a document reads
    if tok.lemma_.lower() in TALLY_CUE_VERBS and (
        tok.tag_ == "VBG"
        or not any(c.dep_ == "dobj" and c.lower_ in OUTCOME_NOUNS for c in tok.children)
        or any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in tok.children)
    ):
        # "the ministry recorded 3,000 new cases"; not "the band recorded 12 songs", nor
        # "Pakistan recorded 2,756 cases", where the country is what the count is of
        return False
    if (
        _infinitive(tok)
        or _title_case(tok)
        or _gapped(tok)
        or hypothetical(tok)
        or mandative(tok)
        or obliged(tok)
    ):
        return False
    if _added_amount(tok):
        return False
    if tok.lower_ == "said" and tok.i + 1 < len(tok.doc) and tok.i > tok.sent.start:
        # "That said, ..." and "the said document" report nothing
        before = tok.doc[tok.i - 1]
        if before.lower_ in {"that", "this", "having"} and before.i == tok.sent.start:
            return False
    return not negated(tok) and not passive(tok)


def is_according_to(tok: Token) -> bool:
    """The `according` of "according to X"."""
    return (
        tok.lower_ == "according" and tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].lower_ == "to"
    )


def quoted_as(cue: Token) -> Token | None:
    """For the `saying` of "X quoted Y as saying" or "Y was quoted as saying", the verb
    `quoted` (whose object or passive subject is the source)."""
    if cue.tag_ != "VBG" or cue.lemma_.lower() not in CUE_VERBS:
        return None
    node = cue.head
    if node.lower_ == "as" and node.head.lemma_.lower() in {"quote", "cite"}:
        return node.head
    if cue.i >= 2 and cue.doc[cue.i - 1].lower_ == "as":
        for tok in cue.doc[max(cue.sent.start, cue.i - 12) : cue.i - 1]:
            if tok.lemma_.lower() in {"quote", "cite"} and tok.tag_.startswith("VB"):
                return tok
    return None
