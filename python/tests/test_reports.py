"""`fosx.validate` gives, field for field, the report of
`fosx validate --format json` for the same file."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import List

import pytest

import fosx
from conftest import AS_OF, ROOT, cli

SUBMISSIONS = (".json", ".xml", ".csv", ".xlsx", ".xls", ".ods")


def submissions(folder: str) -> List[str]:
    """The submission files below a fixtures folder, relative to the root."""
    base = ROOT / "fixtures" / folder
    return sorted(
        str(p.relative_to(ROOT)) for p in base.rglob("*") if p.suffix in SUBMISSIONS and p.is_file()
    )


VALID = submissions("valid")
FIXTURES = [
    f
    for folder in ("valid", "json", "xml", "csv", "xlsx", "sheet", "hostile")
    for f in submissions(folder)
]


def cli_report(path: str, *extra: str) -> tuple[int, dict]:
    run = cli(["validate", path, "--format", "json", "--as-of", AS_OF, *extra])
    assert run.returncode in (0, 1, 2), run.stderr.decode()
    return run.returncode, json.loads(run.stdout)


def test_the_fixtures_are_found() -> None:
    # Nine specification examples, and well over a hundred other fixtures.
    assert len(VALID) == 9
    assert len(FIXTURES) > 150


@pytest.mark.parametrize("path", FIXTURES)
def test_a_path_gives_the_command_lines_report(path: str) -> None:
    code, expected = cli_report(path)
    if code == 2:
        with pytest.raises(fosx.Unreadable) as raised:
            fosx.validate(path, as_of=AS_OF)
        assert raised.value.report.to_dict() == expected
        return
    report = fosx.validate(path, as_of=AS_OF)
    assert report.to_dict() == expected
    assert report.valid == (code == 0)


@pytest.mark.parametrize("path", FIXTURES)
def test_bytes_give_the_command_lines_report(path: str) -> None:
    code, expected = cli_report(path)
    data = (ROOT / path).read_bytes()
    if code == 2:
        # Only a file that cannot be opened is unreadable; its bytes can be read.
        pytest.skip("the command line could not read this file")
    report = fosx.validate(data, name=path, as_of=AS_OF)
    assert report.to_dict() == expected


@pytest.mark.parametrize("path", VALID)
def test_the_specification_examples_are_valid(path: str) -> None:
    report = fosx.validate(Path(path), as_of=datetime.date(2026, 11, 28))
    assert report.valid
    assert report.files[0].diagnostics == ()
    assert report.files[0].file == path
    assert report.as_of == AS_OF


@pytest.mark.parametrize(
    "path",
    ["fixtures/json/S04-status-typo.json", "fixtures/csv/S04-bad-stakeholder.csv", "fixtures/xml/s-values.xml"],
)
@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_language_follows_lang_as_on_the_command_line(path: str, lang: str) -> None:
    if not (ROOT / path).exists():
        pytest.fail(f"{path} is gone: choose another fixture")
    _, expected = cli_report(path, "--lang", lang)
    assert fosx.validate(path, as_of=AS_OF, lang=lang).to_dict() == expected


def test_strict_counts_warnings_as_the_command_line_does() -> None:
    path = "fixtures/json/R13-R15-R18-warnings-only.json"
    code, expected = cli_report(path, "--strict")
    assert code == 1
    report = fosx.validate(path, as_of=AS_OF, strict=True)
    assert report.to_dict() == expected
    assert not report.valid and report.strict
    assert fosx.validate(path, as_of=AS_OF).valid


def test_a_diagnostic_reads_as_attributes() -> None:
    report = fosx.validate("fixtures/csv/S04-bad-stakeholder.csv", as_of=AS_OF)
    raw = report.to_dict()["files"][0]["diagnostics"][0]
    d = report.files[0].diagnostics[0]
    assert (d.code, d.severity, d.message, d.help) == (
        raw["code"], raw["severity"], raw["message"], raw.get("help"),
    )
    assert (d.line, d.column, d.record, d.row, d.column_letter, d.field) == (
        raw["line"], raw["column"], raw["record"], raw["row"], raw["columnLetter"], raw["field"],
    )
    assert d.code == "FOS-S04" and d.record == 1 and d.field is not None
    assert (d.path, d.document_index) == (raw["path"], raw["documentIndex"])
    assert report.summary.errors == raw_summary(report)["errors"]


def raw_summary(report: fosx.Report) -> dict:
    return report.to_dict()["summary"]


def test_to_dict_is_a_copy() -> None:
    report = fosx.validate(VALID[0], as_of=AS_OF)
    report.to_dict()["files"].clear()
    assert len(report.to_dict()["files"]) == 1


def test_a_missing_file_is_unreadable() -> None:
    code, expected = cli_report("fixtures/no-such-file.json")
    assert code == 2
    with pytest.raises(fosx.Unreadable) as raised:
        fosx.validate("fixtures/no-such-file.json", as_of=AS_OF)
    assert raised.value.report.to_dict() == expected
    assert raised.value.report.files[0].diagnostics[0].code == "FOS-IO"


def test_bytes_without_a_name_are_called_bytes() -> None:
    report = fosx.validate((ROOT / VALID[0]).read_bytes(), as_of=AS_OF)
    assert report.files[0].file == "<bytes>"
    assert fosx.validate(bytearray(b"{"), as_of=AS_OF).files[0].diagnostics[0].code == "FOS-P01"


def test_today_is_todays_date_in_utc() -> None:
    before = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    report = fosx.validate(VALID[0], as_of="today")
    after = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    assert report.as_of in (before, after)


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"as_of": "28/11/2026"}, ValueError),
        ({"as_of": datetime.datetime(2026, 11, 28)}, TypeError),
        ({"as_of": 20261128}, TypeError),
        ({"as_of": AS_OF, "lang": "de"}, ValueError),
    ],
)
def test_wrong_arguments_are_refused(kwargs: dict, error: type) -> None:
    with pytest.raises(error):
        fosx.validate(VALID[0], **kwargs)


def test_as_of_is_required() -> None:
    with pytest.raises(TypeError):
        fosx.validate(VALID[0])  # type: ignore[call-arg]


def test_data_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError):
        fosx.validate(12, as_of=AS_OF)  # type: ignore[arg-type]
