"""Malformed input never makes the server fail: its OpenAPI fuzzed with schemathesis (valid and
invalid requests for every operation) and hypothesis-made event batches.  No 500s."""

from __future__ import annotations

import json
import os
import uuid as uuid_mod
from datetime import timedelta

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

from .conftest import API, auth, batch, enrol, sale_event, stock_event
from .deliveries_support import days_ago, delivery_life

pytestmark = pytest.mark.slow

#: examples per operation and mode (raise it for a longer hunt: YARLUNG_FUZZ_EXAMPLES=500)
EXAMPLES = int(os.environ.get("YARLUNG_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def _headers_for(path: str, srv, token: str) -> dict[str, str]:
    if path.startswith(f"{API}/reports") or path == f"{API}/deliveries":
        return auth(srv.admin)
    if path in (f"{API}/events", f"{API}/catalogue"):
        return auth(token)
    return {}


def _send(client: httpx.Client, srv, op, case, headers: dict[str, str], statuses: dict, failures: list) -> None:
    """Send one generated request with a real token; record its status and any 5xx."""
    if op.path == f"{API}/events" and isinstance(case.body, dict) and "terminal" in case.body:
        case.body["terminal"] = "Z01"  # else almost every batch is a 403 (tested elsewhere)
    kwargs = case.as_transport_kwargs(base_url=srv.url)
    if headers:  # a real token, not a made-up one
        kwargs["headers"] = {**{k: v for k, v in (kwargs.get("headers") or {}).items()
                                if k.lower() != "authorization"}, **headers}
    kwargs = {k: v for k, v in kwargs.items() if k in ("method", "url", "headers", "params", "json", "data", "content")}
    if "data" in kwargs and not isinstance(kwargs["data"], dict):
        kwargs["content"] = kwargs.pop("data")
    try:
        response = client.request(**kwargs)
    except (httpx.InvalidURL, httpx.LocalProtocolError, UnicodeEncodeError, TypeError):
        return  # the client cannot even send it
    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    if response.status_code >= 500:
        failures.append((op.method, op.path, case.as_curl_command(), response.text[:300]))


def _fuzzer(op, mode, send):
    @FUZZ
    @given(case=op.as_strategy(generation_mode=mode))
    def run(case):
        send(case)

    return run


def test_openapi_fuzzed_with_schemathesis_gives_no_server_errors(srv):
    schemathesis = pytest.importorskip("schemathesis")
    token = enrol(srv, "Z01")
    schema = schemathesis.openapi.from_url(f"{srv.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {f"{API}/enrol", f"{API}/events", f"{API}/catalogue",
                                              f"{API}/reports/sales", f"{API}/reports/stock",
                                              f"{API}/reports/terminals", f"{API}/reports/shifts",
                                              f"{API}/reports/audit", f"{API}/reports/deliveries",
                                              f"{API}/deliveries", f"{API}/health"}
    failures: list = []
    statuses: dict[int, int] = {}
    with httpx.Client(timeout=30) as client:
        for op in operations:
            headers = _headers_for(op.path, srv, token)
            for mode in schemathesis.GenerationMode:
                try:
                    _fuzzer(op, mode, lambda case, op=op, headers=headers: _send(client, srv, op, case, headers,
                                                                                statuses, failures))()
                except Unsatisfiable:  # e.g. no invalid request exists for GET /health
                    pass
    assert not failures, failures[:5]
    assert 200 in statuses and 422 in statuses  # both valid and invalid requests got through


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)


def _mutate(draw, event: dict) -> dict:
    """Break an event somewhere: drop or replace a key at any depth."""
    event = json.loads(json.dumps(event))
    node = event
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            return event
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, (dict, list)) and child and draw(st.booleans()):
            node = child
            continue
        if isinstance(node, dict) and draw(st.booleans()):
            del node[key]
        else:
            node[key] = draw(json_values)
        return event


def _good_event(code: str, choice: int) -> dict:
    """A valid event of each kind the server derives rows from (issue #7 included)."""
    from .test_shifts_audit import DISCOUNTED, audit, cash_moved, priced_sale, shift_closed, shift_opened
    if choice == 1:
        return sale_event(code, [("GRAIN-001", "1", 2200)])
    if choice == 2:
        return stock_event("stock.adjusted", {"sku": "GRAIN-001", "qty": "-1", "reason": "damaged", "note": ""})
    if choice == 3:
        return priced_sale(code, DISCOUNTED, rounding=-4)
    if choice == 4:
        return shift_closed(f"Z-{uuid_mod.uuid4().hex[:8]}", "SH-1")
    if choice == 5:
        return audit("refund", approved_by="Dawa", details={"lines": [[1, "1"]], "total_fen": -2200})
    if choice in (7, 8):  # a new delivery, or one already delivered (out of order)
        t = days_ago(2)
        life = delivery_life(code, 1, t, reached={"packed": t + timedelta(hours=1),
                                                  "handed_over": t + timedelta(days=1),
                                                  "delivered": t + timedelta(days=2)})
        return life[0] if choice == 7 else life[-1]
    return shift_opened("SH-2") if choice == 6 else cash_moved("SH-2", "out", 500)


@st.composite
def event_batches(draw, code: str):
    events = []
    for _ in range(draw(st.integers(1, 6))):
        choice = draw(st.integers(0, 9))
        if choice == 0:
            events.append(draw(json_values))
        else:
            good = _good_event(code, choice)
            events.append(_mutate(draw, good) if draw(st.booleans()) else good)
    return batch(code, events, schema=draw(st.sampled_from([1, 2])))


def test_hypothesis_made_batches_are_answered_event_by_event(srv):
    token = enrol(srv, "Z02")

    @FUZZ
    @given(body=event_batches("Z02"))
    def run(body):
        # json.dumps writes NaN and Infinity (Python's json.loads on the server reads them)
        r = httpx.post(f"{srv.url}{API}/events", content=json.dumps(body).encode(), timeout=30,
                       headers={**auth(token), "Content-Type": "application/json"})
        assert r.status_code in (200, 403), r.text
        if r.status_code == 200:
            results = r.json()["results"]
            assert len(results) == len(body["events"])
            for ev, res in zip(body["events"], results):
                if res["status"] == "rejected":
                    assert res["reason"]
                elif isinstance(ev, dict):
                    assert res["uuid"] == str(uuid_mod.UUID(ev["uuid"]))

    run()


@FUZZ
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def _raw_bodies(srv, token, raw):
    for encoding in (None, "gzip"):
        headers = {**auth(token), "Content-Type": "application/json"}
        if encoding:
            headers["Content-Encoding"] = encoding
        r = httpx.post(f"{srv.url}{API}/events", content=raw, headers=headers, timeout=30)
        assert r.status_code < 500, (raw, r.text)
        r = httpx.post(f"{srv.url}{API}/enrol", content=raw, headers={"Content-Type": "application/json"}, timeout=30)
        assert r.status_code < 500, (raw, r.text)


def test_arbitrary_bytes_as_body_give_no_server_errors(srv):
    token = enrol(srv, "Z03")
    assert token
    _raw_bodies(srv, token)  # asserts every answer is below 500
