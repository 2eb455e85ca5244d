"""The English check: function words of the prose, not names or table rows."""

from __future__ import annotations

from sayso.read.language import looks_english


def test_a_data_story_that_is_mostly_a_table_is_english() -> None:
    rows = "\n".join(
        f"| 2020-09-{d:02d} | ${d * 50} | Mark Dings{d} Smith | Tracey Robert Mann |"
        for d in range(1, 40)
    )
    text = (
        "Donations can be made to political candidates in various amounts. The FEC regulates "
        "these donations, and individual groups must disclose donations over $250 per year.\n"
        "The following table lists all contributions donated to the campaign in September.\n" + rows
    )
    assert looks_english(text)


def test_italian_and_hungarian_copy_is_not() -> None:
    italian = (
        "Sarà Ghersini l'arbitro di Cagliari-Juventus, in campo domani sera alle 21.45, 18ma "
        "partita del girone di ritorno in Serie A. Lazio-Brescia è stata affidata a Massimi, "
        "mentre Pasqua dirigerà Sampdoria-Milan, Piccinini è stato designato per Torino-Roma. "
    ) * 3
    hungarian = (
        "az új fajta koronavírusnál a gyógyultak százalékánál alakult ki krónikus fáradtság "
        "szindróma. Felidézte, hogy korábban két hasonló koronavírus-fertőzés volt a világon. "
    ) * 4
    assert not looks_english(italian)
    assert not looks_english(hungarian)
