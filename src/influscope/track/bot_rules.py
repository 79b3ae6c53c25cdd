"""The rules that call a click a bot, read from a versioned data file (bot_rules.yaml).

A click is judged from what the redirector logged: method, user agent, referrer and the
anonymised network of the address. Judging happens when clicks are stored and again when a
newer rules version is re-applied, never on the request path. Each rule says why it exists;
the first that matches names the click's `bot_reason`.
"""

import ipaddress
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

BUILT_IN = Path(__file__).with_name("bot_rules.yaml")
# The widest network a stored click keeps; rules must cover at least that much to be checkable.
IPV4_PREFIX = 24
IPV6_PREFIX = 48


class RulesError(ValueError):
    """The rules file is wrong; the message names the file and the rule."""


class RuleKind(StrEnum):
    METHOD = "method"
    USER_AGENT = "user_agent"
    EMPTY_USER_AGENT = "empty_user_agent"
    REFERRER_HOST = "referrer_host"
    IP_NETWORK = "ip_network"


@dataclass(frozen=True)
class Hit:
    """What a rule can read about one click."""

    user_agent: str | None
    referrer: str | None = None
    ip_network: str | None = None
    method: str = "GET"


@dataclass(frozen=True)
class Verdict:
    is_bot: bool
    reason: str | None


HUMAN = Verdict(False, None)


@dataclass(frozen=True)
class Rule:
    id: str
    kind: RuleKind
    values: tuple[str, ...]
    why: str
    _pattern: re.Pattern | None = field(default=None, compare=False, repr=False)
    _networks: tuple = field(default=(), compare=False, repr=False)

    @property
    def reason(self) -> str:
        return f"{self.kind.value}:{self.id}"

    def matches(self, hit: Hit) -> bool:
        match self.kind:
            case RuleKind.METHOD:
                return hit.method.upper() in self.values
            case RuleKind.USER_AGENT:
                return bool(hit.user_agent) and self._pattern.search(hit.user_agent) is not None
            case RuleKind.EMPTY_USER_AGENT:
                return not (hit.user_agent or "").strip()
            case RuleKind.REFERRER_HOST:
                host = referrer_host(hit.referrer)
                return host is not None and any(
                    host == value or host.endswith("." + value) for value in self.values
                )
            case RuleKind.IP_NETWORK:
                network = _parse_network(hit.ip_network)
                return network is not None and any(
                    network.version == known.version and network.subnet_of(known)
                    for known in self._networks
                )


def referrer_host(referrer: str | None) -> str | None:
    if not referrer:
        return None
    try:
        return urlsplit(referrer).hostname
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse_network(text: str | None):
    if not text:
        return None
    try:
        return ipaddress.ip_network(text, strict=False)
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _judge(rules: "RuleSet", hit: Hit) -> Verdict:
    return rules._first_match(hit)


@dataclass(frozen=True)
class RuleSet:
    version: int
    rules: tuple[Rule, ...]

    def judge(self, hit: Hit) -> Verdict:
        # The same phone model behind the same network comes back all day: cache the verdict.
        return _judge(self, hit)

    def _first_match(self, hit: Hit) -> Verdict:
        for rule in self.rules:
            if rule.matches(hit):
                return Verdict(True, rule.reason)
        return HUMAN

    def get_rule(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)


def _build_rule(path: Path, raw: dict) -> Rule:
    rule_id = str(raw.get("id") or "")
    where = f"{path.name}, rule {rule_id or '(no id)'}"
    try:
        kind = RuleKind(raw.get("kind"))
    except ValueError:
        kinds = ", ".join(k.value for k in RuleKind)
        raise RulesError(f"{where}: kind {raw.get('kind')!r} is not one of {kinds}") from None
    values = tuple(str(v) for v in raw.get("values") or ())
    why = str(raw.get("why") or "")
    if not rule_id or not why:
        raise RulesError(f"{where}: every rule needs an id and a `why`")
    if kind is RuleKind.USER_AGENT:
        try:
            pattern = re.compile("|".join(f"(?:{v})" for v in values), re.IGNORECASE)
        except re.error as error:
            raise RulesError(f"{where}: a pattern is not a regular expression ({error})") from None
        return Rule(rule_id, kind, values, why, _pattern=pattern)
    if kind is RuleKind.IP_NETWORK:
        networks = []
        for value in values:
            try:
                network = ipaddress.ip_network(value)
            except ValueError as error:
                raise RulesError(f"{where}: {value!r} is not a network ({error})") from None
            widest = IPV4_PREFIX if network.version == 4 else IPV6_PREFIX
            if network.prefixlen > widest:
                raise RulesError(
                    f"{where}: {value} is narrower than /{widest}, the network a click keeps "
                    f"of its address; give the enclosing /{widest}"
                )
            networks.append(network)
        return Rule(rule_id, kind, values, why, _networks=tuple(networks))
    if kind is RuleKind.METHOD:
        values = tuple(v.upper() for v in values)
    if kind is RuleKind.REFERRER_HOST:
        values = tuple(v.lower() for v in values)
    return Rule(rule_id, kind, values, why)


def load_rules(path: Path | None = None) -> RuleSet:
    """The rules of `path`, or the built-in ones; raises RulesError naming what is wrong."""
    path = path or BUILT_IN
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RulesError(f"{path}: cannot be read ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise RulesError(f"{path.name}: needs a whole-number `version` and a list of `rules`")
    rules = tuple(_build_rule(path, raw) for raw in data.get("rules") or ())
    ids = [rule.id for rule in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise RulesError(f"{path.name}: rule ids used twice: {', '.join(duplicates)}")
    return RuleSet(data["version"], rules)


@lru_cache(maxsize=1)
def built_in_rules() -> RuleSet:
    return load_rules()
