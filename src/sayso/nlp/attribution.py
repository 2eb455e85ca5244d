"""Attribution: find who says what in a parsed document.

The `sayso_attribution` component reads each sentence's dependency parse and finds the
cues of reported speech, then for each cue its source and its content:

    X said (that) Y            the cue's clausal complement is the content
    Y, X said / Y, said X      the same, with the complement before the cue
    Y, he said, Y'             a parenthetical cue: the content is the clause around it
    According to X, Y          X is the source, the clause it modifies is the content
    X estimated that Y         any verb of `lexicon.CUE_VERBS`
    X ..., saying Y            a participle cue takes the subject of the verb it hangs on
    "Q."                       a quotation with no cue continues the previous speaker

Negated and refused statements ("did not say", "Neither X nor Y acknowledged") and
questions are not claims. Sources go through `SpeakerBook`, which resolves pronouns and
short names to one speaker per entity. Results land on `doc._.claims` as `Attribution`s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Style
from .lexicon import CUE_VERBS, DECLINE_VERBS, NEGATORS, OBJECT_CUE_VERBS, SPEECH_NOUNS
from .quotes import QUOTE_MARKS, QuoteMap, find_quotations
from .sources import (
    Mention,
    Speaker,
    SpeakerBook,
    describe_mention,
    describe_tokens,
    is_source_head,
)

__all__ = ["Attribution", "AttributionFinder"]

_EDGE_PUNCT = set(",;:—–-") | {"...", "…"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "acl", "csubj"}
_CLIMB_DEPS = {"advcl", "xcomp", "conj", "acl", "ccomp", "parataxis", "pcomp", "relcl"}


@dataclass(slots=True)
class Attribution:
    """A claim found in a `Doc`: token spans, before it becomes a `records.Claim`."""

    sent: Span
    cue: Span | None
    mention: Span | None
    speaker: Speaker | None
    content: list[Span]
    style: Style
    resolved_from: str | None = None
    substitutions: dict[int, str] = field(default_factory=dict)
    """Token index to replacement text: a relative pronoun stands for its antecedent."""
    figures: list[object] = field(default_factory=list)

    @property
    def content_text(self) -> str:
        pieces = []
        for span in self.content:
            words = ""
            for tok in span:
                words += self.substitutions.get(tok.i, tok.text) + tok.whitespace_
            pieces.append(_close_quotes(words.strip()))
        return _tidy(" ".join(p for p in pieces if p))

    def holds(self, token: Token) -> bool:
        return any(span.start <= token.i < span.end for span in self.content)


def _close_quotes(piece: str) -> str:
    """A piece of content cut inside a quotation gets its closing mark back."""
    if piece.count("“") > piece.count("”"):
        return piece.rstrip(",;: ") + "”"
    return piece


def _tidy(text: str) -> str:
    text = text.strip().strip(",;:—– ")
    # drop a quotation mark left unpaired at either end by the cut
    marks = [ch for ch in text if ch in QUOTE_MARKS]
    if len(marks) % 2 == 1:
        if text and text[0] in QUOTE_MARKS:
            text = text[1:]
        elif text and text[-1] in QUOTE_MARKS:
            text = text[:-1]
    text = text.strip().rstrip(".,;:").strip()
    # a content that is one whole quotation loses its marks
    if (
        len(text) > 1
        and text[0] in '“"«'
        and text[-1] in '”"»'
        and sum(ch in QUOTE_MARKS for ch in text) == 2
    ):
        text = text[1:-1].strip().rstrip(",").strip()
    if text.count("“") == 1 and text.count("”") == 0:
        text = text.replace("“", "")
    if text.count("”") == 1 and text.count("“") == 0:
        text = text.replace("”", "")
    return text.strip()


def _spans(doc: Doc, indices: Iterable[int]) -> list[Span]:
    """Contiguous spans covering the token indices, without edge punctuation or spaces."""
    ordered = sorted(set(indices))
    runs: list[list[int]] = []
    for i in ordered:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        lo, hi = run[0], run[-1]
        while lo <= hi and (
            doc[lo].is_space
            or doc[lo].text in _EDGE_PUNCT
            or (doc[lo].lower_ == "that" and doc[lo].dep_ == "mark")
        ):
            lo += 1
        while hi >= lo and (
            doc[hi].is_space or doc[hi].text in _EDGE_PUNCT or doc[hi].text in {".", "!"}
        ):
            hi -= 1
        if hi >= lo:
            spans.append(doc[lo : hi + 1])
    return spans


def _subtree(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _negated(cue: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never"} for c in cue.children):
        return True
    if cue.dep_ in {"xcomp", "ccomp"} and cue.head.lemma_ in DECLINE_VERBS:
        return True
    for subj in (c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if any(t.lower_ in {"neither", "no", "nobody", "none"} for t in subj.subtree):
            return True
    aux_neg = [c for c in cue.children if c.dep_ in {"aux", "auxpass"} and c.lower_ in NEGATORS]
    return bool(aux_neg)


def _is_question(sent: Span, quotes: QuoteMap) -> bool:
    text = sent.text.rstrip()
    if not text.endswith("?"):
        return False
    return not quotes.inside(sent[-1].idx if sent[-1].text == "?" else sent.end_char - 1)


class AttributionFinder:
    """The `sayso_attribution` pipeline component."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        participle_fallback: bool = True,
        surface_fallback: bool = True,
    ) -> None:
        self.name = name
        self.participle_fallback = participle_fallback
        self.surface_fallback = surface_fallback

    # --- the component -------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotations(doc.text)
        book = SpeakerBook(doc)
        claims: list[Attribution] = []
        for sent in doc.sents:
            found = self._sentence(sent, quotes, book)
            claims.extend(found)
            for tok in sent:
                if tok.dep_ == "nsubj":
                    book.note_subject(tok)
        claims = self._continuations(doc, claims, quotes)
        doc._.claims = claims
        doc._.speakers = book.speakers
        doc._.quotations = quotes
        return doc

    # --- one sentence ----------------------------------------------------------------
    def _sentence(self, sent: Span, quotes: QuoteMap, book: SpeakerBook) -> list[Attribution]:
        if _is_question(sent, quotes):
            return []
        found: list[tuple[Attribution, bool]] = []  # (claim, source named explicitly)
        for tok in sent:
            if quotes.inside(tok.idx):
                continue  # words inside a quotation belong to the quoted speaker
            if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
                claim = self._according_to(tok, sent, book, quotes)
                if claim:
                    found.append((claim, True))
            elif (
                tok.lemma_.lower() in CUE_VERBS and tok.tag_.startswith("VB") and not _negated(tok)
            ):
                result = self._verb_cue(tok, sent, book, quotes, [c for c, _ in found])
                if result:
                    found.append(result)
        # a subjectless cue inside another claim's content is that speaker going on
        kept: list[Attribution] = []
        for claim, explicit in found:
            assert claim.cue is not None
            nested = any(other is not claim and other.holds(claim.cue[0]) for other, _ in found)
            if nested and not explicit:
                continue
            kept.append(claim)
        return kept

    def _resolve(self, head: Token, book: SpeakerBook) -> tuple[Span, Speaker, str | None] | None:
        """Source span, speaker and `resolved_from` for a subject token."""
        if head.lower_ in {"who", "which", "that"} and head.head.dep_ == "relcl":
            head = head.head.head  # the antecedent of the relative clause
        if head.pos_ == "PRON" and head.lower_ in {"he", "she", "they", "it", "we"}:
            speaker = book.resolve_pronoun(head.lower_, head.i)
            if speaker is None:
                return None
            return head.doc[head.i : head.i + 1], speaker, head.lower_
        if not is_source_head(head):
            return None
        mention: Mention = describe_mention(head)
        speaker = book.add(mention, head.i)
        return mention.span, speaker, None

    def _verb_cue(
        self,
        cue: Token,
        sent: Span,
        book: SpeakerBook,
        quotes: QuoteMap,
        earlier: list[Attribution],
    ) -> tuple[Attribution, bool] | None:
        doc = cue.doc
        # the subject nearest the cue (a misparse may hang two on it)
        subjects = sorted(
            (c for c in cue.children if c.dep_ == "nsubj"),
            key=lambda c: (c.i > cue.i, abs(cue.i - c.i)),
        )
        explicit = bool(subjects)
        resolved: tuple[Span, Speaker, str | None] | None = None
        surface_np: list[Token] = []
        if subjects:
            resolved = self._resolve(subjects[0], book)
            if resolved is None:
                return None
        content_ids = self._content_of(cue, sent)
        if not content_ids and subjects and resolved is not None:
            content_ids = _before_comma(resolved[0], sent)
        if not subjects:
            resolved, surface_np = self._implicit_source(cue, sent, book, earlier)
            if resolved is None:
                return None
            if surface_np and not content_ids:
                content_ids = {t.i for t in sent if t.i < surface_np[0].i}
        if not content_ids:
            return None
        if surface_np:
            content_ids -= {t.i for t in surface_np}
        content = _spans(doc, content_ids)
        if resolved is None or not content or sum(len(s) for s in content) < 2:
            return None
        span, speaker, how = resolved
        return (
            Attribution(
                sent=sent,
                cue=doc[cue.i : cue.i + 1],
                mention=span,
                speaker=speaker,
                content=content,
                style=_style(content, quotes),
                resolved_from=how,
            ),
            explicit,
        )

    def _content_of(self, cue: Token, sent: Span) -> set[int]:
        """The token indices of what the cue reports."""
        complements = [c for c in cue.children if c.dep_ in {"ccomp"}]
        if complements:
            ids: set[int] = set()
            for comp in complements:
                ids |= _subtree(comp)
            # "Y, he said, and Y'": a subjectless conjunct of the cue carries on the content
            if any(c.i < cue.i for c in complements):
                for conj in (c for c in cue.children if c.dep_ == "conj" and c.i > cue.i):
                    if not any(g.dep_ in {"nsubj", "nsubjpass"} for g in conj.children):
                        ids |= _subtree(conj)
                        ids |= {c.i for c in cue.children if c.dep_ == "cc" and c.i < conj.i}
            return ids
        if cue.dep_ == "parataxis" or (
            cue.dep_ in {"ccomp", "advcl"}
            and cue.i > cue.head.i
            and cue.head.dep_ == "ROOT"
            and not any(c.dep_ == "mark" for c in cue.children)
        ):
            head = cue.head
            ids = _subtree(head) - _subtree(cue)
            for sibling in head.children:  # other cue clauses on the same clause
                if (
                    sibling.i > cue.i
                    and sibling.dep_ in {"advcl", "parataxis"}
                    and sibling.lemma_.lower() in CUE_VERBS
                ):
                    ids -= _subtree(sibling)
            return ids
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        if (
            objects
            and cue.lemma_.lower() in OBJECT_CUE_VERBS
            and objects[0].pos_ in {"NOUN", "PROPN"}
        ):
            return _subtree(objects[0])
        # 'He told Reuters: "..."' or a quotation right after the cue
        after = [t for t in cue.subtree if t.i > cue.i]
        quote_start = next((t for t in after if t.text in '“"«'), None)
        if quote_start is not None and any(t.text == ":" for t in after if t.i < quote_start.i):
            return {t.i for t in sent if t.i >= quote_start.i}
        return set()

    def _implicit_source(
        self, cue: Token, sent: Span, book: SpeakerBook, earlier: list[Attribution]
    ) -> tuple[tuple[Span, Speaker, str | None] | None, list[Token]]:
        """The source of a cue without a subject of its own."""
        finite = cue.tag_ in {"VBD", "VBZ", "VBP"}
        if finite and self.surface_fallback:
            found = self._surface_source(cue, sent, book)
            if found[0] is not None:
                return found
        # a participle or conjunct: "X ..., saying Y", "X said A and added B"
        if self.participle_fallback and cue.dep_ in _CLIMB_DEPS:
            gov = cue.head
            for _ in range(3):
                subjects = [c for c in gov.children if c.dep_ == "nsubj"]
                if (
                    subjects
                    and is_source_head(subjects[0])
                    and subjects[0].lower_ not in {"that", "this", "it"}
                ):
                    return self._resolve(subjects[0], book), []
                if gov.dep_ not in _CLIMB_DEPS or gov.head is gov:
                    break
                gov = gov.head
            for claim in reversed(earlier):
                if claim.sent == sent and claim.speaker is not None and claim.mention is not None:
                    return (claim.mention, claim.speaker, None), []
        if self.surface_fallback and not finite:
            return self._surface_source(cue, sent, book)
        return None, []

    @staticmethod
    def _surface_source(
        cue: Token, sent: Span, book: SpeakerBook
    ) -> tuple[tuple[Span, Speaker, str | None] | None, list[Token]]:
        """Wire copy without commas: "... 112 people the Syrian Observatory said"."""
        np = _left_noun_phrase(cue, sent)
        if not np:
            return None, []
        head = np[-1]
        if not (head.pos_ == "PROPN" or head.ent_type_ or np[0].lower_ == "the"):
            return None, []
        mention = describe_tokens(np)
        mention_span = cue.doc[np[0].i : np[-1].i + 1]
        speaker = book.add(mention, head.i)
        return (mention_span, speaker, None), np

    def _according_to(
        self, tok: Token, sent: Span, book: SpeakerBook, quotes: QuoteMap
    ) -> Attribution | None:
        doc = tok.doc
        to = tok.nbor()
        objects = [c for c in to.children if c.dep_ == "pobj"] or [
            c for c in tok.children if c.dep_ == "pobj"
        ]
        if not objects:
            return None
        target = objects[0]
        cue_end = to.i + 1
        if target.lower_ in SPEECH_NOUNS:
            # "according to estimates by the U.S.", "according to figures from the ministry"
            holders = [
                g
                for p in target.children
                if p.dep_ == "prep" and p.lower_ in {"by", "from", "of"}
                for g in p.children
                if g.dep_ == "pobj"
            ]
            owners = [c for c in target.children if c.dep_ == "poss"]
            if holders:
                cue_end = target.i + 1
                target = holders[0]
            elif owners:
                target = owners[0]
                cue_end = to.i + 1
        resolved = self._resolve(target, book)
        if resolved is None:
            return None
        head = tok.head
        according = _subtree(tok)
        ids = (_subtree(head) - according) if head.i != tok.i else set()
        # other cue clauses hanging on the same head are other claims
        for sibling in head.children:
            if (
                sibling.i != tok.i
                and sibling.dep_ in {"advcl", "parataxis", "ccomp"}
                and sibling.lemma_.lower() in CUE_VERBS
                and sibling.i > tok.i
            ):
                ids -= _subtree(sibling)
        substitutions: dict[int, str] = {}
        if head.dep_ == "relcl":
            pronouns = [
                c
                for c in head.children
                if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "which", "that"}
            ]
            if pronouns:
                antecedent = head.head
                substitutions[pronouns[0].i] = antecedent.text
        ids = {i for i in ids if sent.start <= i < sent.end}
        content = _spans(doc, ids)
        if not content:
            return None
        span, speaker, how = resolved
        return Attribution(
            sent=sent,
            cue=doc[tok.i : cue_end],
            mention=span,
            speaker=speaker,
            content=content,
            style=_style(content, quotes),
            resolved_from=how,
            substitutions=substitutions,
        )

    # --- quotations without a cue --------------------------------------------------------
    def _continuations(
        self, doc: Doc, claims: list[Attribution], quotes: QuoteMap
    ) -> list[Attribution]:
        """Sentences that are wholly a quotation, with no cue: the previous speaker goes on."""
        by_sent = {c.sent.start for c in claims}
        out: list[Attribution] = []
        pending = sorted(claims, key=lambda c: (c.sent.start, c.cue.start if c.cue else 0))
        previous: Attribution | None = None
        queue = list(pending)
        for sent in doc.sents:
            while queue and queue[0].sent.start == sent.start:
                previous = queue.pop(0)
                out.append(previous)
            if sent.start in by_sent:
                continue
            quote = _whole_quotation(sent, quotes)
            if quote is None:
                continue
            speaker_claim = self._quote_owner(quote, claims, sent) or previous
            if speaker_claim is None or speaker_claim.speaker is None:
                continue
            if not _near(doc, speaker_claim.sent, sent):
                continue
            content = _spans(doc, range(sent.start, sent.end))
            if not content:
                continue
            out.append(
                Attribution(
                    sent=sent,
                    cue=None,
                    mention=None,
                    speaker=speaker_claim.speaker,
                    content=content,
                    style="direct",
                    resolved_from="continuation",
                )
            )
        return out

    @staticmethod
    def _quote_owner(
        quote: tuple[int, int], claims: list[Attribution], sent: Span
    ) -> Attribution | None:
        """A claim later in the same quotation names its speaker ("A. B," he said)."""
        start, end = quote
        for claim in claims:
            if (
                claim.sent.start > sent.start
                and claim.sent.start_char < end
                and claim.cue is not None
            ) and any(span.start_char < end and span.end_char > start for span in claim.content):
                return claim
        return None


