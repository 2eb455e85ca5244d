"""The words the rules look for, in one place: cues, speakers, outcomes, qualifiers.

Everything here is lower case and matched against spaCy lemmas (verbs) or lower-cased
token text (the rest).
"""

from __future__ import annotations

__all__ = [
    "COMPLEMENT_ONLY_VERBS",
    "CUE_VERBS",
    "DECLINE_VERBS",
    "DOCUMENT_CUE_VERBS",
    "EVENT_NOUNS",
    "GENERIC_ORG_WORDS",
    "GROUP_NOUNS",
    "HYPHENLESS_PARTICIPLES",
    "INTENT_VERBS",
    "INVERTING_CUE_VERBS",
    "LABEL_WORDS",
    "LENIENT_CUE_VERBS",
    "NEGATORS",
    "OBJECT_CUE_VERBS",
    "OBJECT_NOUNS",
    "ORG_NOUNS",
    "PARTICIPLE_CUES",
    "PERSON_ROLE_NOUNS",
    "PHRASAL_CUE_VERBS",
    "PRONOUNS",
    "REPORT_NOUNS",
    "REPORT_PREPOSITIONS",
    "SOURCE_NOUNS",
    "SPEECH_NOUNS",
    "TALLY_CUE_VERBS",
    "TOLL_NOUNS",
    "is_agent_noun",
    "is_role_noun",
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
        "boast", "vow", "pledge", "promise", "continue", "believe", "accuse", "assure",
        "read", "record", "register", "give", "clarify", "point",
    }
)  # fmt: skip
"""Verbs that introduce reported speech when they govern a clause (`said that ...`)."""

PHRASAL_CUE_VERBS = {"point": "out"}
"""Cue verbs that report only with their particle: "the source pointed out that ..." (not
"pointed to the map")."""

COMPLEMENT_ONLY_VERBS = frozenset({"believe", "continue", "assure", "read"})
"""Cue verbs that report only with a clause of their own or closing the sentence
(`NASA believes that ...`, `... he continued`), never through an object (`believes in`)."""

DOCUMENT_CUE_VERBS = frozenset({"read"})
"""Cue verbs only a document can be the subject of: `the statement read`."""

INTENT_VERBS = frozenset(
    {"expect", "plan", "want", "intend", "hope", "urge", "ask", "wait", "refuse", "decline",
     "fail", "prepare", "schedule", "set", "need", "try", "seek", "like", "love", "agree",
     "allow", "encourage", "invite", "call", "pressure", "force", "due", "going"}
)  # fmt: skip
"""Verbs whose infinitive is still to come: `expected to say`, `urged X to report`."""

INVERTING_CUE_VERBS = CUE_VERBS - frozenset(
    {"tell", "deny", "accuse", "believe", "promise", "vow", "pledge", "assure", "estimate",
     "calculate", "reveal", "announce", "confirm", "claim", "report", "post", "tweet",
     "record", "register", "point"}
)  # fmt: skip
"""Cue verbs whose source may follow them ("... said the official", "... added Kerry");
after the others a noun is their object ("told SANA", "denied the allegations")."""

LENIENT_CUE_VERBS = frozenset({"say", "tell", "add"})
"""Cue verbs whose parsed subject is taken as a source whatever noun it is: what
"says" is someone (`Health bosses said`); other cues need a subject that can speak
(`a scan revealed` reports nothing)."""

OBJECT_CUE_VERBS = frozenset(
    {"report", "confirm", "announce", "deny", "estimate", "claim", "reveal", "record", "register",
     "give"}
)  # fmt: skip
"""Cue verbs that may carry their content as a noun phrase: `SANA reported the death of 5`."""

TALLY_CUE_VERBS = frozenset({"record", "register"})
"""Object cues that report only a tally of cases or deaths (`the ministry has recorded 3,000
new cases`): a band that recorded 12 songs reports nothing."""

