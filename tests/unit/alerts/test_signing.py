"""Signatures verify with the Standard Webhooks reference library, also while a
secret is being rotated (both secrets sign)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

from standardwebhooks import Webhook

from alerts.signing import message_id, new_secret, signed_headers
from alerts.subscriptions import Secrets

BODY = '{"type":"alert.firing","timestamp":"2021-05-20T08:00:00Z","data":{}}'


def test_new_secrets_are_whsec_and_at_least_24_random_bytes() -> None:
    secret = new_secret()
    assert secret.startswith("whsec_")
    assert len(base64.b64decode(secret.removeprefix("whsec_"))) >= 24
    assert new_secret() != secret


def test_one_signature_verifies_with_the_reference_library() -> None:
    secret, now = new_secret(), datetime.now(UTC)
    headers = signed_headers([secret], "msg_1", now, BODY)
    assert headers["webhook-signature"].startswith("v1,")
    assert " " not in headers["webhook-signature"]
    assert Webhook(secret).verify(BODY, headers)["type"] == "alert.firing"


def test_during_a_rotation_both_secrets_verify_and_afterwards_only_the_new_one() -> None:
    old, new, now = new_secret(), new_secret(), datetime.now(UTC)
    rotated = Secrets(current=old).rotated(new, now, timedelta(hours=24))
    headers = signed_headers(rotated.signing(now), "msg_1", now, BODY)
    assert len(headers["webhook-signature"].split(" ")) == 2
    assert Webhook(old).verify(BODY, headers)
    assert Webhook(new).verify(BODY, headers)
    assert rotated.signing(now + timedelta(hours=25)) == [new]


def test_the_webhook_id_is_stable_per_alert_state_and_subscription() -> None:
    assert message_id("fp", "firing", "sub_a") == message_id("fp", "firing", "sub_a")
    assert message_id("fp", "firing", "sub_a") != message_id("fp", "resolved", "sub_a")
    assert message_id("fp", "firing", "sub_a") != message_id("fp", "firing", "sub_b")
