"""What an amount of money or a percentage measures.

A count says what it counts by the noun after it ("3,000 soldiers", `counted.py`). Money
and percentages say it in the phrase around them, and the analyst wants that phrase:

    "a net loss of S$83.7 million"                    -> net loss
    "earnings per share of S$0.13"                    -> earnings per share
    "a 32.9 per cent decline in print revenue"        -> decline in print revenue
    "the S$25.7 million divestment gain on the Centre" -> divestment gain on the Centre
    "$98 billion of coupon-bearing debt"              -> coupon-bearing debt
    "44% of jobs in Monroe County"                    -> share of jobs in Monroe County
    "S$68.5 million received from government schemes" -> money received from government schemes
    "Net asset value per share was S$2.06"            -> Net asset value per share
    "revenue for the media business shrank 22.8 per cent" -> revenue for the media business

`measured()` reads the parse around the amount; `noun_phrase()` gives a noun with its
modifiers and its short prepositional complements, without determiners, pronoun
possessors, relative clauses or instrument codes ("Copper CMCU3" -> "Copper").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .clauses import verb_above
from .units import CURRENCY_WORDS

__all__ = [
    "amount_head",
    "instrument_code",
    "measured",
    "noun_phrase",
    "price_of_shares",
    "subject_phrase",
]

_COMPLEMENTS = {"of", "for", "from", "in", "on", "per", "before", "to", "at"}
"""Prepositions whose phrase belongs to what a noun names ("revenue from the property
business", "loss before taxation", "gain on the Media Centre")."""
_LEFT_DEPS = {
    "amod", "compound", "nmod", "poss", "case", "npadvmod", "punct", "quantmod", "nummod",
}  # fmt: skip
_NAME_PARTS = {"nummod", "compound"}
_DROPPED_POSSESSORS = {"its", "their", "his", "her", "our", "my", "your"}
_BEING_VERBS = {
    "be", "total", "reach", "stand", "amount", "come", "hit", "top", "equal", "average",
    "stay", "remain", "hover",
}  # fmt: skip
_AMOUNT_WORDS = {"million", "billion", "trillion", "thousand", "bn", "m", "k", "cents", "cent"}
_MAX_WORDS = 10
_MODIFIER_DEPS = {"nummod", "compound", "amod", "quantmod", "nmod", "npadvmod"}

_CODE = re.compile(
    r"""^(?:
        \.[A-Z][A-Za-z0-9]+             # .DJI  .SPX  .MIWD00000PUS
      | [A-Z][A-Za-z0-9]*\d[A-Za-z0-9]*=?[A-Z]*   # CMCU3  LCOc1  US10YT=RR  TMUBMUSD10Y
      | [A-Z]{2,}=[A-Z]*                # GBP=  EUR=  JPY=
    )$""",
    re.X,
)


def instrument_code(tok: Token) -> bool:
    """A market data code written into the text ("Copper CMCU3", "the Dow .DJI")."""
    return bool(_CODE.match(tok.text)) and not tok.like_num


def _amount_tops(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of the amount whose head is outside it, last first; an amount that
    ends in a currency word ("176 Hong Kong dollars", "$7.9 million dollars") is the word."""
    inside = range(start, end)
    tops = [t for t in doc[start:end] if t.head.i not in inside or t.head.i == t.i]
    if not tops:
        tops = [doc[end - 1]]
    root = tops[-1]
    if root.head.i >= end and root.head.lower_ in CURRENCY_WORDS:
        return [root.head]
    return tops[::-1]


def _modified_noun(root: Token, end: int) -> Token | None:
    """The noun after the amount that its top token `root` modifies, if any."""
    head = root.head
    if root.dep_ in _MODIFIER_DEPS and head.i >= end and head.pos_ in {"NOUN", "PROPN"}:
        return head
    return None


def amount_head(doc: Doc, start: int, end: int) -> Token | None:
    """The noun an amount modifies ("an extra $600 weekly [benefit]"), if any."""
    return _modified_noun(_amount_tops(doc, start, end)[0], end)


def measured(doc: Doc, start: int, end: int, unit: str) -> str | None:
    """What the amount `doc[start:end]` (money in `unit`, or `percent`) measures."""
    tops = _amount_tops(doc, start, end)
    root = tops[0]
    end = max(end, root.i + 1)
    head = root.head
    # "a 32.9 per cent decline in ...", "the S$25.7 million divestment gain"
    noun = _modified_noun(root, end)
    if noun is not None and noun.i - end <= 3 and noun.lower_ not in _AMOUNT_WORDS:
        return noun_phrase(noun, start=end)
    # "44% of jobs in Monroe County", "$98 billion of coupon-bearing debt"
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "in"} and child.i >= end:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if (
                objects
                and objects[0].pos_ in {"NOUN", "PROPN"}
                and not (
                    child.lower_ == "in"
                    and objects[0].ent_type_ in {"GPE", "LOC", "FAC", "DATE", "NORP"}
                )
                and not _time_phrase(child)
            ):  # "$98 billion in debt", not "$300 in New York" nor "52% in Pennsylvania"
                words = noun_phrase(objects[0], keep_det=unit == "percent")
                if words is None:
                    break
                return f"share of {words}" if unit == "percent" else words
    # "a net loss of S$83.7 million", "earnings per share of S$0.13", "a request for $22.6bn"
    if (
        root.dep_ == "pobj"
        and head.lower_ in {"of", "for", "over", "above", "under", "below", "exceeding"}
        and head.head.pos_ in {"NOUN", "PROPN"}
        and head.head.i < head.i
        and head.head.lower_ not in {"tune", "sum", "amount", "total"}  # "to the tune of $28bn"
    ):
        noun = head.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "per" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        return noun_phrase(noun, stop=head.i)
    # "S$68.5 million received from government schemes"
    if unit != "percent":
        for child in root.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.i >= end:
                clause = [t.text for t in child.subtree if not t.is_punct]
                if 1 < len(clause) <= _MAX_WORDS:
                    return "money " + " ".join(clause)
    if unit != "percent":
        spent = _transaction(root)
        if spent is not None:
            return spent
    # "Net asset value per share was S$2.06", "Total costs were 6.8 per cent higher"
    for top in tops:
        verb = verb_above(top, through=_CLIMB)
        if verb is not None and verb.lemma_.lower() in _BEING_VERBS:
            words = subject_phrase(verb, outside=range(start, end))
            return words
    return None


_PRICES = {"acquire": "purchase price", "buy": "purchase price", "purchase": "purchase price",
           "sell": "sale price"}  # fmt: skip
_OUTLAYS = {"spend": "spending", "earn": "earnings", "give": "payment", "pay": "payment",
            "invest": "investment", "donate": "donation", "lend": "loan"}  # fmt: skip
_OUTLAY_PREPS = {"on", "to", "in", "for"}


def _transaction(root: Token) -> str | None:
    """Money a verb of buying, spending or earning names by its object: "acquired Meetup
    for $200 million" (purchase price of Meetup), "spent Rs 40 lakh on advocacy"
    (spending on advocacy), "earned $2.8 billion" (earnings), "given Rs 25 lakh to an
    agent" (payment to an agent), "a deal worth $600 million" (value of deal)."""
    amount = root
    while root.dep_ == "conj" and root.head.pos_ in {"NUM", "NOUN", "SYM"}:
        root = root.head  # "spent Rs 24 lakh in ... and Rs 40 lakh on advocacy"
    head = root.head
    if head.lower_ == "worth" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i < root.i:
        words = noun_phrase(head.head, stop=head.i)
        return f"value of {words}" if words else None
    if root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _PRICES:
        verb = head.head
        goods = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        words = noun_phrase(goods[0], stop=head.i) if goods and goods[0].pos_ != "PRON" else None
        price = _PRICES[verb.lemma_.lower()]
        return f"{price} of {words}" if words else price
    if root.dep_ == "dobj" and head.lemma_.lower() in _OUTLAYS:
        name = _OUTLAYS[head.lemma_.lower()]
        preps = [*amount.children, *(head.children if amount is root else ())]
        for prep in preps:
            if (
                prep.dep_ in {"prep", "dative"}
                and prep.lower_ in _OUTLAY_PREPS
                and prep.i > amount.i
            ):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                words = noun_phrase(objects[0]) if objects else None
                if words and objects[0].ent_type_ not in {"DATE", "TIME"}:
                    return f"{name} {prep.lower_} {words}"
        return name
    return None


_CLIMB = frozenset({"attr", "acomp", "pobj", "prep", "npadvmod", "dobj", "advmod", "conj"})
"""What an amount climbs through to its verb: "was [S$2.06]", "were 6.8 per cent higher"."""


def subject_phrase(verb: Token, outside: range = range(0)) -> str | None:
    """The subject of `verb` (or of the verb it is coordinated with) as a noun phrase;
    None when it is the amount itself (`outside`: "About 55 percent of those ... are")."""
    node = verb
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        # "The bond has weakened, hitting 16.057%": the participle's subject is its clause's
        if node.dep_ not in {"conj", "advcl", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
    subject = next(c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"})
    if subject.lower_ in {"which", "that"} and node.dep_ == "relcl":
        subject = node.head  # "smaller bills, the most recent of which totaled $300 billion"
    if subject.i in outside:
        return None
    if subject.pos_ == "PRON" and not any(c.dep_ == "prep" for c in subject.children):
        return None  # "it", "they": the name is in another sentence
    return noun_phrase(subject)


def noun_phrase(
    noun: Token, start: int | None = None, stop: int | None = None, keep_det: bool = False
) -> str | None:
    """`noun` with its modifiers and short complements, as written.

    `start` is the first token allowed on the left (after the amount), `stop` the first
    token not allowed on the right (the "of" before the amount)."""
    doc = noun.doc
    left = noun.i
    for child in sorted(noun.lefts, key=lambda t: -t.i):
        if child.dep_ == "det" and not keep_det:
            continue
        if child.dep_ not in _LEFT_DEPS | {"det"}:
            break
        if child.lower_ in _DROPPED_POSSESSORS:
            continue
        first = min(t.i for t in child.subtree)
        if start is not None and first < start:
            break
        left = first
    right = noun.i + 1
    while right < len(doc) and doc[right].head.i == noun.i and doc[right].dep_ in _NAME_PARTS:
        right += 1  # "the S&P 500 lost 1.85 points"
    # the prepositions right after the noun, whatever the parser hung them on ("the 52.5
    # per cent increase in daily sales, which ...": "in" is often the verb's)
    following = [t for t in doc[right : right + 1] if t.dep_ == "prep"]
    for child in [*following, *(c for c in noun.rights if c not in following)]:
        if stop is not None and child.i >= stop:
            break
        if child.i != right or child.lower_ not in _COMPLEMENTS or _time_phrase(child):
            break
        last = _complement_end(child, stop if stop is not None else len(doc))
        if last is None:
            break
        right = last
    words = [
        t
        for t in doc[left:right]
        if not instrument_code(t)
        and not (t.is_quote or set(t.text) <= {"\ufffd"})  # a broken character, as written
        and not (t.lower_ in _DROPPED_POSSESSORS and t.i != noun.i)
        and not (t.dep_ == "det" and not keep_det and t.head.i == noun.i)
    ]
    if len(words) > _MAX_WORDS:
        words = [t for t in words if t.i <= noun.i] or [noun]
    text = "".join(t.text_with_ws for t in words).strip()
    return text or None


_CUT_DEPS = {"conj", "cc", "relcl", "acl", "appos", "advcl", "punct"}


def _complement_end(prep: Token, stop: int) -> int | None:
    """Where the phrase of `prep` ends: before a coordinated noun, a relative clause, a
    comma or a further complement of its own object; None when it holds no noun."""
    inside = {t.i for t in prep.subtree}
    i = prep.i + 1
    while i < stop and i in inside:
        tok = prep.doc[i]
        if tok.dep_ in _CUT_DEPS and tok.text not in {"-", "'s", "’s"}:
            break
        i += 1
    words = prep.doc[prep.i + 1 : i]
    if not any(t.pos_ in {"NOUN", "PROPN", "NUM", "VERB"} for t in words):
        return None
    return i


_TIME_NOUNS = {
    "year", "years", "quarter", "month", "week", "day", "period", "half", "session", "today",
}  # fmt: skip


def _time_phrase(prep: Token) -> bool:
    """ "for the year", "in FY19", "on Tuesday": when, not what."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and (
        objects[0].ent_type_ in {"DATE", "TIME"}
        or objects[0].lower_ in _TIME_NOUNS
        or bool(re.match(r"^(?:FY|Q[1-4]|H[12])\d", objects[0].text))
    )


def price_of_shares(counted: str) -> str:
    """A price or a move of "Alibaba shares" is one of the Alibaba share price."""
    words = counted.split()
    if len(words) > 4 or {"of", "in", "on", "for", "from"} & {w.lower() for w in words}:
        return counted  # "MSCI's gauge of stocks": a named index, not a share price
    prices = {"shares": "share price", "stocks": "stock price", "stock": "stock price"}
    if words[-1].lower() in prices:
        return " ".join([*words[:-1], prices[words[-1].lower()]])
    return counted