TOLL_NOUNS = frozenset({"toll", "tally", "figure", "figures", "count", "estimate", "estimates"})
"""What "give" reports: "Syrian state media gave a toll of 44 dead" (and nothing else that
is given)."""

PARTICIPLE_CUES = frozenset({"saying", "adding", "noting", "stating", "claiming", "warning",
                             "insisting", "explaining", "arguing", "suggesting", "stressing",
                             "estimating", "confirming", "citing", "telling", "writing",
                             "acknowledging", "denying", "announcing", "reporting", "emphasizing",
                             "emphasising", "describing", "asserting", "alleging", "pointing",
                             "clarifying"})  # fmt: skip

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
        "fighters", "rebel", "rebels", "observer", "observers", "chairman",
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

SOURCE_NOUNS = (
    PERSON_ROLE_NOUNS
    | ORG_NOUNS
    | GROUP_NOUNS
    | frozenset(
        {
            "ngo", "watchdog", "network", "charity", "ministries", "governments",
            "militaries", "authorities", "police", "residents", "locals", "villagers",
            "inhabitants", "survivors", "relatives", "families", "family", "parents",
            "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
            "friend", "friends", "neighbour", "neighbor", "neighbours", "neighbors",
            "colleague", "colleagues", "staff", "staffers", "employees", "workers",
            "volunteers", "medics", "paramedics", "nurses", "physicians", "surgeons",
            "scientists", "researchers", "investigators", "inspectors", "monitors",
            "traders", "investors", "economists", "strategists", "bankers", "dealers",
            "critics", "supporters", "opponents", "protesters", "demonstrators",
            "campaigners", "advocates", "militants", "insurgents", "jihadists",
            "troops", "forces", "army", "navy", "regime", "opposition", "coalition",
            "statement", "report", "reports", "letter", "study", "survey", "communique",
            "bulletin", "source", "sources", "spokesmen", "spokespeople", "officials",
            "people", "person", "man", "woman", "men", "women", "child", "children",
            "teenager", "student", "students", "member", "members", "citizens", "crew",
            "delegation", "envoys", "negotiators", "mediators", "lawmakers", "legislators",
            "senators", "congressman", "congresswoman", "mp", "mps", "deputy", "deputies",
            "representative", "representatives", "minister", "ministers", "premier",
            "governor", "commanders", "chiefs", "heads", "generals", "colonel", "captain",
            "major", "lieutenant", "sergeant", "brigadier", "admiral", "marshal",
            "agency", "agencies", "outlet", "broadcaster", "daily", "newspaper", "paper",
            "website", "site", "channel", "station", "magazine", "journal", "wire",
            "company", "companies", "firm", "firms", "utility", "carrier", "airline",
            "maker", "manufacturer", "retailer", "startup", "giant", "group", "groups",
            "militia", "militias", "faction", "factions", "brigade", "battalion",
            "unit", "units", "division", "corps", "wing", "branch", "council", "body",
            "panel", "court", "tribunal", "prosecutors", "judges", "lawyers", "attorneys",
            "doctors", "experts", "analysts", "activists", "witnesses", "diplomats",
            "insiders", "observers", "state", "states", "country", "countries",
            "nation", "nations", "side", "team", "club", "school", "university", "hospital",
            "clinic", "institute", "center", "centre", "foundation", "fund", "bank",
            "media", "press", "tv", "television", "radio", "newswire", "boss", "bosses",
            "facility", "facilities", "centres", "centers", "hospitals", "clinics",
            "businesses", "customers", "users", "owners", "operators", "providers",
            "inquiry", "investigation", "probe", "commission", "review", "audit", "poll",
        }
    )
)  # fmt: skip
"""Common nouns that can name someone who speaks: a person, a body, a document."""

_AGENT_SUFFIXES = ("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ant", "ants",
                   "ent", "ents", "man", "men", "woman", "women", "person", "people", "ee",
                   "ees", "ary", "aries")  # fmt: skip
