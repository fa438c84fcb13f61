"""A real headless Chromium for the HTML report tests, driven by Selenium.

Debian's `chromium` and `chromium-driver` (`.ci/run` installs them). Chromium starts with a
fresh profile and everything that could reach out (background networking, component
updates, sync, QUIC) turned off: the machine has no outside network, and a report must not
need one. The page's console and its network requests are recorded (Chrome's `browser` and
`performance` logs) so a test can assert there were no errors and no requests.

With CI=true a missing browser fails the test; elsewhere it is skipped with the reason.
Screenshots go to tests/artifacts/ (git-ignored), or $SCHEMADOCTOR_ARTIFACTS.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
ARTIFACTS = Path(
    os.environ.get("SCHEMADOCTOR_ARTIFACTS", Path(__file__).resolve().parent / "artifacts")
)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--hide-scrollbars",
)
DESKTOP = (1280, 900)
PHONE = (390, 844)
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:", "chrome-error:")


def browser_missing() -> str | None:
    """None when Chromium, its driver and Selenium are all here, else what is missing."""
    missing = [name for name in ("chromium", "chromedriver") if shutil.which(name) is None]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip install -e '.[test]')")
    if not missing:
        return None
    return (
        "no headless browser: missing "
        + ", ".join(missing)
        + (
            " (apt-get install -y chromium chromium-driver)"
            if shutil.which("chromium") is None
            else ""
        )
    )


def require_browser() -> None:
    reason = browser_missing()
    if reason is None:
        return
    if IN_CI:
        pytest.fail(reason + " (CI=true: a missing browser is a failure)")
    pytest.skip(reason)


class Page:
    """One Chromium window on one report."""

    def __init__(self, driver: Any) -> None:
        self.driver = driver

    def open(self, path: Path, width: int = DESKTOP[0], height: int = DESKTOP[1]) -> float:
        """Load the report and wait until its script says it is ready; returns the seconds
        from the start of navigation until then, as the page measured it."""
        self.resize(width, height)
        # Start from a blank page with empty logs: Chromium's own start page makes requests.
        self.driver.get("about:blank")
        self.requests()
        self.console()
        self.driver.get(path.resolve().as_uri())
        deadline = time.monotonic() + 30
        while self.js("return document.documentElement.dataset.ready") != "true":
            if time.monotonic() > deadline:
                raise AssertionError(f"the report never became ready; console: {self.console()}")
            time.sleep(0.02)
        return float(self.js("return window.sdReadyAt")) / 1000

    def resize(self, width: int, height: int) -> None:
        # The window size is the viewport size in headless mode only with this CDP override.
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def count(self, selector: str) -> int:
        return int(self.js("return document.querySelectorAll(arguments[0]).length", selector))

    def visible_count(self, selector: str) -> int:
        """Elements matching `selector` that take up space on the page (not display:none)."""
        return int(
            self.js(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                ".filter(e => e.getClientRects().length > 0).length",
                selector,
            )
        )

    def find(self, selector: str) -> Any:
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def console(self) -> list[dict[str, Any]]:
        return list(self.driver.get_log("browser"))

    def console_errors(self) -> list[str]:
        return [entry["message"] for entry in self.console() if entry["level"] == "SEVERE"]

    def requests(self) -> list[str]:
        """Every URL the page asked the network stack for since the last call."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls

    def outside_requests(self, own: Path) -> list[str]:
        """Requests other than the report itself and inline (data:, blob:) resources."""
        own_uri = own.resolve().as_uri()
        return [
            url
            for url in self.requests()
            if url != own_uri and not url.startswith(LOCAL_SCHEMES[1:])
        ]

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def screenshot_of(self, selector: str, name: str) -> Path:
        """The viewport scrolled so that `selector` starts at its top."""
        self.js(
            "document.documentElement.style.scrollBehavior = 'auto';"
            "document.querySelector(arguments[0]).scrollIntoView({block: 'start'})",
            selector,
        )
        return self.screenshot(name)


@contextmanager
def chromium() -> Iterator[Page]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="schemadoctor-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=shutil.which("chromedriver") or "chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    try:
        yield Page(driver)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
