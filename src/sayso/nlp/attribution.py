"""Attribution: find who says what in a parsed document.

The `sayso_attribution` component reads each sentence's dependency parse and surface
and finds the cues of reported speech (`cues.py`), then for each cue its source
(`sources.py`) and its content (`content.py`):

    X said (that) Y            the cue's clausal complement is the content
    Y X said [on Sunday]       a cue that closes its sentence: all before the source
    Y said X [in a statement]  the same, with the source after the cue
    Y, he said, Y'             a parenthetical cue: the clause around it
    According to X(,) Y        X is the source, the rest of the sentence the content
    Y according to X           the same, with the source last
    X estimated that Y         any verb of `lexicon.CUE_VERBS`
    X ..., saying Y            a participle cue takes the speaker of its clause
    X quoted Y as saying Z     Y is the source
    "Q1. Q2," X said.          one claim for the whole quotation
    "Q."                       a quotation with no cue continues the previous speaker
    Headline: NGO              a headline that ends with its source

Negated and refused statements ("did not say", "Neither X nor Y acknowledged"),
passives without a speaker ("were reported") and questions are not claims. Sources go
through `SpeakerBook`, which resolves pronouns, short names and generic mentions ("the
monitor") to one speaker per entity. Results land on `doc._.claims` as `Attribution`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Style
from .content import before_source, close_quotes, spans, style_of, subtree, tidy
from .cues import is_according_to, is_cue_verb, quoted_as
from .doctext import text_of
from .kinds import NOISE_NOUNS, OUTCOME_NOUNS
from .lexicon import (
    COMPLEMENT_ONLY_VERBS,
    CUE_VERBS,
    EVENT_NOUNS,
    INVERTING_CUE_VERBS,
    LABEL_WORDS,
    LENIENT_CUE_VERBS,
    OBJECT_CUE_VERBS,
    PERSON_ROLE_NOUNS,
    REPORT_NOUNS,
    REPORT_PREPOSITIONS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    TALLY_CUE_VERBS,
)
from .locations import PLACE_WORDS
from .quotes import QuoteMap, find_quotations
from .sources import (
    Mention,
    Speaker,
    SpeakerBook,
    describe_tokens,
    is_source_head,
    left_phrase,
    plausible_source,
    right_phrase,
    source_phrase,
)
from .stamps import headline_before_stamp
from .tallies import TOTALLING_VERBS

__all__ = ["Attribution", "AttributionFinder"]

_CLIMB_DEPS = {"advcl", "xcomp", "conj", "acl", "ccomp", "parataxis", "pcomp", "relcl", "prep"}
_BETWEEN_SOURCE_AND_CUE = {"has", "have", "had", "also", "later", "earlier", "separately",
                           "previously", "further", "again", "then", "still", "would",
                           "will", "could", "did", "does", "do", "may", "might"}  # fmt: skip
_RELATIVE = {"who", "which", "that"}
_TOLL_UPDATES = {"update", "revise", "raise", "lower", "bring", "put"}
"""What a speaker does to a toll while saying: "said, updating an earlier toll of 15"."""
_TITLE_MAX_TOKENS = 40


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
            pieces.append(close_quotes(words.strip()))
        return tidy(" ".join(p for p in pieces if p))

    def holds(self, token: Token) -> bool:
        return any(span.start <= token.i < span.end for span in self.content)


def _is_question(sent: Span, quotes: QuoteMap) -> bool:
    text = sent.text.rstrip()
    if not text.endswith("?"):
        return False
    return not quotes.inside(sent[-1].idx if sent[-1].text == "?" else sent.end_char - 1)


def _title(doc: Doc) -> Span | None:
    """The headline: a short first paragraph followed by a blank line."""
    first = next(doc.sents, None)
    if first is None or len(first) > _TITLE_MAX_TOKENS:
        return None
    after = text_of(doc)[first.end_char : first.end_char + 4]
    if first.end >= len(doc) or "\n\n" not in (first.text_with_ws[-3:] + after):
        return None
    return first


def _body_start(sent: Span, title: Span | None) -> int:
    """Where a sentence's own words start: after a repeat of the headline (page furniture
    of scraped copy: "50 ISIL Terrorists Killed in Kobani in 24 Hours. At least 50 ...")."""
    if title is None or sent.start == title.start:
        return sent.start
    head = title.text.strip()
    if len(head) > 12 and sent.text.startswith(head):
        end = sent.start_char + len(head)
        for tok in sent:
            if tok.idx >= end:
                return tok.i
    return sent.start


@dataclass(slots=True)
class _Source:
    """A source found for one cue: its words, its speaker, how it was found."""

    span: Span
    speaker: Speaker
    how: str | None
    side: str
    """`left` (before the cue), `right` (after it: "said X") or `elsewhere`."""


class AttributionFinder:
    """The `sayso_attribution` pipeline component."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        participle_fallback: bool = True,
        surface_fallback: bool = True,
        headline_labels: bool = True,
        continuations: bool = True,
    ) -> None:
        self.name = name
        self.participle_fallback = participle_fallback
        self.surface_fallback = surface_fallback
        self.headline_labels = headline_labels
        self.continuations = continuations

    # --- the component -------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotations(doc.text)
        book = SpeakerBook(doc)
        title = _title(doc)
        claims: list[Attribution] = []
        for sent in doc.sents:
            claims.extend(self._sentence(sent, quotes, book, title))
            for tok in sent:
                if tok.dep_ == "nsubj" and not quotes.inside_balanced(tok.idx):
                    book.note_subject(tok)
        claims = _whole_quotations(doc, claims, quotes)
        if self.continuations:
            claims = self._continuations(doc, claims, quotes)
        if self.headline_labels:
            # the headline, and a headline repeated in the body before a wire's date stamp
            headlines = [title] if title is not None else []
            # a body copy of the title adds no claim of its own (its figures stay the
            # reporter's, as a verbatim repeat's)
            said = _words(title) if title is not None else None
            headlines += [
                h
                for s in doc.sents
                if (h := headline_before_stamp(s)) is not None and _words(h) != said
            ]
            for headline in headlines:
                label = self._headline_label(headline, claims, book)
                if label is not None:
                    at = next(
                        (n for n, c in enumerate(claims) if c.sent.start > headline.start),
                        len(claims),
                    )
                    claims.insert(at, label)
        book.finish()
        doc._.claims = claims
        doc._.speakers = book.speakers
        doc._.quotations = quotes
        return doc

    # --- one sentence ----------------------------------------------------------------
    def _sentence(
        self, sent: Span, quotes: QuoteMap, book: SpeakerBook, title: Span | None
    ) -> list[Attribution]:
        if _is_question(sent, quotes):
            return []
        start = _body_start(sent, title)
        found: list[tuple[Attribution, bool]] = []  # (claim, source named explicitly)
        for tok in sent:
            if tok.i < start or quotes.inside_balanced(tok.idx):
                continue  # words inside a quotation belong to the quoted speaker
            if is_according_to(tok):
                claim = self._according_to(tok, sent, book, quotes, start)
                if claim:
                    found.append((claim, True))
            elif tok.lower_ in REPORT_NOUNS and tok.i > start:
                claim = self._amid_reports(tok, sent, book, quotes)
                if claim:
                    found.append((claim, True))
            elif is_cue_verb(tok):
                result = self._verb_cue(tok, sent, book, quotes, [c for c, _ in found], start)
                if result:
                    found.append(result)
        claims = [c for c, _ in found]
        found = [(c, explicit) for c, explicit in found if not _credit(c, claims)]
        kept: list[Attribution] = []
        for claim, explicit in found:
            assert claim.cue is not None
            # a subjectless cue inside another claim's content is that speaker going on
            outer = [o for o, _ in found if o is not claim and o.holds(claim.cue[0])]
            if outer and (not explicit or any(o.speaker is claim.speaker for o in outer)):
                continue  # "Russia has said it believes ...": one claim
            if outer and claim.cue[0].lemma_.lower() in TALLY_CUE_VERBS:
                # "Khatib ... told a Reuters photographer the hospital had recorded four
                # deaths": the tally is what the outer speaker says
                continue
            kept.append(claim)
        return kept

    def _amid_reports(
        self, tok: Token, sent: Span, book: SpeakerBook, quotes: QuoteMap
    ) -> Attribution | None:
        """ "amid reports (that) dozens of fighters were killed": unnamed reports as the
        source of the clause they carry."""
        doc = tok.doc
        before = doc[tok.i - 1]
        if before.lower_ not in REPORT_PREPOSITIONS or tok.i + 2 >= sent.end:
            return None
        first = tok.i + 1
        if doc[first].lower_ == "that":
            first += 1
        if not before_source(sent, sent.end, first):
            return None  # no clause follows: "after reports of shelling"
        clause = [t for t in doc[first : sent.end] if t.pos_ in {"VERB", "AUX"}]
        if not clause or any(t.dep_ == "relcl" and t.head.i == tok.i for t in clause[:1]):
            return None
        content = spans(doc, range(first, sent.end))
        if not content:
            return None
        mention = describe_tokens([tok])
        speaker = book.add(mention, tok.i)
        return Attribution(
            sent=sent,
            cue=doc[before.i : tok.i + 1],
            mention=doc[tok.i : tok.i + 1],
            speaker=speaker,
            content=content,
            style=style_of(content, quotes),
        )

    def _verb_cue(
        self,
        cue: Token,
        sent: Span,
        book: SpeakerBook,
        quotes: QuoteMap,
        earlier: list[Attribution],
        start: int,
    ) -> tuple[Attribution, bool] | None:
        doc = cue.doc
        if (
            any(c.dep_ == "nsubj" and c.lower_ in {"they", "it"} for c in cue.children)
            and cue.dep_ == "ccomp"
            and is_cue_verb(cue.head)
        ):
            # "Gwyn Winfield tells Al-Arabiya that they suggest that ...": what the named
            # speaker reports, not a second speaker's claim
            return None
        source = self._source_of(cue, sent, book, earlier, start)
        if source is None:
            return None
        content_ids: set[int] = set()
        complement = _complement(cue)
        if any(c.dep_ in {"dobj", "xcomp"} and c.i > cue.i for c in cue.children):
            complement = complement or [c for c in cue.children if c.dep_ in {"dobj", "xcomp"}]
        if source.side == "left" and not complement and _adjacent(source.span, cue):
            # "Y the monitor said on Sunday": all before the source
            content_ids = before_source(sent, source.span.start, start)
        elif (
            source.side == "right"
            and cue.dep_ not in {"relcl", "acl"}  # "where the group maintains an office"
            and not [
                c
                for c in complement
                if c.i > cue.i and not source.span.start <= c.i < source.span.end
            ]
        ):
            # "Y said the official who spoke on condition of anonymity"; "... wounded more
            # than 60 people said the Observatory", where the parser made the source the
            # object and the content a complement before the cue
            content_ids = before_source(sent, cue.i, start)
        if not content_ids:
            content_ids = self._content_of(cue, sent, after_only=bool(complement))
            if complement:
                content_ids |= _split_quotation(cue, source.span)
        if not content_ids and source.side == "left" and source.span.start > start:
            content_ids = before_source(sent, source.span.start, start)
        quoting = quoted_as(cue)
        if not content_ids and quoting is not None:
            # "At least 40 people were killed ... RIA news agency quoted Russia's Defence
            # Ministry as saying."
            subjects = [c for c in quoting.children if c.dep_ == "nsubj"]
            first = min([quoting.i, *(s.left_edge.i for s in subjects)])
            content_ids = before_source(sent, first, start)
        for other in earlier:
            if other.cue is not None and other.cue.start in content_ids and other.sent == sent:
                # "Y the Observatory said and civil defence workers said": the same Y
                content_ids = {t.i for s in other.content for t in s}
                break
        for child in cue.children:
            if (
                content_ids
                and child.dep_ in {"xcomp", "advcl"}
                and child.tag_ == "VBG"
                and child.lemma_.lower() in _TOLL_UPDATES
            ):
                # "... the Observatory said updating an earlier toll of 15": the speaker's
                # own earlier figure
                content_ids |= {t.i for t in child.subtree}
        content_ids = {i for i in content_ids if i >= start and i < sent.end}
        content_ids -= set(range(source.span.start, source.span.end))
        content_ids.discard(cue.i)
        content = spans(doc, content_ids)
        whole = doc[sent.start : sent.end]
        if not content and _announces_block(cue, sent):
            # 'Google confirmed this in a statement:' and the statement's paragraph
            block = _next_paragraph(doc, sent)
            if block is not None:
                content = spans(doc, range(block.start, block.end))
                whole = doc[sent.start : block.end]
        if not content or sum(1 for s in content for t in s if not t.is_punct) < 3:
            return None
        # "pointed out": the cue keeps its particle
        after = doc[cue.i + 1] if cue.i + 1 < sent.end else None
        particle = after is not None and after.dep_ == "prt" and after.head == cue
        cue_span = doc[cue.i : cue.i + 1 + particle]
        return (
            Attribution(
                sent=whole,
                cue=cue_span,
                mention=source.span,
                speaker=source.speaker,
                content=content,
                style="direct" if whole.end > sent.end else style_of(content, quotes),
                resolved_from=source.how,
            ),
            source.side != "elsewhere",
        )

    # --- sources -------------------------------------------------------------------
    def _source_of(
        self,
        cue: Token,
        sent: Span,
        book: SpeakerBook,
        earlier: list[Attribution],
        start: int,
    ) -> _Source | None:
        """Who speaks through this cue."""
        quoted = quoted_as(cue)
        if quoted is not None:  # "Channel 10 quoted Moshe Yaalon as telling reporters"
            holders = [c for c in quoted.children if c.dep_ in {"dobj", "nsubjpass"}]
            if holders:
                return self._named(holders[0], sent, book, "elsewhere", cue.i)
        subjects = sorted(
            (c for c in cue.children if c.dep_ == "nsubj"),
            key=lambda c: (c.i > cue.i, abs(cue.i - c.i)),
        )
        named = [
            c
            for c in subjects[1:]
            if subjects[0].pos_ != "PROPN"
            and c.pos_ == "PROPN"
            and c.right_edge.i + 1 == subjects[0].left_edge.i
            and subjects[0].left_edge.lower_ in {"the", "a", "an"}
            and not any(t.is_punct for t in c.subtree)
        ]
        if named:
            # "Hamza Khatib the manager of Al-Quds hospital told": two subjects where the
            # parser lost the apposition; the name is the speaker
            subjects = [named[0], *(c for c in subjects if c is not named[0])]
        lenient = cue.lemma_.lower() in LENIENT_CUE_VERBS
        if subjects:
            subject = subjects[0]
            side = "left" if subject.i < cue.i else "right"
            placed = subject.ent_type_ in {"GPE", "LOC", "FAC"} or subject.lower_ in PLACE_WORDS
            if side == "left" and (subject.pos_ == "NOUN" or placed) and self.surface_fallback:
                # "... also wounded more than 60 people said the Observatory": the
                # parser took the content's object for the subject of an inverted cue
                inverted = self._inverted(cue, sent, start)
                if inverted:
                    return self._from_words(inverted, book, "right")
            before = cue.doc[cue.i - 1]
            if before.text == ")" and cue.i - 2 > subject.i:
                before = cue.doc[cue.i - 2]  # "the Syrian Observatory for Human Rights (SOHR) said"
            if (
                side == "left"
                and self.surface_fallback
                and cue.i - subject.i > 12
                and before.pos_ == "PROPN"
                and before not in subject.conjuncts
                # a clause of its own between them ("... repel a rebel offensive ... killing
                # 40 attackers") or a name in apposition, not a modifier ("Rebel groups led
                # by ... Fateh al-Sham Front vowed")
                and (
                    any(_clause_verb(t) for t in cue.doc[subject.i + 1 : cue.i])
                    # "Professor Shitij Kapur - dean of ... - Dr Fauci said": in apposition
                    or (cue.doc[cue.i - 1].dep_ == "appos" and cue.doc[cue.i - 1].head == subject)
                )
            ):
                # "Syrian regime forces ... repel a rebel offensive ... killing 40 attackers
                # Russias defence ministry said": a subject far from the cue is the
                # content's; the speaker is the name right before the cue
                found = self._surface(cue, sent, book, start)
                if found is not None:
                    return found
            if (
                side == "left"
                and self.surface_fallback
                and subject.lower_ in NOISE_NOUNS
                and cue.i - subject.i > 6
            ):
                # "A US-led coalition air strike killed at least 18 civilians ... the Syrian
                # Observatory for Human Rights monitor said": a strike says nothing; the
                # speaker stands before the cue
                found = self._surface(cue, sent, book, start)
                if found is not None:
                    return found
            if (
                side == "left"
                and self.surface_fallback
                and any(t.is_quote for t in cue.doc[subject.i + 1 : cue.i])
            ):
                # '"... unloading trucks carrying aid" the IFRC said': the parser's subject
                # is a word of the quotation; the speaker stands between it and the cue
                found = self._surface(cue, sent, book, start)
                if found is not None:
                    return found
            if side == "right":
                words = right_phrase(cue.doc[cue.i + 1], sent.end) if cue.i + 1 < sent.end else []
                if words and plausible_source(words) and subject in words:
                    return self._from_words(words, book, "right")
            return self._named(subject, sent, book, side, cue.i, start, lenient)
        if (
            cue.tag_ == "VBG"
            and cue.dep_ == "acl"
            and cue.head.dep_ == "pobj"
            and cue.head.head.lower_ == "with"
            and is_source_head(cue.head)
        ):
            # "... state media said with a monitor saying at least 17 people were killed"
            return self._named(cue.head, sent, book, "elsewhere", cue.i)
        if cue.tag_ == "VBG" and not (cue.dep_ == "acl" and cue.head.lower_ in SPEECH_NOUNS):
            # "X said ... adding that ...": the speaker of the sentence's claim goes on
            for claim in reversed(earlier):
                if claim.sent == sent and claim.speaker is not None and claim.mention:
                    return _Source(claim.mention, claim.speaker, None, "elsewhere")
        if cue.dep_ == "acl" and cue.tag_ == "VBG":
            return self._modified(cue, sent, book)
        finite = cue.tag_ in {"VBD", "VBZ", "VBP"}
        if finite and self.surface_fallback:
            found = self._surface(cue, sent, book, start)
            if found is not None:
                return found
        # a participle or conjunct: "X ..., saying Y", "X said A and added B"
        if self.participle_fallback and cue.dep_ in _CLIMB_DEPS:
            if cue.tag_ == "VBG":
                for claim in reversed(earlier):
                    if claim.sent == sent and claim.speaker is not None and claim.mention:
                        return _Source(claim.mention, claim.speaker, None, "elsewhere")
            gov = cue.head
            for _ in range(4):
                subs = [c for c in gov.children if c.dep_ == "nsubj"]
                if (
                    subs
                    and is_source_head(subs[0])
                    and subs[0].lower_ not in {"that", "this", "it"}
                ):
                    found = self._named(subs[0], sent, book, "elsewhere", cue.i, start, lenient)
                    if found is not None:
                        return found
                    # "the agency did not say when the attack occurred and said ...": the
                    # subject of the clause the parser hung the cue on says nothing
                if gov.dep_ not in _CLIMB_DEPS or gov.head is gov:
                    break
                gov = gov.head
            for claim in reversed(earlier):
                if claim.sent == sent and claim.speaker is not None and claim.mention is not None:
                    return _Source(claim.mention, claim.speaker, None, "elsewhere")
        if self.surface_fallback and not finite:
            return self._surface(cue, sent, book, start)
        return None

    def _named(
        self,
        head: Token,
        sent: Span,
        book: SpeakerBook,
        side: str,
        cue_i: int,
        start: int | None = None,
        lenient: bool = False,
    ) -> _Source | None:
        """The source named by a parsed subject (or object) token."""
        doc = head.doc
        if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
            head = head.head.head  # the antecedent of the relative clause
        if head.pos_ == "PRON" and head.lower_ in {"he", "she", "they", "it", "we"}:
            speaker = book.resolve_pronoun(head.lower_, head.i)
            if speaker is None:
                return None
            return _Source(doc[head.i : head.i + 1], speaker, head.lower_, side)
        if not is_source_head(head):
            return None
        limit = cue_i if head.i < cue_i else sent.end
        words = source_phrase(head, limit)
        if side == "left" and words and words[-1].i == head.i:
            # the parse may cut a comma-less name short: "Syrias government run TV"
            surface = left_phrase(head, sent.start if start is None else start)
            if len(surface) > len(words) and _adjacent(doc[head.i : head.i + 1], doc[cue_i]):
                words = surface
        if not plausible_source(words, lenient):
            # "French President Francois Hollande increasingly under pressure ... before
            # any military intervention in Syria suggested": the name opens the subject
            words = _leading_name(head, limit)
            if not words:
                return None
        return self._from_words(words, book, side)

    def _modified(self, cue: Token, sent: Span, book: SpeakerBook) -> _Source | None:
        """The source of a participle that modifies a noun: "reports suggesting that ...",
        "a statement saying ...", "sent a voice message assuring ..." (the sender)."""
        noun = cue.head
        if noun.lower_ in SPEECH_NOUNS:
            owner = noun.head
            if noun.dep_ == "dobj":
                subs = [c for c in owner.children if c.dep_ == "nsubj"]
                if subs:
                    return self._named(subs[0], sent, book, "elsewhere", cue.i)
            words = source_phrase(noun, cue.i)
            return self._from_words(words, book, "left") if words else None
        if noun.ent_type_ in {"PERSON", "ORG"} or noun.lower_ in PERSON_ROLE_NOUNS:
            return self._named(noun, sent, book, "elsewhere", cue.i)
        # "The monitoring group updated its toll for the strike ... saying ...": the
        # participle goes with the clause's verb, whose subject speaks
        node = noun
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"}:
                subs = [c for c in node.children if c.dep_ == "nsubj" and c.i < cue.i]
                if subs:
                    return self._named(subs[0], sent, book, "elsewhere", cue.i)
            if node.head is node:
                break
            node = node.head
        return None

    @staticmethod
    def _from_words(words: list[Token], book: SpeakerBook, side: str) -> _Source:
        owner = _possessive_owner(words)
        if owner is not None:  # "His figures allege ...": he speaks through them
            speaker = book.resolve_pronoun(owner, words[0].i)
            if speaker is not None:
                span = words[0].doc[words[0].i : words[-1].i + 1]
                return _Source(span, speaker, words[0].lower_, side)
        mention: Mention = describe_tokens(words)
        if mention.pronoun:
            speaker = book.resolve_pronoun(mention.pronoun, words[0].i)
            if speaker is not None:
                return _Source(mention.span, speaker, mention.pronoun, side)
        speaker = book.add(mention, words[-1].i)
        return _Source(mention.span, speaker, None, side)

    def _surface(self, cue: Token, sent: Span, book: SpeakerBook, start: int) -> _Source | None:
        """A source read from the words around a cue the parse left without a subject:
        "... 112 people the Syrian Observatory said", "... purposes said Furati"."""
        doc = cue.doc
        inverted = self._inverted(cue, sent, start)
        if inverted:
            return self._from_words(inverted, book, "right")
        end = cue.i - 1
        while end > start and doc[end].lower_ in _BETWEEN_SOURCE_AND_CUE:
            end -= 1
        if end <= start:
            return None
        # the phrase read leftwards, the named entity that ends there ("... wounded three
        # people in the Abbasids neighbourhood of northeast Damascus SANA said"), the parse
        for words in (
            left_phrase(doc[end], start),
            _name_ending_at(doc[end], start),
            _phrase_ending_at(doc[end], start),
        ):
            if not words or (words[0].i == start and not _proper_or_determined(words)):
                continue
            if not plausible_source(words) or not _proper_or_determined(words):
                continue
            if words[0].i > sent.start and _preposition(doc[words[0].i - 1]):
                continue  # "... in Idlib have reported": the object of a preposition
            return self._from_words(words, book, "left")
        # "... in a northwestern province activists said", "... province of Idlib activists
        # and rescue workers said": the phrase read leftwards ran into the place; the
        # plural labels alone speak
        first = end
        while first - 1 > start and (
            doc[first - 1].lower_ == "and" or doc[first - 1].tag_ in {"NN", "NNS"}
        ):
            first -= 1
        labels = [
            t
            for t in doc[first : end + 1]
            if t.tag_ == "NNS" and t.lower_ in LABEL_WORDS and doc[t.i - 1].pos_ != "ADP"
        ]
        if labels and doc[end].tag_ == "NNS":
            return self._from_words(list(doc[labels[0].i : end + 1]), book, "left")
        return None

    @staticmethod
    def _inverted(cue: Token, sent: Span, start: int) -> list[Token]:
        """The source of an inverted cue ("... purposes said Furati", "... said the
        Observatory a British-based war monitoring group"): a name or a determined noun
        right after the cue, closing the sentence, after a clause of content."""
        doc = cue.doc
        if cue.i + 1 >= sent.end or cue.lemma_.lower() not in INVERTING_CUE_VERBS:
            return []
        if _complement(cue):
            return []  # "said the demonstrators ... had no option": the content follows
        if not before_source(sent, cue.i, start):
            return []
        words = right_phrase(doc[cue.i + 1], sent.end)
        if not words:
            return []
        if (
            plausible_source(words)
            and _proper_or_determined(words)
            and _closes_sentence(words[-1], sent)
        ):
            # "... said another witness in the impeachment probe, former White House
            # Russia adviser Fiona Hill.": the name closes the sentence in apposition
            rest = [t for t in doc[words[-1].i + 1 : sent.end] if not t.is_space]
            while rest and rest[-1].is_punct:
                rest.pop()
            if (
                rest
                and any(t.ent_type_ == "PERSON" for t in rest)
                and not any(t.pos_ in {"VERB", "AUX"} for t in rest)
                and words[-1].ent_type_ != "PERSON"
            ):
                words = words + rest
            return words
        return []

    # --- content -------------------------------------------------------------------
    def _content_of(self, cue: Token, sent: Span, after_only: bool = False) -> set[int]:
        """The token indices of what the cue reports, read from the parse."""
        complements = _complement(cue, any_side=not after_only)
        lemma = cue.lemma_.lower()
        if lemma == "accuse":
            # "accused the utility of overkill and using blackouts as a crutch"
            objects = [c for c in cue.children if c.dep_ == "dobj"]
            of = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"]
            if objects and not of:
                of = [c for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of"]
            if objects and of:
                # the accused, the charge, and what the cue's clause adds after them
                return {t.i for t in cue.subtree if t.i >= objects[0].left_edge.i}
            return set()
        gerunds = [
            c
            for c in cue.children
            if c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" and c.i > cue.i
        ]
        if not complements and gerunds and lemma in {"deny", "admit", "acknowledge", "confirm"}:
            # "have denied bombing hospitals in their campaigns against rebel groups"
            said = subtree(gerunds[0])
            for sib in cue.children:
                if sib.i > gerunds[0].i and sib.dep_ in {"prep", "advcl", "npadvmod"}:
                    said |= subtree(sib)
            return said
        if complements:
            ids: set[int] = set()
            for comp in complements:
                ids |= subtree(comp)
            # "Y, he said, and Y'": a subjectless conjunct of the cue carries on the content
            if any(c.i < cue.i for c in complements):
                for conj in (c for c in cue.children if c.dep_ == "conj" and c.i > cue.i):
                    if not any(g.dep_ in {"nsubj", "nsubjpass"} for g in conj.children):
                        ids |= subtree(conj)
                        ids |= {c.i for c in cue.children if c.dep_ == "cc" and c.i < conj.i}
            return ids
        if cue.dep_ == "parataxis" or (
            cue.dep_ in {"ccomp", "advcl"}
            and cue.i > cue.head.i
            and cue.head.dep_ == "ROOT"
            and not any(c.dep_ == "mark" for c in cue.children)
        ):
            head = cue.head
            ids = subtree(head) - subtree(cue)
            for sibling in head.children:  # other cue clauses on the same clause
                if (
                    sibling.i > cue.i
                    and sibling.dep_ in {"advcl", "parataxis"}
                    and sibling.lemma_.lower() in CUE_VERBS
                ):
                    ids -= subtree(sibling)
            return ids
        hung = _hung_complement(cue)
        if hung:
            return hung
        if lemma in COMPLEMENT_ONLY_VERBS:
            return set()
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        if (
            objects
            and cue.lemma_.lower() in OBJECT_CUE_VERBS
            and objects[0].pos_ in {"NOUN", "PROPN", "NUM"}
            and _reportable(objects[0])
            and (lemma not in TALLY_CUE_VERBS or objects[0].lower_ in OUTCOME_NOUNS)
        ):
            ids = subtree(objects[0])
            # "SANA reported 10 people killed", "denied bombing hospitals in their
            # campaigns", "reported 1,517 new infections, bringing the total to 65,170":
            # the object's clause, the cue's later adjuncts and the total come along
            for sib in cue.children:
                if sib.i > objects[0].i and (
                    sib.dep_ in {"ccomp", "xcomp", "oprd", "prep"}
                    or (sib.dep_ == "advcl" and sib.lemma_.lower() in TOTALLING_VERBS)
                    # "gave a toll of [48 dead]", which the parser hung on the cue
                    or (
                        sib.dep_ in {"advmod", "npadvmod", "amod"}
                        and any(t.like_num for t in sib.subtree)
                    )
                ):
                    ids |= subtree(sib)
            return ids
        # 'He told Reuters: "..."' or a quotation right after the cue
        after = [t for t in cue.subtree if t.i > cue.i]
        quote_start = next((t for t in after if t.text in '“"«'), None)
        if quote_start is not None and any(t.text == ":" for t in after if t.i < quote_start.i):
            return {t.i for t in sent if t.i >= quote_start.i}
        return set()

    def _according_to(
        self, tok: Token, sent: Span, book: SpeakerBook, quotes: QuoteMap, start: int
    ) -> Attribution | None:
        doc = tok.doc
        to = doc[tok.i + 1]
        if to.i + 1 >= sent.end:
            return None
        words = right_phrase(doc[to.i + 1], sent.end)
        if (
            not words
            and doc[to.i + 1].lower_ == "one"
            and to.i + 2 < sent.end
            and doc[to.i + 2].lower_ in SPEECH_NOUNS
        ):
            words = [doc[to.i + 1], doc[to.i + 2]]  # "according to one estimate"
        cue_end = to.i + 1
        if words and words[-1].lower_ in SPEECH_NOUNS:
            # "according to estimates by the U.S.", "according to figures from the ministry"
            nxt = words[-1].i + 1
            if nxt + 2 < sent.end and doc[nxt].tag_ == "VBN" and doc[nxt + 1].lower_ == "by":
                nxt += 1  # "according to figures compiled by the Syrian Coalition"
            if nxt + 1 < sent.end and doc[nxt].lower_ in {"by", "from", "of"}:
                holder = _before_next_subject(right_phrase(doc[nxt + 1], sent.end))
                if holder:
                    cue_end = words[-1].i + 1
                    words = holder
        words = _before_next_subject(words)
        if not words:
            return None
        if words[-1].lower_ in {"toll", "tally", "count"} and cue_end == to.i + 1:
            # "according to the latest death toll": a count, not a speaker; "according to
            # an Observatory toll": the count's author
            names = [t for t in words[:-1] if t.pos_ == "PROPN"]
            if not names:
                return None
            words = list(doc[names[0].i : names[-1].i + 1])
        if len(words) == 1 and words[0].lower_ in {"he", "she", "it", "they"}:
            pass
        elif not plausible_source(words):
            return None
        source = self._from_words(words, book, "right")
        # the content: the rest of the sentence, on the side away from the source
        after = [t for t in doc[source.span.end : sent.end] if not t.is_punct and not t.is_space]
        before_ids = before_source(sent, tok.i, start)
        if tok.i <= start + 1 or (not before_ids and after):
            ids = set(range(source.span.end, sent.end))  # "According to X(,) Y"
        elif len(after) <= 4 or not after:
            ids = before_ids  # "Y according to X (on Sunday)"
        else:
            ids = self._according_clause(tok, sent)
        content = spans(doc, {i for i in ids if start <= i < sent.end})
        if not content:
            return None
        substitutions: dict[int, str] = {}
        head = tok.head
        if head.dep_ == "relcl" and any(
            head.i == s.start or s.start <= head.i < s.end for s in content
        ):
            pronouns = [
                c
                for c in head.children
                if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _RELATIVE
            ]
            if pronouns:
                substitutions[pronouns[0].i] = head.head.text
        return Attribution(
            sent=sent,
            cue=doc[tok.i : cue_end],
            mention=source.span,
            speaker=source.speaker,
            content=content,
            style=style_of(content, quotes),
            resolved_from=source.how,
            substitutions=substitutions,
        )

    @staticmethod
    def _according_clause(tok: Token, sent: Span) -> set[int]:
        """The clause that "according to X" modifies, from the parse, in mid-sentence."""
        head = tok.head
        ids = (subtree(head) - subtree(tok)) if head.i != tok.i else set()
        for sibling in head.children:
            if (
                sibling.i != tok.i
                and sibling.dep_ in {"advcl", "parataxis", "ccomp"}
                and sibling.lemma_.lower() in CUE_VERBS
                and sibling.i > tok.i
            ):
                ids -= subtree(sibling)
        return {i for i in ids if sent.start <= i < sent.end}

    # --- headline labels -------------------------------------------------------------
    def _headline_label(
        self, title: Span, claims: list[Attribution], book: SpeakerBook
    ) -> Attribution | None:
        """ "32 killed in Syria's Daraa, Aleppo: NGO": a headline that names its source
        last, after a colon or (in text that lost it) after the news itself."""
        if any(c.sent.start == title.start for c in claims):
            return None
        words = [t for t in title if not t.is_space]
        pipe = next((n for n, t in enumerate(words) if t.text == "|"), None)
        if pipe is not None and pipe >= 4:
            words = words[:pipe]  # "... monitor | Jordan Times": the site's name
        if len(words) < 4 or words[-1].text in {".", "?", "!", '"', "”"}:
            return None
        doc = title.doc
        label: list[Token] = []
        colon = next((t for t in reversed(words) if t.text == ":"), None)
        if colon is not None and 0 < words[-1].i - colon.i <= 4:
            label = [t for t in words if t.i > colon.i]
            if not plausible_source(label):
                return None
        elif words[-1].lower_ == "group" and words[-2].lower_ in {"monitoring", "rights"}:
            label = words[-2:]  # "Syrian army kills 62 rebels east of Damascus Monitoring group"
        elif words[-1].lower_ in LABEL_WORDS:
            label = [words[-1]]
            prev = words[-2]
            if prev.lower_ in {"state", "war", "rights", "army", "syrian"} or (
                prev.ent_type_ == "NORP"
            ):
                label.insert(0, prev)
        else:
            return None
        body = [t for t in words if t.i < label[0].i and t.text not in {":", "|", "-", "–", "—"}]
        if not body or (colon is None and not any(t.pos_ in {"VERB", "AUX", "NUM"} for t in body)):
            return None
        mention = describe_tokens(label)
        speaker = book.add(mention, label[-1].i)
        content = spans(doc, range(body[0].i, body[-1].i + 1))
        return Attribution(
            sent=title,
            cue=None,
            mention=mention.span,
            speaker=speaker,
            content=content,
            style="indirect",
            resolved_from=None,
        )

    # --- quotations without a cue --------------------------------------------------------
    def _continuations(
        self, doc: Doc, claims: list[Attribution], quotes: QuoteMap
    ) -> list[Attribution]:
        """Quotations with no cue of their own: the previous speaker goes on (one claim
        per quotation, however many sentences it runs)."""
        taken = {(s.start_char, s.end_char) for c in claims for s in [c.sent]}
        covered = [(c.sent.start_char, c.sent.end_char) for c in claims]
        out = list(claims)
        sents = list(doc.sents)
        by_quote: dict[tuple[int, int], list[Span]] = {}
        order: list[tuple[int, int]] = []
        for sent in sents:
            if (sent.start_char, sent.end_char) in taken:
                continue
            if any(lo <= sent.start_char < hi for lo, hi in covered):
                continue
            quote = _whole_quotation(sent, quotes)
            if quote is None:
                continue
            if quote not in by_quote:
                by_quote[quote] = []
                order.append(quote)
            by_quote[quote].append(sent)
        for key in order:
            group = by_quote[key]
            if all(_is_question(s, QuoteMap()) for s in group):
                continue
            first, last = group[0], group[-1]
            owner = _previous_claim(claims, first)
            if owner is None or owner.speaker is None or not _near(doc, owner.sent, first):
                continue
            content = spans(doc, range(first.start, last.end))
            if not content:
                continue
            out.append(
                Attribution(
                    sent=doc[first.start : last.end],
                    cue=None,
                    mention=None,
                    speaker=owner.speaker,
                    content=content,
                    style="direct",
                    resolved_from="continuation",
                )
            )
        out.sort(key=lambda c: (c.sent.start, c.cue.start if c.cue else 0))
        return out


# --- helpers -------------------------------------------------------------------------------


def _split_quotation(cue: Token, source: Span) -> set[int]:
    """The first part of a quotation that its cue splits: in '"X," she said, "Y"' the
    speaker said X too. Only where nothing but punctuation and quotation marks lies
    between X and the source."""
    doc = cue.doc
    for part in (c for c in cue.children if c.dep_ == "ccomp" and c.i < source.start):
        ids = subtree(part)
        last = max(ids)
        if all(t.is_punct or t.is_quote for t in doc[last + 1 : source.start]) and any(
            t.is_quote for t in doc[last + 1 : source.start]
        ):
            return {i for i in ids if not doc[i].is_quote}
    return set()


def _complement(cue: Token, any_side: bool = False) -> list[Token]:
    """The clausal complements of a cue ("said [that Y]"), those after it unless `any_side`;
    not an adverbial clause the parser hung there ("... while also calling for ...")."""
    return [
        c
        for c in cue.children
        if c.dep_ == "ccomp"
        and c.pos_ in {"VERB", "AUX"}
        and (any_side or c.i > cue.i)
        and len(list(c.subtree)) >= 2
        # "..., adding that"; not "that shells fired on X [claiming the lives of ...]"
        and not (c.tag_ == "VBG" and is_cue_verb(c) and not _marked_that(c))
        and not _agency_credit(c)  # "... a source said on Monday SANA reported."
        and not any(
            m.dep_ == "mark" and m.lower_ not in {"that", "if", "whether"} for m in c.children
        )
    ]


def _hung_complement(cue: Token) -> set[int]:
    """A complement the parser hung elsewhere: on a noun of the cue's own adjuncts ("said
    at the time [that the airstrike hit ...]", "says in a report issued Wednesday [that it
    collected ...]", "reported citing a military source [that the army had killed 28]"),
    or read as the cue's object ("It also said [a coalition raid on ... killed two
    women]")."""
    lemma = cue.lemma_.lower()
    if lemma not in _SAYING:
        return set()
    if lemma == "tell":
        # "told a Reuters photographer [the hospital had recorded four deaths]": a clause
        # with a subject of its own, read as the recipient's relative clause
        for told in (c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i):
            for clause in (c for c in told.children if c.dep_ == "relcl"):
                subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if (
                    subjects
                    and subjects[0].tag_ not in {"WDT", "WP"}
                    and subjects[0].lower_ != "that"
                ):
                    return {t.i for t in clause.subtree}
    for tok in cue.subtree:
        if (
            tok.i <= cue.i
            or tok.dep_ not in {"acl", "relcl"}
            or tok.head.pos_ not in {"NOUN", "PROPN"}
            # not a noun the cue acts on ("reiterating accusations that ...")
            or any(
                t.dep_ == "dobj" and t.head.lemma_.lower() in CUE_VERBS
                for t in (tok.head, *tok.head.ancestors)
                if t.i > cue.i
            )
        ):
            continue
        first = tok.left_edge
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        if marked or (first.lower_ == "that" and first.dep_ == "advmod"):
            return {t.i for t in tok.subtree if t.i > first.i or first.lower_ != "that"}
    if lemma not in {"say", "add"}:
        return set()
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if objects and objects[0].pos_ == "NOUN" and objects[0].lower_ not in SPEECH_NOUNS:
        # "said [aircrafts of the coalition bombed ...]": the parser took the complement's
        # subject for the cue's object and hung its finite verb on it
        words = list(objects[0].subtree)
        if any(
            # finite, or a participle with an object of its own ("bombed ... tents")
            _clause_verb(t)
            and t.tag_ != "VBG"
            and t.dep_ in {"ccomp", "acl"}
            and not any(c.tag_ in {"WDT", "WP"} for c in t.children)
            for t in words
        ):
            return {t.i for t in words}
    return set()


_SAYING = {"say", "add", "report", "tell", "state", "announce", "confirm", "write", "note"}
"""Cues whose complement the parser may hang on a noun of their adjuncts."""


def _preposition(tok: Token) -> bool:
    """A preposition, not a predicate the tagger took for one: "... leaving 12 civilians
    dead a source at Aleppo Police Command said" (FA-KES drops the commas)."""
    return tok.pos_ == "ADP" and (tok.is_stop or tok.lower_ not in _PREDICATIVE)


_PREDICATIVE = {"dead", "alive", "injured", "wounded", "homeless", "missing"}


def _clause_verb(tok: Token) -> bool:
    """A verb with a clause of its own: finite, a gerund, or a participle with an object
    ("A suicide bomb blast killed at least 16 people", tagged as a participle)."""
    return tok.tag_ in {"VBD", "VBP", "VBZ", "VBG"} or (
        tok.tag_ == "VBN" and any(c.dep_ == "dobj" for c in tok.children)
    )


def _name_ending_at(last: Token, start: int) -> list[Token]:
    """The organisation or person whose name ends at `last`: its entity, or the proper
    nouns after a place the name was run into ("... northeast Damascus SANA")."""
    doc = last.doc
    if last.ent_type_ in {"ORG", "PERSON"}:
        first = last.i
        while first > start and doc[first].ent_iob_ == "I":
            first -= 1
        return list(doc[first : last.i + 1])
    first = last.i
    while first > start and doc[first].pos_ == "PROPN" and not doc[first].ent_type_:
        first -= 1
    if first < last.i and doc[first].ent_type_ in {"GPE", "LOC"}:
        return list(doc[first + 1 : last.i + 1])
    return []


def _words(span: Span) -> list[str]:
    return [t.lower_ for t in span if t.is_alpha or t.like_num]


def _marked_that(verb: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)


def _before_next_subject(words: list[Token]) -> list[Token]:
    """A source read rightwards in text without commas stops where the next clause's
    subject starts: "according to SANA news agency [terrorists] fired ...", "figures
    compiled by the Syrian Coalitions media office [Aleppo] bore the brunt"."""
    if not words:
        return words
    subject = next(
        (t for t in words[1:] if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > words[-1].i),
        None,
    )
    if subject is None:
        # the parser left the next verb without a subject: "according to SANA news agency
        # terrorists fired ...", "according to the Syrian Observatory rebels shelled ..."
        doc = words[0].doc
        nxt = words[-1].i + 1
        if (
            len(words) > 2
            and nxt < len(doc)
            and doc[nxt].tag_ in {"VBD", "VBZ", "VBP"}
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doc[nxt].children)
            and words[-1].tag_ == "NNS"
            and plausible_source(words[:-1])
            and (words[-2].pos_ == "PROPN" or words[-2].lower_ in SOURCE_NOUNS)
        ):
            return words[:-1]
        return words
    return [t for t in words if t.i < subject.left_edge.i]


