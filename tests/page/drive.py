"""Drives the officers' page in headless Chromium, for tests/it/page.rs.

Reads a JSON plan (argv[1]) and writes what it saw as JSON on stdout; the
Rust test holds it to the CLI's answers. Exits non-zero only when the
browser cannot be driven. The plan's `languages` are the browser's
(English by default); its `scenario` is `es` for a browser in Spanish,
`layout` for the reflow, accessibility and keyboard checks of each window
size and language of the plan; otherwise English then French.
"""
import base64
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains
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
        elif plan.get("scenario") == "layout":
            layout(driver, wait, plan, seen)
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
    wait.until(lambda d: d.find_element(By.ID, "status").text.startswith("1 fichier vérifié."))
    seen["fr_status"] = driver.find_element(By.ID, "status").text
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


def layout(driver, wait, plan, seen):
    """At each window size and language: the page's width before and after
    checking each file, what axe-core finds, the live region, whether the
    verdict is in view, the grid's first marked cell; with many problems,
    the groups, the filter and how many Tab presses reach the downloads."""
    axe = open(plan["axe"]).read()
    seen["runs"] = []
    for width, height in plan["sizes"]:
        driver.set_window_size(width, height)
        for lang in plan["langs"]:
            run = {"size": [width, height], "lang": lang}
            seen["runs"].append(run)
            driver.get(plan["url"] + "?lang=" + lang)
            wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#tpl-body a"))
            run["viewport"] = driver.execute_script("return [window.innerWidth, window.innerHeight]")
            run["before"] = widths(driver)
            run["before_axe"] = run_axe(driver, axe)
            chooser = driver.find_element(By.CSS_SELECTOR, "input[type=file]")
            run["files"] = {}
            for key, path in plan["files"]:
                chooser.clear()
                chooser.send_keys(path)
                name = os.path.basename(path)
                wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "section.file h3").text == name)
                wait.until(lambda d: d.find_element(By.ID, "status").get_attribute("textContent")
                           .find(name) >= 0 or d.find_element(By.ID, "status").text.endswith("."))
                time.sleep(0.3)  # let the page settle its scrolling
                run["files"][key] = looked_at(driver, axe, plan, key, width, lang)
            # The last file has many problems: the keyboard and the filter.
            run["tabs"] = tabs_to_downloads(driver, 40)
            run["skip"] = skip_link(driver)
            run["filter"] = filter_problems(driver)
    seen["console"] = driver.get_log("browser")


def widths(driver):
    return driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]")


