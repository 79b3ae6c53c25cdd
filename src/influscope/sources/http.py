"""One HTTP layer for every platform: JSON in and out, the token in a header (never in a URL,
a log or a message), waits on rate limits, retries on server errors, and each platform's way of
saying "token expired" or "metric retired" turned into a clear error.

Rate limits: HTTP 429 with `Retry-After` (seconds or a date) or X's `x-rate-limit-reset` (Unix
time); Graph API error codes 4, 17, 32, 613 and 80001-80014 (formats.md; Graph API "Rate
limiting" page); TikTok `rate_limit_exceeded`; YouTube 403 `rateLimitExceeded`.
"""

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from influscope.sources.errors import RateLimited, SourceError, TokenExpired

_GRAPH_RATE_CODES = {4, 17, 32, 613, *range(80001, 80015)}
_SECRET_PARAMS = {"access_token", "key", "client_secret", "appsecret_proof"}
_LONGEST_WAIT = 900.0


@dataclass(frozen=True)
class Verdict:
    """What a response means: retry after `wait` seconds, or fail with `error`."""

    wait: float | None = None
    error: SourceError | None = None


Diagnose = Callable[[httpx.Response, object], Verdict | None]


def strip_secrets(url: str) -> str:
    """A URL without its token: Graph API `paging.next` links carry `access_token`."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = [(k, v) for k, v in query if k not in _SECRET_PARAMS]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def scrub(value: object) -> object:
    """The payload without tokens: Graph API `paging.next` links repeat the caller's token, and
    payloads are saved to files (`influscope sync --save`)."""
    if isinstance(value, dict):
        return {key: scrub(item) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item) for item in value]
    if isinstance(value, str) and "://" in value and any(f"{p}=" in value for p in _SECRET_PARAMS):
        return strip_secrets(value)
    return value


class JsonApi:
    """A platform API at `base_url`, read with `headers` (the token), retried politely."""

    def __init__(
        self,
        base_url: str,
        *,
        name: str,
        headers: dict[str, str],
        diagnose: Diagnose,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = 5,
        timeout: float = 30.0,
    ) -> None:
        self.name = name
        self._client = httpx.Client(base_url=base_url, headers=headers, timeout=timeout)
        self._diagnose = diagnose
        self._sleep = sleep
        self._retries = retries

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "JsonApi":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def get(self, url: str, params: dict | None = None) -> dict:
        return self.request("GET", url, params=params)

    def post(self, url: str, params: dict | None = None, body: dict | None = None) -> dict:
        return self.request("POST", url, params=params, body=body)

    def request(self, method: str, url: str, *, params=None, body=None) -> dict:
        url = strip_secrets(url)
        for attempt in range(self._retries + 1):
            try:
                response = self._client.request(method, url, params=params, json=body)
            except httpx.HTTPError as error:
                # httpx puts the URL in its messages: ours has no token, but say it plainly.
                problem = f"{self.name}: cannot reach {strip_secrets(str(error.request.url))}"
                if attempt == self._retries:
                    raise SourceError(f"{problem} ({type(error).__name__}).") from None
                self._sleep(min(2.0**attempt, _LONGEST_WAIT))
                continue
            payload = _json(response)
            verdict = self._diagnose(response, payload) or _default(response, self.name)
            if verdict.error is not None:
                raise verdict.error
            if verdict.wait is None:
                if not isinstance(payload, dict):
                    raise SourceError(f"{self.name}: the answer to {method} {url} is not JSON.")
                return scrub(payload)
            if attempt == self._retries:
                raise RateLimited(
                    f"{self.name}: still rate-limited after {self._retries} retries; "
                    "run the sync again later."
                )
            self._sleep(min(max(verdict.wait, 0.0), _LONGEST_WAIT) or min(2.0**attempt, 60.0))
        raise AssertionError("unreachable")


def _json(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


def _default(response: httpx.Response, name: str) -> Verdict:
    status = response.status_code
    if status == 429:
        return Verdict(wait=retry_after(response))
    if status >= 500:
        return Verdict(wait=0.0)
    if status == 401:
        return Verdict(error=TokenExpired(f"{name}: the token was refused (HTTP 401); renew it."))
    if status >= 400:
        return Verdict(error=SourceError(f"{name}: HTTP {status}: {response.text[:300]}"))
    return Verdict()


def retry_after(response: httpx.Response) -> float:
    """Seconds to wait: `Retry-After` (seconds or HTTP date), else `x-rate-limit-reset`."""
    header = response.headers.get("retry-after")
    if header:
        if header.strip().isdigit():
            return float(header)
        when = email.utils.parsedate_to_datetime(header)
        return max(when.timestamp() - time.time(), 0.0)
    reset = response.headers.get("x-rate-limit-reset")
    if reset and reset.strip().isdigit():
        return max(float(reset) - time.time(), 0.0)
    return 0.0


def graph_error(payload: object) -> dict | None:
    """The Graph API's `{"error": {"message", "type", "code", "error_subcode"}}`."""
    error = payload.get("error") if isinstance(payload, dict) else None
    return error if isinstance(error, dict) and "code" in error else None


def graph_diagnose(name: str, on_bad_request: Callable[[dict], SourceError | None]) -> Diagnose:
    """Instagram and Facebook: rate-limit codes, 190 for tokens, 100 for refused metrics."""

    def diagnose(response: httpx.Response, payload: object) -> Verdict | None:
        error = graph_error(payload)
        if error is None:
            return None
        code = error.get("code")
        message = str(error.get("message", ""))
        if code in _GRAPH_RATE_CODES:
            return Verdict(wait=retry_after(response))
        if code == 190:
            return Verdict(
                error=TokenExpired(
                    f"{name}: the access token has expired or was revoked (Graph API error 190: "
                    f"{message}). Create a new token and update the sources file or variable."
                )
            )
        specific = on_bad_request(error)
        if specific is not None:
            return Verdict(error=specific)
        return Verdict(error=SourceError(f"{name}: Graph API error {code}: {message}"))

    return diagnose
