"""Drives the officers' page in headless Chromium, for tests/it/page.rs.

Reads a JSON plan (argv[1]) and writes what it saw as JSON on stdout; the
Rust test holds it to the CLI's answers. Exits non-zero only when the
browser cannot be driven. The plan's `languages` are the browser's
(English by default); its `scenario` is `es` for a browser in Spanish,
otherwise English then French.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def main():
    plan = json.load(open(sys.argv[1]))
    # The browser's languages: English unless the plan says otherwise.
    languages = plan.get("languages", "en-US,en")
    options = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu",
              "--window-size=1366,768", "--lang=" + languages.split(",")[0]):
        options.add_argument(a)
    options.binary_location = plan["chromium"]
    options.add_experimental_option("prefs", {
        "intl.accept_languages": languages,
        "download.default_directory": plan["downloads"],
        "download.prompt_for_download": False,
    })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(plan["chromedriver"]), options=options)
    seen = {}
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                               {"behavior": "allow", "downloadPath": plan["downloads"]})
        # The page replaces its results at once: an element found a moment
        # ago may be gone; look again.
        wait = WebDriverWait(driver, 20, ignored_exceptions=(
            NoSuchElementException, StaleElementReferenceException))
        driver.get(plan["url"])
        wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#tpl-body a"))
        if plan.get("scenario") == "es":
            spanish(driver, wait, plan, seen)
        else:
            english_then_french(driver, wait, plan, seen)
        seen["resources"] = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
            ".concat([document.location.href])")
        seen["console"] = driver.get_log("browser")
    finally:
        driver.quit()
    json.dump(seen, sys.stdout, ensure_ascii=False)


def english_then_french(driver, wait, plan, seen):
    """Check a bad CSV, switch to French, check a bad XML and a valid file,
    download its XML."""
    seen["title"] = driver.find_element(By.TAG_NAME, "h1").text
    seen["file_inputs"] = len(driver.find_elements(By.CSS_SELECTOR, "input[type=file]"))
    seen["file_input_label"] = driver.find_element(By.CSS_SELECTOR, "label[for=files]").text

    # A bad CSV: its diagnostics and the highlighted cell.
    chooser = driver.find_element(By.CSS_SELECTOR, "input[type=file]")
    chooser.send_keys(plan["bad"])
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.file .verdict"))
    seen["bad"] = read_card(driver)

    # French.
    Select(driver.find_element(By.ID, "lang")).select_by_value("fr")
    wait.until(lambda d: d.find_element(By.TAG_NAME, "h1").text == plan["fr_title"])
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "section.file .verdict").text == "non valide")
    wait.until(lambda d: d.find_element(By.ID, "status").text == "1 fichier vérifié.")
    seen["fr_title"] = driver.find_element(By.TAG_NAME, "h1").text
    seen["fr_html_lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    seen["fr"] = read_card(driver)
    seen["fr_links"] = template_links(driver)
    seen["fr_page_text"], seen["fr_tooltips"] = own_text(driver)
    os.makedirs(os.path.dirname(plan["screenshot"]), exist_ok=True)
    driver.save_screenshot(plan["screenshot"])

    # A bad XML file: its lines, each problem's character marked.
    chooser.clear()
    chooser.send_keys(plan["xml"])
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "section.file h3").text
               == os.path.basename(plan["xml"]))
    seen["xml"] = read_card(driver)
    seen["xml_marks"] = driver.execute_script("""
        return Array.from(document.querySelectorAll('section.file .ln.bad, section.file .ln.warn'))
          .map(l => {
            let pos = 0; const cols = [];
            for (const n of l.childNodes) {
              if (n.nodeName === 'MARK') cols.push(pos + 1);
              pos += Array.from(n.textContent).length;
            }
            return [Number(l.dataset.n), cols];
          });""")

    # A valid file (instead of the bad one): download its XML.
    chooser.clear()
    chooser.send_keys(plan["valid"])
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.file[data-valid=true]"))
    seen["valid"] = read_card(driver)
    driver.find_element(By.CSS_SELECTOR, "button[data-to=xml]").click()
    target = os.path.join(plan["downloads"], plan["expect_download"])
    deadline = time.time() + 20
    while time.time() < deadline and not os.path.exists(target):
        time.sleep(0.1)
    seen["downloaded"] = sorted(os.listdir(plan["downloads"]))
    driver.save_screenshot(plan["screenshot"].replace(".png", "-valid.png"))


def spanish(driver, wait, plan, seen):
    """A browser in Spanish: the page starts in Spanish; check a bad CSV;
    the template links; switch to English."""
    seen["html_lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    seen["title"] = driver.find_element(By.TAG_NAME, "h1").text
    seen["document_title"] = driver.title
    seen["file_input_label"] = driver.find_element(By.CSS_SELECTOR, "label[for=files]").text
    select = Select(driver.find_element(By.ID, "lang"))
    seen["selected"] = select.first_selected_option.get_attribute("value")
    seen["options"] = [[o.get_attribute("value"), o.get_attribute("lang"), o.text]
                       for o in select.options]
    seen["links"] = template_links(driver)
    chooser = driver.find_element(By.CSS_SELECTOR, "input[type=file]")
    chooser.send_keys(plan["bad"])
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.file .verdict"))
    wait.until(lambda d: d.find_element(By.ID, "status").text != "")
    seen["status"] = driver.find_element(By.ID, "status").text
    seen["card"] = read_card(driver)
    seen["counts"] = driver.find_element(By.CSS_SELECTOR, "section.file p").text
    seen["page_text"], seen["tooltips"] = own_text(driver)
    os.makedirs(os.path.dirname(plan["screenshot"]), exist_ok=True)
    driver.save_screenshot(plan["screenshot"])
    # English, at once.
    Select(driver.find_element(By.ID, "lang")).select_by_value("en")
    wait.until(lambda d: d.find_element(By.TAG_NAME, "h1").text == plan["en_title"])
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "section.file .verdict").text == "invalid")
    seen["en_html_lang"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    seen["en_links"] = template_links(driver)


def own_text(driver):
    """What the page itself says, without the diagnostics' messages and
    helps (the report's), the file's name and its contents; and its
    tooltips."""
    text = driver.execute_script("""
        const copy = document.body.cloneNode(true);
        for (const e of copy.querySelectorAll('td.message, td.help, .view, section.file h3')) e.remove();
        return copy.innerText;""")
    tooltips = driver.execute_script(
        "return Array.from(document.querySelectorAll('[title]'))"
        ".filter(e => !e.closest('.view')).map(e => e.title)")
    return text, tooltips


def template_links(driver):
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#tpl-body a")]


def read_card(driver):
    card = driver.find_element(By.CSS_SELECTOR, "section.file")
    cells = card.find_elements(By.CSS_SELECTOR, "table.cells td.bad, table.cells td.warn")
    return {
        "name": card.find_element(By.TAG_NAME, "h3").text,
        "verdict": card.find_element(By.CSS_SELECTOR, ".verdict").text,
        "codes": [r.get_attribute("data-code") for r in card.find_elements(By.CSS_SELECTOR, "tr.diag")],
        "messages": [m.text for m in card.find_elements(By.CSS_SELECTOR, "tr.diag td.message")],
        "places": [m.text for m in card.find_elements(By.CSS_SELECTOR, "tr.diag td.place")],
        "cells": [{"record": c.get_attribute("data-record"), "field": c.get_attribute("data-field"),
                   "text": c.get_attribute("textContent"), "class": c.get_attribute("class")}
                  for c in cells],
        "headers": [h.text for h in card.find_elements(By.CSS_SELECTOR, "table.diags th")],
    }


if __name__ == "__main__":
    main()
