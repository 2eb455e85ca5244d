"""One test per figure rule, each on a sentence quoted from a real article.

FA-KES articles (CC BY 4.0, Abu Salem et al. 2019) are named by their unit_id, the
ScrapingHub benchmark pages (MIT) by the first characters of their id. FA-KES text has
its commas and apostrophes stripped, as in the corpus ("Syrias Kobani").
"""

from __future__ import annotations

from collections.abc import Callable

from sayso.records import Article, Figure

Analyse = Callable[[str], Article]


def _figures(article: Article) -> list[Figure]:
    return article.figures


def _one(article: Article, value: float) -> Figure:
    found = [f for f in article.figures if f.value == value]
    assert len(found) == 1, [(f.text, f.value) for f in article.figures]
    return found[0]


# --- what is not a figure -------------------------------------------------------------


def test_comma_less_date_stamps_are_not_figures(analyse: Analyse) -> None:
    # FA-KES 1923848181
    article = analyse(
        "Syria rebel rocket kills five children\n\nAFP Sunday 26 Jul 2015 Rebel rocket fire on a "
        "government-held area of Syrias second city Aleppo killed five children four of them "
        "brothers a monitoring group said on Sunday."
    )
    assert sorted(f.value or 0 for f in _figures(article)) == [4, 5, 5]


def test_names_ending_in_a_number_and_munitions_are_not_figures(analyse: Analyse) -> None:
    # FA-KES 1962495711: "al-Mazzeh 86" is a district, "rocket shells" are munitions
    article = analyse(
        "A source at Damascus Police Command told the correspondent that terrorists located in "
        "Douma area fired rocket shells and explosive rounds at the neighborhoods of al-Sheikh "
        "Saad and al-Mazzeh 86 in al-Mazzeh area injuring 7 people who were rushed to "
        "al-Muwasat Hospital for treatment."
    )
    assert [(f.value, f.outcome) for f in _figures(article)] == [(7, "wounded")]


def test_counts_of_attacks_and_facilities_are_not_figures(analyse: Analyse) -> None:
    # FA-KES 1923102845
    article = analyse(
        "Hospitals have been regularly targeted in Syrias conflict with the UN recording 44 "
        "attacks in July alone on medical facilities in the war-torn country."
    )
    assert _figures(article) == []


def test_compound_modifiers_are_not_figures(analyse: Analyse) -> None:
    # FA-KES 1926479219
    article = analyse(
        "It is not yet clear whether opponents will allow a simple majority vote on this "
        "procedural step or insist on a more difficult 60-vote majority in the 100-member chamber."
    )
    assert _figures(article) == []


def test_one_as_a_pronoun_is_not_a_figure(analyse: Analyse) -> None:
    # FA-KES 1965511124
    article = analyse(
        "At one point it looked set to overrun the town but Kurdish Syrian fighters backed by "
        "US-led coalition air strikes have held back the group."
    )
    assert _figures(article) == []


# --- numbers ------------------------------------------------------------------------


def test_thousands_set_apart_by_a_space(analyse: Analyse) -> None:
    # FA-KES 1926479155
    article = analyse(
        "Albuseis pointed out that nearly 200 000 civilians trapped in Deir Ezzor have been "
        "suffering a double siege by the Assad regime and ISIS."
    )
    figure = _one(article, 200_000)
    assert figure.high == 200_000 and figure.counted == "civilians" and figure.outcome == "other"


def test_currency_symbol_and_bound(analyse: Analyse) -> None:
    # ScrapingHub 360c732d (City A.M.)
    article = analyse(
        "Alibaba is set to raise up to $12.9bn in its Hong Kong listing after pricing its shares "
        "at 176 Hong Kong dollars each."
    )
    raised = _one(article, 12_900_000_000)
    assert (raised.high, raised.unit, raised.text) == (12_900_000_000, "USD", "up to $12.9bn")
    assert _one(article, 176).unit == "HKD"


def test_currency_symbols_with_a_country_prefix(analyse: Analyse) -> None:
    # MediaCloud 2020 (Straits Times, SPH results): "S$" was read as a count of people
    article = analyse(
        "SPH said it received S$68.5 million from government schemes, while revenue fell to "
        "S$865.7 million. Its Brazilian unit said sales reached R$5 billion."
    )
    assert [(f.value, f.unit, f.outcome) for f in article.figures] == [
        (68_500_000, "SGD", None),
        (865_700_000, "SGD", None),
        (5_000_000_000, "BRL", None),
    ]


def test_money_and_percentages_say_what_they_measure(analyse: Analyse) -> None:
    # the shapes of a results report (MediaCloud 2020, SPH) in sentences of our own
    article = analyse(
        "The group reported a net loss of $83.7 million for the year. "
        "Earnings per share were $0.13. "
        "Revenue from the property business rose 10.3 per cent. "
        "Sales were hit by a 32.9 per cent decline in print advertising revenue. "
        "About 44% of jobs in the county depend on tourism. "
        "The losses were offset by $68.5 million received from government schemes."
    )
    assert [(f.text, f.counted) for f in article.figures] == [
        ("$83.7 million", "net loss"),
        ("$0.13", "Earnings per share"),
        ("10.3 per cent", "Revenue from the property business"),
        ("32.9 per cent", "decline in print advertising revenue"),
        ("About 44%", "share of jobs in the county"),
        ("$68.5 million", "money received from government schemes"),
    ]


def test_cents_are_money_in_the_currency_unit(analyse: Analyse) -> None:
    article = analyse(
        "The company reported revenue of S$865.7 million. A final dividend of 5.5 cents per "
        "share was declared, against one Singapore cent a year earlier."
    )
    money = [(f.text, f.value, f.unit) for f in article.figures][1:]
    assert money == [("5.5 cents", 0.055, "SGD"), ("one Singapore cent", 0.01, "SGD")]
    assert all(f.location is None for f in article.figures)  # "Singapore" names the cent


def test_scaled_amounts_have_no_binary_fraction(analyse: Analyse) -> None:
    article = analyse("Retrenchment costs were S$16.6 million.")
    assert [f.value for f in article.figures] == [16_600_000]


def test_people_counted_without_a_harm_outcome(analyse: Analyse) -> None:
    article = analyse(
        "Nominations came from more than 40 countries and the panel selected sixteen "
        "finalists, the organisers said. More than two dozen lawmakers backed her, and "
        "Brown faced two candidates. The paper shed about 140 jobs. Police said there were "
        "24 resignations last year. Security forces took five of Soltan's relatives, Mohamed Soltan said."
    )
    found = [(f.text, f.low, f.counted, f.outcome, f.location) for f in article.figures]
    assert found == [
        ("more than 40", 40, "countries", None, None),
        ("sixteen", None, "finalists", None, None),
        ("More than two dozen", 24, "lawmakers", None, None),
        ("two", None, "candidates", None, None),
        ("about 140", None, "jobs", "other", None),
        ("24", None, "people", "other", None),
        ("five", None, "relatives", None, None),
    ]


def test_fiscal_and_balance_date_periods(analyse: Analyse) -> None:
    article = analyse(
        "The segment made a profit of $263 million in FY19. Net asset value per share was "
        "$2.06 as at Aug 31. Sales rose 52.5 per cent in daily average copies."
    )
    found = [(f.text, f.period.text if f.period else None, f.per) for f in article.figures]
    assert found == [
        ("$263 million", "in FY19", None),
        ("$2.06", "as at Aug 31", None),
        ("52.5 per cent", None, None),  # "daily average copies" is what rose, not a rate
    ]


def test_running_totals_count_what_the_figure_before_counts(analyse: Analyse) -> None:
    article = analyse(
        "The health authority reported 1,517 new infections Sunday, bringing the state total "
        "to 65,170. The ministry recorded over 3,000 new cases in the past week, and a total of "
        "more than 84,000 since March. India has more than 9.1 million confirmed cases."
    )
    found = [(f.value, f.counted, f.outcome) for f in article.figures]
    assert found == [
        (1517, "new infections", "other"),
        (65170, "total infections", "other"),
        (3000, "new cases", "other"),
        (84000, "total cases", "other"),
        (9_100_000, "confirmed cases", "other"),
    ]


def test_measures_stated_by_their_subject(analyse: Analyse) -> None:
    article = analyse(
        "The total number of coronavirus cases in the county increased from nine to 13. "
        "Deliveries of the carmaker dropped in 2019 to 1.24 million vehicles, the company "
        "said. There were 70 total disabled beneficiaries in zip code 63848 in 2019. "
        "The painter spends around Rs 500 on each wall."
    )
    found = [(f.value, f.counted, f.period.text if f.period else None) for f in article.figures]
    assert found == [
        (9, "coronavirus cases in the county", None),
        (13, "coronavirus cases in the county", None),
        (1_240_000, "Deliveries of the carmaker", "in 2019"),
        (70, "total disabled beneficiaries", "in 2019"),
        (500, "spending on wall", None),
    ]
    assert article.figures[-1].unit == "INR"


def test_a_tally_recorded_by_an_authority_is_its_claim(analyse: Analyse) -> None:
    article = analyse(
        "The Oregon Health Authority reported 1,517 new infections Sunday, bringing the state "
        "total to 65,170. The Palestinian Health Ministry has recorded over 3,000 new cases. "
        "The band recorded 12 songs in Memphis."
    )
    sources = [
        (f.value, c.source.name if c.source else None) for c in article.claims for f in c.figures
    ]
    assert sources == [
        (1517, "Oregon Health Authority"),
        (65170, "Oregon Health Authority"),
        (3000, "Palestinian Health Ministry"),
    ]


def test_denominators_prepositions_and_index_readings(analyse: Analyse) -> None:
    article = analyse(
        "The rate went from 458 per 100,000 residents to 753, police said. The party chose a "
        "white male over two candidates of color. The NFIB Small Business Optimism Index came "
        "in at 100.2 in August."
    )
    found = [(f.text, f.low, f.counted) for f in article.figures]
    assert ("100,000", None, None) not in [(t, lo, None) for t, lo, _ in found]
    assert ("two", None, "candidates") in found  # "over" is a preposition here
    assert ("100.2", None, "NFIB Small Business Optimism Index") in found


