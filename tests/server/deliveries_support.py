"""Delivery events shaped as the till sends them (PROTOCOL.md, "Deliveries"): one event per
status, each carrying the delivery as it is after it."""

from __future__ import annotations

import copy
import uuid as uuid_mod
from datetime import UTC, datetime, timedelta

PHONE = "13812345678"
KIND = {"to_pack": "delivery.created", "packed": "delivery.packed", "handed_over": "delivery.handed_over",
        "delivered": "delivery.delivered", "returned": "delivery.returned"}


def utc(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


def delivery_life(terminal: str, seq: int, created: datetime, *, reached: dict[str, datetime] | None = None,
                  county: str = "琼结县", prefecture: str = "山南市", channel: str = "phone", postage_fen: int = 800,
                  paid_fen: int | None = None, offset_min: int = 480, phone: str = PHONE) -> list[dict]:
    """The events of one delivery: ``delivery.created`` at ``created``, then one per status of
    ``reached`` (status → when, in order).  Event seqs start at ``seq * 10``."""
    d = {"uuid": str(uuid_mod.uuid4()), "number": f"D-{terminal}-{seq:06d}", "terminal": terminal,
         "sale_uuid": str(uuid_mod.uuid4()), "sale_number": f"{terminal}-{seq:06d}", "channel": channel,
         "channel_order": None, "name": "Tsering Dolma", "name_bo": "ཚེ་རིང་སྒྲོལ་མ།", "phone": phone,
         "address": {"province": "西藏自治区", "prefecture": prefecture, "county": county, "township": "琼结镇",
                     "street": "雪村 12号"},
         "note": "call before", "requested_date": None, "weight_g": 1200, "zone": "county",
         "postage_fen": postage_fen, "status": "to_pack", "carrier": None, "tracking": None,
         "postage_paid_fen": None, "created_at": utc(created), "utc_offset_min": offset_min, "created_by": "Padma",
         "refund_uuid": None, "return_disposition": None, "erased_at": None,
         "history": [{"status": "to_pack", "at": utc(created), "utc_offset_min": offset_min, "by": "Padma"}]}
    events = [event(d, "to_pack", created, seq * 10)]
    for n, (status, at) in enumerate((reached or {}).items(), start=1):
        d = copy.deepcopy(d)
        d["status"] = status
        d["history"].append({"status": status, "at": utc(at), "utc_offset_min": offset_min, "by": "Dawa"})
        if status == "handed_over":
            d.update(carrier="China Post", tracking="RB123456785GB", postage_paid_fen=paid_fen)
        events.append(event(d, status, at, seq * 10 + n))
    return events


def event(d: dict, status: str, at: datetime, seq: int, kind: str | None = None) -> dict:
    """A ``delivery.*`` event (new UUID) carrying snapshot ``d``."""
    return {"uuid": str(uuid_mod.uuid4()), "seq": seq, "kind": kind or KIND[status], "created_at": utc(at),
            "payload": {"schema": 1, "delivery": copy.deepcopy(d),
                        "event": {"status": status, "at": utc(at), "utc_offset_min": d["utc_offset_min"],
                                  "by": "Dawa"}}}


def erased(last: dict, at: datetime, seq: int) -> dict:
    """The ``delivery.erased`` event following event ``last`` (the till erased the delivery at ``at``)."""
    d = copy.deepcopy(last["payload"]["delivery"])
    d.update(phone=None, note=None, erased_at=utc(at))
    d["address"].update(township=None, street=None)
    return event(d, d["status"], at, seq, kind="delivery.erased")


def again(ev: dict) -> dict:
    """The same event under a new UUID (what a till that wrote it twice would send)."""
    return {**copy.deepcopy(ev), "uuid": str(uuid_mod.uuid4())}


def days_ago(days: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)