def run_axe(driver, axe):
    driver.execute_script(axe)
    driver.set_script_timeout(60)
    return driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
              nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
          .catch(e => done([{id: 'axe-failed', impact: 'critical', nodes: [String(e)]}]));""")


def looked_at(driver, axe, plan, key, width, lang):
    """What one checked file looks like."""
    out = {"after": widths(driver), "scroll_y": driver.execute_script("return window.scrollY")}
    out["status"] = driver.find_element(By.ID, "status").get_attribute("textContent")
    out["verdict_rect"] = driver.execute_script("""
        const r = document.querySelector('section.file .verdict').getBoundingClientRect();
        return [r.top, r.bottom, window.innerHeight];""")
    # The grid's first marked cell: its row number, column letter, and the
    # place and message of the problems marked there.
    out["first_mark"] = driver.execute_script("""
        const td = document.querySelector('table.cells td.bad, table.cells td.warn');
        if (!td) return null;
        const tr = td.parentElement;
        const j = Array.prototype.indexOf.call(tr.children, td);
        const letter = td.closest('table').querySelector('thead tr').children[j];
        const view = td.closest('.view');
        const v = view.getBoundingClientRect(), c = td.getBoundingClientRect();
        const top = view.querySelector('thead').getBoundingClientRect();
        return {row: tr.querySelector('th').textContent, column: letter.textContent,
                field: td.dataset.field, title: td.title,
                in_box: c.top >= top.bottom - 3 && c.top < v.bottom
                        && c.left >= v.left - 1 && c.left < v.right};""")
    out["problems"] = driver.execute_script("""
        return Array.from(document.querySelectorAll('section.file .diag')).map(r => ({
          code: r.dataset.code,
          place: (r.querySelector('.place') || {}).textContent,
          message: (r.querySelector('.message') || {}).textContent}));""")
    out["views"] = driver.execute_script("""
        return Array.from(document.querySelectorAll('section.file .view')).map(v => ({
          role: v.getAttribute('role'), label: v.getAttribute('aria-label'),
          tabindex: v.getAttribute('tabindex')}));""")
    out["corner"] = driver.execute_script("""
        const c = document.querySelector('table.cells thead th');
        return c ? c.textContent : null;""")
    out["downloads"] = driver.execute_script("""
        return Array.from(document.querySelectorAll('section.file .downloads button, section.file .downloads a'))
          .map(b => b.textContent);""")
    out["template_names"] = driver.execute_script("""
        return Array.from(document.querySelectorAll('#tpl-body a'))
          .map(a => a.getAttribute('aria-label') || a.textContent);""")
    out["groups"] = driver.execute_script("""
        return Array.from(document.querySelectorAll('section.file details.group > summary'))
          .map(s => s.textContent);""")
    out["axe"] = run_axe(driver, axe)
    shot = os.path.join(plan["artifacts"], "page-%s-%d-%s.png" % (key, width, lang))
    os.makedirs(plan["artifacts"], exist_ok=True)
    driver.save_screenshot(shot)
    out["screenshot"] = shot
    full_page(driver, shot.replace(".png", "-full.png"))
    return out


def full_page(driver, path):
    """A screenshot of the whole page, not only the window."""
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000), "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def tabs_to_downloads(driver, most):
    """Real Tab presses from the top of the page until a download of the
    results has the focus: how many, and what each reached."""
    top(driver)
    reached = []
    for i in range(1, most + 1):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        what = driver.execute_script("""
            const e = document.activeElement;
            // The ring's colour and the background it is drawn on: that of
            // the box just beside the element, or the nearest around it
            // with a background.
            const r = e.getBoundingClientRect();
            const x = r.left >= 4 ? r.left - 4 : r.right + 4;
            const beside = document.elementsFromPoint(x, r.top + r.height / 2)
              .find(b => b !== e && !e.contains(b));
            let under = beside || e.parentElement, bg = 'rgb(255, 255, 255)';
            for (; under; under = under.parentElement) {
              const c = getComputedStyle(under).backgroundColor;
              if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
            }
            const s = getComputedStyle(e);
            return [e.tagName, e.id, e.className, (e.textContent || '').trim().slice(0, 60),
                    !!e.closest('section.file .downloads'),
                    s.outlineStyle + ' ' + s.outlineWidth, s.outlineColor, bg];""")
        reached.append(what)
        if what[4]:
            return {"count": i, "reached": reached}
    return {"count": None, "reached": reached}


def top(driver):
    """The keyboard's starting point at the top of the page: the focus on
    an element before everything else, which Tab leaves and never finds
    again."""
    driver.execute_script("""
        window.scrollTo(0, 0);
        let s = document.getElementById('top-start');
        if (!s) {
          s = document.createElement('span'); s.tabIndex = -1; s.id = 'top-start';
          document.body.prepend(s);
        }
        s.focus();""")


def skip_link(driver):
    """The skip link to the downloads: Tab to it from the top, Enter: where
    the focus goes."""
    links = driver.find_elements(By.CSS_SELECTOR, "a.skip")
    if not links:
        return None
    top(driver)
    ActionChains(driver).send_keys(Keys.TAB).perform()
    first = driver.execute_script("return document.activeElement.className")
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    time.sleep(0.2)
    ActionChains(driver).send_keys(Keys.TAB).perform()
    return {"first": first, "text": links[0].get_attribute("textContent"),
            "then": driver.execute_script(
                "return !!document.activeElement.closest('section.file .downloads')")}


def filter_problems(driver):
    """Shown problems by the filter: all, warnings only, one code."""
    sev = driver.find_elements(By.CSS_SELECTOR, "section.file select.filter-severity")
    code = driver.find_elements(By.CSS_SELECTOR, "section.file select.filter-code")
    if not sev or not code:
        return None
    shown = "return document.querySelectorAll('section.file .diag:not([hidden])').length"
    out = {"all": driver.execute_script(shown)}
    Select(sev[0]).select_by_value("warning")
    out["warnings"] = driver.execute_script(shown)
    Select(sev[0]).select_by_value("")
    Select(code[0]).select_by_value("FOS-S06")
    out["FOS-S06"] = driver.execute_script(shown)
    out["codes"] = [o.get_attribute("value") for o in Select(code[0]).options]
    return out


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
