"""``yarlung-pos delivery …`` as a script would use it (real processes on a real SQLite file):
create (a sale with postage), list masked, show, pack, hand over (S10 check), deliver, a
return by a manager only, and bad input refused with one clear line and nothing written."""

import json
import subprocess
import sys

import pytest


def cli(db, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "yarlung_pos", "--db", str(db), "delivery", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def db(demo_store, db_path, clock):
    from yarlung_pos.services.demo import ensure_demo_people
    ensure_demo_people(demo_store, clock)  # padma (cashier), dorje (manager, PIN 2222), an open shift
    demo_store.close()
    return db_path


def test_the_delivery_verbs(db):
    r = cli(db, "create", "--sku", "WINE-001:2", "EGG-001", "--name", "索朗卓玛", "--name-bo", "བསོད་ནམས་སྒྲོལ་མ",
            "--phone", "138 1234 5678", "--address", "山南市/琼结县/下水乡/雪村3组12号", "--pay", "wechat::wx-778",
            "--channel", "phone", "--weight", "1.5", "--json")
    assert r.returncode == 0, r.stderr
    made = json.loads(r.stdout)
    assert made["change_fen"] == 0
    assert made["number"] == "D-T01-000001" and made["postage_fen"] == 800 and made["status"] == "to_pack"
    listed = json.loads(cli(db, "list", "--json").stdout)
    assert [(d["number"], d["phone"], d["channel"]) for d in listed] == [("D-T01-000001", "138****5678", "phone")]
    r = cli(db, "list", "--unmasked", "--json")
    assert r.returncode == 1 and "manager" in r.stderr
    r = cli(db, "show", "D-T01-000001", "--unmasked", "--by", "dorje", "--pin-stdin", "--json", stdin="2222\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["phone"] == "13812345678"
    assert json.loads(cli(db, "pack", "D-T01-000001", "--json").stdout)["status"] == "packed"
    r = cli(db, "handover", "D-T01-000001", "--tracking", "RB123456786US", "--json")
    assert r.returncode == 1 and "check digit" in r.stderr and json.loads(r.stdout)["error"]
    r = cli(db, "handover", "D-T01-000001", "--tracking", "RB123456785GB", "--weight", "1.4", "--json")
    assert json.loads(r.stdout)["tracking"] == "RB123456785GB" and json.loads(r.stdout)["weight_g"] == 1400
    r = cli(db, "return", "D-T01-000001", "--restock", "--json")
    assert r.returncode == 1 and "manager" in r.stderr
    r = cli(db, "return", "D-T01-000001", "--restock", "--by", "dorje", "--pin-stdin", "--json", stdin="2222\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["status"] == "returned" and json.loads(r.stdout)["disposition"] == "restock"
    shown = json.loads(cli(db, "show", "RB123456785GB", "--json").stdout)
    assert [h["status"] for h in shown["history"]] == ["to_pack", "packed", "handed_over", "returned"]


@pytest.mark.parametrize("bad, reason", [
    (["--phone", "12345"], "not a phone number"),
    (["--address", "山南市/琼结县"], "--address"),
    (["--address", "山南市//雪村"], "county"),
    (["--pay", "bitcoin:5"], "--pay"),
    (["--sku", "NOPE-404"], "NOPE-404"),
    (["--sku", "WINE-001:abc"], "not a quantity"),
    (["--sku", "WINE-001:1e3"], "not a quantity"),
])
def test_bad_input_is_one_line_and_writes_nothing(db, bad, reason):
    args = {"--sku": ["WINE-001"], "--name": ["Tashi"], "--phone": ["13812345678"],
            "--address": ["山南市/琼结县/雪村"], "--pay": ["cash:500"]}
    args.update({bad[0]: bad[1:]})
    flat = [x for k, v in args.items() for x in (k, *v)]
    r = cli(db, "create", *flat, "--json")
    assert r.returncode != 0 and reason in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert json.loads(cli(db, "list", "--json").stdout) == []


def test_the_postage_table_is_a_managers_setting(db, tmp_path):
    table = json.loads(cli(db, "postage", "--json").stdout)
    assert table["bands"][0] == [1000, {"county": 500, "prefecture": 800, "tibet": 1200, "china": 1800}]
    table["bands"][0][1]["county"] = 600
    f = tmp_path / "postage.json"
    f.write_text(json.dumps(table))
    r = cli(db, "postage", "--set", str(f), "--json")
    assert r.returncode == 1 and "manager" in r.stderr
    r = cli(db, "postage", "--set", str(f), "--by", "dorje", "--pin-stdin", "--json", stdin="2222\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["bands"][0][1]["county"] == 600
    f.write_text('{"bands": "cheap"}')
    r = cli(db, "postage", "--set", str(f), "--by", "dorje", "--pin-stdin", stdin="2222\n")
    assert r.returncode == 1 and "postage table" in r.stderr and "Traceback" not in r.stderr


def test_labels_and_slips_as_pdf_and_the_sender(db, tmp_path):
    import pypdfium2
    r = cli(db, "create", "--sku", "OIL-001", "--name", "Tashi", "--phone", "0893-7831234", "--address",
            "西藏自治区/拉萨市/城关区/八廓街/12号", "--pay", "cash:200", "--json")
    number = json.loads(r.stdout)["number"]
    r = cli(db, "sender", "--phone", "0893 783 1234", "--json")
    assert r.returncode == 1 and "manager" in r.stderr
    r = cli(db, "sender", "--address", "西藏自治区山南市琼结县 雅砻优选展馆", "--phone", "0893 7831234", "--by", "dorje",
            "--pin-stdin", "--json", stdin="2222\n")
    assert json.loads(r.stdout)["phone"] == "0893-7831234", r.stderr
    out = tmp_path / "labels.pdf"
    r = cli(db, "labels", number, "--template", "100x180", "-o", str(out), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["pages"] == 1
    assert [round(x / 72 * 25.4) for x in pypdfium2.PdfDocument(str(out))[0].get_size()] == [100, 180]
    r = cli(db, "labels", number, "D-T01-000999", "--template", "100x150", "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 1 and "D-T01-000999" in r.stderr and not (tmp_path / "x.pdf").exists()
    r = cli(db, "slips", number, "-o", str(tmp_path / "slips.pdf"), "--json")
    assert json.loads(r.stdout)["pages"] == 1
    r = cli(db, "labels", number, "-o", str(db))
    assert r.returncode == 1 and "Traceback" not in r.stderr  # never over the database


def test_the_delivery_policy_is_a_managers_setting(db):
    assert json.loads(cli(db, "policy", "--json").stdout) == {"erase_days": 180, "return_postage": "keep"}
    r = cli(db, "policy", "--erase-days", "90", "--json")
    assert r.returncode == 1 and "manager" in r.stderr
    r = cli(db, "policy", "--erase-days", "0", "--by", "dorje", "--pin-stdin", "--json", stdin="2222\n")
    assert r.returncode == 1 and "between 1 and 3650" in r.stderr
    r = cli(db, "policy", "--erase-days", "90", "--return-postage", "refund", "--by", "dorje", "--pin-stdin", "--json",
            stdin="2222\n")
    assert json.loads(r.stdout) == {"erase_days": 90, "return_postage": "refund"}, r.stderr
