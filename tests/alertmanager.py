"""The Alertmanager webhook (version 4) JSON shape, as receivers written for
Alertmanager expect it."""

from __future__ import annotations

ALERTMANAGER_V4_KEYS = {
    "version",
    "groupKey",
    "truncatedAlerts",
    "status",
    "receiver",
    "groupLabels",
    "commonLabels",
    "commonAnnotations",
    "externalURL",
    "alerts",
}
ALERTMANAGER_ALERT_KEYS = {"status", "labels", "annotations", "startsAt", "endsAt", "generatorURL", "fingerprint"}


def assert_alertmanager_v4(body: dict[str, object]) -> None:
    assert set(body) == ALERTMANAGER_V4_KEYS
    assert body["version"] == "4"
    assert body["truncatedAlerts"] == 0
    assert body["status"] in ("firing", "resolved")
    assert isinstance(body["groupKey"], str)
    for name in ("groupLabels", "commonLabels", "commonAnnotations"):
        assert all(isinstance(v, str) for v in body[name].values())  # type: ignore[attr-defined]
    entries = body["alerts"]
    assert isinstance(entries, list)
    assert entries
    for entry in entries:
        assert set(entry) == ALERTMANAGER_ALERT_KEYS
        assert entry["startsAt"].endswith("Z")
        assert all(isinstance(v, str) for v in entry["labels"].values())
