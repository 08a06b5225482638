"""Validate and convert WCO E-Commerce Framework of Standards submissions.

The checks are fosx's own (the Rust library the ``fosx`` command runs):
a report here is, field for field, the JSON report that
``fosx validate --format json`` writes for the same file
(``docs/spec/report.md``), as Python objects.

Inputs: ``bytes`` (or ``bytearray``, ``memoryview``) are the content of a
file; a ``str`` or an ``os.PathLike`` is the path of a file, which is read
(never modified). A ``str`` is never taken for content.

The reference date of rule R05 (no submission dated after it) is always
given: ``as_of`` is a ``datetime.date``, ``"YYYY-MM-DD"``, or ``"today"`` for
today's date in UTC; the report echoes it in ``as_of``.

The interpreter lock is released while a file is read and checked, so
threads check files side by side.
"""

from __future__ import annotations

import copy
import datetime
import json
import os
from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple, Union

from . import _native

__all__ = [
    "Data",
    "DateLike",
    "Diagnostic",
    "DocumentReport",
    "Error",
    "FileReport",
    "Fix",
    "InvalidSubmission",
    "Related",
    "Report",
    "Summary",
    "Unreadable",
    "__version__",
    "convert",
    "template",
    "validate",
]

__version__: str = _native.VERSION

#: A file's content (bytes) or its path (str, os.PathLike).
Data = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]
#: The reference date: a date, ``"YYYY-MM-DD"`` or ``"today"`` (UTC).
DateLike = Union[datetime.date, str]


@dataclass(frozen=True)
class Related:
    """A secondary place of a diagnostic (R16's first row, say)."""

    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Fix:
    """The replacement that would repair a diagnostic (``docs/spec/fix.md``)."""

    path: str
    value: Any
    certain: bool


@dataclass(frozen=True)
class Diagnostic:
    """One problem, with its stable code and its place.

    ``record``, ``row``, ``column_letter`` and ``field`` are given for CSV
    (and workbooks) only; ``path``, ``document_index`` and ``document_id``
    when the problem belongs to a document. Absent values are ``None``.
    """

    code: str
    severity: str
    message: str
    help: Optional[str] = None
    line: Optional[int] = None
    column: Optional[int] = None
    record: Optional[int] = None
    row: Optional[int] = None
    column_letter: Optional[str] = None
    field: Optional[str] = None
    path: Optional[str] = None
    document_index: Optional[int] = None
    document_id: Optional[str] = None
    related: Tuple[Related, ...] = ()
    fix: Optional[Fix] = None

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> Diagnostic:
        fix = d.get("fix")
        return cls(
            code=d["code"],
            severity=d["severity"],
            message=d["message"],
            help=d.get("help"),
            line=d.get("line"),
            column=d.get("column"),
            record=d.get("record"),
            row=d.get("row"),
            column_letter=d.get("columnLetter"),
            field=d.get("field"),
            path=d.get("path"),
            document_index=d.get("documentIndex"),
            document_id=d.get("documentId"),
            related=tuple(Related(**r) for r in d.get("related", ())),
            fix=Fix(fix["path"], fix["value"], fix["certain"]) if fix else None,
        )


@dataclass(frozen=True)
class DocumentReport:
    """The verdict on one document of a file."""

    index: int
    document_id: Optional[str]
    document_type: Optional[str]
    valid: bool


@dataclass(frozen=True)
class FileReport:
    """The verdict on one file: its documents and every diagnostic."""

    file: str
    representation: Optional[str]
    encoding: Optional[str]
    valid: bool
    documents: Tuple[DocumentReport, ...]
    diagnostics: Tuple[Diagnostic, ...]

    @classmethod
    def _of(cls, f: Dict[str, Any]) -> FileReport:
        return cls(
            file=f["file"],
            representation=f["representation"],
            encoding=f["encoding"],
            valid=f["valid"],
            documents=tuple(
                DocumentReport(d["index"], d["documentId"], d["documentType"], d["valid"])
                for d in f["documents"]
            ),
            diagnostics=tuple(Diagnostic._of(d) for d in f["diagnostics"]),
        )


@dataclass(frozen=True)
class Summary:
    """Totals over the files of a report."""

    files: int
    valid_files: int
    invalid_files: int
    unreadable_files: int
    documents: int
    errors: int
    warnings: int


class Report:
    """The JSON report of ``docs/spec/report.md`` (``reportVersion`` 1).

    Its keys are attributes in Python's spelling (``as_of`` for ``asOf``,
    ``column_letter`` for ``columnLetter``); ``to_dict()`` gives the JSON
    object itself, equal to what ``fosx validate --format json`` writes.
    """

    __slots__ = (
        "_dict",
        "report_version",
        "tool",
        "spec_version",
        "as_of",
        "strict",
        "files",
        "summary",
    )

    report_version: int
    tool: str
    spec_version: str
    as_of: str
    strict: bool
    files: Tuple[FileReport, ...]
    summary: Summary

    def __init__(self, json_text: str) -> None:
        d = json.loads(json_text)
        self._dict: Dict[str, Any] = d
        self.report_version = d["reportVersion"]
        self.tool = d["tool"]
        self.spec_version = d["specVersion"]
        self.as_of = d["asOf"]
        self.strict = d["strict"]
        self.files = tuple(FileReport._of(f) for f in d["files"])
        s = d["summary"]
        self.summary = Summary(
            files=s["files"],
            valid_files=s["validFiles"],
            invalid_files=s["invalidFiles"],
            unreadable_files=s["unreadableFiles"],
            documents=s["documents"],
            errors=s["errors"],
            warnings=s["warnings"],
        )

    @property
    def valid(self) -> bool:
        """Whether every file is valid (in strict mode, without warnings too)."""
        return all(f.valid for f in self.files)

    @property
    def diagnostics(self) -> Tuple[Diagnostic, ...]:
        """Every diagnostic of every file, in order."""
        return tuple(d for f in self.files for d in f.diagnostics)

    def to_dict(self) -> Dict[str, Any]:
        """The report as the JSON object of ``docs/spec/report.md`` (a copy)."""
        return copy.deepcopy(self._dict)

    def __repr__(self) -> str:
        names = ", ".join(f.file for f in self.files)
        s = self.summary
        return f"<fosx.Report {names}: valid={self.valid} errors={s.errors} warnings={s.warnings}>"