def test_vague_amounts_money_ranges_and_rates_of_money(analyse: Analyse) -> None:
    article = analyse(
        "There had been only a few dozen cases in Bolivia, he said. Living there costs $4 to $7 "
        "a day. An extra $600 weekly unemployment benefit expired in July, after lawmakers "
        "spent weeks debating it."
    )
    found = [(f.text, f.value, f.low, f.high, f.per) for f in article.figures]
    assert found == [
        ("a few dozen", None, None, None, None),
        ("$4 to $7", None, 4, 7, "day"),
        ("An extra $600", 600, None, None, "week"),
    ]
    assert article.figures[-1].period is not None and article.figures[-1].period.text == "in July"


def test_engine_ratings_idioms_and_sentences_are_no_figures_or_periods(analyse: Analyse) -> None:
    article = analyse(
        "The engine produces 471 horsepower. Payments to farmers came to the tune of $28 billion. "
        "He could face up to 10 years in prison and have to pay $250,000, prosecutors said."
    )
    found = [(f.text, f.counted, f.period.text if f.period else None) for f in article.figures]
    assert found == [("$28 billion", "Payments to farmers", None), ("$250,000", "payment", None)]


def test_coordinated_places_and_a_headline_source_label(analyse: Analyse) -> None:
    # FA-KES (CC BY 4.0), SANA and AFP-style copy
    article = analyse(
        "A source said that 9 persons were killed when terrorists targeted al-Sulimaniah and "
        "al-Furqan neighborhoods. 17 civilians dead in air strikes on market in east Syria "
        "Monitor AFP Monday 6 Jun 2016."
    )
    assert [f.location for f in article.figures] == [
        "al-Sulimaniah and al-Furqan neighborhoods",
        "east Syria",
    ]


def test_national_currencies_and_spelled_out_periods(analyse: Analyse) -> None:
    article = analyse(
        "The price of bread had risen to 500 Syrian pounds from 350 Syrian pounds. "
        "IS executed 700 people during the past two weeks, the monitor said. "
        "Get short URL 6319 An airstrike killed 20 civilians."
    )
    found = [(f.value, f.unit, f.period.text if f.period else None) for f in article.figures]
    assert found == [
        (500, "SYP", None),
        (350, "SYP", None),
        (700, None, "during the past two weeks"),
        (20, None, None),
    ]


def test_indian_scales_half_a_million_and_more_people_nouns(analyse: Analyse) -> None:
    article = analyse(
        "The government announced a package of Rs 1.75 lakh crore. Another half a million "
        "people were displaced, the UN said. Around 30 poets said they could not write, and "
        "groups must disclose donations over $250 per year."
    )
    found = [(f.text, f.value, f.low, f.unit, f.counted) for f in article.figures]
    assert found == [
        ("Rs 1.75 lakh crore", 1_750_000_000_000, None, "INR", "package"),
        ("Another half a million", 500_000, None, None, "people"),
        ("Around 30", 30, None, None, "poets"),
        ("over $250", 250, 250, "USD", "donations"),
    ]
    assert all(c.source is None for c in article.claims if "disclose" in c.content)


def test_a_fronted_time_phrase_covers_the_sentence(analyse: Analyse) -> None:
    article = analyse(
        "So far, Zimbabwe has officially reported two cases of the coronavirus. Since the "
        "beginning of PPP, the bank funded more than 250,000 businesses."
    )
    assert [f.period.text if f.period else None for f in article.figures] == [
        "So far",
        "Since the beginning of PPP",
    ]


def test_sources_places_and_groups_are_not_mistaken_for_each_other(analyse: Analyse) -> None:
    # FA-KES (CC BY 4.0) shapes: a count that speaks, a group tagged as a place (the
    # villages' Homs is where), a place with a participle clause after it
    article = analyse(
        "Around 2220 evacuees were blocked at a transit point one of them told AFP by telephone. "
        "They massacred dozens of Alawites in three Homs villages last week.\n\nTerrorists "
        "fired more shells at the two neighborhoods injuring 21 people."
    )
    found = [(f.text, f.counted, f.location) for f in article.figures]
    assert found == [
        ("Around 2220", "evacuees", None),
        ("dozens", "Alawites", "Homs"),
        ("21", "people", None),
    ]


def test_outcomes_of_tests_discharges_migration_and_charges(analyse: Analyse) -> None:
    article = analyse(
        "749 people tested positive for the coronavirus, raising the tally to 13,274. "
        "9,541 patients have been discharged. Last year, around 85,000 people migrated to "
        "the UK. Three men have been charged."
    )
    assert [(f.value, f.outcome) for f in article.figures] == [
        (749, "other"),
        (13274, "other"),
        (9541, "other"),
        (85000, "other"),
        (3, "other"),
    ]


def test_bracketed_acronyms_postfix_bounds_and_injuries_sustained(analyse: Analyse) -> None:
    # FA-KES (CC BY 4.0) shapes
    article = analyse(
        "Airstrikes in Aleppo province killed at least 22 Red Crescent [SARC] volunteers, local "
        "sources said. The strikes killed 20 civilians at least. More than 35 people suffered "
        "suffocation, and 41 people who sustained injuries were taken to hospital. Over 110 "
        "people were killed in the raids."
    )
    found = [(f.value, f.low, f.counted, f.outcome) for f in article.figures]
    assert found == [
        (22, 22, "Red Crescent volunteers", "killed"),
        (20, 20, "civilians", "killed"),
        (35, 35, "people", "wounded"),
        (41, None, "people", "wounded"),
        (110, 110, "people", "killed"),
    ]


def test_headlines_run_into_stamps_and_source_labels(analyse: Analyse) -> None:
    # FA-KES (CC BY 4.0) headline shapes
    article = analyse(
        "Wed Feb 3 2016 Terrorist Rocket Attacks Kill 10 Civilians Injured Dozens in Daraa. "
        "Wednesday 21 September 2016 21:51 15 Medics Killed in Russian Airstrikes on Hospital in "
        "Southern Aleppo Syrian Coalition Mourns."
    )
    found = [(f.text, f.outcome, f.location) for f in article.figures]
    assert found == [
        ("10", "killed", "Daraa"),
        ("Dozens", "wounded", "Daraa"),
        ("15", "killed", "Southern Aleppo"),
    ]


def test_measures_of_averages_participles_and_earlier_values(analyse: Analyse) -> None:
    # ScrapingHub benchmark (MIT) shapes: Houston car sales, WeWork's bond
    article = analyse(
        "WeWork's 2025 bond has weakened sharply, hitting 16.057% on Monday. The annual "
        "percentage rate on new financed vehicles averaged 5.7 percent. The average price was "
        "$39,014, up from $38,373 a year ago. Consumers have purchased 208,560 new vehicles."
    )
    found = [(f.text, f.counted, f.period.text if f.period else None) for f in article.figures]
    assert found == [
        ("16.057%", "WeWork's 2025 bond", "on Monday"),
        ("5.7 percent", "annual percentage rate on new financed vehicles", None),
        ("$39,014", "average price", None),
        ("$38,373", "average price", "a year ago"),
        ("208,560", "new vehicles", None),
    ]


def test_a_facility_gives_way_to_the_place_it_is_in(analyse: Analyse) -> None:
    article = analyse(
        "The Observatory said at least 10 people were killed just outside the Al-Bayan hospital "
        "in the Shaar neighbourhood."
    )
    assert [f.location for f in article.figures] == ["Shaar neighbourhood"]


def test_headline_events_and_url_numbers_are_no_places_or_times(analyse: Analyse) -> None:
    # FA-KES (CC BY 4.0), a Sputnik page
    article = analyse(
        "Six People Killed in Shelling of Central Damascus Hospital Staff\n\n"
        "Get short URL 0 46 A shelling of the central neighborhoods of Damascus left six "
        "people dead."
    )
    found = [(f.text, f.location, f.period) for f in article.figures]
    assert found[0][1] != "Shelling"
    assert all(period is None for _, _, period in found)


def test_a_headline_direction_of_a_place(analyse: Analyse) -> None:
    article = analyse(
        "Mon Jul 18 2016 Syrian Army Kills 10 Terrorists in Missile Attack Northwest of Hama "
        "Province."
    )
    assert [f.location for f in article.figures] == ["Northwest of Hama Province"]


def test_lives_claimed_are_people_and_amounts_no_periods(analyse: Analyse) -> None:
    article = analyse("The war has claimed some 300000 lives since 2011.")
    assert [(f.counted, f.outcome) for f in article.figures] == [("people", "killed")]


# --- outcomes -----------------------------------------------------------------------


def test_title_case_headline_outcomes(analyse: Analyse) -> None:
    # FA-KES 1962495711 and 1965511120
    article = analyse(
        "Child Killed 20 People Injured in Terrorist Attacks in Damascus\n\n"
        "ISIL Nusra Clash Fiercely on Qalmoun Barrens 25 Terrorists Killed Injured."
    )
    assert _one(article, 20).outcome == "wounded"
    assert _one(article, 25).outcome == "killed_or_wounded"


def test_the_word_beside_the_number_decides(analyse: Analyse) -> None:
    # FA-KES 1926479189
    article = analyse(
        "25 civilians killed 80 injured in rocket terrorist attacks on Aleppo city during the past 24 hours"
    )
    assert [(f.value, f.outcome) for f in _figures(article)] == [(25, "killed"), (80, "wounded")]


def test_coordinated_objects_share_their_verb(analyse: Analyse) -> None:
    # FA-KES 1923848241
    article = analyse(
        "Those advances came after clashes that killed at least 40 fighters from rebel groups as "
        "well as 12 IS fighters according to the Observatory."
    )
    assert _one(article, 12).outcome == "killed"
    assert _one(article, 12).counted == "IS fighters"


def test_among_those_killed(analyse: Analyse) -> None:
    # FA-KES 1924058084
    article = analyse(
        "Victims include 8 children in the eastern Syrian city of Ashara Syrian Observatory for "
        "Human Rights says."
    )
    assert _one(article, 8).outcome == "killed"


def test_soldiers_lost_are_killed(analyse: Analyse) -> None:
    # FA-KES 1919191746
    article = analyse("Russia has so far lost at least 12 soldiers in the Syrian war.")
    figure = _one(article, 12)
    assert (figure.outcome, figure.counted, figure.low) == ("killed", "soldiers", 12)


def test_forced_out_of_their_homes_is_displaced(analyse: Analyse) -> None:
    # FA-KES 1926479085
    article = analyse(
        "The Syrian Network for Human Rights said in a report released today that ISIS had forced "
        "at least 33000 residents out of their homes in the town of Abu Hamam in rural Deir Ezzor "
        "since 10 August 2014."
    )
    figure = _one(article, 33000)
    assert (figure.outcome, figure.counted) == ("displaced", "residents")
    assert figure.period is not None and figure.period.text.startswith("since")


