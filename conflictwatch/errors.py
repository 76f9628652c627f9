"""Every failure a user can meet, named, carrying its data.

    ConflictwatchError
     ├── ConfigError          a setting has a bad value (names the env var and value)
     ├── TheatresError        a theatres file cannot be used (file, theatre, what to fix)   conflictwatch.theatres
     ├── InvalidEvent         a message is not a valid event (reason, detail)
     ├── RuleError            a rule file is invalid (file, rule id, field, message)
     ├── ServiceError         a dependency could not be started or reached
     ├── UnsafeWebhookURL     a webhook URL is not http(s) or reaches a non-public address (url, address)
     ├── NotFound             an API resource does not exist (kind, id)
     ├── DeliveryInProgress   a delivery cannot be resent while it is pending (delivery id)
     ├── SubscriptionDisabled a disabled subscription cannot deliver (subscription id, reason)
     ├── ApiError             the API refused a CLI request (status, message)
     ├── DatasetError         a file is not the dataset it claims (dataset, reason, path)   producers.importers.common
     └── SourceError          something read from a file, URL or stream is unusable (source, reason)
          ├── ArticleError    an article cannot be read, dated or placed                    producers.articles
          │    └── ExtractorFailure  the extractor failed on an article (a bug)              producers.articles
          ├── FeedError       a feed cannot be fetched or parsed                            producers.feed
          ├── GdeltError      a GDELT update list or export cannot be fetched or used       producers.gdelt_updates
          ├── CorpusError     a real-report label or text is invalid                        producers.corpus
          └── GoldError       a gold article or its labels are invalid                      producers.scoring

Errors of one part live beside the code that raises them (the module named on the
right); `tests/unit/conflictwatch/test_errors_tree.py` keeps this tree complete.
They are caught at the edges (CLI, API, dead-letter path) and turned into
messages, 4xx responses or dead-letter records.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

_MAX_ERRORS_SHOWN = 5
# A URL's user name and password: from after `scheme://` to the authority's last '@'.
_USERINFO = re.compile(r"^([^:/?#]*://)[^/?#]*@")


class ConflictwatchError(Exception):
    """Base of every error conflictwatch raises on purpose."""


class SourceError(ConflictwatchError):
    """Something read from a file, a URL or a stream (`source`) that cannot be used, and why."""

    def __init__(self, source: object, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


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


class UnsafeWebhookURL(ConflictwatchError):
    """`address` is the resolved address refused (None when the URL itself is the
    problem); `reason` says what kind of address or URL it is. `url` is the URL as
    messages and logs may show it: without a user name or password, control
    characters escaped."""

    def __init__(self, url: str, address: str | None, reason: str) -> None:
        self.url = repr(_USERINFO.sub(r"\1***@", url))[1:-1]
        self.address = address
        self.reason = reason
        if address is None:
            super().__init__(f"webhook URL refused: {self.url}: {reason}")
        else:
            super().__init__(
                f"webhook URL refused: {self.url} resolves to {address}, {reason}. Use a public http(s) URL, or "
                f"ask the operator to add the host or its network to CONFLICTWATCH_WEBHOOK_ALLOW"
            )


class NotFound(ConflictwatchError):
    """`listing` is where the existing ones are listed, for the message."""

    def __init__(self, kind: str, id: str, listing: str) -> None:
        self.kind = kind
        self.id = id
        super().__init__(f"no {kind} with id {id!r}; {listing} lists the existing ones")


class DeliveryInProgress(ConflictwatchError):
    def __init__(self, delivery_id: str) -> None:
        self.delivery_id = delivery_id
        super().__init__(f"delivery {delivery_id} is still pending; resend it once it is delivered or dead-lettered")


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


class SubscriptionDisabled(ConflictwatchError):
    def __init__(self, subscription_id: str, reason: str | None) -> None:
        self.subscription_id = subscription_id
        self.reason = reason
        super().__init__(
            f"subscription {subscription_id} is disabled ({reason}); fix the endpoint, then re-enable it with "
            f'PATCH /v1/subscriptions/{subscription_id} {{"enabled": true}}'
        )


class ApiError(ConflictwatchError):
    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(f"the API answered {status}: {message}" if status else message)