class Error(Exception):
    """What fosx raises (besides ``ValueError`` and ``TypeError`` for a wrong argument)."""


class InvalidSubmission(Error):
    """The file is invalid, so it was not converted: ``.report`` says why."""

    def __init__(self, report: Report) -> None:
        self.report = report
        s = report.summary
        name = report.files[0].file if report.files else ""
        super().__init__(f"{name}: invalid (errors: {s.errors}, warnings: {s.warnings})")


class Unreadable(Error):
    """The file could not be read at all (``FOS-IO``, the command's exit code 2).

    ``.report`` holds its one ``FOS-IO`` diagnostic, which says why.
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        diags = report.diagnostics
        why = diags[0].message if diags else "could not be read"
        super().__init__(why)


def _date(as_of: DateLike) -> str:
    if isinstance(as_of, datetime.datetime):
        raise TypeError("as_of: give a datetime.date, not a datetime (which day would it be?)")
    if isinstance(as_of, datetime.date):
        return as_of.isoformat()
    if isinstance(as_of, str):
        return as_of
    raise TypeError(f"as_of: expected a datetime.date or a str, got {type(as_of).__name__}")


def _source(data: Data) -> Tuple[Optional[bytes], Optional[str]]:
    """``(content, None)`` for bytes, ``(None, path)`` for a path."""
    if isinstance(data, bytes):
        return data, None
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data), None
    if isinstance(data, (str, os.PathLike)):
        path = os.fspath(data)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        return None, path
    raise TypeError(
        "data: expected bytes (the content) or a str or os.PathLike (a path), "
        f"got {type(data).__name__}"
    )


def validate(
    data: Data,
    *,
    as_of: DateLike,
    name: Optional[str] = None,
    lang: str = "en",
    strict: bool = False,
) -> Report:
    """Checks one file and returns its report.

    ``data`` is the content (bytes) or a path (str, os.PathLike), read as
    ``fosx validate PATH`` reads it. ``name`` is what the report calls the
    file (default: the path as given, or ``"<bytes>"``). ``as_of`` is the
    reference date of R05 (``"today"`` is today in UTC). ``lang`` is the
    language of messages (``en``, ``fr``, ``es``); ``strict`` makes warnings
    count as errors.

    Raises ``Unreadable`` when a path cannot be read at all, ``ValueError``
    for a wrong date, language or type.
    """
    content, path = _source(data)
    day = _date(as_of)
    if content is not None:
        text, unreadable = _native.validate_bytes(content, name, day, lang, strict)
    else:
        text, unreadable = _native.validate_path(path, name, day, lang, strict)
    report = Report(text)
    if unreadable:
        raise Unreadable(report)
    return report


def convert(
    data: Data,
    *,
    to: str,
    as_of: DateLike,
    name: Optional[str] = None,
    lang: str = "en",
    strict: bool = False,
) -> bytes:
    """Checks one file and returns its canonical form in ``to``.

    ``to`` is ``json``, ``xml``, ``csv`` or ``xlsx``; the bytes are those
    ``fosx convert INPUT --to TO`` writes. ``data``, ``name``, ``as_of``,
    ``lang`` and ``strict`` are as for ``validate`` (``strict`` refuses a
    file with warnings; ``lang`` is the language of a workbook's sheets and
    of the report).

    Raises ``InvalidSubmission`` (with ``.report``) when the file is
    invalid, ``Unreadable`` when it cannot be read, ``Error`` when its
    documents cannot be written in ``to`` (documents of several types to
    CSV), ``ValueError`` for a wrong argument.
    """
    content, path = _source(data)
    day = _date(as_of)
    if content is not None:
        kind, payload = _native.convert_bytes(content, name, to, day, lang, strict)
    else:
        kind, payload = _native.convert_path(path, name, to, day, lang, strict)
    return _outcome(kind, payload)


def template(type: str, to: str = "json", example: bool = False, *, lang: str = "en") -> bytes:
    """A ready-to-fill file of a document type, as ``fosx template`` writes it.

    ``type`` is ``notification``, ``timetable`` or ``progress-report``;
    ``to`` is ``json``, ``xml``, ``csv`` or ``xlsx``; ``example=True`` gives
    a complete, valid example instead; ``lang`` is the language of the
    comments and of a workbook.
    """
    kind, payload = _native.template_bytes(type, to, example, lang)
    return _outcome(kind, payload)


def _outcome(kind: str, payload: Union[bytes, str]) -> bytes:
    if kind == "ok":
        assert isinstance(payload, bytes)
        return payload
    assert isinstance(payload, str)
    if kind == "invalid":
        raise InvalidSubmission(Report(payload))
    if kind == "unreadable":
        raise Unreadable(Report(payload))
    raise Error(payload)

