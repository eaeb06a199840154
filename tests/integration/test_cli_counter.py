"""``yarlung-pos user|shift|audit|policy`` as a script would use them (real processes)."""

import json
import subprocess
import sys


def cli(db, *args, stdin=""):
    proc = subprocess.run([sys.executable, "-m", "yarlung_pos", "--db", str(db), *args], input=stdin,
                          capture_output=True, text=True, timeout=120)
    return proc


def test_users_policy_audit_and_shift_status(tmp_path):
    db = tmp_path / "t.db"
    r = cli(db, "user", "add", "dorje", "--name", "Dorje Tsering", "--role", "manager", "--pin-stdin", "--json",
            stdin="2468\n")
    assert r.returncode == 1 and "first user of a till must be its administrator" in r.stderr
    r = cli(db, "user", "add", "lhamo", "--role", "admin", "--pin-stdin", "--json", stdin="9753\n")
    assert r.returncode == 0, r.stderr
    r = cli(db, "user", "add", "dorje", "--name", "Dorje Tsering", "--role", "manager", "--pin-stdin", "--json",
            stdin="2468\n")
    assert r.returncode == 1 and "--by ADMIN" in r.stderr                # nobody says who adds them
    r = cli(db, "user", "add", "dorje", "--name", "Dorje Tsering", "--role", "manager", "--by", "lhamo",
            "--pin-stdin", "--json", stdin="9753\n2468\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"username": "dorje", "name": "Dorje Tsering", "role": "manager"}
    r = cli(db, "user", "add", "padma", "--by", "dorje", "--pin-stdin", "--json", stdin="2468\n1111\n")
    assert r.returncode == 1 and "needs an admin" in r.stderr            # a manager cannot add people
    r = cli(db, "user", "add", "padma", "--by", "lhamo", "--pin-stdin", "--json", stdin="9753\n1111\n")
    assert json.loads(r.stdout)["role"] == "cashier"
    r = cli(db, "user", "set-pin", "lhamo", "--by", "padma", "--pin-stdin", stdin="1111\n4444\n")
    assert r.returncode == 1 and "needs an admin" in r.stderr            # a cashier cannot take over the admin
    users = json.loads(cli(db, "user", "list", "--json").stdout)["users"]
    assert [u["username"] for u in users] == ["dorje", "lhamo", "padma"]
    assert all(u["active"] and not u["locked"] for u in users)

    r = cli(db, "policy", "--rounding", "drop_fen", "--by", "padma", "--pin-stdin", "--json", stdin="1111\n")
    assert r.returncode == 1 and "needs a manager" in r.stderr and json.loads(r.stdout)["error"]
    r = cli(db, "policy", "--rounding", "drop_fen", "--by", "dorje", "--pin-stdin", "--json", stdin="0000\n")
    assert r.returncode == 1 and "wrong PIN" in r.stderr and "Traceback" not in r.stderr
    r = cli(db, "policy", "--rounding", "drop_fen", "--discount-limit", "20", "--by", "dorje", "--pin-stdin",
            "--json", stdin="2468\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["rounding"] == "drop_fen" and json.loads(r.stdout)["discount_limit_fen"] == 2000

    entries = json.loads(cli(db, "audit", "--json").stdout)["entries"]
    actions = [e["action"] for e in entries]
    assert actions.count("login_failed") == 1 and "settings_changed" in actions
    assert json.loads(cli(db, "audit", "--action", "settings_changed", "--json").stdout)["entries"][0]["user"] == "dorje"
    assert json.loads(cli(db, "shift", "status", "--json").stdout) == {"open": None}
    # a till not enrolled still has its receipt prefix
    status = json.loads(cli(db, "sync", "status", "--json").stdout)
    assert (status["enrolled"], status["terminal"], status["server"]) == (False, "T01", None)
    r = cli(db, "shift", "z", "Z-T01-000009", "--json")
    assert r.returncode == 1 and json.loads(r.stdout) == {"error": "no Z report Z-T01-000009"}


def test_pin_needs_stdin_or_a_terminal_and_bad_pins_are_refused(tmp_path):
    db = tmp_path / "t.db"
    r = cli(db, "user", "add", "tashi", "--role", "admin")
    assert r.returncode == 1 and "--pin-stdin" in r.stderr
    r = cli(db, "user", "add", "tashi", "--role", "admin", "--pin-stdin", stdin="12\n")
    assert r.returncode == 1 and "4 to 8 digits" in r.stderr
    r = cli(db, "user", "unlock", "nobody")
    assert r.returncode == 1 and "no users yet" in r.stderr
    cli(db, "user", "add", "tashi", "--role", "admin", "--pin-stdin", stdin="1234\n")
    r = cli(db, "user", "unlock", "nobody", "--by", "tashi", "--pin-stdin", stdin="1234\n")
    assert r.returncode == 1 and "no user nobody" in r.stderr
    r = cli(db, "user", "deactivate", "tashi", "--by", "tashi", "--pin-stdin", stdin="0000\n")
    assert r.returncode == 1 and "wrong PIN" in r.stderr and "Traceback" not in r.stderr
    r = cli(db, "policy", "--discount-limit-pct", "nan", "--by", "tashi", "--pin-stdin", "--json", stdin="1234\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr and "error" in json.loads(r.stdout)