# --- counted groups -----------------------------------------------------------------


def test_sub_counts_and_another(analyse: Analyse) -> None:
    # FA-KES 1965511124
    article = analyse(
        "At least 50 ISIL terrorists have been killed in the past 24 hours in clashes in Syrias "
        "Kobani a monitor said Sunday. The monitoring group said at least five of those killed were "
        "suicide bomb attackers two of them involved in attacks on the border crossing. Another 11 "
        "were killed in clashes that ensued between Kobanis Kurdish defenders and the jihadists."
    )
    five, two, eleven = (_one(article, v) for v in (5, 2, 11))
    assert (five.counted, five.outcome) == ("suicide bomb attackers", "killed")
    assert two.outcome == "killed"
    assert (eleven.counted, eleven.outcome) == ("ISIL terrorists", "killed")
    assert _one(article, 50).location == "Kobani"


def test_others_after_a_child_are_people(analyse: Analyse) -> None:
    # FA-KES 1962495711
    article = analyse(
        "One child was killed and two others were injured on Monday due to attacks by terrorist "
        "groups with shells and explosive rounds on al-Hamadaniye neighborhood in Aleppo city."
    )
    child, others = _one(article, 1), _one(article, 2)
    assert (child.counted, child.outcome) == ("children", "killed")
    assert (others.counted, others.outcome) == ("people", "wounded")
    assert others.location == "al-Hamadaniye neighborhood"


def test_members_of_keep_their_complement(analyse: Analyse) -> None:
    # FA-KES 1923848264
    article = analyse(
        "At least 86 members of Syrian government forces and its allies were killed in fighting in "
        "the south Aleppo area in the past four days the Observatory said."
    )
    figure = _one(article, 86)
    assert figure.counted == "members of Syrian government forces and its allies"
    assert figure.period is not None and figure.period.text == "in the past four days"


def test_a_bare_subject_counts_the_group_before_it(analyse: Analyse) -> None:
    # ScrapingHub 42aad16b (Al Jazeera)
    article = analyse(
        "But in May, when the space agency tapped three of those companies to send robotic landers "
        "next year, only two committed to that timeline."
    )
    assert [(f.value, f.counted) for f in _figures(article)] == [(3, "companies"), (2, "companies")]


# --- places and periods -------------------------------------------------------------


def test_gazetteer_regions(analyse: Analyse) -> None:
    # FA-KES 1923102975
    article = analyse(
        "More than 19 civilians were killed in Eastern Ghouta on Sunday as the Syrian regime "
        "stepped up its campaign."
    )
    figure = _one(article, 19)
    assert figure.location == "Eastern Ghouta" and figure.period is not None


def test_the_city_is_the_last_city_named(analyse: Analyse) -> None:
    # FA-KES 1923848264
    article = analyse(
        "At least seven people died in rebel shelling of a neighbourhood of the Syrian city of "
        "Aleppo a monitoring group said. More than 40 people were also wounded in the attack on the "
        "Sheikh Maqsoud area. Three people two of them children died and more than nine people were "
        "injured by barrel bombs dropped from helicopters in the city the Observatory said on Saturday."
    )
    assert _one(article, 7).location == "Aleppo"
    assert _one(article, 40).location == "Sheikh Maqsoud area"
    three = _one(article, 3)
    assert three.location == "Aleppo"
    assert three.period is None  # "said on Saturday" dates the saying, not the deaths


def test_a_place_named_before_in_the_article_is_a_place(analyse: Analyse) -> None:
    # FA-KES 1923848264: "Sheikh Maqsoud" alone is tagged as a person by the small model
    article = analyse(
        "More than 40 people were also wounded in the attack on the Sheikh Maqsoud area. Sheikh "
        "Maqsoud has been under intense bombardment since mid-February which has killed more than "
        "132 civilians the Observatory said."
    )
    figure = _one(article, 132)
    assert figure.location == "Sheikh Maqsoud"
    assert figure.period is not None and figure.period.text == "since mid-February"


def test_the_killing_of_n(analyse: Analyse) -> None:
    # FA-KES 1914947540
    article = analyse(
        "The rocket bomb packed with heavy explosive material led to the killing of one person and "
        "the injury of 40 others."
    )
    assert [(f.value, f.outcome, f.counted) for f in _figures(article)] == [
        (1, "killed", "people"),
        (40, "wounded", "people"),
    ]


def test_leaving_n_dead(analyse: Analyse) -> None:
    # FA-KES 1923102855
    article = analyse(
        "Clashes between the two sides have rocked the city leaving 23 civilians - including nine "
        "children - dead according to the Syrian Observatory for Human Rights."
    )
    assert [(f.value, f.outcome) for f in _figures(article)] == [(23, "killed"), (9, "killed")]


def test_bodies_of_civilians_and_beheadings(analyse: Analyse) -> None:
    # FA-KES 1923848254 and 1965511127 (headlines)
    bodies = analyse("65 bodies of civilians found in Syrian town taken from IS group")
    assert (_one(bodies, 65).counted, _one(bodies, 65).outcome) == ("civilians", "killed")
    beheaded = analyse("ISIL Claims Beheading of 18 Syrians US Aid Worker")
    assert (_one(beheaded, 18).counted, _one(beheaded, 18).outcome) == ("Syrians", "executed")


def test_a_year_after_a_month_and_day_is_a_date(analyse: Analyse) -> None:
    # FA-KES 1962495643 (the date stamp runs into the headline)
    article = analyse("Tue Oct 7 2014 Hundreds killed as Street Battles Rages in Kobni.")
    assert [(f.text, f.outcome) for f in _figures(article)] == [("Hundreds", "killed")]


def test_the_number_of_injured_is_not_the_death_toll(analyse: Analyse) -> None:
    # FA-KES 1965511195
    article = analyse(
        "SANA news agency reported the attack quoting Homs Governor Talal al-Barazi as puting the "
        "death toll at six and the number of injured at 28."
    )
    assert [(f.value, f.outcome) for f in _figures(article)] == [(6, "killed"), (28, "wounded")]


def test_no_one_killed_is_zero_killed(analyse: Analyse) -> None:
    # the rule ("no one was killed" gives 0 killed); the second sentence is FA-KES
    # 1962495711, which its guidelines say is not a figure
    article = analyse("No one was killed in the blast, a source at the police command said.")
    assert [(f.value, f.outcome, f.counted) for f in _figures(article)] == [(0, "killed", "people")]
    assert _figures(analyse("The source said that no casualties were reported.")) == []


def test_since_clause_without_a_date(analyse: Analyse) -> None:
    # not from a corpus: FA-KES 1923102955 has "since it started with ... in 2011"; this
    # is the same clause without a date
    article = analyse(
        "The Gaza Health Ministry says more than 40,000 Palestinians have been killed since the war began."
    )
    figure = _one(article, 40_000)
    assert figure.period is not None and figure.period.text == "since the war began"


def test_total_losses(analyse: Analyse) -> None:
    # not from a corpus: ../shared/data/ukraine-war-claims-series holds the General Staff's
    # daily figures as data, not sentences; this is how news reports phrase them
    article = analyse(
        "Ukraine's military said Russia had lost 1,200 troops over the past 24 hours, bringing its total losses to 700,000."
    )
    assert _one(article, 1200).outcome == "killed"
    assert _one(article, 700_000).outcome == "killed_or_wounded"


def test_the_next_sentence_keeps_the_place_within_a_paragraph(analyse: Analyse) -> None:
    # FA-KES 1923102845
    article = analyse(
        "Five children and four medical staff were killed by regime airstrikes on a hospital in "
        "Syrias Idlib province. Among the dead were four staff and five children.\n\n"
        "Hospitals have been regularly targeted in the conflict, where 13 people died last month."
    )
    located = [(f.value, f.location) for f in _figures(article)]
    assert located[:4] == [
        (5, "Idlib province"),
        (4, "Idlib province"),
        (4, "Idlib province"),
        (5, "Idlib province"),
    ]
    assert located[4] == (13, None)  # a new paragraph: no place carried over


def test_ratios_are_not_counts(analyse: Analyse) -> None:
    # ScrapingHub 291a8bf3 (TechCrunch): "eight out of ten companies"
    article = analyse("Apple is now in eight out of ten companies, Cook told the audience.")
    assert _figures(article) == []


def test_an_elided_verb_is_shared(analyse: Analyse) -> None:
    # not from a corpus: the headline form "N killed in X, M in Y" of wire copy
    article = analyse("Five killed in Aleppo, 30 in Idlib as air strikes intensify.")
    assert [(f.value, f.outcome, f.location) for f in _figures(article)] == [
        (5, "killed", "Aleppo"),
        (30, "killed", "Idlib"),
    ]


def test_a_headline_list_shares_its_verb_and_place(analyse: Analyse) -> None:
    # FA-KES 1924058188 (headline)
    article = analyse(
        "22 children 6 teachers killed in Russian Syrian airstrikes near schools in Idlib"
    )
    assert [(f.value, f.outcome, f.location) for f in _figures(article)] == [
        (22, "killed", "Idlib"),
        (6, "killed", "Idlib"),
    ]


def test_chained_qualifiers_and_rate_adjectives(analyse: Analyse) -> None:
    # ScrapingHub 360c732d (City A.M.) and d48aeb9c (Wired)
    article = analyse(
        "The deal could raise up to $12.9bn, allowing underwriters to buy up to an additional "
        "15 per cent of the shares. There are now 140 million monthly active “businesses” "
        "across Facebook’s various platforms."
    )
    extra = _one(article, 15)
    assert (extra.text, extra.high, extra.unit) == (
        "up to an additional 15 per cent",
        15,
        "percent",
    )
    assert _one(article, 140_000_000).counted == "active businesses"


def test_a_title_with_a_number_is_a_name(analyse: Analyse) -> None:
    # ScrapingHub e100c961 (Wccftech)
    article = analyse(
        "Apparently, Destiny 2 isn’t the only game; Red Dead Redemption 2 only renders at 1440p."
    )
    assert _figures(article) == []


def test_an_outcome_noun_in_a_headline_keeps_its_outcome(analyse: Analyse) -> None:
    # FA-KES 1965495374 (headline)
    article = analyse("Center of Damascus Shelled 2 Civilians Killed 7 Injured")
    assert [(f.value, f.outcome) for f in _figures(article)] == [(2, "killed"), (7, "wounded")]


