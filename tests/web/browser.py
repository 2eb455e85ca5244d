"""A real headless Chromium for the browser tests: Debian's `chromium` driven by Selenium
through Debian's `chromium-driver` (no browser is ever downloaded)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

__all__ = [
    "CHROMEDRIVER",
    "CHROMIUM",
    "FLAGS",
    "chromium_missing",
    "start_chromium",
    "stop_chromium",
]

CHROMIUM = os.environ.get("SAYSO_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SAYSO_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def chromium_missing() -> str | None:
    """Why Chromium cannot be driven here (None when it can)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (Path(path).is_file() and os.access(path, os.X_OK)):
            return f"{path} is missing; apt-get install {package}"
    return None


def start_chromium(profile: Path | None = None):  # type: ignore[no-untyped-def]
    """A new headless Chromium with a fresh profile, logging the console."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    folder = profile or Path(tempfile.mkdtemp(prefix="sayso-chromium-"))
    options.add_argument(f"--user-data-dir={folder}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.sayso_profile = folder  # type: ignore[attr-defined]
    return driver


def stop_chromium(driver) -> None:  # type: ignore[no-untyped-def]
    """Quit the browser and remove its profile."""
    folder = getattr(driver, "sayso_profile", None)
    try:
        driver.quit()
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
