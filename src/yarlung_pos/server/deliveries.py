"""Home-delivery orders on the county server (issue #16): the ``delivery.*`` events, the newest
snapshot of each delivery, erasing personal data, and the county's list.

Each ``delivery.*`` event carries the delivery as it is after the event (a snapshot, see
PROTOCOL.md, "Deliveries").  Events of one delivery may arrive out of order or twice, so the
server keeps, per delivery ``uuid``, the snapshot with the **longest history** (ties: the latest
event time) and never lets an older one overwrite it (:func:`apply_delivery`).

Personal data — the phone, township, street and note — lives in ONE place on the server, the
``deliveries`` row: the raw ``events`` and ``rejected_events`` keep delivery payloads without it
(:func:`without_personal_data`).  It is erased when the till says so (``erased_at``) or
``delivery_erase_days`` after delivery or return (:func:`erase_personal_data`), and never comes
back from another snapshot.  Nothing here logs a phone number or an address.
"""

from __future__ import annotations

import copy
import logging
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator
from sqlalchemy import delete, insert, or_, select, text, update
from sqlalchemy.orm import Session

from yarlung_pos.domain import delivery as rules
from yarlung_pos.server import models as m
from yarlung_pos.server.common import ServiceError, iso, local_date
from yarlung_pos.server.database import Database
from yarlung_pos.server.schema import DeliveryHistoryRow, DeliveryRow

log = logging.getLogger("yarlung_pos.server.audit")

#: the status each kind reaches (``delivery.erased`` keeps the status the delivery has)
KIND_STATUS = {"delivery.created": "to_pack", "delivery.packed": "packed", "delivery.handed_over": "handed_over",
               "delivery.delivered": "delivered", "delivery.returned": "returned"}
#: the fields that are erased (``township`` and ``street`` are parts of ``address``)
PERSONAL_FIELDS = ("phone", "township", "street", "note")
#: default of the server setting ``delivery_erase_days``
ERASE_DAYS = 180
#: pg_try_advisory_xact_lock key of an erasure (two pushes erasing at once: one does it)
_ERASE_LOCK = 0x59_44_4C_56  # "YDLV"

Status = Literal["to_pack", "packed", "handed_over", "delivered", "returned"]
assert set(Status.__args__) == set(rules.STATUSES)
Channel = Literal["counter", "phone", "wechat", "online"]
assert set(Channel.__args__) == set(rules.CHANNELS)
Zone = Literal["county", "prefecture", "tibet", "china"]
assert set(Zone.__args__) == set(rules.ZONES)


def _iso_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a date (YYYY-MM-DD)") from None
    return value


def Required(max_length: int):
    """Text of 1 … ``max_length`` characters (no NUL, no lone surrogate)."""
    return Annotated[m.Text(max_length), Field(min_length=1)]


#: a phone as the till's ``domain.delivery.check_phone`` writes it: ``13812345678``, ``0893-7831234``
Phone = Annotated[str, StringConstraints(pattern=r"^(1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8})$")]
LocalDate = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), AfterValidator(_iso_date)]
Place = m.Text(rules.MAX_ADDRESS_PART)


class AddressCreate(m._Model):
    """The recipient's address, largest place first; ``township`` and ``street`` are ``null``
    once erased."""

    province: Place
    prefecture: Place
    county: Required(rules.MAX_ADDRESS_PART)
    township: Place | None = None
    street: Place | None = None


class StatusEntryCreate(m._Model):
    """A status the delivery reached: when (the till's time, its offset) and by whom."""

    status: Status
    at: m.UtcTime
    utc_offset_min: m.UtcOffset
    by: m.Text(200)


