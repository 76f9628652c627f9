"""One settings object, read from `CONFLICTWATCH_*` environment variables.

Every command (worker, producers, tests, the compose stack) builds it with
`load_settings()` and passes it down; no other module reads the environment.
"""

from __future__ import annotations

import ipaddress
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from conflictwatch.errors import ConfigError

ENV_PREFIX = "CONFLICTWATCH_"

Name = Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,200}$")]

HOSTNAME = re.compile(r"^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$")
# Seconds between attempts: the Standard Webhooks spec's schedule, cut at ten hours.
DEFAULT_RETRY_SCHEDULE = [5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0]


def _split_commas(value: Any) -> Any:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True)

    kafka_bootstrap: str = "127.0.0.1:9092"
    redis_url: str = Field("redis://127.0.0.1:6379/0", pattern=r"^rediss?(\+cluster)?://")
    redis_prefix: str = Field("cw", pattern=r"^[a-z0-9][a-z0-9_.-]{0,40}$")

    app_id: Name = "conflictwatch"
    topic_events: Name = "conflict.events"
    topic_alerts: Name = "conflict.alerts"
    topic_dead_letters: Name = "conflict.events.dlq"
    topic_webhook_dead_letters: Name = "conflict.webhooks.dlq"
    topic_coverage: Name = "conflict.coverage"
    topic_partitions: int = Field(4, ge=1, le=1024)
    topic_replication: int = Field(1, ge=1, le=16)

    consumer_session_timeout: float = Field(30.0, ge=6, le=300)

    # Faust's data directory; None keeps Faust's own, "<app id>-data" in the working directory.
    data_dir: Path | None = None

    web_host: str = "127.0.0.1"
    web_port: int = Field(6066, ge=1, le=65535)

    rules_file: Path | None = None
    theatres_file: Path | None = None
    allowed_lateness: timedelta = timedelta(days=1)
    watermark_clock: Literal["event", "wall"] = "event"
    tick_interval: float = Field(5.0, gt=0, le=3600)
    retention: timedelta = timedelta(days=14)
    batch_size: int = Field(500, ge=1, le=100_000)
    batch_linger: float = Field(0.015, ge=0, le=10)
    stall_timeout: float = Field(60.0, ge=2, le=3600)

    api_host: str = "127.0.0.1"
    api_port: int = Field(8080, ge=1, le=65535)
    api_url: str = Field("http://127.0.0.1:8080", pattern=r"^https?://[^/]+/?$")
    api_tokens: Annotated[list[SecretStr], NoDecode] = []
    api_max_body: int = Field(64 * 1024, ge=1024, le=64 * 1024 * 1024)
    api_read_timeout: float = Field(10.0, gt=0, le=300)
    api_max_connections: int = Field(256, ge=1, le=100_000)
    recent_alerts: int = Field(1000, ge=1, le=100_000)

    webhook_allow: Annotated[list[str], NoDecode] = []
    webhook_timeout: float = Field(5.0, gt=0, le=120)
    webhook_retry_schedule: Annotated[list[float], NoDecode] = DEFAULT_RETRY_SCHEDULE
    webhook_disable_after: timedelta = timedelta(days=5)
    webhook_secret_rotation: timedelta = timedelta(hours=24)
    webhook_log_retention: timedelta = timedelta(days=7)
    webhook_concurrency: int = Field(256, ge=1, le=10_000)
    webhook_endpoint_concurrency: int = Field(16, ge=1, le=1000)
    webhook_poll_interval: float = Field(0.5, gt=0, le=60)

    gdelt_base_url: str = Field("http://data.gdeltproject.org/gdeltv2/", pattern=r"^https?://[^\s/]+(/\S*)?$")

    log_level: str = Field("info", pattern=r"^(?i:debug|info|warning|error)$")

    @field_validator("api_tokens", "webhook_allow", "webhook_retry_schedule", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        return _split_commas(value)

    @field_validator("api_tokens")
    @classmethod
    def _tokens_are_long(cls, tokens: list[SecretStr]) -> list[SecretStr]:
        if any(len(token.get_secret_value()) < 16 for token in tokens):
            raise ValueError("every token must be at least 16 characters (e.g. `openssl rand -hex 24`)")
        return tokens

    @field_validator("webhook_allow")
    @classmethod
    def _cidrs_or_hosts(cls, entries: list[str]) -> list[str]:
        for entry in entries:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                if not HOSTNAME.match(entry.lower().rstrip(".")):
                    raise ValueError(f"{entry!r} is neither a CIDR (10.0.0.0/8, ::1/128) nor a host name") from None
        return [entry.lower().rstrip(".") for entry in entries]

    @field_validator("gdelt_base_url")
    @classmethod
    def _a_folder(cls, url: str) -> str:
        return url if url.endswith("/") else url + "/"

    @field_validator("rules_file", "theatres_file")
    @classmethod
    def _file_exists(cls, path: Path | None) -> Path | None:
        if path is not None and not path.is_file():
            raise ValueError(f"no file at {path}")
        return path

    @field_validator("allowed_lateness")
    @classmethod
    def _not_negative(cls, value: timedelta) -> timedelta:
        if value < timedelta(0):
            raise ValueError("must not be negative (ISO 8601 like PT1H, or seconds)")
        return value

    @field_validator("webhook_retry_schedule")
    @classmethod
    def _schedule(cls, schedule: list[float]) -> list[float]:
        if not schedule or len(schedule) > 20 or any(delay <= 0 for delay in schedule):
            raise ValueError("must be 1 to 20 positive numbers of seconds between attempts, e.g. 5,300,1800")
        return schedule

    @field_validator("retention", "webhook_disable_after", "webhook_secret_rotation")
    @classmethod
    def _positive(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError("must be a positive duration (ISO 8601 like PT6H, or seconds)")
        return value

    @field_validator("webhook_log_retention")
    @classmethod
    def _outlives_retries(cls, value: timedelta, info: ValidationInfo) -> timedelta:
        longest = max(info.data.get("webhook_retry_schedule") or DEFAULT_RETRY_SCHEDULE)
        if value.total_seconds() <= 2 * longest:
            raise ValueError(
                f"must be longer than twice the longest retry delay ({longest:g}s) to keep pending deliveries"
            )
        return value

    @property
    def kafka_url(self) -> str:
        """The bootstrap servers in Faust's broker URL form."""
        return ";".join(f"kafka://{host}" for host in self.kafka_bootstrap.split(","))


def env_name(field: str) -> str:
    return ENV_PREFIX + field.upper()


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from the environment (overrides win); a bad value raises
    ConfigError naming the env var and its value."""
    env = os.environ
    problems = [
        (key, env[key], "unknown setting (see conflictwatch/settings.py for the list)")
        for key in sorted(env)
        if key.startswith(ENV_PREFIX) and key[len(ENV_PREFIX) :].lower() not in Settings.model_fields
    ]
    if not problems:
        try:
            return Settings(**overrides)
        except ValidationError as exc:
            for error in exc.errors():
                field = str(error["loc"][0]) if error["loc"] else "?"
                key = env_name(field)
                value = str(overrides[field]) if field in overrides else env.get(key, "")
                problems.append((key, value, error["msg"]))
    raise ConfigError(problems)
