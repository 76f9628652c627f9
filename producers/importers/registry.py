"""Every dataset importer, by name: what `conflictwatch import`, and `backtest`'s
reading of files, are built from. Adding a dataset is a module with a reader and
an entry here."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from conflictwatch.theatres import Theatres
from producers.importers.acled import read_acled
from producers.importers.archive import open_text
from producers.importers.common import DatasetError, LineBatch, RowResult, fewer_collections, line_batches
from producers.importers.gdelt import read_gdelt

Reader = Callable[[TextIO, str | None, Theatres | None], Iterator[RowResult]]
BatchReader = Callable[[TextIO, str | None, Theatres | None], Iterator[LineBatch]]


@dataclass(frozen=True)
class Importer:
    name: str
    summary: str  # the `import` command's help
    read: Reader
    suffixes: tuple[str, ...]  # the file names it recognises, lower case
    names: str | None = None  # and the whole names it recognises (a regular expression, lower case)
    batches: BatchReader | None = None  # a dry run's reader, where the dataset has one of its own

    def recognises(self, path: Path) -> bool:
        name = path.name.lower()
        return name.endswith(self.suffixes) or (self.names is not None and re.fullmatch(self.names, name) is not None)

    def rows(
        self, path: Path, theatre: str | None, theatres: Theatres | None, watch: Callable[[TextIO], None] | None = None
    ) -> Iterator[RowResult]:
        """The file's rows as events or reasons (a zip holding one file is read as
        that file); a file that is not this dataset raises DatasetError naming the
        path. `watch` is shown the open file (a progress bar reads its position)."""
        with self._opened(path, watch) as handle:
            yield from self.read(handle, theatre, theatres)

    def line_batches(
        self, path: Path, theatre: str | None, theatres: Theatres | None, watch: Callable[[TextIO], None] | None = None
    ) -> Iterator[LineBatch]:
        """The file's rows as a dry run writes them, in batches of JSON lines: by the
        importer's own batch reader, else `rows` in batches; as `rows` otherwise."""
        with self._opened(path, watch) as handle:
            yield from (self.batches or _in_batches(self.read))(handle, theatre, theatres)

    @contextlib.contextmanager
    def _opened(self, path: Path, watch: Callable[[TextIO], None] | None) -> Iterator[TextIO]:
        try:
            with open_text(path, self.name) as handle, fewer_collections():
                if watch is not None:
                    watch(handle)
                yield handle
        except DatasetError as exc:
            raise DatasetError(exc.dataset, exc.reason, path) from exc


def _in_batches(read: Reader) -> BatchReader:
    return lambda handle, theatre, theatres: line_batches(read(handle, theatre, theatres))


def _acled_batches(handle: TextIO, theatre: str | None, theatres: Theatres | None) -> Iterator[LineBatch]:
    from producers.importers.acled_batches import acled_batches  # pyarrow, loaded by a dry run only (85 MiB)

    return acled_batches(handle, theatre, theatres)


# GDELT's ".export.CSV" before ACLED's ".csv": the first that recognises a file reads it
IMPORTERS: tuple[Importer, ...] = (
    Importer(
        "gdelt",
        "Import a GDELT events file: a 2.0 export or a 1.0 daily or backfile, plain or zipped as published "
        "(tab-separated, 61, 58 or 57 columns); unmappable rows are counted by reason.",
        read_gdelt,
        (".export.csv", ".export.csv.zip", ".tsv", ".gdelt"),
        names=r"(19|20)\d\d(0[1-9]|1[0-2])?\.(csv|zip)",  # the 1.0 backfiles: 1979.zip … 201303.zip
    ),
    Importer(
        "acled",
        "Import an ACLED CSV export; unmappable rows are counted by reason.",
        read_acled,
        (".csv",),
        batches=_acled_batches,
    ),
)


def importer_for(path: Path) -> Importer | None:
    """The importer that reads a file, by its name; None for files of no dataset."""
    return next((i for i in IMPORTERS if i.recognises(path)), None)