def test_the_actor_is_not_the_place_and_names_its_forces(analyse: Analyse) -> None:
    # not from a corpus: the reference page's "Pyongyang ... had deployed an estimated
    # 11,000 soldiers in Ukraine", with the country named in full and no place of deployment
    article = analyse("North Korea has sent about 12,000 soldiers, officials said.")
    figure = _one(article, 12_000)
    assert (figure.counted, figure.outcome, figure.location) == (
        "North Korean soldiers",
        "deployed",
        None,
    )


def test_a_place_inside_another_is_the_place(analyse: Analyse) -> None:
    # FA-KES 1924058142 and 1926479101: the town or neighbourhood, not what contains it
    article = analyse(
        "Earlier this week a chemical attack hit the town of Khan Sheikhun in Idlib killing at "
        "least 87 civilians including 31 children."
    )
    figure = _one(article, 87)
    assert figure.location == "Khan Sheikhun"
    assert figure.period is not None and figure.period.text == "Earlier this week"
    article = analyse(
        "A source at Aleppo Police Command said that terrorists fired a number of rocket shells "
        "at al-Midan neighborhood in Aleppo city killing 3 civilians including 2 women."
    )
    assert _one(article, 3).location == "al-Midan neighborhood"
    # FA-KES 1926479363: the container may come with its own words
    article = analyse(
        "The air strikes on the town of Khan Sheikhoun in the south of rebel-held Idlib also "
        "wounded more than 60 people said the Observatory."
    )
    assert _one(article, 60).location == "Khan Sheikhoun"


def test_a_facility_yields_to_its_town(analyse: Analyse) -> None:
    # FA-KES 1919191753
    article = analyse(
        "Hamza Khatib the manager of Al-Quds hospital in Aleppo told a Reuters photographer the "
        "hospital had recorded four deaths from gas poisoning and 55 injuries."
    )
    assert _one(article, 4).location == "Aleppo"


def test_a_place_that_describes_the_source(analyse: Analyse) -> None:
    # FA-KES 1919191768: no other place in the sentence, so the source's own place
    article = analyse(
        "A spokesman at the hospital in Kafr Takharim in Idlib said an air strike hit its "
        "courtyard killing 14 people including patients."
    )
    assert _one(article, 14).location == "Kafr Takharim"


def test_a_name_the_article_makes_a_place_later(analyse: Analyse) -> None:
    # FA-KES 1962495686: "Efrin" is a place by "the city of Efrin", after the headline
    article = analyse(
        "Kurds kill 83 Injured 100 ISIS Terrorists in 2 Days Near Efrin\n\n"
        "A graphic video shows the corpses of dozens of dead terrorist in the city of Efrin."
    )
    headline = [f for f in article.figures if f.value == 100]
    assert headline and headline[0].location == "Near Efrin"


def test_a_countrys_possessive_without_its_apostrophe(analyse: Analyse) -> None:
    # FA-KES 1923848318 and 1918150030
    article = analyse("More than 146000 people have been killed in Syrias war.")
    assert _one(article, 146000).location == "Syria"
    article = analyse(
        "Dozens of people have been killed in Syrias northern Idlib province on Tuesday in a "
        "suspected chemical attack. The toll was put at 58."
    )
    assert _one(article, 58).location != "Syrias"
    dozens = [f for f in article.figures if f.text.lower() == "dozens"]
    assert dozens and dozens[0].location == "northern Idlib province"


def test_a_stretch_of_time_is_no_date_of_saying(analyse: Analyse) -> None:
    # FA-KES 1923102845: "reported ... for the first six months of 2016"
    article = analyse(
        "These same rebel-controlled facilities reported 294 wounded and 33 dead in a total of "
        "seven mass influxes for the first six months of 2016."
    )
    for value in (294, 33):
        period = _one(article, value).period
        assert period is not None and period.text == "for the first six months of 2016"


def test_a_hyphenated_name_is_not_the_counted_noun(analyse: Analyse) -> None:
    # FA-KES 1965511201
    article = analyse(
        "The attack was foiled and 28 terrorists were killed including one of al-Nusra leaders "
        "in Atshan the source confirmed."
    )
    assert _one(article, 1).counted == "al-Nusra leaders"


def test_n_were_children(analyse: Analyse) -> None:
    # FA-KES 1923102950 and 1923848206: the group a bare number is said to be
    article = analyse("Air strikes killed 25 civilians. Of those killed six were children.")
    assert _one(article, 6).counted == "children"
    article = analyse(
        "At least six of those killed were Syrian rebel fighters while four were foreign "
        "volunteers he added."
    )
    assert _one(article, 4).counted == "foreign volunteers"


def test_a_market_the_parser_left_without_a_subject(analyse: Analyse) -> None:
    # ScrapingHub 57d46c9d: the S&P 500 clause is parsed as part of the Dow's
    article = analyse(
        "On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to "
        "27,934.02, the S&P 500 .SPX lost 1.85 points, or 0.06%, to 3,120.18 and the Nasdaq "
        "Composite .IXIC added 20.72 points, or 0.24%, to 8,570.66."
    )
    assert (_one(article, 1.85).counted or "").startswith("S&P 500")
    assert (_one(article, 3120.18).counted or "").startswith("S&P 500")
    # "added 20.72 points" is the Nasdaq's move, not a claim of the Nasdaq's
    assert all(c.source is None for c in article.claims if c.figures)


def test_places_are_figures_only_when_taken(analyse: Analyse) -> None:
    # FA-KES 1923848264 and 1926478963: villages captured count; villages attacked do not
    article = analyse(
        "On Wednesday IS fighters captured eight villages in the area between Aleppo and the "
        "border from rival rebel groups."
    )
    assert _one(article, 8).outcome == "captured"
    article = analyse(
        "The Britain-based Syrian Observatory said the attack on two villages killed 15 civilians."
    )
    assert [f.value for f in article.figures] == [15]


def test_the_raids_take_up_the_place_of_the_last_placed_figure(analyse: Analyse) -> None:
    # FA-KES 1923102938: "the raids" and "the dead" are the Aleppo strikes told before
    article = analyse(
        "Hundreds dead as fresh airstrikes hit Syrias Aleppo\n\n"
        "Hundreds of people including civilians have been killed as Russian and Syrian jets "
        "continued on Monday to pound rebel-held areas of Syrias Aleppo for the fourth day in a "
        "row. The UK-based Syrian Observatory for Human Rights placed the death toll lower saying "
        '"at least 128 people" nearly all civilians had been killed in the raids since Thursday. '
        "Among the dead were 20 children and nine women said Observatory director Rami Abdel "
        "Rahman."
    )
    assert _one(article, 128).location == "Aleppo"
    assert _one(article, 20).location == "Aleppo"
    # "jets continued to pound": a verb of saying that says nothing here
    assert all(c.source is None for c in article.claims if c.figures and c.figures[0].value is None)


def test_who_carried_out_an_attack_is_not_where(analyse: Analyse) -> None:
    # FA-KES 1965495331; the seed's "Washington and Paris say" kind
    article = analyse(
        "Earlier the UK-based Syrian Observatory for Human Rights reported that the attacks "
        "carried out by Washington and its Arab allies killed 31 civilians."
    )
    assert _one(article, 31).location is None


def test_a_town_is_preferred_to_its_country(analyse: Analyse) -> None:
    # FA-KES 1923848250
    article = analyse(
        "An Islamic State (IS) car bomb killed 20 people and injured 30 others at a site where "
        "displaced families are located in eastern Syria near the city of Deir al-Zor Syrias "
        "SANA state news agency said."
    )
    assert [f.location for f in article.figures] == ["near the city of Deir al-Zor"] * 2


def test_the_neighborhoods_of_several_names_are_one_place(analyse: Analyse) -> None:
    # FA-KES 1926478952 (SANA, commas lost)
    article = analyse(
        "Meanwhile a source on the ground said an army unit targeted ISIS sites in the "
        "neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh killing 71 terrorists and "
        "injuring 81 others."
    )
    assert {f.location for f in article.figures} == {
        "neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh"
    }


def test_a_country_in_an_organisations_name_is_not_where(analyse: Analyse) -> None:
    # FA-KES (Al-Manar): "Islamic State in Iraq and Syria" names the group
    article = analyse(
        "Six civilians including a child were among at least 22 people killed in US air strikes "
        "on the stronghold of the Takfiri group ISIL (so-called Islamic State in Iraq and Syria) "
        "on Saturday and Sunday a monitor said."
    )
    assert [f.location for f in article.figures] == [None, None]


def test_a_quarter_of_a_million_and_infiltration(analyse: Analyse) -> None:
    # FA-KES (Al Arabiya; SANA)
    article = analyse(
        "Since then more than a quarter of a million people have been killed and around 10 "
        "million have been displaced across the war-battered country UN estimates suggest."
    )
    quarter = _one(article, 250000)
    assert (quarter.text, quarter.low) == ("more than a quarter of a million", 250000)
    assert quarter.period is not None and quarter.period.text == "Since then"  # not "a quarter"
    article = analyse(
        "The Russian Coordination Center in Hmeimim reported on Thursday the infiltration of "
        "some 150 terrorists into northeastern Latakia."
    )
    assert _one(article, 150).outcome == "deployed"


def test_lives_claimed_or_cost_and_safe_passage(analyse: Analyse) -> None:
    # FA-KES (SANA, Reuters, Al Arabiya)
    article = analyse(
        "The terrorists targeted al-Sheikh Maqsoud neighborhood in the city with various types "
        "of shells claiming the lives of 15 people injuring tens of others."
    )
    assert _one(article, 15).outcome == "killed"
    assert all(c.source is None for c in article.claims)  # "claiming the lives" is no claim
    article = analyse(
        "Islamic State militants stormed an air base in northeast Syria on Sunday after days of "
        "fighting that cost more than 500 lives a monitoring group said."
    )
    assert _one(article, 500).outcome == "killed"
    article = analyse(
        "Under the evacuation deal more than 2000 people including rebel fighters were granted "
        "safe passage out of Madaya a town near Damascus."
    )
    assert _one(article, 2000).outcome == "displaced"


def test_a_place_near_a_city_and_place_words_in_a_row(analyse: Analyse) -> None:
    # FA-KES 1924058212, 1919191752 and 1924058102
    article = analyse(
        "Shelling by the Assad regime on the opposition-held area of Eastern Ghouta near "
        "Damascus killed at least 10 people."
    )
    assert _one(article, 10).location == "Eastern Ghouta"  # not the city it is near
    article = analyse(
        "A suicide bomber has detonated an explosive vest on a bus in Syrias embattled Idlib "
        "province near the Atmeh border crossing killing at least 15 people."
    )
    assert _one(article, 15).location == "Atmeh border crossing"
    article = analyse(
        "At least 29 people were killed in a suicide bombing that targeted a Syria-Turkey border "
        "crossing on Thursday."
    )
    assert (_one(article, 29).location or "").endswith("Turkey border crossing")