_NOT_AGENTS = frozenset(
    {
        "number",
        "numbers",
        "order",
        "orders",
        "matter",
        "water",
        "paper",
        "power",
        "border",
        "borders",
        "center",
        "centre",
        "letter",
        "corner",
        "manner",
        "summer",
        "winter",
        "weather",
        "other",
        "others",
        "river",
        "tower",
        "layer",
        "quarter",
        "sector",
        "factor",
        "error",
        "door",
        "floor",
        "minor",
        "major",
        "poster",
        "chapter",
        "cancer",
        "disaster",
        "monster",
        "parameter",
        "answer",
        "dinner",
        "shelter",
        "filter",
        "barrier",
        "charter",
        "character",
        "theatre",
        "theater",
        "fiber",
        "fibre",
        "hunger",
        "danger",
        "anger",
        "finger",
        "transfer",
        "event",
        "events",
        "moment",
        "comment",
        "comments",
        "statement",
        "statements",
        "agreement",
        "government",
        "department",
        "parliament",
        "movement",
        "development",
        "content",
        "percent",
        "per cent",
        "element",
        "treatment",
        "amount",
        "account",
        "incident",
        "accident",
        "extent",
        "talent",
        "payment",
        "equipment",
        "environment",
        "investment",
        "employment",
        "settlement",
        "management",
        "document",
        "summary",
        "anniversary",
        "salary",
        "military",
        "secretary",
        "library",
        "territory",
        "boundary",
        "dictionary",
        "commentary",
        "documentary",
        "itinerary",
        "mortar",
        "mortars",
        "motor",
        "motors",
        "rumor",
        "rumour",
        "tumor",
        "vapor",
        "corridor",
        "sensor",
        "sensors",
        "reactor",
        "meteor",
        "behavior",
        "behaviour",
        "color",
        "colour",
        "honor",
        "honour",
        "labor",
        "labour",
        "harbor",
        "favor",
        "mirror",
        "terror",
        "horror",
        "plan",
        "ban",
        "span",
        "scan",
        "van",
        "urban",
        "oman",
        "occupant",
        "plant",
        "grant",
        "want",
        "giant",
        "variant",
        "restaurant",
        "chemical",
        "german",
        "roman",
        "human",
        "humans",
    }
)
"""Words that end like agent nouns but name no one (`number`, `statement`, `mortar`)."""


def is_agent_noun(word: str) -> bool:
    """A common noun that names a person or a body by what it does: `investigator`,
    `scientist`, `chairwoman` (a guess from its ending, for words no list holds)."""
    word = word.lower()
    if word in SOURCE_NOUNS:
        return True
    if word in _NOT_AGENTS or len(word) < 5:
        return False
    if word.endswith(("ment", "ments")) and word not in _MENT_BODIES:
        return False  # "involvement", "agreement": not "government", "department"
    return word.endswith(_AGENT_SUFFIXES)


_MENT_BODIES = frozenset(
    {"government", "governments", "parliament", "parliaments", "department", "departments",
     "establishment", "regiment", "regiments"}
)  # fmt: skip


