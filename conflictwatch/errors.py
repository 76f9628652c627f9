"""Every failure a user can meet, named, carrying its data.

    ConflictwatchError
     ├── ConfigError          a setting has a bad value (names the env var and value)
     ├── InvalidEvent         a message is not a valid event (reason, detail)
     ├── RuleError            a rule file is invalid (file, rule id, field, message)
     └── ServiceError         a dependency could not be started or reached

They are caught at the edges (CLI, dead-letter path) and turned into messages.
"""

from __future__ import annotations

from pydantic import ValidationError

_MAX_ERRORS_SHOWN = 5


class ConflictwatchError(Exception):
    """Base of every error conflictwatch raises on purpose."""


class ConfigError(ConflictwatchError):
    def __init__(self, problems: list[tuple[str, str, str]]) -> None:
        self.problems = problems
        lines = [f"{key}={value!r}: {message}" for key, value, message in problems]
        super().__init__("invalid configuration:\n  " + "\n  ".join(lines))


class InvalidEvent(ConflictwatchError):
    """`reason` is a short, bounded label (for metrics); `detail` says what to fix."""

    def __init__(self, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}")


class ServiceError(ConflictwatchError):
    pass


def describe_validation_error(exc: ValidationError) -> str:
    """Pydantic errors as 'field.path: message' parts a user can act on."""
    errors = exc.errors()
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'event'}: {e['msg']}" for e in errors[:_MAX_ERRORS_SHOWN]]
    if len(errors) > _MAX_ERRORS_SHOWN:
        parts.append(f"… and {len(errors) - _MAX_ERRORS_SHOWN} more")
    return "; ".join(parts)


class RuleError(ConflictwatchError):
    """A rule file that cannot be used: where (file, rule id, field) and why."""

    def __init__(self, file: str, rule_id: str | None, field: str | None, message: str) -> None:
        self.file = file
        self.rule_id = rule_id
        self.field = field
        self.message = message
        where = file
        if rule_id:
            where += f": rule {rule_id!r}"
        if field:
            where += f", field {field!r}"
        super().__init__(f"{where}: {message}")