def test_money_named_by_the_verb_that_moves_it(analyse: Analyse) -> None:
    # ScrapingHub 1ace8c85, 098bb3e9, 5f9c5ed5, 51374560, ffc109d4
    cases = {
        "WeWork acquired Meetup for $200 million in 2017.": "purchase price of Meetup",
        "Disney has made an enormous bet, spending more than $3 billion on technology and "
        "programming.": "spending on technology",
        "He said he had given Rs 25 lakh to an Amritsar-based agent.": "payment to Amritsar-based agent",
        "The retailer earned $2.8 billion in the quarter.": "earnings",
        "The brand took a majority stake in a deal worth $600 million.": "value of deal",
    }
    for sentence, counted in cases.items():
        assert analyse(sentence).figures[0].counted == counted, sentence


def test_percent_ranges_qualifiers_and_ages(analyse: Analyse) -> None:
    # ScrapingHub f8ff621a, 7a457a4f, 7f93c194
    figure = analyse("The company faced a 0.6% to 0.7% hurricane headwind in Q3.").figures[0]
    assert (figure.text, figure.low, figure.high) == ("0.6% to 0.7%", 0.6, 0.7)
    moves = analyse("The rate rose from 0.90 percent to 1.23 percent.").figures
    assert [f.value for f in moves] == [0.9, 1.23]  # a change, not a range
    fine = analyse("He faces up to a $250,000 fine.").figures[0]
    assert (fine.text, fine.high) == ("up to a $250,000", 250000)
    close = analyse("Q3 comps would have been closer to 5%.").figures[0]
    assert close.approximate
    shares = analyse(
        "Of the participants, 77 percent were aged 26 or above, 11.9 percent were black, 15.36 "
        "percent Hispanic."
    ).figures
    assert all(f.period is None and f.counted != "11.9 percent" for f in shares)
    states = analyse("Marijuana has been legalized in 11 states and the District of Columbia.")
    assert states.figures[0].location is None  # counted with the states, not where


def test_the_clause_of_a_figure_starts_after_the_last_figure(analyse: Analyse) -> None:
    # FA-KES 1926478942 (SANA): "4 rocket shells" are no figure; where the attackers are
    # positioned is not where the figure happened (dev 1926479101)
    article = analyse(
        "A source at Aleppo Police Command said that terrorist organizations located in the "
        "eastern neighborhoods of Aleppo city targeted al-Jamilia neighborhood in Aleppo city "
        "with 4 rocket shells killing 8 persons."
    )
    assert _one(article, 8).location == "al-Jamilia neighborhood"
    article = analyse(
        "SANA reporter said that terrorist groups positioned in the villages of Rahoum and "
        "al-Mshairfeh fired 13 rocket shells on the town of Jeb al-Jarrah injuring two persons."
    )
    assert _one(article, 2).location == "Jeb al-Jarrah"


def test_shells_do_not_end_a_clause_and_tolls_put_at(analyse: Analyse) -> None:
    # FA-KES 1926479189 and 1926479136 (SANA), 1923848153 (Ahram, AFP headline)
    article = analyse(
        "SANAs correspondent in Deir Ezzor reported that two civilians were killed and nine "
        "others were injured by 6 explosive shells fired by ISIS terrorists on al-Qusour "
        "neighborhood in Deir Ezzor city."
    )
    assert {f.location for f in article.figures} == {"al-Qusour neighborhood"}
    article = analyse("The source earlier put the death toll at 5 civilians.")
    assert _one(article, 5).outcome == "killed"
    article = analyse("Rebel fire in Syrias Aleppo kills 14 State media AFP")
    assert _one(article, 14).counted == "people"  # "State media" is the headline's source


def test_stoning_and_crucifixion_are_executions(analyse: Analyse) -> None:
    # FA-KES (Reuters via Ahram; Al-Manar)
    article = analyse("In Raqqa two women were stoned to death for adultery the Observatory said.")
    assert _one(article, 2).outcome == "executed"


def test_the_time_of_those_killed_is_the_figures(analyse: Analyse) -> None:
    # FA-KES 1919191752 (TRT): "those killed in clashes over ..." is the group counted
    article = analyse(
        "SOHR said 76 children and 41 women were among those killed in clashes over the last "
        "15 days."
    )
    assert {f.period.text if f.period else None for f in article.figures} == {
        "over the last 15 days"
    }


def test_surroundings_neighborhoods_named_as_peoples_and_a_groups_name(analyse: Analyse) -> None:
    # FA-KES 1962495700 (SANA), 1926479248 (Etilaf)
    article = analyse(
        "An army unit clashed with ISIS terrorists in the surroundings of al-Mreiiyeh killing "
        "9 terrorists."
    )
    assert _one(article, 9).location == "al-Mreiiyeh"
    article = analyse(
        "A Libyan leader within the so-called Deir Ezzor Airport Front and five of his groups "
        "members were confirmed dead in al-Hamediyeh neighborhood."
    )
    assert _one(article, 5).location == "al-Hamediyeh neighborhood"  # not the Front's name
    article = analyse(
        "At least 545 people have been killed in the bombing campaign on Syrias towns and "
        "cities since Tuesday."
    )
    assert _one(article, 545).location == "Syria"


def test_the_time_of_the_attack_that_killed(analyse: Analyse) -> None:
    # FA-KES 1965511156 (Al-Manar), 1965511164 (Al-Manar), blindfakes (Sputnik)
    article = analyse(
        "6 Lebanese martyrs and 22 injured were claimed in a terrorist bombing which targeted "
        "on Sunday a bus at a parking lot in the neighborhood of al-Kallaseh in Damascus."
    )
    assert {f.period.text if f.period else None for f in article.figures} == {"on Sunday"}
    article = analyse(
        "An airstrike carried out by the US-led coalition on Saturday in Raqqa killed 20 civilians."
    )
    assert _one(article, 20).period is not None
    # a report's time is still no time of the deaths
    article = analyse(
        "Syrian army killed 11 terrorists in an attack on their positions in Deir Ezzor SANA "
        "news agency reported on Tuesday."
    )
    assert _one(article, 11).period is None


def test_the_northern_city_is_the_last_city_named(analyse: Analyse) -> None:
    # the FA-KES habit "the northern city", "the central city" for the city named before
    article = analyse(
        "Shells hit Aleppo city on Monday. Five people were killed in the northern city the "
        "monitor said."
    )
    assert (_one(article, 5).location or "").startswith("Aleppo")


def test_the_time_up_to_now(analyse: Analyse) -> None:
    # MediaCloud blind5 (Indian health bulletins), ScrapingHub blindsh2
    article = analyse(
        "A total of 9,541 cases have been reported till date, and 3,632 patients are at present "
        "under treatment. The death toll has risen to 12 so far."
    )
    periods = [f.period.text if f.period else None for f in article.figures]
    assert periods == ["till date", "at present", "so far"]


def test_a_state_before_the_noun_gives_way_to_the_clause(analyse: Analyse) -> None:
    # FA-KES 1926479189 (SANA): the injured died; wounded who arrive are wounded
    article = analyse("Six injured civilians died on Saturday in the city.")
    assert _one(article, 6).outcome == "killed"
    article = analyse("Twenty wounded civilians arrived at the hospital.")
    assert _one(article, 20).outcome == "wounded"


def test_a_quoted_the_is_no_place_and_a_peoples_village_of_x(analyse: Analyse) -> None:
    # FA-KES 1923848311 (Ahram, AFP): 'The' opens a quotation; 1962495647 (Al-Alam)
    article = analyse(
        "An air strike on a market killed at least 21 people in a village of Aleppo province. "
        '"The number of people killed in an air strike this morning against the market area of '
        'Atareb village has risen to 21 including three children" said the Observatory.'
    )
    assert all(f.location != "The" for f in article.figures)
    article = analyse(
        "They said 350 hostages were taken to a mosque in the Arab Sunni village of Bab Alfaraj."
    )
    assert (_one(article, 350).location or "").startswith("Bab Alfaraj")


def test_a_list_of_places_without_commas(analyse: Analyse) -> None:
    # FA-KES 1926479049 (SANA headline, commas lost); "Aleppo Syria" is no list
    article = analyse(
        "Terrorist attacks killed 22 people and injured 6 in Damascus Aleppo and Idleb."
    )
    assert {f.location for f in article.figures} == {"Damascus Aleppo and Idleb"}
    assert analyse("Strikes killed 5 in Aleppo Syria.").figures[0].location == "Aleppo"


def test_shot_then_another_verb(analyse: Analyse) -> None:
    # FA-KES 1962495647 (Al-Alam): "shot beheaded or both" are executions
    article = analyse(
        "At least 15 of the hostages taken by ISIS in the past week have been shot beheaded or "
        "both CRUX reports."
    )
    assert _one(article, 15).outcome == "executed"
    assert analyse("Two protesters were shot and wounded.").figures[0].outcome == "wounded"


def test_the_actor_of_another_clause_and_a_festival_are_not_where(analyse: Analyse) -> None:
    # ScrapingHub 7916ecca (AP via CTV), 16c30add (Vox)
    article = analyse(
        "Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the "
        "country."
    )
    assert _one(article, 13000).location == "Afghanistan"
    article = analyse(
        "This year, officials in Delhi banned firecrackers ahead of Diwali, arresting 210 people."
    )
    assert _one(article, 210).location == "Delhi"


def test_units_deployed(analyse: Analyse) -> None:
    # ScrapingHub 16c30add (Vox): units keep their complement and can be deployed
    figure = analyse(
        "Roughly 200 teams of traffic police were deployed to enforce the rules."
    ).figures[0]
    assert (figure.counted, figure.outcome) == ("teams of traffic police", "deployed")


def test_a_figure_belongs_to_the_report_nested_around_it(analyse: Analyse) -> None:
    # ScrapingHub d90bda7e (Al Jazeera): the 200 are the reports', not Amnesty's
    article = analyse(
        "The organization believes that the real death toll may be much higher, with some "
        "reports suggesting as many as 200 have been killed."
    )
    owner = next(c for c in article.claims if c.figures)
    assert owner.source is not None and owner.source.name == "some reports"


