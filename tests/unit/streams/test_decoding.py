from __future__ import annotations

import json

import pytest

from conflictwatch.errors import InvalidEvent
from streams.decoding import MAX_EVENT_BYTES, decode_event
from tests.factories import event


def valid_json() -> dict[str, object]:
    data: dict[str, object] = json.loads(event().model_dump_json())
    return data


@pytest.mark.parametrize(
    ("raw", "reason", "detail"),
    [
        (b'{"type": ', "not_json", "not JSON"),
        (b"\xff\xfe\x00", "not_utf8", "not UTF-8"),
        (b"[1, 2]", "invalid_event", "expected a JSON object, got list"),
        (b"[" * 100_000 + b"]" * 100_000, "not_json", "not JSON"),
        (b" " * (MAX_EVENT_BYTES + 1), "too_large", "at most"),
        (json.dumps(valid_json() | {"counts": {"killed": "many"}}).encode(), "invalid_event", "counts.killed"),
        (json.dumps(valid_json() | {"event_id": "ev_" + "1" * 24}).encode(), "event_id_mismatch", "expected ev_"),
        (b'{"type": "rocket_fire", "counts": {"killed": NaN}}', "invalid_event", "theatre"),
    ],
)
def test_bad_messages_get_a_bounded_reason_and_a_detail_to_act_on(raw: bytes, reason: str, detail: str) -> None:
    with pytest.raises(InvalidEvent) as caught:
        decode_event(raw)
    assert caught.value.reason == reason
    assert detail in caught.value.detail


def test_a_valid_event_decodes_with_its_computed_id() -> None:
    original = event()
    assert decode_event(original.model_dump_json().encode()) == original
