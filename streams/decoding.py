"""Raw Kafka bytes -> a validated Event, or InvalidEvent with a bounded reason."""

from __future__ import annotations

import json

from pydantic import ValidationError

from conflictwatch.errors import InvalidEvent, describe_validation_error
from conflictwatch.models import Event

MAX_EVENT_BYTES = 256 * 1024


def decode_event(raw: bytes) -> Event:
    if len(raw) > MAX_EVENT_BYTES:
        raise InvalidEvent("too_large", f"{len(raw)} bytes; an event may have at most {MAX_EVENT_BYTES}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidEvent("not_utf8", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InvalidEvent("not_json", f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidEvent("invalid_event", f"expected a JSON object, got {type(data).__name__}")
    try:
        return Event.model_validate(data)
    except ValidationError as exc:
        detail = describe_validation_error(exc)
        reason = "event_id_mismatch" if "does not match the event's content" in detail else "invalid_event"
        raise InvalidEvent(reason, detail) from exc
