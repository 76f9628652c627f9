"""One settings object, read from `CONFLICTWATCH_*` environment variables.

Every command (worker, producers, tests, the compose stack) builds it with
`load_settings()` and passes it down; no other module reads the environment.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from conflictwatch.errors import ConfigError

ENV_PREFIX = "CONFLICTWATCH_"

Name = Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,200}$")]


def _split_commas(value: Any) -> Any:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True)

    kafka_bootstrap: str = "127.0.0.1:9092"
    redis_url: str = Field("redis://127.0.0.1:6379/0", pattern=r"^rediss?://")
    redis_prefix: str = Field("cw", pattern=r"^[a-z0-9][a-z0-9_.-]{0,40}$")

    app_id: Name = "conflictwatch"
    topic_events: Name = "conflict.events"
    topic_alerts: Name = "conflict.alerts"
    topic_dead_letters: Name = "conflict.events.dlq"
    topic_webhook_dead_letters: Name = "conflict.webhooks.dlq"
    topic_partitions: int = Field(4, ge=1, le=1024)

    consumer_session_timeout: float = Field(30.0, ge=6, le=300)

    web_host: str = "127.0.0.1"
    web_port: int = Field(6066, ge=1, le=65535)

    rules_file: Path | None = None
    allowed_lateness: timedelta = timedelta(days=1)
    watermark_clock: Literal["event", "wall"] = "event"
    tick_interval: float = Field(5.0, gt=0, le=3600)
    retention: timedelta = timedelta(days=14)
    batch_size: int = Field(500, ge=1, le=100_000)
    batch_within: float = Field(0.2, gt=0, le=60)

    webhook_urls: Annotated[list[str], NoDecode] = []
    webhook_secret: SecretStr | None = None
    webhook_timeout: float = Field(5.0, gt=0, le=120)
    webhook_retry_schedule: Annotated[list[float], NoDecode] = [1.0, 5.0, 30.0]
    webhook_repeat_interval: timedelta = timedelta(hours=4)

    log_level: str = Field("info", pattern=r"^(?i:debug|info|warning|error)$")

    @field_validator("webhook_urls", "webhook_retry_schedule", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        return _split_commas(value)

    @field_validator("webhook_urls")
    @classmethod
    def _urls_are_http(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"{url!r} is not an http(s) URL")
        return urls

    @field_validator("webhook_secret")
    @classmethod
    def _secret_format(cls, secret: SecretStr | None) -> SecretStr | None:
        if secret is not None and not secret.get_secret_value().startswith("whsec_"):
            raise ValueError("must be a Standard Webhooks secret: 'whsec_' + base64 bytes")
        return secret

    @field_validator("rules_file")
    @classmethod
    def _rules_file_exists(cls, path: Path | None) -> Path | None:
        if path is not None and not path.is_file():
            raise ValueError(f"no rule file at {path}")
        return path

    @field_validator("allowed_lateness")
    @classmethod
    def _not_negative(cls, value: timedelta) -> timedelta:
        if value < timedelta(0):
            raise ValueError("must not be negative (ISO 8601 like PT1H, or seconds)")
        return value

    @field_validator("retention", "webhook_repeat_interval")
    @classmethod
    def _positive(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError("must be a positive duration (ISO 8601 like PT6H, or seconds)")
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
