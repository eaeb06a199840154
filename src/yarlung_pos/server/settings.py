"""Server settings (limits, enrolment expiry, erasure of personal data) — plain values, read once by the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass

MIB = 1024 * 1024
#: tests only: when set, a push creates this file just before committing and then stalls, so
#: that a test can SIGKILL the server in the middle of a batch (see tests/server)
ENV_STALL_FILE = "YARLUNG_SERVER_TEST_STALL_FILE"
#: the secret that signs the web console's session cookies (else one is generated and stored
#: in the database on first start)
ENV_SESSION_SECRET = "YARLUNG_SERVER_SESSION_SECRET"
#: the shop's payment instructions (issue #18): the hall's payee name, WeChat Pay and Alipay accounts
ENV_SHOP = {"shop_payee": "YARLUNG_SHOP_PAYEE", "shop_wechat": "YARLUNG_SHOP_WECHAT",
            "shop_alipay": "YARLUNG_SHOP_ALIPAY"}
#: the shop's rate limits per client address (whole numbers; see ``Settings``)
ENV_SHOP_LIMITS = {"shop_order_limit": "YARLUNG_SHOP_ORDER_LIMIT", "shop_request_limit": "YARLUNG_SHOP_REQUEST_LIMIT"}


@dataclass(frozen=True)
class Settings:
    #: largest request body as sent (compressed when ``Content-Encoding: gzip``) → else 413
    max_body_bytes: int = 8 * MIB
    #: largest request body after gzip decompression → else 413
    max_decompressed_bytes: int = 64 * MIB
    #: how long a one-time enrolment code stays valid
    enrolment_ttl_days: float = 7.0
    #: days after delivery (or return) at which a delivery's phone, township, street and note
    #: are erased (server/deliveries.py)
    delivery_erase_days: int = 180
    stall_file: str | None = None
    #: signs the web console's cookies; ``None``: the one stored in the database (server_secrets)
    session_secret: str | None = None
    #: a console session ends after this many hours without a request
    session_idle_hours: float = 8.0
    #: the shop's status page: who the customer pays (the hall's name) and its WeChat Pay and
    #: Alipay accounts ("" : not shown)
    shop_payee: str = ""
    shop_wechat: str = ""
    shop_alipay: str = ""
    #: orders per client address per 10 minutes, and requests to ``POST /shop/order`` per
    #: client address per minute (in memory, per server process) → else 429
    shop_order_limit: int = 5
    shop_request_limit: int = 30

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        values = {k: v for k, v in overrides.items() if v is not None}
        stall = os.environ.get(ENV_STALL_FILE, "").strip()
        if stall:
            values.setdefault("stall_file", stall)
        secret = os.environ.get(ENV_SESSION_SECRET, "").strip()
        if secret:
            values.setdefault("session_secret", secret)
        for name, env in ENV_SHOP.items():
            if os.environ.get(env, "").strip():
                values.setdefault(name, os.environ[env].strip())
        for name, env in ENV_SHOP_LIMITS.items():
            if os.environ.get(env, "").strip().isdigit() and int(os.environ[env]) > 0:
                values.setdefault(name, int(os.environ[env]))
        return cls(**values)
