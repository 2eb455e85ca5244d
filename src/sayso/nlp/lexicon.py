"""The words the rules look for, in one place: cues, speakers, outcomes, qualifiers.

Everything here is lower case and matched against spaCy lemmas (verbs) or lower-cased
token text (the rest).
"""

from __future__ import annotations

__all__ = [
    "CUE_VERBS",
    "GROUP_NOUNS",
    "NEGATORS",
    "ORG_NOUNS",
    "PERSON_ROLE_NOUNS",
    "PRONOUNS",
    "SPEECH_NOUNS",
]

CUE_VERBS = frozenset(
    {
        "say", "tell", "add", "state", "claim", "announce", "estimate", "confirm",
        "acknowledge", "warn", "note", "insist", "deny", "write", "tweet", "post",
        "report", "suggest", "explain", "allege", "argue", "assert", "stress",
        "emphasize", "emphasise", "indicate", "reveal", "declare", "maintain", "predict",
        "contend", "admit", "concede", "caution", "charge", "complain", "disclose",
        "recount", "recall", "reply", "respond", "testify", "observe", "remark",
        "conclude", "counter", "affirm", "reiterate", "underline", "mention", "calculate",
        "boast", "vow", "pledge", "promise",
    }
)  # fmt: skip
"""Verbs that introduce reported speech when they govern a clause (`said that ...`)."""

OBJECT_CUE_VERBS = frozenset(
    {"report", "confirm", "announce", "deny", "estimate", "claim", "reveal"}
)
"""Cue verbs that may carry their content as a noun phrase: `SANA reported the death of 5`."""

PARTICIPLE_CUES = frozenset({"saying", "adding", "noting", "stating", "claiming", "warning",
                             "insisting", "explaining", "arguing", "suggesting", "stressing",
                             "estimating", "confirming", "citing", "telling", "writing",
                             "acknowledging", "denying", "announcing", "reporting", "emphasizing",
                             "emphasising", "describing", "asserting", "alleging"})  # fmt: skip

SPEECH_NOUNS = frozenset(
    {
        "statement", "report", "estimate", "estimates", "figure", "figures", "data",
        "count", "tally", "toll", "communique", "announcement", "bulletin", "release",
        "press release", "post", "tweet", "message", "letter", "reports", "sources",
        "assessment", "analysis", "study", "survey", "records", "account", "accounts",
        "testimony", "update", "briefing", "video", "footage", "document", "documents",
        "intelligence", "information", "calculation", "calculations", "numbers",
    }
)  # fmt: skip
"""Nouns that carry someone else's words: `according to estimates by X`, `a statement from X`."""

PRONOUNS = {
    "he": "person", "him": "person", "she": "person", "her": "person",
    "it": "organization", "they": "group", "them": "group", "we": "group", "i": "person",
}  # fmt: skip

PERSON_ROLE_NOUNS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
        "president", "prime minister", "governor", "mayor", "commander", "general",
        "officer", "source", "sources", "diplomat", "diplomats", "analyst", "analysts",
        "expert", "experts", "activist", "activists", "witness", "witnesses", "resident",
        "residents", "doctor", "doctors", "medic", "medics", "chief", "head", "director",
        "secretary", "ambassador", "envoy", "lawmaker", "senator", "representative",
        "leader", "leaders", "adviser", "advisor", "aide", "aides", "correspondent",
        "reporter", "journalist", "researcher", "professor", "prosecutor", "judge",
        "lawyer", "attorney", "police officer", "soldier", "soldiers", "fighter",
        "fighters", "rebel", "rebels", "monitor", "observer", "observers", "chairman",
        "chairwoman", "ceo", "founder", "executive", "manager", "candidate", "king",
        "queen", "prince", "emir", "sheikh", "cleric", "imam", "priest", "pope",
    }
)  # fmt: skip

ORG_NOUNS = frozenset(
    {
        "ministry", "agency", "department", "office", "government", "army", "military",
        "police", "observatory", "group", "organization", "organisation", "committee",
        "council", "commission", "coalition", "alliance", "force", "forces", "service",
        "company", "firm", "bank", "court", "parliament", "media", "tv", "television",
        "radio", "newspaper", "channel", "network", "monitor", "authority", "authorities",
        "administration", "command", "center", "centre", "institute", "union", "party",
        "movement", "front", "regime", "cabinet", "presidency", "embassy", "mission",
        "fund", "program", "programme", "board", "bureau", "directorate", "headquarters",
        "staff", "team", "club", "university", "hospital", "charity", "ngo", "un",
    }
)  # fmt: skip

GROUP_NOUNS = frozenset(
    {
        "allies", "partners", "officials", "sources", "residents", "activists", "witnesses",
        "experts", "analysts", "rebels", "militants", "people",
    }
)  # fmt: skip

NEGATORS = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "nobody", "none", "nothing", "without"}
)

DECLINE_VERBS = frozenset({"decline", "refuse", "fail", "won't", "would not"})
"""`X declined to say ...`: a cue under these is a refusal, not a claim."""