def test_where_clauses_quarters_and_forced_flight(analyse: Analyse) -> None:
    # FA-KES 1924058204 (Daily Sabah), 1923848319 (Ahram, AFP), 1923102835 (Al-Araby)
    article = analyse(
        "Khan Tuman is near Orum al-Kubrah the town where an attack on aid trucks killed around "
        "20 civilians on Monday after Washington accused Moscow of responsibility."
    )
    assert "Orum al-Kubrah" in (_one(article, 20).location or "")
    article = analyse(
        '"At least 15 people were killed and 12 others injured in the Armenian district which is '
        'home to mostly Christians and Alawites" said Rami Abdel Rahman.'
    )
    assert _one(article, 15).location == "Armenian district"
    article = analyse(
        "More than 280000 people have been killed since Syrias conflict erupted in 2011 and "
        "millions have been forced to flee."
    )
    killed = _one(article, 280000)
    assert (
        killed.period is not None and killed.period.text == "since Syrias conflict erupted in 2011"
    )
    assert [f.outcome for f in article.figures if f.value is None] == ["displaced"]


def test_datelines_and_title_case_common_nouns_are_not_places(analyse: Analyse) -> None:
    # FA-KES 1965495359 and 1965495360 (Sputnik)
    article = analyse(
        "MOSCOW (Sputnik) According to SANA news agency terrorists fired rocket shells on "
        "al-Qussour neighborhood killing 30 people."
    )
    assert _one(article, 30).location == "al-Qussour neighborhood"
    article = analyse("Death Toll From Daesh Militants Attack on Village in Syrian Hama Reaches 51")
    assert _one(article, 51).location != "Village"


def test_a_since_phrase_keeps_a_participle_before_its_noun(analyse: Analyse) -> None:
    # FA-KES 1923848141 (Ahram): "since a suspected chemical weapons attack on Tuesday"
    article = analyse(
        "The death was the first in the town since a suspected chemical weapons attack on "
        "Tuesday that killed 87 civilians."
    )
    period = _one(article, 87).period
    assert period is not None and period.text.endswith("attack on Tuesday")


def test_a_price_per_unit(analyse: Analyse) -> None:
    # ScrapingHub b0cf2bbf (pv magazine)
    article = analyse(
        "In September 2017, the Department of Energy announced the $0.06/kWh benchmark of that "
        "ambition had been achieved three years early."
    )
    assert article.figures[0].counted == "price per kWh"


def test_the_innermost_place_of_a_chain_and_a_suburb_named_after_of(analyse: Analyse) -> None:
    # FA-KES 1965495360 (Sputnik), 1965511112 (Al-Manar), 1924058067 (Jordan Times),
    # 1962495687 (SANA)
    article = analyse(
        "Thursday attack on Aqareb es Safi village in the Syrian Hama province reached 51 people "
        "a source in Salamiyeh National Hospital told Sputnik."
    )
    assert _one(article, 51).location == "Aqareb es Safi village"
    article = analyse("A bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday.")
    assert _one(article, 18).location == "Jaramana"
    article = analyse(
        "On Tuesday regime shelling on the Mesraba area also in Eastern Ghouta killed three "
        "civilians the observatory said."
    )
    assert _one(article, 3).location == "Mesraba area"
    article = analyse(
        "Militants launched mortar attacks on al-Sqeilbiyeh city and al-Jaberiyeh village in "
        "Hama province again in north Syria killing one civilian and injuring four others."
    )
    assert _one(article, 4).location == "al-Jaberiyeh village"
    # the district is Al-Ferdous; the province is Daraa's, not Syria's
    article = analyse(
        "The Observatory said air strikes killed 29 people in the southern Al-Ferdous district "
        "of Aleppo."
    )
    assert _one(article, 29).location == "southern Al-Ferdous district"
    article = analyse(
        "At least 22 people were killed Friday when a car bomb exploded in Daraa province of "
        "southern Syria."
    )
    assert _one(article, 22).location == "Daraa province"


def test_attackers_bases_end_at_their_verb(analyse: Analyse) -> None:
    # FA-KES 1965511197 (SANA): the parser hangs "fired ... in Aleppo city" inside
    # "positioned in"; the claim's complement is a participle ("claiming the lives")
    article = analyse(
        "A source at Aleppo Police Command told SANA that the terrorists positioned in Bustan "
        "al-Qaser neighborhood fired rocket shells on al-Meridian neighborhood in Aleppo city "
        "claiming the lives of a man and his wife as their house was destroyed while they were "
        "inside and injuring four other civilians."
    )
    four = _one(article, 4)
    assert four.location == "al-Meridian neighborhood"
    assert [c.source.name for c in article.claims if four in c.figures and c.source] == [
        "A source at Aleppo Police Command"
    ]


def test_a_place_named_after_the_next_figures_or_in_apposition(analyse: Analyse) -> None:
    # FA-KES 1926479354 (Reuters via Ahram), 1926479024 (SANA), 1923102970 (Al-Alam)
    article = analyse(
        "The Observatory said a further 19 men from the al-Sheitaat tribe were executed on "
        "Thursday 18 shot dead and one beheaded on the outskirts of Deir al-Zor city."
    )
    assert {f.location for f in article.figures} == {"Deir al-Zor city"}
    article = analyse(
        "Six civilians were killed in Aleppo city. According to a source two people were "
        "killed and 15 others were injured in a rocket attack launched by terrorists on Salah "
        "Eddin neighborhood."
    )
    assert _one(article, 2).location == "Salah Eddin neighborhood"
    article = analyse(
        "Rebel shelling on the Syrian capital Damascus killed four civilians on Sunday a "
        "Britain-based monitor said."
    )
    assert _one(article, 4).location == "Damascus"
    # not a place of another event, nor one of a list after a colon
    article = analyse(
        "China has recorded 86,442 total cases and 4,634 deaths since the virus was first "
        "detected in the central Chinese city of Wuhan late last year."
    )
    assert _one(article, 86442).location == "China"


def test_a_headline_label_after_a_place_is_not_part_of_it(analyse: Analyse) -> None:
    # FA-KES 1965495331 (Sputnik)
    article = analyse(
        "US Airstrikes Kill 11 Civilians Inculding Children near Syrias Aleppo Reports"
    )
    assert _one(article, 11).location == "Aleppo"


def test_a_lower_case_word_tagged_as_a_name_starts_no_place(analyse: Analyse) -> None:
    # FA-KES 1923848245 (AFP via Ahram); the Observatory's ten-year toll has no place
    article = analyse("Syria air strike on jihadist camp kills 18")
    assert _one(article, 18).location != "jihadist camp"
    article = analyse(
        "Rockets hit Quneitra killing 20 militants the activist said. According to a "
        "report by the Syrian Center for Policy Research the conflict has claimed the lives "
        "of over 470000 people."
    )
    assert _one(article, 470000).location is None


def test_streets_relations_and_the_countryside_a_place_is_in(analyse: Analyse) -> None:
    # FA-KES 1965495355 (Sputnik), 1924058090 (Al-Araby), 1965511211 (Al-Manar),
    # 1926478910 (SANA)
    article = analyse(
        "Syrias aircraft destroyed a convoy near the city of Salamiyah and killed about a "
        "hundred of militants SANA news agency reported."
    )
    assert _one(article, 100).location == "near the city of Salamiyah"
    article = analyse(
        "Three air raids on the region of Al-Quriyah southeast of Deir Ezzor city killed 58 "
        "civilians."
    )
    assert _one(article, 58).location == "Al-Quriyah"
    article = analyse(
        "A suicide bomber blew himself up at the entrance of al-Tayba village in the eastern "
        "countryside of Salamyieh killing 4 civilians."
    )
    assert _one(article, 4).location == "al-Tayba village"
    article = analyse(
        "The source said that 3 other persons were injured when terrorists fired a rocket "
        "shell on al-Kallasa Street in al-Sulimaniah neighborhood in the city."
    )
    assert _one(article, 3).location == "al-Kallasa Street"
    # a headline's verb ends the name; a metonym is who, not where
    # (FA-KES 1962495686, Al-Alam)
    article = analyse(
        "The Syrian Democratic Forces (SDF) have foiled ISIS large-scale attack near the town "
        "of Manbij Killing 80 terrorists"
    )
    assert _one(article, 80).location == "near the town of Manbij"
    article = analyse("Wall Street rose 102.2 points on Friday.")
    assert _one(article, 102.2).location is None


def test_a_headline_run_into_its_lead_before_a_date_stamp(analyse: Analyse) -> None:
    # FA-KES 1923848311 (AFP via Ahram): the body repeats the headline, its label and the
    # wire's stamp, then the lead, with no full stop between them
    article = analyse(
        "Air raid kills 21 at Syria market Monitor AFP Thursday 24 Apr 2014 An air strike on a "
        "market on Thursday killed at least 21 people including three children in a village of "
        "the north Syrian province of Aleppo a monitoring group said."
    )
    headline, lead = (c for c in article.claims if c.figures and c.figures[0].value == 21)
    assert headline.source is not None and headline.source.mention == "Monitor"
    assert headline.figures[0].period is None
    assert lead.source is not None and lead.source.mention == "a monitoring group"
    assert lead.figures[0].period is not None and lead.figures[0].period.text == "on Thursday"


def test_a_town_described_by_its_province_or_by_where_it_lies(analyse: Analyse) -> None:
    # FA-KES 1923848197 (AFP via Ahram), 1926478986 (SANA), 1924058156 (Daily Sabah)
    article = analyse(
        "At Khan Sheikhun in the northwestern province of Idlib 11 people were killed said the "
        "Observatory."
    )
    assert _one(article, 11).location == "Khan Sheikhun"
    article = analyse(
        "Elsewhere air strikes on Douma the besieged rebel-held town east of Damascus killed at "
        "least six civilians the Observatory said."
    )
    assert _one(article, 6).location == "Douma"
    article = analyse(
        "Terrorists fired rocket shells at al-Furqan residential neighborhood in Aleppo on "
        "Sunday evening injuring two people."
    )
    assert _one(article, 2).location == "al-Furqan residential neighborhood"
    # gas fields are no attackers' base; a war taken somewhere is not where
    article = analyse(
        "The Islamic State managed to control the gas fields located on the eastern outskirts "
        "of the Homs province after killing at least 30 members of the regime troops."
    )
    assert _one(article, 30).location == "Homs province"
    article = analyse(
        "A suicide bomber killed four people in a hospital on Sunday in an attack that took "
        "Syrias civil war to the ruling Assad clans hometown for the first time."
    )
    assert _one(article, 4).location is None


