"""Opens dashboards of `fosx summarize` in headless Chromium, for
tests/it/summarize_page.rs: at each window size of the plan, runs axe-core
(tests/page/axe/axe.min.js) and measures the page; writes what it saw as
JSON on stdout. Exits non-zero only when the browser cannot be driven.

Plan (argv[1]): {"pages": [{"path", "titles"}], "axe", "profile"}.
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SIZES = [
    # name, width, height, device scale (a 1366 x 768 laptop at 200 % zoom
    # lays the page out in 683 x 384 CSS pixels).
    ("laptop", 1366, 768, 1),
    ("phone", 390, 844, 2),
    ("zoom-200", 683, 384, 2),
]

MEASURE = r"""
const titles = arguments[0];
const visible = (el) => {
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return r.width > 20 && r.height > 5 && s.visibility !== 'hidden' && s.clip !== 'rect(0px, 0px, 0px, 0px)';
};
// A title is readable without hovering when an element shows all of it,
// visible (not in a tooltip, not hidden for screen readers only).
const shown = titles.filter(t => ![...document.querySelectorAll('li, th, td')]
  .some(el => el.innerText.includes(t) && visible(el)));
const pressed = document.querySelector('.sorter button[aria-pressed="true"]');
pressed.focus();
const ring = getComputedStyle(pressed);
return {
  scrollWidth: document.documentElement.scrollWidth,
  innerWidth: window.innerWidth,
  hiddenTitles: shown,
  focusOutline: [ring.outlineStyle, ring.outlineWidth, ring.outlineColor],
  focusVisible: pressed.matches(':focus-visible'),
  main: document.querySelectorAll('main').length,
};
"""


def main():
    plan = json.load(open(sys.argv[1]))
    axe = open(plan["axe"]).read()
    options = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run",
              "--user-data-dir=" + plan["profile"], "--window-size=1366,768"):
        options.add_argument(a)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    seen = []
    try:
        for page in plan["pages"]:
            for name, width, height, scale in SIZES:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": height, "deviceScaleFactor": scale,
                    "mobile": name == "phone"})
                driver.get("file://" + page["path"])
                driver.execute_script(axe)
                axe_result = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "axe.run(document, {resultTypes: ['violations']})"
                    ".then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id,"
                    " impact: v.impact, nodes: v.nodes.length, target: v.nodes[0].target,"
                    " summary: v.nodes[0].failureSummary}))}))"
                    ".catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: String(e)}]}))")
                measured = driver.execute_script(MEASURE, page["titles"])
                measured.update({"path": page["path"], "size": name,
                                 "violations": axe_result["violations"],
                                 "axePasses": axe_result["passes"]})
                seen.append(measured)
        logs = driver.get_log("browser")
    finally:
        driver.quit()
    json.dump({"pages": seen, "logs": logs}, sys.stdout, ensure_ascii=False)


main()
