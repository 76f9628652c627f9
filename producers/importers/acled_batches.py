"""A dry run of an ACLED export read in columns: the same JSON lines and report as
`read_acled` through `run_import` and `JsonLinesSink`, several times faster.

Arrow's CSV reader (C++) parses the file a block at a time into columns of
strings. In each block every column's distinct values are found (dictionary
encoding) and each distinct place, pair of sides, date, type, figure and outlet
is mapped once, by `RowMapper`'s own caches; an event's JSON line is then
joined, column by column, of the JSON of those parts (`producers.jsonl`'s
layout), its id hashed and its notes written per row. A row the columns do not
decide alone goes through `RowMapper.result`, as in `read_acled`: a type its
notes decide (shelling, agreements, a file without sub_event_type), empty notes,
a refused date, place, figure or side, an unusual timestamp.

Line numbers are counted as csv.reader counts them (a record's line breaks,
`\\r\\n`, `\\r` or `\\n`, inside quotes too). What Arrow reads otherwise than
csv.reader, a blank line (a row of empty cells to Arrow) or a row of another
width or invalid UTF-8 (Arrow stops), sends the rest of the file, from the
block where it is, to `read_acled_rows`; so does a stream that cannot seek.
"""

from __future__ import annotations

import csv
import hashlib
import io
import threading
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, TextIO, TypeVar

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
from numpy.typing import NDArray

from conflictwatch.models import SCHEMA_VERSION, Counts
from conflictwatch.theatres import Theatres, shipped_theatres
from producers.importers.acled import CELLS, PLACE_CELLS, Kind, RowMapper, clean, header_columns, read_acled_rows
from producers.importers.acled_types import by_types_alone, classify, extractor_name
from producers.importers.common import LineBatch, Rejected, RowResult, line_batches
from producers.jsonl import duration_json, event_line, model_json

# Arrow parses 1 MB at a time (it reads several blocks ahead: larger ones cost hundreds
# of MB), and a batch is mapped of some 16,000 rows, a few blocks joined.
_BLOCK = 1 << 20
_ROWS = 1 << 14
_DAY_SECONDS = 86_400
_TIMESTAMP = r"^[0-9]{1,11}(\.0)?$"  # seconds as ACLED or pandas writes them, before the year 5000
_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # a whole second in UTC, as orjson writes it (OPT_UTC_Z)
_EMPTY_NOTES = frozenset({"", "NA", "nan", "NaN", "<NA>"})
_dumps = orjson.dumps
Codes = NDArray[np.int64]
Mask = NDArray[np.bool_]
K = TypeVar("K", bound=Hashable)


class _Irregular(Exception):
    """A block the columns would read otherwise than csv.reader."""


class _Lent(io.RawIOBase):
    """The file as Arrow reads it. Arrow reads ahead on threads of its own and goes on
    reading after its reader is closed; the file must be taken back before it is read
    again from its start (the row reader's turn), else a read still in flight moves it
    past the header."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self._raw = raw
        self._lock = threading.Lock()
        self._lent = True

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        with self._lock:
            if not self._lent:
                return 0  # taken back: the end of the file, as far as Arrow is concerned
            data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def take_back(self) -> None:
        """No read after this one returns, and none still in flight."""
        with self._lock:
            self._lent = False


def acled_batches(handle: TextIO, theatre: str | None = None, theatres: Theatres | None = None) -> Iterator[LineBatch]:
    """The file's rows as batches of JSON lines: read in columns where its bytes can
    be, else (or from where they cannot) by `read_acled_rows`."""
    known = theatres or shipped_theatres()
    done = 0
    raw: IO[bytes] | None = getattr(handle, "buffer", None)
    if raw is not None and raw.seekable():
        try:
            for batch in _Columns(raw, theatre, known).batches():
                done += batch.rows
                yield batch
            return
        except (pa.ArrowInvalid, _Irregular):
            handle.seek(0)
    yield from line_batches(read_acled_rows(handle, theatre, known, skip=done))


def _grouped(reader: pacsv.CSVStreamingReader) -> Iterator[pa.RecordBatch]:
    """The records after the header, some _ROWS at a time."""
    group: list[pa.RecordBatch] = []
    rows = 0
    for number, record in enumerate(reader):
        group.append(record.slice(1) if number == 0 else record)
        rows += group[-1].num_rows
        if rows >= _ROWS:
            yield pa.Table.from_batches(group).combine_chunks().to_batches()[0]
            group, rows = [], 0
    if rows:
        yield pa.Table.from_batches(group).combine_chunks().to_batches()[0]


def _encoded(column: pa.Array | None, rows: int) -> tuple[list[str], Codes]:
    """A column's distinct values and each row's index among them (an absent column is "")."""
    if column is None:
        return [""], np.zeros(rows, np.int64)
    encoded = pc.dictionary_encode(column)
    return encoded.dictionary.to_pylist(), encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)


def _combined(parts: Sequence[tuple[list[str], Codes]], rows: int) -> tuple[list[tuple[str, ...]], Codes]:
    """The distinct combinations of several encoded columns, and each row's index among them."""
    codes = np.zeros(rows, np.int64)
    for values, indices in parts:
        _, codes = np.unique(codes * len(values) + indices, return_inverse=True)
    _, first, codes = np.unique(codes, return_index=True, return_inverse=True)
    columns = [[values[index] for index in indices[first].tolist()] for values, indices in parts]
    keys = list(zip(*columns, strict=True))
    return keys, codes.reshape(rows).astype(np.int64)


