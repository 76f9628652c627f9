"""A dataset file as a text stream, plain or zipped (as GDELT publishes its
files: `20150218230000.export.CSV.zip` holds `20150218230000.export.CSV`).

A zip is decompressed as it is read, never extracted nor held whole, so
memory stays the same whatever the file's size; its CRC is checked as the
member's end is read. A zip must hold exactly one file.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from producers.importers.common import DatasetError

_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)
_CHUNK = 1 << 20


def is_zip(path: Path) -> bool:
    return path.name.lower().endswith(".zip") or zipfile.is_zipfile(path)


def only_member(archive: zipfile.ZipFile, dataset: str) -> zipfile.ZipInfo:
    """The one file a dataset zip holds; DatasetError when it holds none or several."""
    members = [member for member in archive.infolist() if not member.is_dir()]
    if len(members) != 1:
        names = ", ".join(member.filename for member in members[:5]) or "nothing"
        raise DatasetError(dataset, f"a zip of {len(members)} files ({names}); a dataset zip holds one file")
    return members[0]


@contextlib.contextmanager
def open_text(path: Path, dataset: str) -> Iterator[TextIO]:
    """The file's text (UTF-8, undecodable bytes replaced, newlines as written);
    a zip that cannot be read, or whose data is corrupt, raises DatasetError."""
    if not is_zip(path):
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            yield handle
        return
    try:
        with zipfile.ZipFile(path) as archive, archive.open(only_member(archive, dataset)) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
    except _ZIP_ERRORS as exc:
        raise DatasetError(dataset, f"not a readable zip: {exc or type(exc).__name__}") from exc


def check_zip(path: Path, dataset: str) -> None:
    """Read a zip through once, chunk by chunk, checking its CRC: DatasetError unless
    it is a sound zip of one file. For a reader that must not start what it cannot
    finish (the GDELT follower publishes an export whole or not at all)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(only_member(archive, dataset)) as raw:
            while raw.read(_CHUNK):
                pass
    except _ZIP_ERRORS as exc:
        raise DatasetError(dataset, f"not a readable zip: {exc or type(exc).__name__}") from exc