class DeliveryCreate(m._Model):
    """The delivery as it is after an event.  Checked: its ``history`` starts with ``to_pack``,
    moves only as ``domain.delivery.TRANSITIONS`` allows and ends with ``status``; a delivery
    not erased has a phone; an erased one (``erased_at``) has no phone, township, street or
    note."""

    uuid: m.Uuid
    number: Annotated[str, StringConstraints(pattern=r"^D-[A-Z0-9_-]{1,16}-[0-9]{6,12}$")]
    terminal: m.TerminalCode
    sale_uuid: m.Uuid
    sale_number: Required(32)
    channel: Channel
    channel_order: m.Text(64) | None = None
    name: Required(rules.MAX_NAME)
    name_bo: m.Text(rules.MAX_NAME) | None = None
    phone: Phone | None = None
    address: AddressCreate
    note: m.Text(rules.MAX_NOTE) | None = None
    requested_date: LocalDate | None = None
    weight_g: Annotated[int, Field(strict=True, ge=1, le=rules.MAX_WEIGHT_G)] | None = None
    zone: Zone
    postage_fen: m.FenOrZero
    status: Status
    carrier: m.Text(40) | None = None
    tracking: m.Text(rules.MAX_TRACKING) | None = None
    postage_paid_fen: m.FenOrZero | None = None
    created_at: m.UtcTime
    utc_offset_min: m.UtcOffset
    created_by: m.Text(200)
    refund_uuid: m.Uuid | None = None
    return_disposition: Literal["restock", "write_off"] | None = None
    erased_at: m.UtcTime | None = None
    history: Annotated[list[StatusEntryCreate], Field(min_length=1, max_length=len(rules.STATUSES))]

    @model_validator(mode="after")
    def _consistent(self) -> DeliveryCreate:
        steps = [h.status for h in self.history]
        if steps[0] != "to_pack":
            raise ValueError(f"history starts with {steps[0]}, a delivery starts with to_pack")
        for before, after in zip(steps, steps[1:]):
            if after not in rules.TRANSITIONS[before]:
                raise ValueError(f"history moves from {before} to {after}, which a delivery cannot")
        if steps[-1] != self.status:
            raise ValueError(f"history ends with {steps[-1]}, the delivery's status is {self.status}")
        kept = [f for f in PERSONAL_FIELDS if self.personal(f) is not None]
        if self.erased_at is not None and kept:
            raise ValueError(f"an erased delivery still carries personal data ({', '.join(kept)})")
        if self.erased_at is None and self.phone is None:
            raise ValueError("phone is missing (only an erased delivery has none)")
        return self

    def personal(self, name: str) -> str | None:
        """One of :data:`PERSONAL_FIELDS`."""
        return getattr(self.address, name) if name in ("township", "street") else getattr(self, name)


class DeliveryEventCreate(m._Model):
    """The event itself: the status reached (``delivery.erased``: the current one), when, by whom."""

    status: Status
    at: m.UtcTime
    utc_offset_min: m.UtcOffset
    by: m.Text(200)


class DeliveryPayload(m._Payload):
    """The payload of every ``delivery.*`` kind: ``delivery`` (the snapshot) and ``event``;
    the event's status is the snapshot's."""

    delivery: DeliveryCreate
    event: DeliveryEventCreate

    @model_validator(mode="after")
    def _same_status(self) -> DeliveryPayload:
        if self.event.status != self.delivery.status:
            raise ValueError(f"event.status is {self.event.status}, the delivery's status is {self.delivery.status}")
        return self


PAYLOAD_MODELS: dict[str, type[m._Payload]] = {kind: DeliveryPayload for kind in m.DELIVERY_KINDS}


def check_event(kind: str, payload: DeliveryPayload, terminal: str) -> str | None:
    """Why a valid ``payload`` of event ``kind`` from terminal ``terminal`` is refused, or
    ``None``: the delivery must be the pushing terminal's; ``delivery.packed`` … reach their
    status (``delivery.created``: ``to_pack``); ``delivery.erased`` carries ``erased_at``."""
    d = payload.delivery
    if d.terminal != terminal:
        return (f"delivery {d.number} claims terminal {d.terminal}; a terminal sends only its own deliveries "
                f"(this is {terminal})")
    if kind == "delivery.erased":
        if d.erased_at is None:
            return "a delivery.erased event must carry the delivery's erased_at"
    elif payload.event.status != KIND_STATUS[kind]:
        return f"a {kind} event must reach the status {KIND_STATUS[kind]}, not {payload.event.status}"
    return None


def without_personal_data(raw: Any) -> Any:
    """A copy of a ``delivery.*`` event (or of its payload) with the phone, township, street
    and note set to ``null`` — what the server keeps of it besides the ``deliveries`` row.
    Anything that is not shaped like one is returned as it is."""
    if not isinstance(raw, dict):
        return raw
    out = copy.deepcopy(raw)
    payload = out.get("payload") if isinstance(out.get("payload"), dict) else out
    d = payload.get("delivery")
    if isinstance(d, dict):
        for name in ("phone", "note"):
            if name in d:
                d[name] = None
        if isinstance(d.get("address"), dict):
            for name in ("township", "street"):
                if name in d["address"]:
                    d["address"][name] = None
    return out


class DeliveryClash(Exception):
    """The delivery is another terminal's (the event is rejected with this reason)."""