def _agency_credit(verb: Token) -> bool:
    """An agency's closing credit parsed as what a cue reports: "SANA reported", "AFP
    said" (a verb of saying whose clause holds only its subject and adjuncts)."""
    if verb.lemma_.lower() not in {"report", "say"}:
        return False
    words = [t for t in verb.subtree if not t.is_punct and t.i != verb.i]
    return (
        len(words) <= 4
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
        and not any(t.dep_ in {"ccomp", "dobj"} for t in verb.children)
    )


def _closes_sentence(last: Token, sent: Span) -> bool:
    """Does an inverted source ("... said Furati") end where only adjuncts follow (a
    preposition, a participle, a relative clause), not a verb of its own ("said Syria's
    rebels were facing ...")?"""
    doc = last.doc
    nxt = last.i + 1
    while nxt < sent.end and doc[nxt].is_space:
        nxt += 1
    if nxt >= sent.end:
        return True
    tok = doc[nxt]
    if tok.is_punct:
        return True
    if tok.pos_ in {"ADP", "SCONJ", "ADV"} or tok.lower_ in _RELATIVE:
        return True
    if tok.lower_ in {"a", "an"}:
        # "said the Observatory a British-based war monitoring group.": an apposition
        return not any(
            t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"} for t in doc[nxt : sent.end]
        )
    return tok.tag_ == "VBG" or tok.ent_type_ in {"DATE", "TIME"}