GENERIC_ORG_WORDS: dict[str, frozenset[str]] = {
    "monitor": frozenset({"observatory", "monitor", "watch", "network", "ngo"}),
    "monitors": frozenset({"observatory", "monitor", "watch", "network", "ngo"}),
    "watchdog": frozenset({"observatory", "monitor", "watch", "network"}),
    "ngo": frozenset({"observatory", "monitor", "watch", "network", "ngo"}),
    "observatory": frozenset({"observatory"}),
    "agency": frozenset({"agency", "news", "press", "tv", "television", "media"}),
    "media": frozenset({"agency", "news", "press", "tv", "television", "media"}),
    "tv": frozenset({"tv", "television", "broadcaster", "channel"}),
    "television": frozenset({"tv", "television", "broadcaster", "channel"}),
    "ministry": frozenset({"ministry"}),
    "army": frozenset({"army", "forces", "military", "command", "staff"}),
    "military": frozenset({"army", "forces", "military", "command", "staff"}),
    "command": frozenset({"command", "army", "forces", "military"}),
    "charity": frozenset(),
    "group": frozenset(),
    "organization": frozenset(),
    "organisation": frozenset(),
    "company": frozenset(),
    "firm": frozenset(),
    "body": frozenset(),
    "coalition": frozenset({"coalition"}),
    "alliance": frozenset({"alliance", "coalition"}),
    "council": frozenset({"council"}),
    "committee": frozenset({"committee"}),
    "government": frozenset({"government", "ministry", "cabinet"}),
    "regime": frozenset({"government", "regime"}),
}
"""A generic mention of a body (`the monitor`, `the agency`) and the words one of the
article's named bodies must hold to be the one meant; an empty set takes the latest
named organisation (`the group`, `the company`)."""

LABEL_WORDS = frozenset(
    {
        "ngo", "monitor", "monitors", "media", "activists", "observatory", "army",
        "military", "police", "official", "officials", "source", "sources", "report",
        "reports", "un", "u.n.", "ministry", "government", "residents", "witnesses",
        "medics", "rescuers", "agency", "tv", "television", "state", "opposition",
        "rebels", "coalition", "pentagon", "kremlin", "observers",
    }
)  # fmt: skip
"""Words that end a headline as its source once the colon is lost: `32 killed in
Syria's Daraa, Aleppo: NGO`, `... capture 3 villages Monitor`."""

HYPHENLESS_PARTICIPLES = frozenset(
    {"run", "owned", "backed", "based", "led", "controlled", "funded", "affiliated",
     "linked", "allied", "supported", "sponsored", "held", "appointed", "installed"}
)  # fmt: skip
"""Second halves of compound adjectives whose hyphen was lost: `government run TV`."""

REPORT_NOUNS = frozenset({"reports", "claims", "allegations", "rumours", "rumors", "accounts"})
"""Unnamed reports that carry a clause: `amid reports (that) dozens were killed`."""

REPORT_PREPOSITIONS = frozenset({"amid", "after", "following", "despite", "over", "with"})
"""The words before `reports` that make it a source: `amid reports`, `following reports`."""


def is_role_noun(word: str) -> bool:
    """A title that can stand before a person's name: `envoy`, `chief`, `geologist`
    (not a body or an outlet: `website`, `ministry`)."""
    word = word.lower()
    if word in PERSON_ROLE_NOUNS:
        return True
    return word not in SOURCE_NOUNS and is_agent_noun(word)


OBJECT_NOUNS = frozenset(
    {"accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim",
     "claims", "remarks", "comments", "words", "thing", "things", "promise", "promises",
     "quality", "story", "version", "account", "rumour", "rumor", "reports", "figures"}
)  # fmt: skip
"""Nouns a relative cue clause has as its object: `an accusation the YPG has denied`."""

EVENT_NOUNS = frozenset(
    {"death", "deaths", "killing", "killings", "casualties", "toll", "capture", "arrest",
     "arrests", "attack", "attacks", "strike", "strikes", "shelling", "bombing", "explosion",
     "blast", "injury", "injuries", "loss", "losses", "fall", "liberation", "seizure",
     "destruction", "withdrawal", "ceasefire", "truce", "agreement", "deal", "release",
     "execution", "executions", "kidnapping", "abduction", "clashes", "fighting",
     "discovery", "detection", "outbreak", "case", "cases", "use", "presence", "existence",
     "allegations", "accusations", "claims", "reports", "collapse", "resignation"}
)  # fmt: skip
"""Nouns for what happened, which a cue can report as its object: `SANA reported the
death of ...`, `the ministry confirmed the capture of ...`, `denied the allegations`."""
