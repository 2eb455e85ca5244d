"""What happened to the people a figure counts: killed, wounded, captured...

The outcome comes from the verbs that govern the counted noun ("at least 16 people were
killed", "the blast killed 16"), the verbs coordinated with them under one subject
("have died or been wounded" gives killed_or_wounded, but "killed 16 and wounded 30"
gives each object its own verb), participles and adjectives ("16 people dead", "30
injured"), outcome nouns ("casualties", "deaths", "the death toll reached 112"), and,
where the small parser fails (title-case headlines, scraped copy without commas), the
words right around the number ("50 ISIL Terrorists Killed", "killing 80 terrorists").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = [
    "OUTCOMES",
    "OUTCOME_ADJECTIVES",
    "OUTCOME_VERBS",
    "outcome_from_noun",
    "outcome_of_event",
    "outcome_of_verb",
    "surface_outcome",
]

OUTCOMES = (
    "killed", "wounded", "killed_or_wounded", "captured", "missing", "deployed",
    "displaced", "arrested", "suicide", "executed", "other",
)  # fmt: skip

OUTCOME_VERBS = {
    "kill": "killed", "die": "killed", "perish": "killed", "slay": "killed", "murder": "killed",
    "massacre": "killed", "slaughter": "killed", "assassinate": "killed", "martyr": "killed",
    "behead": "executed", "execute": "executed", "decapitate": "executed",
    "stone": "executed", "crucify": "executed", "escape": "displaced",
    "wound": "wounded", "injure": "wounded", "hurt": "wounded", "maim": "wounded",
    "capture": "captured", "abduct": "captured", "kidnap": "captured", "seize": "captured",
    "recapture": "captured", "retake": "captured", "liberate": "captured",
    "deploy": "deployed", "send": "deployed", "station": "deployed", "amass": "deployed",
    "mass": "deployed", "dispatch": "deployed", "mobilize": "deployed", "mobilise": "deployed",
    "displace": "displaced", "flee": "displaced", "evacuate": "displaced", "uproot": "displaced",
    "expel": "displaced", "arrest": "arrested", "detain": "arrested", "jail": "arrested",
    "imprison": "arrested", "disappear": "missing",
    "affect": "other", "quarantine": "other", "infect": "other", "trap": "other",
    "strand": "other", "besiege": "other", "deprive": "other", "rescue": "other",
    "hospitalize": "other", "hospitalise": "other", "sicken": "other", "poison": "other",
    "starve": "other", "evict": "displaced", "destroy": "other", "down": "other",
    "shoot": "other", "drown": "killed", "repatriate": "other", "discharge": "other",
    "migrate": "other", "emigrate": "other", "immigrate": "other", "charge": "other",
    "release": "other", "free": "other", "infiltrate": "deployed", "eliminate": "killed",
}  # fmt: skip
"""Verb lemmas and the outcome they give their object (or passive subject)."""

OUTCOME_ADJECTIVES = {
    "dead": "killed", "killed": "killed", "missing": "missing", "injured": "wounded",
    "wounded": "wounded", "hurt": "wounded", "displaced": "displaced", "homeless": "displaced",
    "detained": "arrested", "captured": "captured", "quarantined": "other",
    "infected": "other", "besieged": "other", "trapped": "other", "stranded": "other",
    "stuck": "other", "slain": "killed", "martyred": "killed", "deceased": "killed",
}  # fmt: skip
_NOUN_OUTCOMES = {
    "casualties": "killed_or_wounded", "casualty": "killed_or_wounded", "deaths": "killed",
    "death": "killed", "dead": "killed", "fatalities": "killed", "bodies": "killed",
    "corpses": "killed", "killed": "killed", "martyrs": "killed", "injuries": "wounded",
    "deceased": "killed",
    "injury": "wounded",
    "injured": "wounded", "wounded": "wounded", "prisoners": "captured", "captives": "captured",
    "hostages": "captured", "pows": "captured", "refugees": "displaced",
    "displaced": "displaced", "evacuees": "displaced", "arrests": "arrested",
    "detainees": "arrested", "suicides": "suicide", "executions": "executed",
    "missing": "missing", "cases": "other", "infections": "other",
    "losses": "killed_or_wounded", "resignations": "other", "retirements": "other",
    "terminations": "other", "dismissals": "other", "layoffs": "other",
    "redundancies": "other", "firings": "other",
}  # fmt: skip
_SURFACE = {
    "killed": "killed", "kills": "killed", "kill": "killed", "killing": "killed",
    "dead": "killed", "died": "killed", "die": "killed", "dies": "killed",
    "injured": "wounded", "injuring": "wounded", "injures": "wounded", "wounded": "wounded",
    "wounding": "wounded", "wounds": "wounded", "hurt": "wounded",
    "executed": "executed", "executing": "executed", "beheaded": "executed",
    "captured": "captured", "capturing": "captured", "abducted": "captured",
    "kidnapped": "captured", "arrested": "arrested", "arresting": "arrested",
    "detained": "arrested", "displaced": "displaced", "missing": "missing",
    "casualties": "killed_or_wounded",
}  # fmt: skip


_SERVICES = {"power", "electricity", "water", "internet", "communication", "communications",
             "phone", "heat", "gas", "aid", "food"}  # fmt: skip
_PEOPLE = {"people", "followers", "fans", "customers", "subscribers", "members", "jobs",
           "workers", "employees", "staff", "lives"}  # fmt: skip
_COMBATANTS = {
    "soldiers", "troops", "fighters", "men", "servicemen", "personnel", "militants",
    "members", "officers", "marines", "pilots", "commanders", "guards", "policemen",
}  # fmt: skip


_EVENT_NOUNS = {
    "killing": "killed", "killings": "killed", "murder": "killed", "murders": "killed",
    "massacre": "killed", "assassination": "killed", "beheading": "executed",
    "beheadings": "executed", "execution": "executed", "wounding": "wounded",
    "abduction": "captured", "abductions": "captured", "kidnapping": "captured",
    "capture": "captured", "arrest": "arrested", "detention": "arrested",
    "displacement": "displaced", "evacuation": "displaced", "disappearance": "missing",
    "infiltration": "deployed", "deployment": "deployed",
}  # fmt: skip


_HARMS = {"symptoms", "injuries", "wounds", "burns", "difficulties", "suffocation", "injury"}


def outcome_from_noun(word: str) -> str | None:
    """The outcome an outcome noun names: "casualties" gives killed_or_wounded."""
    return _NOUN_OUTCOMES.get(word.lower())


def outcome_of_event(word: str) -> str | None:
    """The outcome an event noun gives the people "of" it: "the killing of one person"."""
    lower = word.lower()
    return _NOUN_OUTCOMES.get(lower) or _EVENT_NOUNS.get(lower)


def outcome_of_verb(verb: Token, person: bool) -> str | None:
    """The outcome a verb gives what it acts on; `person` when that is people."""
    lemma = verb.lemma_.lower()
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    subtree = {c.lower_ for c in verb.subtree}
    if lemma == "kill" and objects & {"themselves", "himself", "herself"}:
        return "suicide"
    if lemma == "take" and "lives" in subtree and "own" in subtree:
        return "suicide"
    if lemma in {"lose", "claim", "cost", "take"} and "lives" in subtree:
        return "killed"  # "fighting that cost more than 500 lives"
    if (
        lemma == "claim"
        and person
        and (
            objects - {"responsibility", "credit", "victory"}
            or any(c.dep_ == "nsubjpass" for c in verb.children)
        )
    ):
        # "Rocket Shells Claim 9 Civilians", "33 Militants Claimed in Syria"
        return "killed"
    if lemma in {"suffer", "experience", "sustain"} and objects & _HARMS:
        # "12 YPG fighters suffered symptoms", "experienced breathing difficulties"
        return "wounded"
    if lemma in {"grant", "give", "allow", "offer"} and "passage" in subtree:
        return "displaced"  # "2000 people were granted safe passage out of Madaya"
    if lemma == "lose" and person and objects & (_COMBATANTS | _PEOPLE):
        # "Russia has lost at least 12 soldiers"; followers or customers lost are not dead
        return "killed" if objects & _COMBATANTS else "other"
    if lemma == "take" and subtree & {"prisoner", "prisoners", "captive", "hostage"}:
        return "captured"
    if lemma == "take" and "control" in subtree:
        return "captured"
    if lemma == "go" and "missing" in subtree:
        return "missing"
    if lemma == "destroy" and person:
        return "killed"  # "destroyed over 60 terrorists"
    if lemma in {"shoot", "gun"} and "dead" in subtree:
        return "killed"
    if lemma == "shoot":
        for child in verb.children:
            other = child.lemma_.lower()
            if child.dep_ in {"conj", "advcl"} and other in OUTCOME_VERBS and other != "shoot":
                return OUTCOME_VERBS[other]  # "have been shot beheaded or both"
    if lemma == "shoot":
        return "wounded" if person else "other"
    if lemma == "leave":
        # "leaving 23 civilians - including nine children - dead"
        for tok in verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 13)]:
            if tok.lower_ in {"dead", "injured", "wounded"}:
                return OUTCOME_ADJECTIVES[tok.lower_]
            if tok.text in {".", ";"}:
                break
    if lemma in {"force", "drive", "push"} and subtree & {"homes", "home", "houses", "out"}:
        return "displaced"  # "forced 33000 residents out of their homes"
    if lemma == "force" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in {"flee", "leave", "evacuate"}
        for c in verb.children
    ):
        return "displaced"  # "millions have been forced to flee"
    if lemma in {"cut", "lose", "leave"} and subtree & _SERVICES and not objects & _COMBATANTS:
        return "other"  # "cut power to some 375,000 people"
    if lemma in {"place", "put", "keep", "hold"} and subtree & {
        "observation", "quarantine", "isolation", "siege",
    }:  # fmt: skip
        return "other"  # "46 close contacts were placed under medical observation"
    if lemma in {"lay", "furlough", "fire", "sack"} and (lemma != "lay" or "off" in subtree):
        return "other"  # "4,000 employees will be laid off"
    if lemma in {"cut", "shed", "axe", "eliminate", "slash", "lose"} and objects & {
        "jobs", "positions", "posts", "workers", "employees", "staff",
    }:  # fmt: skip
        return "other"  # "SPH shed about 140 jobs"
    if lemma == "round" and "up" in subtree:
        return "arrested"
    if (
        lemma in {"bring", "fly", "get"}
        and any(c.lower_ == "back" for c in verb.children)
        and not objects & {"bodies", "remains", "corpses"}
    ):
        return "other"  # "has brought back 65,565 Americans": repatriated
    if lemma in {"sustain", "suffer", "receive"} and objects & {
        "injuries", "injury", "wounds", "burns", "suffocation", "fractures", "shrapnel",
    }:  # fmt: skip
        return "wounded"  # "41 people who sustained injuries", "35 suffered suffocation"
    if lemma == "test" and subtree & {"positive", "negative"}:
        return "other"  # "749 people tested positive": infected (or cleared)
    if lemma in {"seize", "liberate", "recapture", "retake"} and person:
        return "captured" if lemma == "seize" else None
    outcome = OUTCOME_VERBS.get(lemma)
    if outcome is None:
        for child in verb.children:
            if child.dep_ in {"acomp", "attr", "oprd"}:
                outcome = OUTCOME_ADJECTIVES.get(child.lower_)
            elif child.dep_ == "prep" and child.lower_ == "as":
                # "466 patients have been reported as wounded"
                outcome = next(
                    (
                        OUTCOME_ADJECTIVES[g.lower_]
                        for g in child.children
                        if g.lower_ in OUTCOME_ADJECTIVES
                    ),
                    None,
                )
            if outcome:
                break
    return outcome


def surface_outcome(
    doc: Doc, start: int, end: int, limit_left: int, limit_right: int
) -> str | None:
    """An outcome read from the words around a number when the parse gives none.

    Right of the number (after its noun): "50 ISIL Terrorists Killed", "25 Terrorists
    Killed Injured", "30 others were injured"; left of it: "killing 80 terrorists",
    "claiming at least 10 killed"."""
    found: list[str] = []
    i = end
    steps = 0
    while i < limit_right and steps < 6:
        tok = doc[i]
        word = tok.lower_
        if word in _SURFACE:
            found.append(_SURFACE[word])
            nxt = doc[i + 1] if i + 1 < limit_right else None
            if nxt is not None and nxt.lower_ in {"or", "and"} and i + 2 < limit_right:
                other = _SURFACE.get(doc[i + 2].lower_) or _SURFACE.get(
                    doc[i + 3].lower_ if i + 3 < limit_right else ""
                )
                if other and not (i + 3 < limit_right and doc[i + 2].like_num):
                    found.append(other)
            elif nxt is not None and nxt.lower_ in _SURFACE and nxt.text[:1].isupper():
                found.append(_SURFACE[nxt.lower_])  # "Killed Injured" (a headline)
            break
        if word == "as" and i + 1 < limit_right and doc[i + 1].lower_ in _SURFACE:
            i += 1  # "466 patients have been reported as wounded"
            continue
        if tok.is_punct or tok.like_num or word in {"and", "but", "while", "after", "as"}:
            break
        i += 1
        steps += 1
    if not found:
        for j in range(start - 1, max(limit_left, start - 4) - 1, -1):
            word = doc[j].lower_
            if (
                word in _SURFACE
                and word not in {"dead", "missing", "casualties"}
                and doc[j].pos_ in {"VERB", "NOUN", "ADJ", "PROPN"}
            ):
                found.append(_SURFACE[word])
                if j >= 2 and doc[j - 1].lower_ in {"and", "or"} and doc[j - 2].lower_ in _SURFACE:
                    found.append(_SURFACE[doc[j - 2].lower_])
                break
            if doc[j].is_punct or doc[j].like_num:
                break
    if "killed" in found and "wounded" in found:
        return "killed_or_wounded"
    return found[0] if found else None
