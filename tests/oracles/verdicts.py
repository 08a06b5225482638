"""Verdicts of the independent validators on many files in one run.

    python3 verdicts.py ORACLE SCHEMA FILE...

prints a JSON object {file: true|false} (valid or not) on stdout. ORACLE is
`jsonschema` (python jsonschema, Draft 2020-12, formats checked), `xmlschema`
(XSD 1.0) or `frictionless` (Table Schema; files are read relative to the
current directory, as frictionless requires).
"""

import json
import sys


def python_jsonschema(schema_path, files):
    from jsonschema import Draft202012Validator

    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    out = {}
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                instance = json.load(f)
        except (ValueError, UnicodeDecodeError, RecursionError):
            out[path] = False
            continue
        out[path] = not any(True for _ in validator.iter_errors(instance))
    return out


def python_xmlschema(schema_path, files):
    import xmlschema

    schema = xmlschema.XMLSchema10(schema_path)
    out = {}
    for path in files:
        try:
            out[path] = schema.is_valid(path)
        except Exception:  # not well-formed, undecodable
            out[path] = False
    return out


def python_frictionless(schema_path, files):
    from frictionless import Resource, Schema

    with open(schema_path, encoding="utf-8") as f:
        schema = Schema.from_descriptor(json.load(f))
    out = {}
    for path in files:
        report = Resource(path=path, schema=schema).validate()
        out[path] = bool(report.valid)
    return out


ORACLES = {
    "jsonschema": python_jsonschema,
    "xmlschema": python_xmlschema,
    "frictionless": python_frictionless,
}

if __name__ == "__main__":
    oracle, schema_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    json.dump(ORACLES[oracle](schema_path, files), sys.stdout)