def _announces_block(cue: Token, sent: Span) -> bool:
    """A cue whose sentence ends in a colon or an ellipsis: the words follow as a block."""
    last = [t for t in sent if not t.is_space]
    return bool(last) and last[-1].text in {":", "…", "..."} and cue.i > sent.start


def _next_paragraph(doc: Doc, sent: Span) -> Span | None:
    """The paragraph right after this sentence (when a blank line follows it)."""
    last = max((t for t in sent if not t.is_space), key=lambda t: t.i, default=None)
    if last is None:
        return None
    gap = doc.text[last.idx + len(last.text) : last.idx + len(last.text) + 8]
    if "\n" not in gap or sent.end >= len(doc):
        return None
    start = last.i + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and not (doc[end].is_space and "\n\n" in doc[end].text_with_ws):
        end += 1
    if end <= start:
        return None
    return doc[start:end]


def _adjacent(source: Span, cue: Token) -> bool:
    """Does the source end right before the cue ("the monitor said", "Kerry has said")?"""
    doc = cue.doc
    return all(doc[i].lower_ in _BETWEEN_SOURCE_AND_CUE for i in range(source.end, cue.i))


def _proper_or_determined(words: list[Token]) -> bool:
    """A phrase that can stand as a source on the surface alone: a name, or a noun with
    an article ("the monitor", "a source"), not a bare common noun."""
    first = words[0]
    return (
        first.lower_ in {"the", "a", "an", "another"}
        or first.tag_ == "PRP$"
        or any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in words)
        or words[-1].lower_ in LABEL_WORDS
    )


_POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _possessive_owner(words: list[Token]) -> str | None:
    """The pronoun behind "his figures", "its statement", "their report" (a document
    that speaks for its owner), or None."""
    if len(words) >= 2 and words[0].lower_ in _POSSESSIVES and words[-1].lower_ in SPEECH_NOUNS:
        return _POSSESSIVES[words[0].lower_]
    return None


def _reportable(obj: Token) -> bool:
    """Can an object alone be what a cue reports? A count or an event ("reported 294
    wounded", "confirmed the death of ..."), not "revealed one of those interactions"."""
    words = list(obj.subtree)
    if obj.lower_ in EVENT_NOUNS or any(t.lower_ in EVENT_NOUNS for t in words):
        return True
    return any(t.like_num and t.lower_ not in {"one", "ones"} for t in words)


def _phrase_ending_at(last: Token, start: int) -> list[Token]:
    """The largest noun phrase of the parse that ends at `last` (the word before a cue):
    "... on Tuesday a war monitor and medical workers in the rebel-held area said"."""
    best: list[Token] = []
    node = last
    for _ in range(8):
        if node.pos_ in {"NOUN", "PROPN"} and node.right_edge.i == last.i:
            words = [t for t in node.subtree if t.i >= start]
            if (
                words
                and words[0].i == node.left_edge.i
                and not any(
                    t.pos_ in {"VERB", "AUX"}
                    and t.dep_ not in {"amod", "compound"}
                    and not t.is_punct
                    for t in words
                    if t.i < node.i
                )
            ):
                best = words
        if node.head is node or node.head.i > last.i:
            break
        node = node.head
    return best


