"""The one error path of both command-line programs (``cli_support.run_main``): one line on
stderr and a non-zero exit, never a traceback — also into a closed pipe; repeated options
add up or are refused."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from yarlung_pos import cli, cli_support
from yarlung_pos.domain.model import DomainError

from ..conftest import DEMO


def run(module: str, *args, close_stdout: bool = False, stdin: str | None = None):
    """Run ``python -m module args`` for real; with ``close_stdout`` its stdout is a pipe
    whose reader has gone away (``… | head`` that has read enough)."""
    if not close_stdout:
        return subprocess.run([sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True,
                              timeout=120, input=stdin)
    proc = subprocess.Popen([sys.executable, "-m", module, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # the reader is gone before the program writes anything
    _, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, "", err)


@pytest.fixture
def demo_db(tmp_path):
    db = tmp_path / "demo.db"
    for kind in ("categories", "cooperatives", "products"):
        r = run("yarlung_pos", "catalogue", "import", DEMO / f"{kind}.csv", "--db", db)
        assert r.returncode == 0, r.stderr
    return db


def test_server_report_into_a_closed_pipe_ends_quietly(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    r = run("yarlung_pos.server", "catalogue", "import", DEMO / "categories.csv", DEMO / "cooperatives.csv",
            DEMO / "products.csv", "--database-url", url)
    assert r.returncode == 0, r.stderr
    r = run("yarlung_pos.server", "report", "stock", "--database-url", url, close_stdout=True)
    assert r.returncode == cli_support.EXIT_PIPE
    assert "Traceback" not in r.stderr and "BrokenPipeError" not in r.stderr and "Exception ignored" not in r.stderr


def test_till_command_into_a_closed_pipe_ends_quietly(demo_db):
    r = run("yarlung_pos", "stock", "level", "--db", demo_db, close_stdout=True)
    assert r.returncode == cli_support.EXIT_PIPE
    assert r.stderr == ""


def test_repeated_sku_flags_add_up(demo_db, tmp_path):
    out = tmp_path / "labels.pdf"
    r = run("yarlung_pos", "labels", "--sku", "WINE-001:3", "--sku", "GRAIN-002:2", "IRON-003", "--template",
            "a4-3x8", "-o", out, "--db", demo_db, "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["labels"] == 6 and doc["skus"] == ["GRAIN-002", "IRON-003", "WINE-001"]


@pytest.mark.parametrize("args", [
    ["labels", "--sku", "WINE-001", "--template", "a4-3x8", "--template", "roll-50x30", "-o", "x.pdf"],
    ["stock", "adjust", "WINE-001", "-1", "--reason", "damaged", "--reason", "gift"],
    ["report", "daily", "--date", "2026-11-29", "--date", "2026-11-30"],
])
def test_a_single_value_option_given_twice_is_refused(demo_db, args):
    r = run("yarlung_pos", *args, "--db", demo_db, "--json")
    assert r.returncode == cli_support.EXIT_USAGE
    assert "given more than once" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "given more than once" in json.loads(r.stdout)["error"]


def test_a_shortened_option_is_not_guessed(demo_db):
    r = run("yarlung_pos", "labels", "--sk", "WINE-001", "--template", "a4-3x8", "-o", "x.pdf", "--db", demo_db)
    assert r.returncode == cli_support.EXIT_USAGE and "Traceback" not in r.stderr


def test_server_cli_refuses_a_repeated_option(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    r = run("yarlung_pos.server", "terminal", "add", "T05", "--database-url", url, "--database-url", url)
    assert r.returncode == cli_support.EXIT_USAGE and "given more than once" in r.stderr


def test_an_approval_the_cli_cannot_give_is_one_line(tmp_path):
    db = tmp_path / "till.db"
    r = run("yarlung_pos", "user", "add", "admin", "--role", "admin", "--db", db, "--pin-stdin", stdin="9999\n")
    assert r.returncode == 0, r.stderr
    r = run("yarlung_pos", "user", "add", "dorje", "--role", "manager", "--by", "admin", "--db", db, "--pin-stdin",
            stdin="9999\n2222\n")
    assert r.returncode == 0, r.stderr
    # a manager may not add users: the services say so, the CLI only passes it on
    r = run("yarlung_pos", "user", "add", "eve", "--by", "dorje", "--db", db, "--pin-stdin", "--json",
            stdin="2222\n3333\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert json.loads(r.stdout) == {"error": "managing users needs an admin"}


def test_run_main_turns_every_failure_into_one_line(capsys):
    def boom(argv):
        raise RuntimeError("the disk caught fire\nsecond line")
    assert cli_support.run_main("prog", ["--json"], boom) == cli_support.EXIT_INTERNAL
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("prog: internal error: RuntimeError: the disk caught fire")
    assert json.loads(out)["error"].startswith("internal error")

    def refused(argv):
        raise DomainError("no {what}", what="way")
    assert cli_support.run_main("prog", [], refused) == cli_support.EXIT_FAIL
    assert capsys.readouterr().err == "prog: no way\n"


def test_the_tills_parser_has_one_rule_for_every_subcommand():
    parser = cli.build_parser()
    with pytest.raises(cli_support.CliError) as exc:
        parser.parse_args(["sales", "export", "-o", "a.jsonl", "-o", "b.jsonl"])
    assert exc.value.code == cli_support.EXIT_USAGE
