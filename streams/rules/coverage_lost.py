"""coverage_lost: no source covers a theatre any more (every feed of it dead, a
scraper blocked), by the watermark; resolved when a heartbeat covers it again.

A theatre that never had a heartbeat is never lost: nobody said it was being
read. Each stretch without coverage that the watermark passed fires once (keyed
by when coverage ended), so a stretch that heartbeats already closed, as in a
replay, fires and resolves at once, as absence does.
"""

from __future__ import annotations

from datetime import datetime

from conflictwatch.models import Alert, AlertStatus, EventType
from streams.rules.base import Rule
from streams.rules.spec import CoverageLostSpec
from streams.rules.text import hours, when
from streams.state import NEVER, NOT_KNOWN, EngineState

LOST = "lost"  # since when the theatre has had no coverage (an alert firing)
CHECKED = "checked"


class CoverageLostRule(Rule[CoverageLostSpec]):
    spec_type = CoverageLostSpec

    def triggers(self) -> frozenset[EventType]:
        return frozenset()

    def watches_watermark(self) -> bool:
        return True

    def watches_coverage(self) -> bool:
        return True

    def on_watermark(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        own, watermark = state.rule_state(theatre, self.id), state.watermark(theatre)
        found = state.coverage_of(theatre)
        checked = own.get(CHECKED, NOT_KNOWN)
        if found is None or watermark <= checked:
            return []  # a theatre without heartbeats is never lost: nothing to note
        alerts: list[Alert] = []
        sources = len(found.sources)
        for lost, back in found.gaps():
            if checked <= lost < watermark:
                summary = (
                    f"Coverage of {theatre} lost at {when(lost)}: none of its {sources} "
                    f"{'source' if sources == 1 else 'sources'} has been read since; a silence there is no lull."
                )
                alerts.append(
                    self.alert(theatre=theatre, key=str(lost), summary=summary, starts_at=lost, emitted_at=emitted_at)
                )
                own[LOST] = lost
                if back != NEVER:
                    alerts.append(self._resolved(state, theatre, lost, back, emitted_at))
        own[CHECKED] = watermark
        state.touch(theatre, self.id)
        return alerts

    def on_coverage(self, state: EngineState, theatre: str, emitted_at: datetime) -> list[Alert]:
        own = state.rule_state(theatre, self.id)
        lost, found = own.get(LOST), state.coverage_of(theatre)
        if lost is None or found is None:
            return []
        back = next((end for start, end in found.gaps() if start == lost), None)
        if back is None:  # a late heartbeat covered the stretch after all: it was never lost
            back = lost
        if back == NEVER:
            return []
        return [self._resolved(state, theatre, lost, back, emitted_at)]

    def _resolved(self, state: EngineState, theatre: str, lost: float, back: float, emitted_at: datetime) -> Alert:
        own = state.rule_state(theatre, self.id)
        own.pop(LOST, None)
        state.touch(theatre, self.id)
        summary = f"Coverage of {theatre} returned at {when(back)} after {hours(back - lost)} without."
        return self.alert(
            theatre=theatre,
            key=str(lost),
            summary=summary,
            starts_at=lost,
            ends_at=back,
            values={"lost_hours": round((back - lost) / 3600, 3)},
            status=AlertStatus.RESOLVED,
            emitted_at=emitted_at,
        )

    def next_due(self, state: EngineState, theatre: str) -> float:
        """Just after coverage next ends (the end of the span covering the time
        checked last, or of any later one)."""
        found = state.coverage_of(theatre)
        if found is None:
            return NEVER
        checked = state.rule_state(theatre, self.id).get(CHECKED, NOT_KNOWN)
        ends = [lost for lost, _ in found.gaps() if lost >= checked]
        return min(ends, default=NEVER) + 1e-6 if ends else NEVER