def _leading_name(head: Token, limit: int) -> list[Token]:
    """The name that opens a long subject: "French President Francois Hollande ..."."""
    sub = sorted((t for t in head.subtree if t.i < limit), key=lambda t: t.i)
    if not sub:
        return []
    words: list[Token] = []
    for tok in sub:
        if words and tok.i != words[-1].i + 1:
            break
        if tok.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} or tok.text in {"-", "'s", "’s"}:
            words.append(tok)
            continue
        break
    if not any(t.ent_type_ in {"PERSON", "ORG"} for t in words):
        return []
    while words and words[-1].ent_type_ not in {"PERSON", "ORG"}:
        words.pop()
    return words if plausible_source(words) else []


def _credit(claim: Attribution, found: list[Attribution]) -> bool:
    """A closing "according to AFP" or "; FNA reported." on a sentence that already
    reports someone's words is the channel's credit, not a claim of its own."""
    if claim.cue is None:
        return False
    mine = {t.i for s in claim.content for t in s}
    for other in found:
        if other is claim or other.cue is None or other.cue.start > claim.cue.start:
            continue
        if other.cue[0].lower_ == "according":
            continue
        theirs = {t.i for s in other.content for t in s}
        if mine == theirs and claim.mention is not None and _after_break(claim.mention):
            return True  # "... the sources said; FNA reported."
        if claim.cue[0].lower_ == "according" and other.cue[0].i in mine:
            return True  # "Russia ... by saying it looked like ... according to Reuters"
        if (
            other.cue[0].i in mine
            and other.mention is not None
            and other.mention.start in mine
            and claim.mention is not None
            and claim.mention.start > other.cue[0].i
            and _after_break(claim.mention)
        ):
            return True  # "... the sources said; FNA reported."
    return False


