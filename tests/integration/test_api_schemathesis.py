"""Schemathesis against the API's own OpenAPI document, over real HTTP on
loopback (uvicorn as `conflictwatch api` configures it) and a real Redis: no
5xx, no response outside the documented schema, invalid input refused.

Not checked: that every schema-valid request is accepted. The API refuses
valid-looking input for reasons a schema cannot express (a URL resolving to a
private address, an id that does not exist), with a 4xx that says so.

Bounded: a few examples per operation and mode, and a time limit. Webhook pings
go to a client that answers 204 itself, so generated URLs are never contacted."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import positive_data_acceptance

from alerts.api.app import create_app
from alerts.http import Answer, WebhookClient
from alerts.ssrf import WebhookGuard
from tests.api import AUTH, api_namespace, names_resolver, served
from tests.worker import Namespace

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]


class NoNetwork(WebhookClient):
    async def post(self, url: str, body: str, headers: Mapping[str, str]) -> Answer:
        return Answer(204, {}, url)


EXAMPLES = settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


def test_the_api_honours_its_openapi_document(namespace: Namespace) -> None:
    settings = api_namespace(namespace).settings()
    app = create_app(
        settings,
        guard=WebhookGuard((), names_resolver),
        client=NoNetwork(WebhookGuard(()), timeout=1, max_connections=1),
    )
    failures: list[str] = []
    server_errors: list[str] = []  # asserted here whatever schemathesis's own checks are
    tested: list[str] = []
    with served(app, settings) as base_url:
        schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
        for result in schema.get_all_operations():
            operation = result.ok()
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

                @given(case=operation.as_strategy(generation_mode=mode))
                @EXAMPLES
                def check(case: schemathesis.Case) -> None:
                    response = case.call(headers=AUTH)
                    if response.status_code >= 500:
                        server_errors.append(f"{case.method} {case.formatted_path}: {response.status_code}")
                    case.validate_response(response, headers=AUTH, excluded_checks=[positive_data_acceptance])

                try:
                    check()
                except Unsatisfiable:  # nothing to make invalid (no parameters, no body)
                    continue
                except (AssertionError, FailureGroup) as failure:
                    failures.append(f"{mode.value} {operation.label}: {failure}")
                tested.append(f"{mode.value} {operation.label}")
    assert len(tested) >= 18, tested
    assert not server_errors, server_errors
    assert not failures, "\n\n".join(failures)
