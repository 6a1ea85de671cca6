"""End to end: the real server, driven by Debian's Chromium headless through chromedriver.

Skipped, with the reason, only where no browser can be had (make test installs one with apt).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT
from helpers import start_server, stop_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
    pytest.skip("no Chromium/chromedriver on this machine (apt-get install chromium chromium-driver)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


@pytest.fixture(scope="module")
def server():
    proc, _port, url = start_server()
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,1800", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        opts.add_argument(flag)
    drv = webdriver.Chrome(service=webdriver.ChromeService(executable_path=DRIVER), options=opts)
    yield drv
    drv.quit()


def _wait_summary(browser, old: str = "") -> str:
    WebDriverWait(browser, 120).until(lambda b: b.find_element(By.ID, "summary").text not in ("", old))
    return browser.find_element(By.ID, "summary").text


def test_paste_the_example_see_highlights_click_a_source(server, browser, tmp_path):
    browser.get(server)
    story = (EXAMPLES / "harbour-contract.txt").read_text(encoding="utf-8")
    browser.execute_script("document.getElementById('text').value = arguments[0];", story)
    browser.find_element(By.ID, "analyze").click()
    summary = _wait_summary(browser)
    assert summary.startswith("Headline rests on")
    # the headline's stance sits beside the summary
    stance = browser.find_element(By.ID, "stance")
    assert stance.is_displayed() and stance.text.startswith("headline ") and "st-" in stance.get_attribute("class")
    assert browser.find_elements(By.CSS_SELECTOR, "#article span.source")
    assert browser.find_elements(By.CSS_SELECTOR, "#article span.cue")
    # clicking a source highlights that source's claims
    source = next(li for li in browser.find_elements(By.CSS_SELECTOR, "#sources li") if "Priya Nandakumar" in li.text)
    source.click()
    focused = browser.find_elements(By.CSS_SELECTOR, "#article .focus")
    assert focused and any("claimed" in f.text or "tender" in f.text for f in focused)
    # clicking a claim shows its details
    browser.find_element(By.CSS_SELECTOR, "#article span.cue").click()
    assert "source type" in browser.find_element(By.ID, "details").text
    # a denial says which claim it denies ("The mayor denied ...")
    next(c for c in browser.find_elements(By.CSS_SELECTOR, "#article span.cue") if "denied" in c.text.split()).click()
    assert re.search(r"stance\s+denies a\d+", browser.find_element(By.ID, "details").text)
    assert browser.find_elements(By.CSS_SELECTOR, "#chains svg, #chains p")
    browser.save_screenshot(str(tmp_path / "page.png"))
    if os.environ.get("ALLEGEDLY_SCREENSHOT"):
        browser.save_screenshot(os.environ["ALLEGEDLY_SCREENSHOT"])


def test_a_negated_report_reads_not_asserted(server, browser):
    browser.get(server)
    browser.execute_script("document.getElementById('text').value = arguments[0];", "The minister did not say that the bridge was unsafe.")
    browser.find_element(By.ID, "analyze").click()
    WebDriverWait(browser, 120).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#article span.cue"))
    browser.find_element(By.CSS_SELECTOR, "#article span.cue").click()
    assert re.search(r"stance\s+not asserted", browser.find_element(By.ID, "details").text)


def test_upload_a_file_and_hostile_text_stays_inert(server, browser, tmp_path):
    browser.get(server)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        'Hacked page "<img src=x onerror=window.__pwned=1>" claims\n\n'
        'The spokesman said "<script>window.__pwned=2</script>" was posted with a <a href="javascript:window.__pwned=3">link</a>.',
        encoding="utf-8",
    )
    browser.find_element(By.ID, "file").send_keys(str(hostile))
    WebDriverWait(browser, 120).until(lambda b: b.find_element(By.ID, "article").text)
    article = browser.find_element(By.ID, "article")
    assert "<script>window.__pwned=2</script>" in article.text
    assert not article.find_elements(By.CSS_SELECTOR, "script, img, a")
    assert browser.execute_script("return window.__pwned === undefined")


def test_bad_input_shows_a_message(server, browser):
    browser.get(server)
    browser.find_element(By.ID, "analyze").click()
    error = browser.find_element(By.ID, "error")
    assert error.is_displayed() and "Paste an article" in error.text


def test_docs_page_lists_the_endpoints(server, browser):
    browser.get(server + "/docs")
    WebDriverWait(browser, 30).until(lambda b: "POST /api/analyze" in b.find_element(By.ID, "api").text)
    assert "GET /api/health" in browser.find_element(By.ID, "api").text


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("corpus") / "c.db"
    made = subprocess.run([sys.executable, "-m", "allegedly", "ingest", str(EXAMPLES / "corpus" / "velmora.jsonl"), "--db", str(db), "--quiet"],
                          cwd=ROOT, capture_output=True, timeout=600, check=False)
    assert made.returncode == 0, made.stderr.decode()[-2000:]
    proc, _port, url = start_server("--db", str(db))
    yield url
    stop_server(proc)


def test_story_list_then_story_page(corpus_server, browser):
    browser.get(corpus_server + "/stories")
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#stories tbody a"))
    links = browser.find_elements(By.CSS_SELECTOR, "#stories tbody a")
    assert "Velmora" in links[0].text and len(links) == 2
    links[0].click()
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#timeline svg g.event"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline svg g.event")) == 8
    assert browser.find_elements(By.CSS_SELECTOR, "#citations svg line")
    outlets = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#outlets li")]
    assert outlets[0] == "Harbourside Blog" and "Dunmore Courier" in outlets
    assert "First denial: The Evening Telegraph" in browser.find_element(By.ID, "drift").text
    # clicking a mark on the timeline highlights its article in the table
    browser.find_elements(By.CSS_SELECTOR, "#timeline svg g.event text")[2].click()
    focused = browser.find_elements(By.CSS_SELECTOR, "#articles tr.focus")
    assert len(focused) == 1 and "Dunmore Courier" in focused[0].text
    assert browser.execute_script("return window.__pwned === undefined")


def test_unknown_story_shows_a_message(corpus_server, browser):
    browser.get(corpus_server + "/stories?id=nope")
    WebDriverWait(browser, 30).until(lambda b: b.find_element(By.ID, "error").is_displayed())
    assert "no story" in browser.find_element(By.ID, "error").text
