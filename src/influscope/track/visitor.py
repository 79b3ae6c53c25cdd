"""Who clicked, without keeping who they are: a keyed hash of address and user agent whose key
changes every day, and the address's network with its host part zeroed.

The daily key is HMAC(secret, day), so the same person on the same link is recognised within a
day (enough for a one-hour uniqueness window) but the keys of two days cannot be linked, and
without the secret no key can be recomputed from a guessed address.
"""

import datetime as dt
import hmac
import ipaddress
import secrets
from functools import lru_cache
from pathlib import Path

from influscope.track.bot_rules import IPV4_PREFIX, IPV6_PREFIX

KEY_LENGTH = 32  # hex characters
EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


class VisitorKeys:
    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("The visitor secret must be at least 16 bytes long.")
        self._secret = secret
        self._day = -1
        self._day_key = b""

    def day_key(self, day: dt.date) -> bytes:
        return hmac.new(self._secret, f"visitor-salt:{day.isoformat()}".encode(), "sha256").digest()

    def key(self, address: str, user_agent: str, at: float) -> str:
        """The visitor's key at `at` (seconds since the epoch; days are UTC days)."""
        day = int(at // 86400)
        if day != self._day:
            self._day, self._day_key = day, self.day_key(dt.date.fromordinal(EPOCH_ORDINAL + day))
        message = f"{address}\n{user_agent}".encode()
        return hmac.digest(self._day_key, message, "sha256").hex()[:KEY_LENGTH]


@lru_cache(maxsize=65536)
def anonymise_address(address: str | None) -> str | None:
    """`203.0.113.57` → `203.0.113.0/24`; `2001:db8:1:2::5` → `2001:db8:1::/48`; None when the
    peer is no IP address (a Unix socket)."""
    if not address:
        return None
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    prefix = IPV4_PREFIX if ip.version == 4 else IPV6_PREFIX
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def load_or_create_secret(path: Path) -> bytes:
    """The redirector's secret, created (readable by its owner only) on first use."""
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    path.touch(mode=0o600)
    path.write_text(secret.hex())
    return secret
