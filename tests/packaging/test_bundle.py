"""The Linux bundle (issue 13, "Must show"): ``make package`` builds ``dist/yarlung-pos/`` (again
only when a source is newer), and the built till starts and answers commands in an empty
environment (``env -i``, a new HOME, no virtualenv on PATH) on a new database.  The .deb
declares the system libraries of Qt's xcb platform."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from yarlung_pos.platform_check import XCB_LIBRARIES

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux")]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "yarlung-pos"
EXE = BUNDLE / "yarlung-pos"
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 120


def _version() -> str:
    import tomllib
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


ARCHIVE = ROOT / "dist" / f"yarlung-pos-{_version()}-linux-x86_64.tar.gz"
DEB = ROOT / "dist" / f"yarlung-pos_{_version()}_amd64.deb"


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The built bundle's executable.  ``make package`` rebuilds the folder only when a source,
    an asset or the spec is newer than it (else it returns at once), then the archive and .deb."""
    if shutil.which("make") is None:
        pytest.fail("make is needed to build the bundle (make package)")
    r = subprocess.run(["make", "--no-print-directory", "package"], cwd=ROOT, capture_output=True, text=True,
                       timeout=BUILD_TIMEOUT_S)
    assert r.returncode == 0, f"make package failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    assert EXE.is_file() and ARCHIVE.is_file() and DEB.is_file()
    return EXE


def _run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run the bundle as a user on a bare machine would: nothing inherited but HOME and PATH."""
    cwd = home / "work"
    cwd.mkdir(exist_ok=True)
    return subprocess.run(["env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin", str(EXE), *args], cwd=cwd,
                          input=stdin, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)


def test_the_bundle_starts_on_a_new_database_and_answers_two_commands(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "new.db"
    r = _run(home, "--smoke", "--db", str(db), "--lang", "bo")
    assert r.returncode == 0, r.stderr
    assert "ready in" in r.stdout
    assert "no translation file" not in r.stderr  # the .qm files are in the bundle
    assert "Traceback" not in r.stderr
    assert db.is_file()  # the migrations ran from the bundle

    r = _run(home, "user", "add", "ama", "--name", "Ama Dolkar", "--role", "admin", "--by", "ama",
             "--pin-stdin", "--json", "--db", str(db), stdin="4826\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"username": "ama", "name": "Ama Dolkar", "role": "admin"}
    r = _run(home, "user", "list", "--json", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["users"] == [
        {"username": "ama", "name": "Ama Dolkar", "role": "admin", "active": True, "locked": False}]

    r = _run(home, "sync", "status", "--json", "--db", str(db))
    assert r.returncode == 0, r.stderr
    status = json.loads(r.stdout)
    assert status["enrolled"] is False and status["rejected"] == 0 and status["terminal"] == "T01"


def test_the_bundle_holds_the_demo_catalogue_and_fonts(bundle, tmp_path):
    """``--demo`` loads the shipped catalogue (CSV files and fonts inside the bundle)."""
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "demo.db"
    r = _run(home, "--smoke", "--demo", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "ready in" in r.stdout
    r = _run(home, "stock", "level", "--json", "--db", str(db))
    assert r.returncode == 0, r.stderr
    levels = json.loads(r.stdout)
    assert len(levels) == 84 and all(set(row) >= {"sku", "level"} for row in levels)


def test_the_bundle_leaves_out_the_server_and_unused_qt(bundle):
    internal = BUNDLE / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert not {"fastapi", "uvicorn", "pydantic", "psycopg", "pytest"} & names
    assert not [n for n in names if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libQt63D"))]
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert not (internal / "yarlung_pos" / "server").exists()


def test_the_archive_holds_the_folder(bundle):
    with tarfile.open(ARCHIVE) as tar:
        members = set(tar.getnames())
    assert "yarlung-pos/yarlung-pos" in members
    assert "yarlung-pos/_internal/assets/fonts/NotoSerifTibetan-Regular.ttf" in members


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_the_deb_declares_the_xcb_platform_libraries(bundle):
    control = subprocess.run(["dpkg-deb", "-f", str(DEB), "Depends"], capture_output=True, text=True,
                             check=True, timeout=RUN_TIMEOUT_S).stdout
    depends = {d.strip() for d in control.split(",")}
    # the libraries whose absence made Qt abort with its misleading message (issue 13), and the rest
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1",
            "libfontconfig1", "libdbus-1-3"} <= depends
    assert set(XCB_LIBRARIES.values()) <= depends
    info = subprocess.run(["dpkg-deb", "-I", str(DEB)], capture_output=True, text=True, check=True,
                          timeout=RUN_TIMEOUT_S).stdout
    assert "Package: yarlung-pos" in info and "Architecture: amd64" in info
    listing = subprocess.run(["dpkg-deb", "-c", str(DEB)], capture_output=True, text=True, check=True,
                             timeout=RUN_TIMEOUT_S).stdout
    assert "./opt/yarlung-pos/yarlung-pos\n" in listing
    assert "./usr/bin/yarlung-pos -> /opt/yarlung-pos/yarlung-pos" in listing
    assert "./usr/share/applications/yarlung-pos.desktop" in listing
