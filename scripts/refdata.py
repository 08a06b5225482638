#!/usr/bin/env python3
"""Regenerate the ISO reference lists under schemas/reference/ from pycountry.

    pip install pycountry && python3 scripts/refdata.py

fosx reads the generated CSV files (embedded at build time); this script is only
needed when the ISO lists change. Output is sorted and deterministic.
"""
import csv
import pathlib

import pycountry

OUT = pathlib.Path(__file__).resolve().parent.parent / "schemas" / "reference"

# Codes that are not usable for a submission: testing and "no currency".
SKIP_CURRENCIES = {"XTS", "XXX"}


def write(name, header, rows):
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(sorted(rows))


write("countries.csv", ["code", "name"],
      [(c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries]
      + [("XK", "Kosovo")])
write("currencies.csv", ["code", "name"],
      [(c.alpha_3, c.name) for c in pycountry.currencies if c.alpha_3 not in SKIP_CURRENCIES])
write("languages.csv", ["code", "name"],
      [(l.alpha_2, l.name) for l in pycountry.languages if hasattr(l, "alpha_2")])