def test_a_name_run_into_the_place_before_the_cue(analyse: Analyse) -> None:
    # FA-KES 1923848316 (AFP via Ahram)
    article = analyse(
        "Mortar fire also wounded three people in the Abbasids neighbourhood of northeast "
        "Damascus SANA said."
    )
    three = _one(article, 3)
    assert three.location == "Abbasids neighbourhood"
    assert [c.source.name for c in article.claims if three in c.figures and c.source] == ["SANA"]


def test_closing_credits_the_tagger_misread(analyse: Analyse) -> None:
    # FA-KES 1924058042 (Jordan Times), 1923848276 (AFP via Ahram), 1926479070 (SANA)
    article = analyse(
        "Five civilians including three children were also killed by regime bombs that landed "
        "on eastern Ghouta the observatory reported on Thursday."
    )
    assert {c.source.mention for c in article.claims if c.figures and c.source} == {
        "the observatory"
    }
    article = analyse(
        "Air strikes on a market in the rebel-held northwestern city of Idlib Saturday killed 24 "
        "people a monitor said a day after Russia and the US agreed a truce for Syria."
    )
    assert [c.source.mention for c in article.claims if c.figures and c.source] == ["a monitor"]
    # attackers "who are positioned" somewhere; a name with an Arabic article after "in"
    article = analyse(
        "The terrorists who are positioned in Eastern Ghouta targeted the two neighborhoods "
        "injuring three people in al-Sabbaa Bahrat according to a source at Damascus Police "
        "Command."
    )
    location = _one(article, 3).location
    assert location is not None and location.startswith("al-Sabbaa")


def test_days_before_a_closing_credit_and_run_into_the_next_noun(analyse: Analyse) -> None:
    # FA-KES 1924058067 (Jordan Times), 1924058039 (AFP), 1923848316 (AFP), 1924058165
    def periods(text: str) -> list[str | None]:
        return [f.period.text if f.period else None for f in analyse(text).figures]

    assert periods(
        "On Tuesday regime shelling on the Mesraba area also in Eastern Ghouta killed three "
        "civilians the observatory said."
    ) == ["On Tuesday"]
    assert periods(
        "Nine other civilians were killed in rebel shelling of regime-held western Aleppo "
        "Saturday the observatory said."
    ) == ["Saturday"]
    assert periods(
        "A mortar attack on the Damascus Opera House killed two people on Sunday state media "
        "reported as regime forces pressed a campaign."
    ) == ["on Sunday"]
    assert periods(
        "Three more civilians were killed and around 15 others were injured on Friday evening "
        "in a barrel bomb attack."
    ) == ["on Friday evening", "on Friday evening"]
    # the day of saying stays behind
    assert periods("5 people were killed the Observatory said on Monday.") == [None]
    assert periods(
        "Speaking to AFP on Wednesday Homs governor Talal al-Barazi had also reported the "
        "deadly attacks giving a toll of 31 killed and 74 wounded."
    ) == [None, None]


def test_wire_names_and_rights_end_no_place(analyse: Analyse) -> None:
    # FA-KES 1923848206 (AFP via Ahram), 1926479237 (Daily Sabah)
    article = analyse(
        "At least 20 Syrian people including 10 civilians are reportedly killed by air strikes "
        "in the province of Latakia AFP Saturday 10 Aug 2013"
    )
    assert _one(article, 10).location == "Latakia"
    article = analyse(
        "Three SDF soldiers were killed fighting Islamic State after the capture of five "
        "villages the Syrian Observatory for Human Rights a Britain-based war monitor said."
    )
    assert _one(article, 3).location is None


def test_page_stamps_and_calendar_abbreviations_are_no_places_or_periods(analyse: Analyse) -> None:
    # FA-KES 1924058051 and 1924058059 (Jordan Times: "Last updated at Jul 172015")
    article = analyse(
        "Last updated at Jul 172015 Barrel bombs dropped from Syrian government helicopters on "
        "Thursday killed at least 11 civilians in raids on a jihadist-held northern town a "
        "monitoring group said."
    )
    eleven = _one(article, 11)
    assert eleven.location is None
    assert eleven.period is not None and eleven.period.text == "on Thursday"
    article = analyse("Mon Jun 20 2016 More than 30 people were killed in Idlib.")
    assert _one(article, 30).location == "Idlib"


def test_outskirts_kept_and_an_indefinite_town_is_no_name(analyse: Analyse) -> None:
    # FA-KES 1918150036 (Asharq Al-Awsat), 1924058172 (Jordan Times)
    article = analyse(
        "Rami Abdel Rahman said the bombing targeted the outskirts of the village of Tokhar at "
        "dawn which resulted in 56 civilians dying."
    )
    assert _one(article, 56).location == "outskirts of the village of Tokhar"
    article = analyse(
        "A twin bombing struck a crowd in a predominantly Kurdish town in northern Syria on "
        "Wednesday killing 44 people."
    )
    assert _one(article, 44).location == "northern Syria"


def test_the_early_hours_of_a_day_in_a_count_s_own_clause(analyse: Analyse) -> None:
    # FA-KES 1924058100 (Daily Sabah), 1926479081 (Al-Araby)
    article = analyse(
        "At least 10 people were also killed and another 20 wounded when a DAESH suicide bomber "
        "blew himself up in a village in northern Syria in the early hours of Tuesday the SOHR "
        "said."
    )
    assert {f.period.text for f in article.figures if f.period} == {"in the early hours of Tuesday"}
    assert all(f.period for f in article.figures)


def test_toll_authors_harm_suffered_and_a_day_s_possessive(analyse: Analyse) -> None:
    # FA-KES 1923848201 (AFP via Ahram), 1965511161 (Al-Manar), 1965495380 (Sputnik),
    # 1923848303 (Reuters via Ahram)
    article = analyse(
        "The heavy fighting claimed the lives of 129 regime loyalists and 116 rebels including "
        "an Al-Nusra commander according to an Observatory toll."
    )
    assert {c.source.mention for c in article.claims if c.figures and c.source} == {"Observatory"}
    article = analyse(
        "Citing medical sources the Britain-based monitoring group said at least 12 YPG fighters "
        "suffered symptoms including choking burning eyes and vomiting in the attack."
    )
    assert _one(article, 12).outcome == "wounded"
    assert _one(analyse("Kurdish-Led Forces Eliminate 12 Daesh Militants"), 12).outcome == "killed"
    article = analyse("Five civilians were killed in Mondays fighting it said.")
    period = _one(article, 5).period
    assert period is not None and period.text == "in Mondays"


def test_near_or_outside_the_capital_keeps_its_relation(analyse: Analyse) -> None:
    # FA-KES 1924058055 and 1924058065 (Jordan Times)
    article = analyse(
        "At least 15 people were killed on Monday in government air strikes on an area outside "
        "the capital Damascus the Syrian Observatory for Human Rights monitor said."
    )
    assert _one(article, 15).location == "outside the capital Damascus"


def test_the_attack_takes_up_where_an_attack_without_a_toll_happened(analyse: Analyse) -> None:
    # FA-KES 1923848200 (AFP via Ahram): the place of the attack comes first, the toll after
    article = analyse(
        "A suicide bomber blew himself up at the hospital in Qardaha on Sunday.\n\n"
        "Later a car bomb exploded at the entrance of the hospital in Qardaha. Two women and two "
        "soldiers were killed in the attack said Observatory director Rami Abdel Rahman."
    )
    assert {f.location for f in article.figures} == {"Qardaha"}


def test_near_the_southern_village_of_keeps_its_relation(analyse: Analyse) -> None:
    # FA-KES 1923848297 (AFP via Ahram)
    article = analyse(
        "Seven people were also wounded in the air raid on the camp near the southern village "
        "of Shajara the Syrian Observatory for Human Rights said."
    )
    assert _one(article, 7).location == "near the southern village of Shajara"


def test_a_country_before_its_forces_or_attacks_is_whose_not_where(analyse: Analyse) -> None:
    # FA-KES 1923848179 and 1923848246 (AFP via Ahram), 1923848258 (AFP via Ahram)
    assert _one(analyse("Syria air raids kill 25 civilians Monitor"), 25).location is None
    assert _one(analyse("85 Syria troops killed in jihadist advance Monitor"), 85).location is None
    article = analyse("Russia strikes kill 120 IS group fighters in Syria\n\nThe story follows.")
    assert _one(article, 120).location == "Syria"


def test_a_title_case_headline_holds_its_place_among_capitalised_words(analyse: Analyse) -> None:
    # FA-KES 1965495363, 1965511130, 1965495352, 1965495362 (Sputnik and Al-Manar headlines)
    for headline, value, place in [
        ("US-Led Coalition Strike on Raqqa Kills 20 Civilians", 20, "Raqqa"),
        ("Mortar Attack Targets Damascus School Claims 11 Children.", 11, "Damascus"),
        ("US-led Coalition Strikes on Syrian Abu Kamal Leave 31 Civilians Dead", 31, "Abu Kamal"),
    ]:
        article = analyse(f"{headline}\n\nThe story follows.")
        assert _one(article, value).location == place, headline
    article = analyse("Six People Killed in Shelling of Central Damascus Hospital Staff\n\nMore.")
    assert (_one(article, 6).location or "").startswith("Central Damascus")
    # an ordinary sentence full of names is no headline (Texas Tribune, blind set)
    article = analyse(
        "Brown faced two candidates: County Commissioner Jeff Travillion and former Travis "
        "County Democratic Party Chair Dyana Limon-Mercado."
    )
    assert all(f.location is None for f in article.figures)


def test_a_country_s_war_with_words_between_is_where(analyse: Analyse) -> None:
    # FA-KES 1923848311 (AFP via Ahram), 1924058065 (Jordan Times)
    article = analyse(
        "Title\n\nMore than 150000 people have been killed in Syrias three-year war which broke "
        "out after the regime unleashed a massive crackdown."
    )
    assert _one(article, 150000).location == "Syria"
    article = analyse(
        "Title\n\nSyrias six-year-old civil war has killed hundreds of thousands of people."
    )
    assert [f.location for f in article.figures] == ["Syria"]


def test_a_town_described_as_the_main_town_of_a_region(analyse: Analyse) -> None:
    # FA-KES 1919191761 (Al-Araby), 1924058212 (AFP via Jordan Times)
    article = analyse(
        "Title\n\nThe highest toll was in Douma the largest town in the Eastern Ghouta region "
        "where raids killed 16 civilians and wounded 22 it said."
    )
    assert {f.location for f in article.figures} == {"Douma"}
    article = analyse(
        "Title\n\nSeven people were killed in regime shelling in Douma the main town in the "
        "Eastern Ghouta area Observatory chief Rami Abdel Rahman told AFP."
    )
    assert _one(article, 7).location == "Douma"