def _before_comma(source: Span, sent: Span) -> set[int]:
    """ "Y, X said." read from the surface when the parse lost the clause: all before the
    comma that precedes the source."""
    i = source.start - 1
    while i >= sent.start and sent.doc[i].text in "”\"’'":
        i -= 1
    if i <= sent.start + 2 or sent.doc[i].text != ",":
        return set()
    after = [t for t in sent.doc[source.end : sent.end] if not t.is_punct and not t.is_space]
    if len(after) > 6:  # more than "said on Tuesday in a statement": not a closing cue
        return set()
    return set(range(sent.start, i))


def _left_noun_phrase(cue: Token, sent: Span) -> list[Token]:
    """The noun phrase right before a cue, in text without commas ("... the Observatory said")."""
    tokens: list[Token] = []
    i = cue.i - 1
    allowed = {"PROPN", "NOUN", "ADJ", "DET", "PART", "ADP"}
    while i >= sent.start:
        tok = cue.doc[i]
        if tok.pos_ not in allowed or (tok.pos_ == "ADP" and tok.lower_ not in {"for", "of"}):
            break
        tokens.insert(0, tok)
        if tok.pos_ == "DET":
            break
        i -= 1
    while tokens and tokens[0].pos_ in {"ADP", "PART"}:
        tokens = tokens[1:]
    if not tokens or tokens[0].i == sent.start or tokens[-1].pos_ not in {"PROPN", "NOUN"}:
        return []
    return tokens


