from __future__ import annotations

from datetime import timedelta

import pytest

from conflictwatch.errors import ConfigError
from conflictwatch.settings import load_settings


def test_settings_come_from_conflictwatch_env_vars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFLICTWATCH_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
    monkeypatch.setenv("CONFLICTWATCH_ALLOWED_LATENESS", "PT8H")
    monkeypatch.setenv("CONFLICTWATCH_WEBHOOK_ALLOW", "127.0.0.0/8, Receiver, ::1/128")
    monkeypatch.setenv("CONFLICTWATCH_WEBHOOK_RETRY_SCHEDULE", "0.5,2")
    monkeypatch.setenv("CONFLICTWATCH_API_TOKENS", "a-token-of-16-chars,another-token-16-chars")
    settings = load_settings()
    assert settings.kafka_bootstrap == "127.0.0.1:19092"
    assert settings.kafka_url == "kafka://127.0.0.1:19092"
    assert settings.allowed_lateness == timedelta(hours=8)
    assert settings.webhook_allow == ["127.0.0.0/8", "receiver", "::1/128"]
    assert settings.webhook_retry_schedule == [0.5, 2.0]
    assert [t.get_secret_value() for t in settings.api_tokens] == ["a-token-of-16-chars", "another-token-16-chars"]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("CONFLICTWATCH_ALLOWED_LATENESS", "six hours", "valid timedelta"),
        ("CONFLICTWATCH_RETENTION", "-PT1H", "positive duration"),
        ("CONFLICTWATCH_RULES_FILE", "/nonexistent/rules.yaml", "no file at /nonexistent/rules.yaml"),
        ("CONFLICTWATCH_THEATRES_FILE", "/nonexistent/theatres.yaml", "no file at /nonexistent/theatres.yaml"),
        ("CONFLICTWATCH_WATERMARK_CLOCK", "sundial", "'event' or 'wall'"),
        ("CONFLICTWATCH_REDIS_URL", "localhost:6379", "should match pattern"),
        ("CONFLICTWATCH_WEBHOOK_ALLOW", "10.0.0.0/8,not a host!", "neither a CIDR"),
        ("CONFLICTWATCH_WEBHOOK_RETRY_SCHEDULE", "5,-1", "positive numbers"),
        ("CONFLICTWATCH_WEBHOOK_LOG_RETENTION", "PT10H", "longer than twice the longest retry delay"),
        ("CONFLICTWATCH_API_TOKENS", "short", "at least 16 characters"),
        ("CONFLICTWATCH_TOPIC_PARTITIONS", "0", "greater than or equal to 1"),
        ("CONFLICTWATCH_LULL_GAP", "PT6H", "unknown setting"),
    ],
)
def test_a_bad_setting_names_the_env_var_and_its_value(
    monkeypatch: pytest.MonkeyPatch, key: str, value: str, message: str
) -> None:
    monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    text = str(caught.value)
    assert f"{key}={value!r}" in text
    assert message in text
