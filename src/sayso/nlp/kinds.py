"""What kind of thing a number counts, and so whether it is a figure at all.

News numbers count many things; the ledger keeps the ones an analyst compares across
sources. The rule (docs/figures.md, from the two development gold sets and the FA-KES
corpus, where "people", "civilians", "children", "others" and "terrorists" are the most
frequent counted nouns and "shells", "strikes", "kilometres" and "days" the most
frequent noise):

    person      people, civilians, soldiers, Syrians...      always a figure
    outcome     casualties, deaths, the dead, bodies, cases  always a figure
    agent       companies, countries, counties, providers    a figure (who acts)
    territory   villages, towns, positions                   a figure when taken or lost
    materiel    tanks, vehicles, aircraft                    a figure when destroyed or taken
    noise       shells, strikes, raids, hospitals, reports,  never a figure: the means and
                kilometres, days, points in time             events of an incident, not its toll

Any other noun is not a figure unless an outcome verb acts on it. Money and percentages
are figures with a unit (`units.py`).
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "AGENT_NOUNS",
    "MATERIEL_NOUNS",
    "NOISE_NOUNS",
    "OUTCOME_NOUNS",
    "PERSON_NOUNS",
    "TERRITORY_NOUNS",
    "Kind",
    "kind_of",
    "plural",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Kind = Literal["person", "outcome", "agent", "territory", "materiel", "noise", "other"]

PERSON_NOUNS = _words(
    """
    people persons person others civilians civilian children child kids kid babies baby infants
    women woman men man girls girl boys boy adults adult minors minor teenagers teenager
    youths youth elderly residents resident inhabitants citizens citizen locals villagers
    soldiers soldier troops troop servicemen serviceman personnel fighters fighter militants
    militant rebels rebel insurgents insurgent jihadists jihadist terrorists terrorist
    gunmen gunman extremists extremist mercenaries militiamen militiaman combatants officers
    officer policemen policeman police guards guard commanders commander recruits conscripts
    reservists volunteers volunteer members member staff staffers workers worker employees
    employee doctors doctor nurses nurse medics medic paramedics journalists journalist
    reporters activists activist protesters protester demonstrators students student
    teachers teacher pupils worshippers pilgrims passengers passenger tourists migrants
    migrant refugees refugee asylum-seekers evacuees displaced detainees detainee prisoners
    prisoner hostages hostage captives captive inmates abductees patients patient
    survivors survivor relatives families family brothers
    brother sisters sister sons son daughters daughter mothers mother fathers father parents
    husbands wives wife husband tribesmen tribesman farmers fishermen shepherds herders
    drivers driver officials official diplomats diplomat ministers leaders leader
    politicians lawmakers voters supporters followers fans users customers consumers
    subscribers viewers visitors residents individuals humans souls
    bombers bomber attackers attacker assailants suspects suspect militias marines sailors
    airmen pilots pilot snipers specialists advisers advisors instructors contractors
    operatives agents spies defectors deserters loyalists infected contacts awardees bidders
    recipients applicants candidates candidate finalists finalist nominees nominee winners
    winner laureates cousins cousin uncles aunts nephews nieces grandchildren grandparents
    colleagues executives managers directors senators congressmen congresswomen
    representatives judges lawyers attorneys jurors delegates athletes players coaches
    scientists researchers experts analysts economists engineers physicians surgeons
    pharmacists caregivers firefighters rescuers responders troopers deputies investigators
    prosecutors clerks homeowners tenants renters borrowers shareholders investors donors
    taxpayers retirees veterans seniors pensioners newborns toddlers teens adolescents
    beneficiaries witnesses witness poets poet writers writer authors artists artist
    musicians actors actresses singers students scholars academics professors doctors
    clinicians nurses physicians surgeons midwives inspectors monitors observers jobs
    """
)
"""Nouns that count people (plural and singular forms)."""

OUTCOME_NOUNS = _words(
    """
    casualties casualty deaths death dead fatalities fatality killed injured wounded
    victims victim martyrs martyr lives losses
    injuries injury cases case bodies corpses missing displaced arrests executions suicides
    toll infections infection resignations retirements terminations dismissals layoffs
    redundancies firings
    """
)

AGENT_NOUNS = _words(
    """
    companies company firms firm businesses business banks bank countries country nations
    nation states counties county municipalities provinces governments organisations
    organizations organization organisation groups agencies parties airlines brands
    providers provider manufacturers carriers operators retailers charities ngos
    universities teams clubs unions members
    """
)

TERRITORY_NOUNS = _words(
    """
    villages village towns town cities city settlements hamlets neighbourhoods neighborhoods
    neighbourhood neighborhood districts district areas positions position hills hill
    hilltops outposts posts checkpoints checkpoint bases base farms
    """
)

MATERIEL_NOUNS = _words(
    """
    tanks tank vehicles vehicle armoured armored carriers helicopters helicopter aircraft
    planes plane jets jet drones drone warplanes trucks truck cars car pickups launchers
    howitzers guns boats ships vessels
    """
)

NOISE_NOUNS = _words(
    """
    shells shell rockets rocket missiles missile mortars mortar bombs bomb barrels barrel
    rounds round projectiles grenades mines munitions bullets shots explosions blasts
    strikes strike airstrikes airstrike raids raid attacks attack sorties sortie assaults
    offensives clashes battles operations operation bombings bombing explosions incidents
    incident violations violation fronts front waves wave hospitals hospital clinics clinic
    schools school mosques mosque churches buildings building houses house homes facilities
    facility centres centers centre center sites site bridges bridge roads road tunnels
    tunnel markets market bakeries shelters reports report statements statement resolutions
    resolution letters documents images videos photos pages articles tweets posts messages
    calls kilometres kilometers km miles mile metres meters feet inches tonnes tons
    kilograms kg litres liters barrels hectares acres degrees days day weeks week months
    month years year hours hour minutes minute seconds decades decade times time occasions
    stages stage phases phase steps step point points hand hands side sides way ways thing
    things part parts piece pieces percent cent horsepower hp kilowatts kw watts volts
    mph rpm calories pixels megapixels gigabytes gb terabytes tb megabytes mb ghz mhz nm
    """
)
"""Counts of the means, events and places of an incident, measures and times."""

_IRREGULAR = {
    "person": "people", "persons": "people", "child": "children", "man": "men",
    "woman": "women", "policeman": "policemen", "gunman": "gunmen", "tribesman": "tribesmen",
    "serviceman": "servicemen", "militiaman": "militiamen", "wife": "wives",
    "family": "families", "casualty": "casualties", "fatality": "fatalities",
    "militia": "militias", "body": "bodies", "baby": "babies", "party": "parties",
    "country": "countries", "company": "companies", "county": "counties", "city": "cities",
    "youth": "youths", "staff": "staff", "personnel": "personnel", "police": "police",
}  # fmt: skip


def plural(noun: str) -> str:
    """The plural of a counted noun: gold and analysts name groups in the plural."""
    lower = noun.lower()
    if lower in _IRREGULAR.values() or lower in {"people", "others"}:
        return noun
    if lower in _IRREGULAR:
        out = _IRREGULAR[lower]
        return out.capitalize() if noun[:1].isupper() else out
    if lower.endswith(("s", "x", "ch", "sh")) or not lower.isalpha():
        return noun
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def kind_of(noun: str, *, ent_type: str = "") -> Kind:
    """The class of a counted head noun (lower-cased word), by lexicon and entity type."""
    word = noun.lower()
    if word in PERSON_NOUNS:
        return "person"
    if word in OUTCOME_NOUNS:
        return "outcome"
    if ent_type == "NORP" and word.endswith("s"):
        return "person"  # "43 Syrians", "four Alawites"
    if word in AGENT_NOUNS:
        return "agent"
    if word in TERRITORY_NOUNS:
        return "territory"
    if word in MATERIEL_NOUNS:
        return "materiel"
    if word in NOISE_NOUNS:
        return "noise"
    return "other"
