"""`fosx.convert` and `fosx.template` write the bytes the command line writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import fosx
from conftest import AS_OF, ROOT, cli
from test_reports import VALID, submissions

TARGETS = ["json", "xml", "csv", "xlsx"]
# Valid files of every representation, and collections.
CONVERTIBLE = VALID + [
    "fixtures/csv/valid-several-documents.csv",
    "fixtures/csv/valid-windows-1252.csv",
    "fixtures/xml/collection.xml",
    "fixtures/xml/utf-16le.xml",
    "fixtures/xlsx/valid-typed-timetable.xlsx",
]


@pytest.mark.parametrize("to", TARGETS)
@pytest.mark.parametrize("path", CONVERTIBLE)
def test_convert_writes_the_command_lines_bytes(path: str, to: str) -> None:
    run = cli(["convert", path, "--to", to, "--as-of", AS_OF])
    if path == "fixtures/xml/collection.xml" and to in ("csv", "xlsx"):
        # Documents of several types: no CSV (nor a workbook), from either.
        assert run.returncode == 2 and run.stdout == b""
        with pytest.raises(fosx.Error, match="several types"):
            fosx.convert(path, to=to, as_of=AS_OF)
        return
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout, "the command wrote nothing"
    assert fosx.convert(path, to=to, as_of=AS_OF) == run.stdout
    assert fosx.convert((ROOT / path).read_bytes(), to=to, as_of=AS_OF) == run.stdout


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_workbook_is_written_in_the_language_asked(lang: str) -> None:
    path = VALID[0]
    run = cli(["--lang", lang, "convert", path, "--to", "xlsx", "--as-of", AS_OF])
    assert run.returncode == 0, run.stderr.decode()
    assert fosx.convert(path, to="xlsx", as_of=AS_OF, lang=lang) == run.stdout
    assert run.stdout != fosx.convert(path, to="xlsx", as_of=AS_OF)


INVALID = [f for f in submissions("json") if not f.split("/")[-1].startswith("R13-R15-R18")][:12]


@pytest.mark.parametrize("path", INVALID)
def test_an_invalid_file_raises_with_its_report(path: str) -> None:
    run = cli(["convert", path, "--to", "xml", "--as-of", AS_OF])
    assert run.returncode == 1 and run.stdout == b""
    expected = json.loads(cli(["validate", path, "--format", "json", "--as-of", AS_OF]).stdout)
    with pytest.raises(fosx.InvalidSubmission) as raised:
        fosx.convert(path, to="xml", as_of=AS_OF)
    assert raised.value.report.to_dict() == expected
    assert not raised.value.report.valid
    assert isinstance(raised.value, fosx.Error)


def test_strict_refuses_a_file_with_warnings() -> None:
    path = "fixtures/json/R13-R15-R18-warnings-only.json"
    assert cli(["convert", path, "--to", "xml", "--as-of", AS_OF, "--strict"]).returncode == 1
    with pytest.raises(fosx.InvalidSubmission) as raised:
        fosx.convert(path, to="xml", as_of=AS_OF, strict=True)
    assert raised.value.report.summary.errors == 0
    assert raised.value.report.summary.warnings > 0
    plain = cli(["convert", path, "--to", "xml", "--as-of", AS_OF])
    assert fosx.convert(path, to="xml", as_of=AS_OF) == plain.stdout


def test_documents_of_two_types_are_not_written_as_csv(tmp_path: Path) -> None:
    docs = [json.loads((ROOT / p).read_bytes()) for p in VALID if p.endswith(".json")]
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps(docs[:2]))
    run = cli(["convert", str(mixed), "--to", "csv", "--as-of", AS_OF])
    assert run.returncode == 2 and run.stdout == b""
    with pytest.raises(fosx.Error) as raised:
        fosx.convert(mixed, to="csv", as_of=AS_OF)
    assert type(raised.value) is fosx.Error
    # The command's line is `fosx: mixed.json: <the same reason>`.
    assert str(raised.value) in run.stderr.decode()
    assert fosx.convert(mixed, to="json", as_of=AS_OF) == cli(
        ["convert", str(mixed), "--to", "json", "--as-of", AS_OF]
    ).stdout


def test_a_missing_file_is_unreadable() -> None:
    with pytest.raises(fosx.Unreadable):
        fosx.convert("fixtures/no-such-file.json", to="xml", as_of=AS_OF)


def test_a_wrong_target_is_refused() -> None:
    with pytest.raises(ValueError):
        fosx.convert(VALID[0], to="pdf", as_of=AS_OF)


TYPES = ["notification", "timetable", "progress-report"]


@pytest.mark.parametrize("example", [False, True])
@pytest.mark.parametrize("to", TARGETS)
@pytest.mark.parametrize("doc_type", TYPES)
def test_template_writes_the_command_lines_bytes(doc_type: str, to: str, example: bool) -> None:
    run = cli(["template", doc_type, "--to", to] + (["--example"] if example else []))
    assert run.returncode == 0, run.stderr.decode()
    assert fosx.template(doc_type, to, example) == run.stdout
    assert fosx.template(doc_type, to=to, example=example) == run.stdout


def test_a_template_in_french_is_the_command_lines() -> None:
    run = cli(["--lang", "fr", "template", "timetable", "--to", "xml"])
    assert fosx.template("timetable", "xml", lang="fr") == run.stdout
    assert fosx.template("timetable", "xml") != run.stdout


def test_an_example_is_valid() -> None:
    for doc_type in TYPES:
        for to in TARGETS:
            example = fosx.template(doc_type, to, example=True)
            assert fosx.validate(example, as_of=AS_OF).valid, (doc_type, to)


def test_a_wrong_type_is_refused() -> None:
    with pytest.raises(ValueError):
        fosx.template("invoice", "json")
