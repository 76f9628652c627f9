"""Raw Kafka bytes -> a validated Event (or coverage Heartbeat), or InvalidEvent
with a bounded reason."""

from __future__ import annotations

from pydantic import ValidationError

from conflictwatch.errors import InvalidEvent, describe_validation_error
from conflictwatch.models import Event, Heartbeat

MAX_EVENT_BYTES = 256 * 1024


def _check_bytes(raw: bytes) -> None:
    if len(raw) > MAX_EVENT_BYTES:
        raise InvalidEvent("too_large", f"{len(raw)} bytes; an event may have at most {MAX_EVENT_BYTES}")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidEvent("not_utf8", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc


def _shape_error(exc: ValidationError) -> InvalidEvent | None:
    """Not JSON, or not a JSON object: the same reasons whatever the model."""
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        return InvalidEvent("not_json", f"not JSON: {first['msg']}")
    if first["type"] == "model_type" and not first["loc"]:
        return InvalidEvent("invalid_event", f"expected a JSON object, got {type(first['input']).__name__}")
    return None


def decode_event(raw: bytes) -> Event:
    _check_bytes(raw)
    try:
        return Event.model_validate_json(raw)
    except ValidationError as exc:
        shape = _shape_error(exc)
        if shape is not None:
            raise shape from exc
        detail = describe_validation_error(exc)
        reason = "event_id_mismatch" if "does not match the event's content" in detail else "invalid_event"
        raise InvalidEvent(reason, detail) from exc


def decode_heartbeat(raw: bytes) -> Heartbeat:
    _check_bytes(raw)
    try:
        return Heartbeat.model_validate_json(raw)
    except ValidationError as exc:
        shape = _shape_error(exc)
        raise (shape or InvalidEvent("invalid_heartbeat", describe_validation_error(exc))) from exc
