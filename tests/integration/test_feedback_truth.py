"""Feedback as truth: what receivers said of the alerts, read back through the API,
becomes the truth `evaluate` scores the rules against."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
import yaml
from click.testing import CliRunner

from alerts.api.app import create_app
from alerts.recent import RecentAlerts
from conflictwatch.app.cli import main
from conflictwatch.redis_client import async_redis
from conflictwatch.redis_keys import RedisKeys
from tests.api import AUTH, api_namespace, served
from tests.conftest import SEED_EVENTS
from tests.factories import alert
from tests.services import Services
from tests.worker import Namespace, clean_environ

pytestmark = pytest.mark.integration


def test_alerts_judged_useful_or_late_are_the_truth_and_evaluate_scores_against_them(
    namespace: Namespace, services: Services, tmp_path: Path
) -> None:
    ns = api_namespace(namespace)
    settings = ns.settings()
    # alert(0) is the seed's lull ending at 08:00; the others are hours later
    lull, wrong, late, unjudged, duplicate = (alert(n) for n in (0, 5, 9, 12, 14))

    async def record() -> None:
        redis = async_redis(services.redis_url)
        try:
            recent = RecentAlerts(redis, RedisKeys(settings.redis_prefix), limit=10)
            await recent.record([lull, wrong, late, unjudged, duplicate])
        finally:
            await redis.aclose()

    asyncio.run(record())
    with served(create_app(settings), settings) as url:
        with httpx.Client(base_url=url, headers=AUTH) as api:
            for given, verdicts in (
                (lull, ["false_alarm", "useful"]),  # the latest word counts
                (wrong, ["false_alarm"]),
                (late, ["late"]),
                (duplicate, ["duplicate"]),
            ):
                for verdict in verdicts:
                    api.post(f"/v1/alerts/{given.fingerprint}/feedback", json={"verdict": verdict}).raise_for_status()
        env = {**clean_environ(), **ns.env, "CONFLICTWATCH_API_URL": url}
        result = CliRunner(env=env).invoke(main, ["feedback-truth", "--within", "PT2H"])
    assert result.exit_code == 0, result.output
    items = yaml.safe_load(result.stdout)["truth"]
    assert [(i["rule"], i["theatre"], i["at"], i["within"]) for i in items] == [
        ("rocket_lull_ended", "israel-gaza", "2021-05-20T08:00:00Z", "PT2H"),
        ("rocket_lull_ended", "israel-gaza", "2021-05-20T17:00:00Z", "PT2H"),
    ]
    assert "2 truth items from 5 recent alerts (feedback: 1 duplicate, 1 false_alarm, 1 late, 1 useful)" in (
        result.stderr
    )

    truth = tmp_path / "feedback-truth.yaml"
    truth.write_text(result.stdout)
    scored = CliRunner().invoke(main, ["evaluate", "--truth", str(truth), "--json", str(SEED_EVENTS)])
    assert scored.exit_code == 0, scored.output
    [row] = [json.loads(line) for line in scored.stdout.splitlines()]
    # The seed's one lull alert is the one judged useful; the late one's time passes without an alert.
    assert (row["rule"], row["alerts"], row["met"], row["truth"], row["precision"], row["recall"]) == (
        "rocket_lull_ended",
        1,
        1,
        2,
        1.0,
        0.5,
    )