def _values(payload: DeliveryPayload, event_uuid: str, received_at: str) -> dict:
    d = payload.delivery
    reached: dict[str, str] = {}
    for h in d.history:
        reached.setdefault(h.status, iso(h.at))
    values = {"uuid": d.uuid, "terminal_code": d.terminal, "number": d.number, "sale_uuid": d.sale_uuid,
              "sale_number": d.sale_number, "channel": d.channel, "channel_order": d.channel_order, "name": d.name,
              "name_bo": d.name_bo, "phone": d.phone, "province": d.address.province,
              "prefecture": d.address.prefecture, "county": d.address.county, "township": d.address.township,
              "street": d.address.street, "note": d.note, "requested_date": d.requested_date, "weight_g": d.weight_g,
              "zone": d.zone, "postage_fen": d.postage_fen, "status": d.status, "carrier": d.carrier,
              "tracking": d.tracking, "postage_paid_fen": d.postage_paid_fen, "created_at": iso(d.created_at),
              "utc_offset_min": d.utc_offset_min, "local_date": local_date(d.created_at, d.utc_offset_min),
              "created_by": d.created_by, "handed_over_at": reached.get("handed_over"),
              "delivered_at": reached.get("delivered"), "returned_at": reached.get("returned"),
              "refund_uuid": d.refund_uuid, "return_disposition": d.return_disposition,
              "erased_at": iso(d.erased_at) if d.erased_at else None, "history_len": len(d.history),
              "event_at": iso(payload.event.at), "event_uuid": event_uuid, "received_at": received_at}
    return values


def _history(delivery_id: int, d: DeliveryCreate) -> list[dict]:
    return [{"delivery_id": delivery_id, "position": i, "status": h.status, "at": iso(h.at),
             "utc_offset_min": h.utc_offset_min, "by_name": h.by} for i, h in enumerate(d.history)]


def apply_delivery(s: Session, terminal: str, event_uuid: str, payload: DeliveryPayload, received_at: str) -> None:
    """Keep the snapshot of ``payload`` (an accepted event ``event_uuid`` of ``terminal``) if
    it is newer than the one stored: longer history, or as long with a later event time.  An
    erasure (the till's ``erased_at`` or the server's) sticks: the personal fields stay NULL
    whatever snapshot comes.  Raises :class:`DeliveryClash` when the delivery is another
    terminal's."""
    d = payload.delivery
    new = _values(payload, event_uuid, received_at)
    old = s.execute(select(DeliveryRow.id, DeliveryRow.terminal_code, DeliveryRow.history_len, DeliveryRow.event_at,
                           DeliveryRow.erased_at).where(DeliveryRow.uuid == d.uuid).with_for_update()).first()
    if old is None:
        delivery_id = s.execute(insert(DeliveryRow).values(**new).returning(DeliveryRow.id)).scalar_one()
        s.execute(insert(DeliveryHistoryRow), _history(delivery_id, d))
        return
    if old.terminal_code != terminal:
        raise DeliveryClash(f"delivery {d.uuid} was received from terminal {old.terminal_code}")
    erased_at = old.erased_at or new["erased_at"]
    if (new["history_len"], new["event_at"]) > (old.history_len, old.event_at):
        if erased_at is not None:
            new.update(dict.fromkeys(PERSONAL_FIELDS), erased_at=erased_at)
        del new["uuid"]
        s.execute(update(DeliveryRow).where(DeliveryRow.id == old.id).values(**new))
        s.execute(delete(DeliveryHistoryRow).where(DeliveryHistoryRow.delivery_id == old.id))
        s.execute(insert(DeliveryHistoryRow), _history(old.id, d))
    elif old.erased_at is None and erased_at is not None:  # an older snapshot, but erased by the till
        s.execute(update(DeliveryRow).where(DeliveryRow.id == old.id)
                  .values(**dict.fromkeys(PERSONAL_FIELDS), erased_at=erased_at))