def _mapped(make: Callable[[K], Any], keys: Sequence[K]) -> tuple[list[Any], Mask]:
    """Each key mapped by `make`, and whether it was (what it refuses is None and False)."""
    found: list[Any] = []
    for key in keys:
        try:
            found.append(make(key))
        except (Rejected, ValueError):  # the row reader gives the reason (or the error), in its order
            found.append(None)
    return found, np.array([value is not None for value in found], dtype=bool)


def _sided(
    mapper: RowMapper,
    mapped: tuple[list[Any], Mask, list[tuple[str, ...]], Codes],
    side_keys: list[tuple[str, ...]],
    side_codes: Codes,
) -> tuple[list[Any], Mask, Codes]:
    """The places of rows in a country whose war needs its other side named, decided
    with the rows' actors too (`RowMapper.sided_places`), as further distinct places."""
    places, places_ok, place_keys, place_codes = mapped
    at = np.flatnonzero(np.array([place is not None and place.sided for place in places], dtype=bool)[place_codes])
    if not at.size:
        return places, places_ok, place_codes
    width = len(side_keys)
    distinct, inverse = np.unique(place_codes[at] * width + side_codes[at], return_inverse=True)
    extra, extra_ok = _mapped(
        lambda code: mapper.sided_places[(place_keys[code // width], *side_keys[code % width])], distinct.tolist()
    )
    codes = place_codes.copy()
    codes[at] = len(places) + inverse.reshape(-1)
    return places + extra, np.concatenate([places_ok, extra_ok]), codes


def _taken(fragments: Sequence[bytes], codes: Codes) -> pa.Array:
    return pc.take(pa.array(fragments, pa.binary()), pa.array(codes))


def _line_breaks(record: pa.RecordBatch) -> NDArray[np.int64]:
    """Each row's line breaks within its cells, as csv.reader's line_num counts them."""
    breaks = np.zeros(record.num_rows, np.int64)
    for column in record.columns:
        data = column.buffers()[2]
        if data is None:
            continue
        written = data.to_pybytes()  # memchr over the bytes, far quicker than a kernel per value
        if b"\n" in written or b"\r" in written:
            breaks += pc.count_substring_regex(column, "\r\n|\r|\n").to_numpy(zero_copy_only=False)
    return breaks


def _joined(parts: Sequence[pa.Array]) -> pa.Array:
    return pc.binary_join_element_wise(*parts, b"")


def _bytes(lines: pa.Array) -> bytes:
    """The values of a binary array, end to end."""
    _, offsets, data = lines.buffers()
    if data is None or not len(lines):
        return b""
    ends = np.frombuffer(offsets, np.int32)[lines.offset : lines.offset + len(lines) + 1]
    return bytes(data.slice(int(ends[0]), int(ends[-1] - ends[0])).to_pybytes())


class _Columns:
    def __init__(self, raw: IO[bytes], theatre: str | None, theatres: Theatres) -> None:
        self.raw = raw
        self.mapper = RowMapper(theatre, theatres)
        self.at: dict[str, int] = {}

    def batches(self) -> Iterator[LineBatch]:
        start = self.raw.read(_BLOCK)
        self.raw.seek(0)
        first = csv.reader(io.StringIO(start.decode("utf-8", errors="replace"), newline=""))
        header = next(first, [])
        columns = header_columns(header)
        self.at = {name: index for name, index in columns.index.items() if name in CELLS}
        names = [f"c{index}" for index in range(columns.width)]
        lent = _Lent(self.raw)
        reader = pacsv.open_csv(  # the header is its first row, so that it is counted as Arrow reads it
            lent,
            read_options=pacsv.ReadOptions(column_names=names, block_size=_BLOCK),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
        line = first.line_num  # the last line read
        try:
            for records in _grouped(reader):
                batch, line = self.batch(records, line)
                yield batch
        finally:
            reader.close()
            lent.take_back()  # before the file is read again from its start

    def column(self, record: pa.RecordBatch, name: str) -> pa.Array | None:
        index = self.at.get(name)
        return None if index is None else record.column(index)

    def batch(self, record: pa.RecordBatch, line: int) -> tuple[LineBatch, int]:
        """A batch's lines and refusals, and the last line it reaches."""
        rows = record.num_rows
        breaks = _line_breaks(record)
        lines: NDArray[np.int64] = line + 1 + np.arange(rows, dtype=np.int64) + np.cumsum(breaks) - breaks
        self._refuse_blank_lines(record)
        parts = self._parts(record, rows)
        fast = parts.decided & self._plain_stamps(record, rows)
        refused = parts.number_ok & parts.refused & parts.dated  # refused by their types alone, as RowMapper would
        # the notes and the article id are each row's own: written here, or the row is read by RowMapper
        candidates = np.flatnonzero(fast)
        written = self._notes_and_article(record, candidates)
        fast[candidates[[text is None for text in written]]] = False
        chosen = np.flatnonzero(fast)
        ids = _event_ids(parts, chosen)
        occurred = np.array([int(day[0].timestamp()) if day else 0 for day in parts.days], np.int64)
        reported = self._reported(self.column(record, "timestamp"), chosen, occurred[parts.date_codes[chosen]])
        middles = pa.array([text for text in written if text is not None], pa.binary())
        event_lines = _event_lines(parts, chosen, ids, reported, middles)
        rejected = [
            RowResult(int(lines[row]), reason=refusal[0], detail=refusal[1], fatalities=_figure(parts.fatality[row]))
            for row in np.flatnonzero(refused).tolist()
            if (refusal := parts.refusals[parts.kind_codes[row]]) is not None
        ]
        killed = np.maximum(parts.fatality[chosen], 0)
        slow = np.flatnonzero(~fast & ~refused)
        event_lines, ids, killed_list = self._with_rows_read(
            record, slow, lines, chosen, event_lines, ids, killed, rejected
        )
        given = parts.fatality[parts.fatality >= 0]
        batch = LineBatch(
            rows=rows,
            lines=_bytes(event_lines),
            ids=ids,
            killed=killed_list,
            fatalities_in=int(given.sum()) if given.size else None,
            rejected=rejected,
            columnar=True,
        )
        return batch, line + rows + int(breaks.sum())

    def _parts(self, record: pa.RecordBatch, rows: int) -> _Parts:
        """Each column's (or columns') distinct values mapped by RowMapper's caches."""
        mapper = self.mapper
        encoded = {name: _encoded(self.column(record, name), rows) for name in CELLS if name not in _PER_ROW}
        figures, figure_codes = encoded["fatalities"]
        numbers, numbers_ok = _mapped(mapper.numbers.__getitem__, figures)  # -1: none given
        fatalities = [-1 if number is None else int(number) for number in numbers]
        kind_keys, kind_codes = _combined([encoded["event_type"], encoded["sub_event_type"]], rows)
        kinds: list[Kind | None] = [mapper.kinds[key[0], key[1]] for key in kind_keys]
        refusals = [
            None if kind is not None else _refused_by_types(*key) for kind, key in zip(kinds, kind_keys, strict=True)
        ]
        refused = np.array([refusal is not None for refusal in refusals], dtype=bool)[kind_codes]
        undecided = np.flatnonzero(np.array([kind is None for kind in kinds], dtype=bool)[kind_codes] & ~refused)
        if undecided.size:
            self._kinds_by_notes(record, undecided, kind_keys, kind_codes, kinds)
            refusals.extend([None] * (len(kinds) - len(refusals)))
        dates, date_codes = encoded["event_date"]
        days, days_ok = _mapped(mapper.days.__getitem__, dates)
        precisions, precision_codes = encoded["time_precision"]
        place_keys, place_codes = _combined([encoded[name] for name in PLACE_CELLS], rows)
        places, places_ok = _mapped(mapper.places.__getitem__, place_keys)
        side_keys, side_codes = _combined([encoded["actor1"], encoded["actor2"]], rows)
        mapped = (places, places_ok, place_keys, place_codes)
        places, places_ok, place_codes = _sided(mapper, mapped, side_keys, side_codes)
        sides, sides_ok = _mapped(lambda pair: mapper.sides[pair[0], pair[1]], side_keys)
        outlet_names, outlet_codes = encoded["source"]
        outlets, outlets_ok = _mapped(mapper.outlets.__getitem__, outlet_names)
        number_ok = numbers_ok[figure_codes]
        kind_ok = np.array([kind is not None for kind in kinds], dtype=bool)[kind_codes]
        decided = number_ok & kind_ok & days_ok[date_codes] & places_ok[place_codes] & sides_ok[side_codes]
        return _Parts(
            kinds=kinds,
            refusals=refusals,
            kind_codes=kind_codes,
            days=days,
            date_codes=date_codes,
            spans=[mapper.precisions[raw] for raw in precisions],
            precision_codes=precision_codes,
            places=places,
            place_codes=place_codes,
            sides=sides,
            side_codes=side_codes,
            outlets=outlets,
            outlet_codes=outlet_codes,
            figures=[mapper.figures[max(number, 0)] for number in fatalities],
            figure_codes=figure_codes,
            fatality=np.array(fatalities, np.int64)[figure_codes],
            number_ok=number_ok,
            refused=refused,
            dated=np.array([bool(clean(raw)) for raw in dates], dtype=bool)[date_codes],
            decided=decided & outlets_ok[outlet_codes],
        )

    def _plain_stamps(self, record: pa.RecordBatch, rows: int) -> Mask:
        """Rows whose `timestamp` is empty or whole seconds, as `_reported` reads them."""
        stamp = self.column(record, "timestamp")
        if stamp is None:
            return np.ones(rows, dtype=bool)
        plain = pc.or_(pc.equal(stamp, ""), pc.match_substring_regex(stamp, _TIMESTAMP))
        return np.asarray(plain.to_numpy(zero_copy_only=False), dtype=bool)

    def _kinds_by_notes(
        self,
        record: pa.RecordBatch,
        rows: Codes,
        keys: list[tuple[str, ...]],
        codes: Codes,
        kinds: list[Kind | None],
    ) -> None:
        """The types of rows whose notes (or actor1) decide them, added to `kinds` and
        `codes`; a row they refuse is left to RowMapper, which gives the reason."""
        found: dict[Kind, int] = {}
        notes, actors = self._cells(record, "notes", rows), self._cells(record, "actor1", rows)
        for row, note, actor1 in zip(rows.tolist(), notes, actors, strict=True):
            event_type, sub_event_type = (clean(cell) for cell in keys[codes[row]])
            if not event_type:
                continue
            try:
                contract_type, decided_by = classify(event_type, sub_event_type, clean(note), clean(actor1))
            except Rejected:
                continue
            kind = (event_type, sub_event_type, contract_type, decided_by, extractor_name(decided_by))
            if kind not in found:
                found[kind] = len(kinds)
                kinds.append(kind)
            codes[row] = found[kind]

    def _refuse_blank_lines(self, record: pa.RecordBatch) -> None:
        """A blank line is a row of empty cells to Arrow, and no row to csv.reader."""
        empty = pc.equal(record.column(0), "")
        if not pc.any(empty).as_py():
            return
        for column in record.columns[1:]:
            empty = pc.and_(empty, pc.equal(column, ""))
        if pc.any(empty).as_py():
            raise _Irregular("a blank line")

    def _cells(self, record: pa.RecordBatch, name: str, rows: Codes) -> list[str]:
        column = self.column(record, name)
        return [""] * len(rows) if column is None else pc.take(column, pa.array(rows)).to_pylist()

    def _notes_and_article(self, record: pa.RecordBatch, rows: Codes) -> list[bytes | None]:
        """Each row's `"article_id":…,"evidence":…` (without the article id where it has
        none); None where its notes are empty (its evidence is then made up)."""
        written: list[bytes | None] = []
        cells = (self._cells(record, name, rows) for name in ("notes", "event_id_cnty", "data_id"))
        for note, first, second in zip(*cells, strict=True):
            text = note.strip()
            if text in _EMPTY_NOTES:
                written.append(None)
                continue
            article = (clean(first) or clean(second))[:200].rstrip()
            evidence = b'"evidence":' + _dumps(text[:2000])
            written.append(b'"article_id":' + _dumps(article) + b"," + evidence if article else evidence)
        return written

    @staticmethod
    def _reported(stamp: pa.Array | None, rows: Codes, occurred: NDArray[np.int64]) -> pa.Array:
        """reported_at: the upload time, else the day after the event; never before it."""
        seconds = occurred + _DAY_SECONDS
        if stamp is not None:
            cells = pc.replace_substring_regex(pc.take(stamp, pa.array(rows)), r"\.0$", "")
            blank = pc.equal(cells, "")
            given = pc.cast(pc.if_else(blank, "0", cells), pa.int64()).to_numpy(zero_copy_only=False)
            seconds = np.where(blank.to_numpy(zero_copy_only=False), seconds, given)
        written = pc.strftime(pa.array(np.maximum(seconds, occurred), pa.timestamp("s", tz="UTC")), format=_FORMAT)
        return pc.cast(written, pa.binary())

    def _with_rows_read(
        self,
        record: pa.RecordBatch,
        slow: Codes,
        lines: NDArray[np.int64],
        chosen: Codes,
        event_lines: pa.Array,
        ids: list[str],
        killed: NDArray[np.int64],
        rejected: list[RowResult],
    ) -> tuple[pa.Array, list[str], list[int]]:
        """The rows the columns do not decide, read by RowMapper as read_acled reads
        them, and put in their places among the others."""
        if not slow.size:
            return event_lines, ids, killed.tolist()
        taken = record.take(pa.array(slow))
        cells = [[""] * len(slow) if name not in self.at else taken.column(self.at[name]).to_pylist() for name in CELLS]
        made: list[bytes] = []
        made_ids: list[str] = []
        made_killed: list[int] = []
        positions: list[int] = []
        for position, row in zip(slow.tolist(), zip(*cells, strict=True), strict=True):
            result = self.mapper.result(int(lines[position]), row)
            if result.event is None:
                rejected.append(result)
                continue
            made.append(event_line(result.event))
            made_ids.append(result.event.id)
            made_killed.append(result.event.counts.killed or 0)
            positions.append(position)
        rejected.sort(key=lambda result: result.line)
        if not positions:
            return event_lines, ids, killed.tolist()
        order = np.argsort(np.concatenate([chosen, np.array(positions, np.int64)]), kind="stable")
        every = pa.concat_arrays([event_lines, pa.array(made, pa.binary())]).take(pa.array(order))
        every_id = ids + made_ids
        return (
            every,
            [every_id[index] for index in order.tolist()],
            np.concatenate([killed, made_killed])[order].tolist(),
        )


@dataclass(frozen=True)
class _Parts:
    """A batch's distinct types, dates, time precisions, places, sides, outlets and
    figures, each mapped once (None where RowMapper refuses it), and each row's
    index among them (`*_codes`); and what they decide of each row."""

    kinds: list[Kind | None]
    refusals: list[tuple[str, str] | None]  # the reason and detail of types refused whatever the notes
    kind_codes: Codes
    days: list[Any]
    date_codes: Codes
    spans: list[Any]
    precision_codes: Codes
    places: list[Any]
    place_codes: Codes
    sides: list[Any]
    side_codes: Codes
    outlets: list[Any]
    outlet_codes: Codes
    figures: list[tuple[Counts, str]]  # the Counts and the id's counts_key of each figure (none: 0)
    figure_codes: Codes
    fatality: NDArray[np.int64]  # each row's
    number_ok: Mask
    refused: Mask  # rows of types refused whatever their notes
    dated: Mask  # rows with an event_date
    decided: Mask  # rows whose every part the columns map


def _event_ids(parts: _Parts, chosen: Codes) -> list[str]:
    """`event_id_of` the rows' parts, each key joined column by column."""
    kind_at, place_at, date_at = parts.kind_codes[chosen], parts.place_codes[chosen], parts.date_codes[chosen]
    precision_at = parts.precision_codes[chosen]
    is_span = np.array([span is not None for span, _, _ in parts.spans], dtype=bool)[precision_at]
    keys = _joined(
        [
            _taken([place.theatre.encode() + b"\x1f" if place else b"" for place in parts.places], place_at),
            _taken([kind[2].value.encode() + b"\x1f" if kind else b"" for kind in parts.kinds], kind_at),
            _taken([place.key.encode() + b"|" if place else b"" for place in parts.places], place_at),
            _taken([pair[1].encode() + b"|" if pair else b"" for pair in parts.sides], parts.side_codes[chosen]),
            _taken([key.encode() + b"|" for _, key in parts.figures], parts.figure_codes[chosen]),
            _taken([key.encode() + b"\x1f" for _, _, key in parts.spans], precision_at),
            pc.if_else(
                pa.array(is_span),
                _taken([day[2].encode() if day else b"" for day in parts.days], date_at),
                _taken([day[1].encode() if day else b"" for day in parts.days], date_at),
            ),
        ]
    )
    return ["ev_" + hashlib.sha256(key).hexdigest()[:24] for key in keys.to_pylist()]


def _event_lines(parts: _Parts, chosen: Codes, ids: list[str], reported: pa.Array, middles: pa.Array) -> pa.Array:
    """The rows' JSON lines, as `producers.jsonl.event_line` writes their events,
    joined column by column of each distinct part's JSON."""

    def each(fragments: Sequence[bytes], codes: Codes) -> pa.Array:
        return _taken(fragments, codes[chosen])

    head = _dumps({"schema_version": SCHEMA_VERSION, "event_id": ""})[:-2]
    spans, places = parts.spans, parts.places
    return _joined(
        [
            pa.scalar(head, pa.binary()),
            pa.array(ids, pa.binary()),
            each(
                [b'","type":' + _dumps(kind[2]) + b',"theatre":' if kind else b"" for kind in parts.kinds],
                parts.kind_codes,
            ),
            each(
                [_dumps(place.theatre) + b',"occurred_at":"' if place else b"" for place in places], parts.place_codes
            ),
            each([_dumps(day[0], option=orjson.OPT_UTC_Z)[1:] if day else b"" for day in parts.days], parts.date_codes),
            each(
                [b',"time_precision":' + _dumps(precision) + b',"reported_at":"' for _, precision, _ in spans],
                parts.precision_codes,
            ),
            reported,
            each(
                [b'",' + (b'"duration":' + duration_json(span) + b"," if span else b"") for span, _, _ in spans],
                parts.precision_codes,
            ),
            each(
                [
                    b'"location":' + model_json(place.location) + b"," if place and place.location else b""
                    for place in places
                ],
                parts.place_codes,
            ),
            each(
                [b'"actors":' + model_json(pair[0]) + b"," if pair else b"" for pair in parts.sides], parts.side_codes
            ),
            each([b'"counts":' + model_json(counts) + b"," for counts, _ in parts.figures], parts.figure_codes),
            each(
                [b'"source":{"outlet":' + _dumps(name) + b"," if name else b"" for name in parts.outlets],
                parts.outlet_codes,
            ),
            middles,
            each(
                [
                    b',"extractor":' + _dumps(kind[4]) + b',"confidence":1.0}}\n' if kind else b""
                    for kind in parts.kinds
                ],
                parts.kind_codes,
            ),
        ]
    )


_PER_ROW = frozenset({"notes", "event_id_cnty", "data_id", "timestamp"})  # each row's own: not worth encoding


def _refused_by_types(raw_type: str, raw_sub: str) -> tuple[str, str] | None:
    """The reason and detail for which rows of these types are refused whatever their
    notes, if they are (not the exception: its traceback would hold the batch)."""
    event_type, sub_event_type = clean(raw_type), clean(raw_sub)
    if not event_type or not by_types_alone(sub_event_type):
        return None
    try:
        classify(event_type, sub_event_type, "", "")
    except Rejected as refusal:
        return refusal.reason, refusal.detail
    return None


def _figure(value: np.int64) -> int | None:
    return None if value < 0 else int(value)