def test_a_border_told_by_the_country_beyond_it(analyse: Analyse) -> None:
    # FA-KES 1923848297 (AFP via Ahram), 1962495724 (Al-Alam)
    article = analyse(
        "Title\n\nSyrian army helicopter fire killed 12 people on Wednesday in a camp near the "
        "Jordanian border a monitoring group said."
    )
    assert _one(article, 12).location == "near the Jordanian border"


def test_days_the_parse_hung_elsewhere_still_date_the_count(analyse: Analyse) -> None:
    # FA-KES 1924058146, 1923102909, 1924058059, 1923848173, 1924058095
    for text, value, period in [
        (
            "Another airstrike this one during the day hit a opposition-held village in the "
            "northwest on Tuesday killing a woman and nine children.",
            9,
            "on Tuesday",
        ),
        (
            "Three children were among at least 19 civilian killed in an air raid on a village "
            "held by the Islamic State group in northern Syria on Wednesday.",
            19,
            "on Wednesday",
        ),
        (
            "At least seven people died in rebel shelling of a neighbourhood of the Syrian city "
            "of Aleppo held by the Kurdish YPG militia at dawn on Saturday a monitoring group said.",
            7,
            "at dawn on Saturday",
        ),
        ("Another three were killed in shelling earlier Wednesday.", 3, "earlier Wednesday"),
        (
            "The latest attacks took to 89 the number of civilians killed in air strikes on "
            "Idlib province in the past seven days said the Observatory.",
            89,
            "in the past seven days",
        ),
    ]:
        figure = _one(analyse(f"Title\n\n{text}"), value)
        assert figure.period is not None and figure.period.text == period, text


def test_a_date_before_an_attack_is_its_day(analyse: Analyse) -> None:
    # FA-KES 1923102970, 1965495360
    article = analyse(
        "Title\n\nIS also claimed an October 2 bomb attack at a police station in the capital "
        "that killed at least 17 people."
    )
    period = _one(article, 17).period
    assert period is not None and period.text == "October 2"
    article = analyse(
        "Title\n\nThe death toll following Daesh Thursday attack on Aqareb es Safi village "
        "reached 51 people a source in Salamiyeh National Hospital told Sputnik."
    )
    period = _one(article, 51).period
    assert period is not None and period.text == "Thursday"
    # a duration before a noun is no date: "the 48-hour ceasefire"
    assert _one(analyse("Title\n\nThe 48-hour ceasefire saw 12 people killed."), 12).period is None


def test_the_day_of_telling_and_names_tagged_as_dates_are_no_periods(analyse: Analyse) -> None:
    # FA-KES 1926479136 ("told SANA late on Tuesday"), 1924058067 ("a school in Jisreen")
    article = analyse(
        "Title\n\nThe death toll from the terrorist groups rocket attacks on Salah Eddin "
        "neighborhood in Aleppo city rose to 8 civilians in addition to 12 injured a source at "
        "Aleppo Police Command told SANA late on Tuesday."
    )
    assert [f.period for f in article.figures] == [None, None]
    article = analyse(
        'Title\n\n"A shell fired by regime troops hit the entrance of a school in Jisreen just as '
        'children were leaving it killing five people" observatory chief Rami Abdel Rahman said.'
    )
    assert _one(article, 5).period is None
    # a holiday is a time
    article = analyse(
        "Title\n\nThat includes on Thanksgiving, when home celebrations will be limited to no "
        "more than 10 people."
    )
    period = _one(article, 10).period
    assert period is not None and period.text == "on Thanksgiving"


def test_a_country_s_war_toll_takes_no_place_from_the_sentence_before(analyse: Analyse) -> None:
    # FA-KES 1923102874 (AFP via Al-Araby)
    article = analyse(
        "Title\n\nAt least 19 people were killed in shelling on Douma the Observatory said.\n"
        "More than 320000 people have been killed and millions displaced since Syrias war "
        "started in 2011 with the brutal repression of anti-government protests."
    )
    assert _one(article, 320000).location in {None, "Syria"}
    # a second count of the war's own sentence shares the first one's place
    article = analyse(
        "Title\n\nThe conflict in Syria has killed more than 280000 people over the past five "
        "years and displaced millions from their homes."
    )
    assert [f.location for f in article.figures] == ["Syria", "Syria"]


def test_a_participle_before_the_group_and_the_number_of_after_the_count(analyse: Analyse) -> None:
    # FA-KES 1923102966 (headline), 1924058095
    article = analyse("Russian airstrike kills scores of fleeing civilians in Deir az-zor\n\nMore.")
    scores = article.figures[0]
    assert (scores.counted, scores.outcome) == ("fleeing civilians", "killed")
    article = analyse(
        "Title\n\nThe latest attacks took to 89 the number of civilians killed in air strikes on "
        "Idlib province in the past seven days said the Observatory."
    )
    assert _one(article, 89).counted == "civilians"


def test_the_described_town_or_suburb_takes_up_the_one_named_before(analyse: Analyse) -> None:
    # FA-KES 1965511112, 1924058106
    article = analyse(
        "Title\n\nA bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday.\n\n"
        "In August last year another car bomb killed at least 27 people in the southeastern "
        "suburb."
    )
    assert _one(article, 27).location == "Jaramana"
    article = analyse(
        "Title\n\nAn air strike on a market in the town of Atareb killed 21 people.\n\n"
        "The town has become home to tens of thousands of people displaced by fighting."
    )
    assert [f.location for f in article.figures] == ["Atareb", "Atareb"]


def test_another_neighbourhood_is_not_the_one_named_before(analyse: Analyse) -> None:
    # FA-KES 1923848153
    article = analyse(
        "Title\n\nRebel rocket fire on the Hamdaniyeh neighbourhood killed three people.\n"
        "Rocket attacks on another government-held neighbourhood killed one person and wounded "
        "12 others earlier in the day."
    )
    assert _one(article, 12).location is None


def test_claimed_slain_and_the_deceased_are_killed(analyse: Analyse) -> None:
    # FA-KES 1965511152, 1962495699, 1965495332
    article = analyse("16-02-2015 Terrorists Rocket Shells Claim 9 Civilians in Aleppo.\n\nMore.")
    assert _one(article, 9).outcome == "killed"
    assert _one(
        analyse("Title\n\nThe report said at least 70 terrorists were slain."), 70
    ).outcome == ("killed")
    article = analyse(
        "Title\n\nA nurse and two soldiers are reportedly among the deceased according to the "
        "Syrian Observatory for Human Rights."
    )
    assert _one(article, 2).outcome == "killed"
    # a claim of responsibility kills no one
    article = analyse("Title\n\nThe group claimed responsibility for the attack on 3 villages.")
    assert all(f.outcome != "killed" for f in article.figures)


def test_a_headline_s_event_tagged_as_a_facility_is_no_place(analyse: Analyse) -> None:
    # FA-KES 1926479096 (Etilaf)
    article = analyse("22:33 18 Civilians Killed in Barrel Bomb Attack on Rural Aleppo.\n\nMore.")
    assert _one(article, 18).location == "Rural Aleppo"


def test_later_that_month_dates_the_count(analyse: Analyse) -> None:
    # FA-KES 1965495363 (Sputnik)
    article = analyse(
        "Title\n\nLater that month an airstrike carried out by the coalition in Syrias eastern "
        "town of Al Bukamal reportedly killed at least 31 civilians."
    )
    period = _one(article, 31).period
    assert period is not None and period.text == "Later that month"


def test_a_group_s_name_a_speaker_s_home_and_a_side_s_town_are_no_places(
    analyse: Analyse,
) -> None:
    # FA-KES 1923848303, 1924058146, 1924058051
    article = analyse(
        "Title\n\nAt least two officers were among those killed when insurgents from the Islamic "
        "Front and the Shields of the Revolution Council set off tonnes of explosives."
    )
    assert _one(article, 2).location is None
    article = analyse(
        "Title\n\nOpposition activist Omar Abu Laila who currently lives in Europe but is from the "
        "province where the strike took place said 10 people were killed."
    )
    assert _one(article, 10).location is None
    article = analyse("Barrel bombs kill 11 civilians in Daesh town in Syria\n\nMore.")
    assert _one(article, 11).location == "Syria"


def test_an_airstrike_is_no_place_and_a_town_keeps_its_country_apart(analyse: Analyse) -> None:
    # FA-KES 1962495706 (Al-Alam headline), 1965495372 ("near the Syrian city of Aleppo")
    article = analyse(
        "Wed Oct 19 2016 6 killed in Airstrike on Village in Aleppo Province Belgian F-16 Jets in "
        "Area.\n\nMore."
    )
    assert _one(article, 6).location == "Aleppo Province"
    article = analyse("Title\n\nRebels shelled a village near the Syrian city of Aleppo killing 5.")
    assert _one(article, 5).location == "near the Syrian city of Aleppo"


def test_a_list_of_towns_after_the_towns_of_is_one_place(analyse: Analyse) -> None:
    # FA-KES 1926479074 (Etilaf)
    article = analyse(
        "Title\n\nRussian jets on Monday bombed the towns of Huraytan Hayyan Anadan Kafar Hamra "
        "and Anjara in rural Aleppo killing at least 21 civilians."
    )
    location = _one(article, 21).location or ""
    assert location.startswith("towns of Huraytan") and location.endswith("Anjara")


def test_the_accused_is_no_place(analyse: Analyse) -> None:
    # FA-KES 1926479326 (Al Arabiya)
    article = analyse(
        "Title\n\nThe United States accused Damascus of that attack which it estimates killed "
        "1429 people including at least 426 children."
    )
    assert {f.location for f in article.figures} == {None}


def test_a_participle_with_its_agent_tells_who_not_what_befell(analyse: Analyse) -> None:
    # the reference page (NBC News): "at least one soldier captured by Ukraine died"
    article = analyse(
        "Title\n\nA Ukrainian official said at least one soldier captured by Ukraine died of his "
        "injuries."
    )
    assert _one(article, 1).outcome == "killed"
    article = analyse("Title\n\nSome 25 civilians killed 80 injured in Aleppo.")
    assert (_one(article, 25).outcome, _one(article, 80).outcome) == ("killed", "wounded")
