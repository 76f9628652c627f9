"""GDELT 2.0's update list and the exports due after a position.

Every 15 minutes GDELT publishes an export (`<stamp>.export.CSV.zip`, the stamp
YYYYMMDDHHMMSS on the quarter hour) and rewrites `lastupdate.txt`: one line per
file of that quarter hour, "size md5 url" (the export, its mentions, its GKG).
The list names only the newest files, so the exports between a follower's
position and the listed one are found by their stamps, on GDELT's URL pattern;
only the listed export comes with a size and md5 to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from conflictwatch.errors import SourceError

SLOT = timedelta(minutes=15)
STAMP_FORMAT = "%Y%m%d%H%M%S"
_EXPORT = re.compile(r"(\d{14})\.export\.csv\.zip$", re.IGNORECASE)
_MD5 = re.compile(r"[0-9a-f]{32}")


class GdeltError(SourceError):
    """A GDELT update list or export that cannot be used; `kind` says what came of
    it: `missing` (404), `corrupt` (size, md5 or zip), `unreachable` (network,
    other HTTP status), `list` (the update list itself)."""

    def __init__(self, source: str, reason: str, kind: str) -> None:
        super().__init__(source, reason)
        self.kind = kind


@dataclass(frozen=True)
class ExportFile:
    stamp: str  # YYYYMMDDHHMMSS
    url: str
    size: int | None = None  # bytes of the zip, as the list gives them
    md5: str | None = None

    @property
    def at(self) -> datetime:
        return datetime.strptime(self.stamp, STAMP_FORMAT).replace(tzinfo=UTC)


def parse_update_list(text: str, source: str) -> ExportFile:
    """The export a `lastupdate.txt` names; GdeltError (kind `list`) when a line is
    not "size md5 url" or no line names an export."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 3 or not parts[0].isdigit() or not _MD5.fullmatch(parts[1].lower()):
            raise GdeltError(source, f"line {number} is not 'size md5 url': {line[:200]!r}", "list")
        found = _EXPORT.search(parts[2])
        if found:
            return ExportFile(found[1], parts[2], int(parts[0]), parts[1].lower())
    raise GdeltError(source, "names no .export.CSV.zip", "list")


@dataclass(frozen=True)
class Due:
    exports: list[ExportFile]  # oldest first; the listed export last
    given_up: int = 0  # exports further back than the backfill allows
    given_up_from: str | None = None
    given_up_to: str | None = None


def due_exports(position: str | None, listed: ExportFile, backfill: int) -> Due:
    """The exports to fetch after `position` (the stamp of the last one published):
    those the list went past since (at most `backfill` of them, the newest) and the
    listed one. None without a position: a new follower starts at the listed
    export. Nothing when the list names the position or an older export."""
    if position is None:
        return Due([listed])
    if position >= listed.stamp:
        return Due([])
    after = datetime.strptime(position, STAMP_FORMAT).replace(tzinfo=UTC)
    between = max(0, -(-(listed.at - after) // SLOT) - 1)  # quarter hours strictly between the two
    kept = min(between, backfill)
    first_kept = listed.at - kept * SLOT
    missed = [_on_pattern(listed, first_kept + n * SLOT) for n in range(kept)]
    if kept == between:
        return Due([*missed, listed])
    given_up = between - kept
    return Due(
        [*missed, listed],
        given_up,
        (after + SLOT).strftime(STAMP_FORMAT),
        (first_kept - SLOT).strftime(STAMP_FORMAT),
    )


def _on_pattern(listed: ExportFile, at: datetime) -> ExportFile:
    stamp = at.strftime(STAMP_FORMAT)
    head, _, tail = listed.url.rpartition(listed.stamp)
    return ExportFile(stamp, head + stamp + tail)
