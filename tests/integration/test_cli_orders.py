"""``yarlung-pos order list|confirm|cancel`` as a script would use it (real processes on a real
SQLite file holding pulled online orders): JSON out, a cashier's rights without ``--by``, a
wrong PIN refused, bad input one clear line and nothing written."""

import json
import subprocess
import sys

import pytest

from tests.support.shop_orders import order, put_orders


def cli(db, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "yarlung_pos", "--db", str(db), "order", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def db(demo_store, db_path, clock):
    from yarlung_pos.services.demo import ensure_demo_people
    ensure_demo_people(demo_store, clock)  # padma (cashier, PIN 1111), dorje (manager), an open shift
    put_orders(demo_store, order(), order("W-000002", fulfilment="pickup"), order("W-000003"))
    demo_store.close()
    return db_path


def test_list_confirm_cancel(db):
    listed = json.loads(cli(db, "list", "--json").stdout)
    assert [(o["number"], o["fulfilment"], o["total_fen"], o["phone"]) for o in listed] == [
        ("W-000001", "delivery", 9100, "138****5678"), ("W-000002", "pickup", 9100, "138****5678"),
        ("W-000003", "delivery", 9100, "138****5678")]
    r = cli(db, "confirm", "W-000001", "--method", "wechat", "--reference", "wx-1", "--json")
    assert r.returncode == 0, r.stderr
    done = json.loads(r.stdout)
    assert (done["status"], done["postage_fen"], done["total_fen"]) == ("to_pack", 500, 9600)
    assert done["delivery_number"].startswith("D-")
    r = cli(db, "confirm", "W-000002", "--method", "cash", "--by", "padma", "--pin-stdin", "--json", stdin="1111\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["status"] == "picked_up" and json.loads(r.stdout)["delivery_number"] is None
    r = cli(db, "cancel", "W-000003", "--reason", "customer asked", "--json")
    assert r.returncode == 0, r.stderr
    assert (json.loads(r.stdout)["status"], json.loads(r.stdout)["cancel_reason"]) == ("cancelled", "customer asked")
    assert cli(db, "list", "--json").stdout.strip() == "[]"
    everything = json.loads(cli(db, "list", "--status", "all", "--json").stdout)
    assert [o["status"] for o in everything] == ["to_pack", "picked_up", "cancelled"]
    text = cli(db, "list", "--status", "cancelled").stdout
    assert "W-000003" in text and "cancelled" in text


@pytest.mark.parametrize("args, reason", [
    (["confirm", "W-000404", "--method", "cash"], "no online order W-000404"),
    (["confirm", "W-000001", "--method", "wechat"], "needs its reference"),
    (["confirm", "W-000001", "--method", "bitcoin"], "invalid choice"),
    (["cancel", "W-000001", "--reason", " "], "reason"),
    (["confirm", "W-000001", "--method", "cash", "--by", "padma", "--pin-stdin"], "PIN"),
])
def test_bad_input_is_one_line_and_writes_nothing(db, args, reason):
    r = cli(db, *args, stdin="0000\n")
    assert r.returncode != 0 and reason in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) <= 3
    assert [o["number"] for o in json.loads(cli(db, "list", "--json").stdout)] == ["W-000001", "W-000002", "W-000003"]