def _after_break(span: Span) -> bool:
    """Is this phrase set off by a semicolon, a dash or a bracket (a credit line)?"""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].text in {";", "—", "–", "-", "(", "[", "|"}


def _whole_quotation(sent: Span, quotes: QuoteMap) -> tuple[int, int] | None:
    """The quotation that makes up the sentence (bar punctuation), if one does."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words:
        return None
    quote = quotes.covering(words[0].idx, words[-1].idx + len(words[-1].text))
    if quote is None:
        return None
    return quotes.chain(quote)


def _whole_quotations(doc: Doc, claims: list[Attribution], quotes: QuoteMap) -> list[Attribution]:
    """A direct claim whose quotation runs over earlier or later sentences takes the
    whole quotation: '"The attack was repelled. Over 60 were killed," he said.'"""
    cue_sents = {c.sent.start for c in claims if c.cue is not None}
    cued = [s.start in cue_sents for s in doc.sents]
    for claim in claims:
        if claim.style == "indirect" or not claim.content:
            continue
        first, last = claim.content[0], claim.content[-1]
        quote = quotes.at(first[0].idx) or quotes.at(last[-1].idx)
        if quote is None:
            continue
        lo_char, hi_char = quotes.chain(quote)
        if lo_char >= claim.sent.start_char and hi_char <= claim.sent.end_char:
            continue
        # whole sentences of the quotation next to the claim's, up to another claim's cue
        sents = list(doc.sents)
        at = next((n for n, s in enumerate(sents) if s.start == claim.sent.start), None)
        if at is None:
            continue
        lo = hi = at
        while lo > 0 and sents[lo - 1].start_char >= lo_char - 1 and not cued[lo - 1]:
            lo -= 1
        while hi + 1 < len(sents) and sents[hi + 1].start_char < hi_char - 1 and not cued[hi + 1]:
            hi += 1
        if lo == hi == at:
            continue
        start, end = sents[lo].start, sents[hi].end
        inside = {i for i in range(start, end) if lo_char < doc[i].idx < hi_char - 1}
        ids = {t.i for s in claim.content for t in s} | inside
        claim.content = spans(doc, ids)
        claim.sent = doc[start:end]
    return claims


def _previous_claim(claims: list[Attribution], sent: Span) -> Attribution | None:
    """The latest claim with a speaker before this sentence."""
    best: Attribution | None = None
    for claim in claims:
        if (
            claim.sent.start < sent.start
            and claim.speaker is not None
            and (best is None or claim.sent.start >= best.sent.start)
        ):
            best = claim
    return best


def _near(doc: Doc, earlier: Span, later: Span) -> bool:
    """At most one paragraph break between two sentences."""
    between = text_of(doc)[earlier.end_char : later.start_char]
    return between.count("\n\n") <= 1


@Language.factory(
    "sayso_attribution",
    requires=["token.dep", "token.pos", "token.lemma", "token.ent_type", "doc.sents"],
    assigns=["doc._.claims", "doc._.speakers", "doc._.quotations"],
    default_config={
        "participle_fallback": True,
        "surface_fallback": True,
        "headline_labels": True,
        "continuations": True,
    },
)
def make_attribution(
    nlp: Language,
    name: str,
    participle_fallback: bool,
    surface_fallback: bool,
    headline_labels: bool,
    continuations: bool,
) -> AttributionFinder:
    """Find attributed claims (source, cue, content) in each document."""
    return AttributionFinder(
        nlp, name, participle_fallback, surface_fallback, headline_labels, continuations
    )


for _attr in ("claims", "speakers", "quotations"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)
