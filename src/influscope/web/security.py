"""Secrets and their digests: argon2 for passwords, SHA-256 for random tokens, signed links.

A session or API token is a random string the client holds; the store keeps only its digest,
so a copy of the database lets nobody sign in.
"""

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

_hasher = PasswordHasher()
# Verified against when the account does not exist, so timing does not reveal which emails do.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
TOKEN_PREFIX = "isk_"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a, b)


def portal_serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="influscope-portal-link")


def sign_portal_link(secret_key: str, user_id: int) -> str:
    return portal_serializer(secret_key).dumps({"user": user_id})


def read_portal_link(secret_key: str, token: str, *, max_age_seconds: int) -> int | None:
    """The user a portal link signs in, or None when it is forged or expired."""
    try:
        payload = portal_serializer(secret_key).loads(token, max_age=max_age_seconds)
    except BadSignature:
        return None
    user = payload.get("user") if isinstance(payload, dict) else None
    return user if isinstance(user, int) else None
