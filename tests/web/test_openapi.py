"""schemathesis against the app's own OpenAPI: no generated request makes the server fail.

Requests are sent with an owner's API token, so they reach the handlers rather than stopping
at the sign-in check; ids are whatever schemathesis generates, so most answer 404.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from influscope.web import accounts


@pytest.fixture
def owner_token(brands) -> str:
    with brands.engine.begin() as conn:
        return accounts.create_api_token(
            conn, user_id=brands["A"]["user_owner"], name="schemathesis"
        )


def test_no_generated_request_gets_a_server_error(app, owner_token):
    """Every operation of the schema, each with its own generated cases (positive and
    negative). schemathesis' pytest plugin is not used: it does not run under pytest 9."""
    api = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 10
    headers = {"Authorization": f"Bearer {owner_token}"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def no_server_error(case):
            response = case.call(headers=headers, timeout=120)
            case.validate_response(response, checks=[not_a_server_error])

        no_server_error()


def test_every_json_twin_is_described_with_its_response_model(app):
    paths = app.openapi()["paths"]
    gets = [path for path, item in paths.items() if "get" in item]
    assert "/api/v1/campaigns/{campaign_id}" in gets
    assert all(path.startswith("/api/v1/") for path in paths)
    for path in gets:
        content = paths[path]["get"]["responses"]["200"]["content"]["application/json"]
        assert "$ref" in content["schema"], path