def _whole_quotation(sent: Span, quotes: QuoteMap) -> tuple[int, int] | None:
    """The quotation that makes up the sentence (bar punctuation), if one does."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return None
    quote = quotes.covering(words[0].idx, words[-1].idx + len(words[-1].text))
    if quote is None:
        return None
    return quote.start, quote.end


def _near(doc: Doc, earlier: Span, later: Span) -> bool:
    """At most one paragraph break between two sentences."""
    between = doc.text[earlier.end_char : later.start_char]
    return between.count("\n\n") <= 1


def _style(content: list[Span], quotes: QuoteMap) -> Style:
    total = quoted = 0
    for span in content:
        for tok in span:
            if tok.is_punct or tok.is_space:
                continue
            total += 1
            if quotes.inside(tok.idx):
                quoted += 1
    if total and quoted >= 0.9 * total:
        return "direct"
    if quoted:
        return "mixed"
    return "indirect"


@Language.factory(
    "sayso_attribution",
    requires=["token.dep", "token.pos", "token.lemma", "token.ent_type", "doc.sents"],
    assigns=["doc._.claims", "doc._.speakers", "doc._.quotations"],
    default_config={"participle_fallback": True, "surface_fallback": True},
)
def make_attribution(
    nlp: Language, name: str, participle_fallback: bool, surface_fallback: bool
) -> AttributionFinder:
    """Find attributed claims (source, cue, content) in each document."""
    return AttributionFinder(nlp, name, participle_fallback, surface_fallback)


for _attr in ("claims", "speakers", "quotations"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)
