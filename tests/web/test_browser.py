"""The pages in a real headless Chromium: every page at laptop and phone widths (no
sideways scrolling, screenshots kept under test-artifacts/screenshots/), a click
through article -> source -> quantity, the claim/card linking script running under the
Content-Security-Policy, and hostile strings that never run.

Chromium comes from Debian (`chromium`, `chromium-driver`; `.ci/run` installs them).
Without it these tests skip and say why, except in CI (`CI=true`), where they fail.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from sayso.web.serve import serve_in_thread
from tests.conftest import ROOT
from tests.web.browser import chromium_missing, start_chromium, stop_chromium
from tests.web.conftest import EVIL_BODY, EVIL_SOURCE, MARKERS, WebIds

SHOTS = Path(os.environ.get("SAYSO_SCREENSHOTS", ROOT / "test-artifacts" / "screenshots"))
LAPTOP = (1366, 768)
PHONE = (390, 844)


@pytest.fixture(scope="module")
def base_url(web_app: FastAPI) -> Iterator[str]:
    with serve_in_thread(web_app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = chromium_missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {reason}")
        pytest.skip(reason)
    driver = start_chromium()
    try:
        yield driver
    finally:
        stop_chromium(driver)


def _open(browser: Any, url: str, size: tuple[int, int]) -> None:
    browser.set_window_size(*size)
    browser.get(url)
    browser.execute_script("return document.readyState")


def _errors(browser: Any) -> list[str]:
    """Console errors since the last call: CSP violations, failed loads, script errors."""
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def _shoot(browser: Any, name: str) -> Path:
    """A screenshot of the whole page (not only the window), named by page and width."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    width = browser.execute_script("return window.innerWidth")
    size = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": width, "height": min(size["height"], 6000), "scale": 1}
    shot = browser.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
    )
    path = SHOTS / f"{name}-{width}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def _no_xss(browser: Any) -> None:
    assert browser.execute_script("return window.__xss === undefined"), browser.execute_script(
        "return String(window.__xss)"
    )


def _pages(ids: WebIds) -> dict[str, str]:
    return {
        "home": "/",
        "article": f"/articles/{ids.nbc}",
        "article-hostile": f"/articles/{ids.hostile}",
        "source": f"/sources/{ids.kirby}",
        "quantity": f"/quantities/{ids.toll}",
        "quantities": "/quantities",
        "sources": "/sources",
        "search": "/search?q=Kirby",
        "analyse": "/analyse",
        "not-found": "/articles/ffffffffffffffff",
    }


@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_every_page_fits_the_screen(
    browser: Any, base_url: str, web_ids: WebIds, size: tuple[int, int]
) -> None:
    _errors(browser)
    for name, path in _pages(web_ids).items():
        _open(browser, base_url + path, size)
        overflow = browser.execute_script(
            "return [document.scrollingElement.scrollWidth, window.innerWidth]"
        )
        _shoot(browser, name)
        assert overflow[0] <= overflow[1], (name, overflow)
        assert browser.find_element("css selector", "main").is_displayed()
        _no_xss(browser)
        errors = [e for e in _errors(browser) if not (name == "not-found" and "404" in e)]
        assert errors == [], (name, errors)


def test_click_through_article_source_quantity(
    browser: Any, base_url: str, web_ids: WebIds
) -> None:
    _open(browser, base_url + "/", LAPTOP)
    browser.find_element("css selector", f".article-list a[href='/articles/{web_ids.nbc}']").click()
    assert browser.current_url.endswith(f"/articles/{web_ids.nbc}")
    assert browser.find_elements("css selector", "#text mark.claim")
    browser.find_element("css selector", f"li.card a[href='/sources/{web_ids.kirby}']").click()
    assert browser.current_url.endswith(f"/sources/{web_ids.kirby}")
    assert "John Kirby" in browser.find_element("css selector", "h1").text
    _shoot(browser, "click-source")
    browser.find_element("css selector", f".claim-item a[href='/articles/{web_ids.nbc}']").click()
    figure = browser.find_element("css selector", "#text a.fig")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", figure)
    figure.click()
    assert "/quantities/" in browser.current_url
    assert browser.find_elements("css selector", "svg g.mark")
    _shoot(browser, "click-quantity")
    assert _errors(browser) == []


def test_claim_and_card_highlight_together(browser: Any, base_url: str, web_ids: WebIds) -> None:
    """app.js (a static file under the CSP) links each highlighted claim with its card."""
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, base_url + f"/articles/{web_ids.nbc}", LAPTOP)
    mark = browser.find_element("css selector", "#text mark.claim")
    index = mark.get_attribute("data-claim")
    ActionChains(browser).move_to_element(mark).perform()
    card = browser.find_element("id", f"claim-{index}")
    assert "active" in card.get_attribute("class").split()
    colour = browser.execute_script(
        "return getComputedStyle(arguments[0]).getPropertyValue('--src').trim()", mark
    )
    card_colour = browser.execute_script(
        "return getComputedStyle(arguments[0]).getPropertyValue('--src').trim()", card
    )
    assert colour and colour == card_colour
    assert browser.execute_script(
        "return getComputedStyle(arguments[0]).backgroundColor", mark
    ) not in ("rgba(0, 0, 0, 0)", "transparent")


def test_hostile_article_runs_nothing(browser: Any, base_url: str, web_ids: WebIds) -> None:
    _errors(browser)
    _open(browser, base_url + f"/articles/{web_ids.hostile}", LAPTOP)
    _no_xss(browser)
    text = browser.find_element("css selector", "#text").text
    assert text.replace("\n", "") == EVIL_BODY.replace("\n\n", "")
    assert browser.execute_script("return document.scripts.length") == 1
    assert not browser.find_elements("css selector", "#text img, #text a[href^='javascript']")
    legend = browser.find_element("css selector", ".legend").text
    assert EVIL_SOURCE in legend
    for element in browser.find_elements("css selector", "mark.claim, .fig, li.card"):
        browser.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", element
        )
    _no_xss(browser)
    _shoot(browser, "article-hostile-hovered")
    assert not any("Content Security Policy" in e for e in _errors(browser))
    assert MARKERS  # every marker of conftest stayed a string


def test_analyse_form_in_the_browser(browser: Any, base_url: str) -> None:
    from selenium.webdriver.support.wait import WebDriverWait

    _open(browser, base_url + "/analyse", PHONE)
    text = (
        "<script>window.__xss='form'</script> Shelling kills 9 in Douma\n\n"
        "Shelling killed nine civilians in Douma on Monday, the Syrian Observatory for Human "
        "Rights said. <img src=x onerror=\"window.__xss='form-img'\"> Rescue workers said "
        "the toll could rise."
    )
    area = browser.find_element("id", "text")
    browser.execute_script("arguments[0].value = arguments[1]", area, text)
    browser.find_element("css selector", "form.analyse button[type=submit]").click()
    notice = WebDriverWait(browser, 60).until(
        lambda b: b.find_elements("css selector", ".notice, .error-box")
    )[0]
    assert notice.text.startswith("Analysed here"), notice.text
    _no_xss(browser)
    assert "<script>window.__xss='form'</script>" in browser.find_element("css selector", "h1").text
    assert browser.find_elements("css selector", "#text mark.claim")
    overflow = browser.execute_script(
        "return [document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert overflow[0] <= overflow[1]
    _shoot(browser, "analysed")
    assert _errors(browser) == []