def _erase_in(s: Session, now: datetime, days: int = ERASE_DAYS) -> int:
    """:func:`erase_personal_data` inside the open write transaction ``s``."""
    if s.get_bind().dialect.name == "postgresql" and not s.execute(
            text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": _ERASE_LOCK}).scalar():
        return 0  # another transaction is erasing right now
    cutoff = iso(now - timedelta(days=days))
    done = or_(DeliveryRow.delivered_at <= cutoff, DeliveryRow.returned_at <= cutoff)
    result = s.execute(update(DeliveryRow).where(DeliveryRow.erased_at.is_(None), done)
                       .values(**dict.fromkeys(PERSONAL_FIELDS), erased_at=iso(now)))
    return int(result.rowcount or 0)


def erase_personal_data(db: Database, now: datetime, days: int = ERASE_DAYS) -> int:
    """Erase the phone, township, street and note of every delivery delivered or returned (the
    till's time of that status) at least ``days`` days before ``now`` (an aware datetime: the
    injected clock), in one transaction; ``erased_at`` becomes ``now``.  The order, its status
    history, county and prefecture stay.  Returns how many deliveries were erased (0 while
    another transaction is erasing, on PostgreSQL).  Called after every push batch and by
    ``yarlung-pos-server deliveries erase``."""
    if days < 0:
        raise ServiceError(f"the days before erasure cannot be negative ({days})")
    with db.write() as s:
        return _erase_in(s, now, days)


class DeliveryReportRowPublic(BaseModel):
    """Deliveries of one key: count, count per status now, postage charged and paid (fen),
    mean days from order to handed over / delivered (one decimal; ``None`` when none did)."""

    key: str
    count: int
    to_pack: int
    packed: int
    handed_over: int
    delivered: int
    returned: int
    postage_fen: int
    postage_paid_fen: int
    avg_days_to_handed_over: float | None
    avg_days_to_delivered: float | None


def _listed(r: DeliveryRow, history: list[dict], unmasked: bool) -> dict:
    phone, street, note = r.phone, r.street, r.note
    if not unmasked:
        phone = rules.mask_phone(phone) if phone else None
        street = rules.mask_text(street) if street else None
        note = rules.mask_text(note) if note else None
    return {"uuid": r.uuid, "number": r.number, "terminal": r.terminal_code, "sale_uuid": r.sale_uuid,
            "sale_number": r.sale_number, "channel": r.channel, "channel_order": r.channel_order,
            "name": r.name, "name_bo": r.name_bo, "phone": phone,
            "address": {"province": r.province, "prefecture": r.prefecture, "county": r.county,
                        "township": r.township, "street": street},
            "note": note, "requested_date": r.requested_date, "weight_g": r.weight_g, "zone": r.zone,
            "postage_fen": r.postage_fen, "postage_paid_fen": r.postage_paid_fen, "status": r.status,
            "carrier": r.carrier, "tracking": r.tracking, "created_at": r.created_at,
            "utc_offset_min": r.utc_offset_min, "created_by": r.created_by,
            "handed_over_at": r.handed_over_at, "delivered_at": r.delivered_at,
            "returned_at": r.returned_at, "refund_uuid": r.refund_uuid,
            "return_disposition": r.return_disposition, "erased_at": r.erased_at,
            "history": history}


def list_deliveries(db: Database, status: str | None = None, *, unmasked: bool = False,
                    who: str = "") -> list[dict]:
    """The deliveries, oldest order first: ``[{"uuid", "number", "terminal", "sale_uuid",
    "sale_number", "channel", "channel_order", "name", "name_bo", "phone", "address": {"province",
    "prefecture", "county", "township", "street"}, "note", "requested_date", "weight_g", "zone",
    "postage_fen", "postage_paid_fen", "status", "carrier", "tracking", "created_at",
    "utc_offset_min", "created_by", "handed_over_at", "delivered_at", "returned_at",
    "refund_uuid", "return_disposition", "erased_at", "history": [{"status", "at",
    "utc_offset_min", "by"}]}]`` (times UTC ISO 8601, money fen).  Unless ``unmasked``, the phone
    is masked (``138****5678``, ``domain.delivery.mask_phone``) and the street and note too
    (``mask_text``); an unmasked list is noted in the server's log under ``who`` (the admin
    token's label), without any personal data.  ``status`` keeps one status only; raises
    :class:`ServiceError` for an unknown one."""
    if status is not None and status not in rules.STATUSES:
        raise ServiceError(f"status must be one of {', '.join(rules.STATUSES)}, not {status[:40]!r}")
    stmt = select(DeliveryRow).order_by(DeliveryRow.created_at, DeliveryRow.number)
    if status is not None:
        stmt = stmt.where(DeliveryRow.status == status)
    with db.read() as s:
        steps: dict[int, list[dict]] = {}
        history = (select(DeliveryHistoryRow).join(DeliveryRow, DeliveryRow.id == DeliveryHistoryRow.delivery_id)
                   .order_by(DeliveryHistoryRow.delivery_id, DeliveryHistoryRow.position))
        if status is not None:
            history = history.where(DeliveryRow.status == status)
        for h in s.scalars(history):
            steps.setdefault(h.delivery_id, []).append(
                {"status": h.status, "at": h.at, "utc_offset_min": h.utc_offset_min, "by": h.by_name})
        out = [_listed(r, steps.get(r.id, []), unmasked) for r in s.scalars(stmt)]
    if unmasked:
        log.warning("deliveries listed unmasked (phone numbers and addresses shown) for admin token %r: "
                    "%d deliveries, status %s", who, len(out), status or "any")
    return out
