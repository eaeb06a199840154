"""The check that Qt's xcb platform can load its system libraries (issue 13: Qt's abort named only
xcb-cursor0 whatever was missing)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from yarlung_pos import platform_check
from yarlung_pos.platform_check import (XCB_LIBRARIES, check_screen_libraries, chosen_platform,
                                        missing_libraries, missing_message)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb platform is Linux's")


def test_message_names_the_missing_libraries_and_their_packages():
    line = missing_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1 are missing" in line
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in line
    assert "xcb-cursor" not in line  # Qt's misleading hint is not repeated


def test_message_lists_a_package_once_and_names_an_unknown_library_as_it_is():
    line = missing_message(["libglib-2.0.so.0", "libgthread-2.0.so.0", "libfoo.so.9"])
    assert line.count("libglib2.0-0") == 1
    assert "libfoo.so.9" in line and "sudo apt install libglib2.0-0 (" in line
    assert "library libxcb-cursor.so.0 is missing; install it with: sudo apt install libxcb-cursor0" in \
        missing_message(["libxcb-cursor.so.0"])
    with pytest.raises(ValueError):
        missing_message([])


@linux_only
def test_a_library_that_is_not_there_is_reported_on_one_line(monkeypatch, tmp_path):
    """A fake list with one library that exists nowhere: the check reports it and its package."""
    monkeypatch.setitem(XCB_LIBRARIES, "libyarlung-absent.so.7", "libyarlung-absent7")
    err = io.StringIO()
    missing = check_screen_libraries(environ={"DISPLAY": ":0"}, platform="linux", stream=err)
    assert "libyarlung-absent.so.7" in missing
    assert err.getvalue().count("\n") == 1
    assert "libyarlung-absent7" in err.getvalue().split("sudo apt install", 1)[1]


@linux_only
def test_a_library_found_in_the_bundle_folder_counts_as_there(tmp_path):
    """The bundle's own folder is searched first: a real library copied there under a name the
    system does not know loads from it."""
    libz = next(Path(p) for p in ("/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1",
                                   "/lib64/libz.so.1", "/usr/lib/libz.so.1") if Path(p).is_file())
    shutil.copy(libz, tmp_path / "libyarlung-copy.so.1")
    assert missing_libraries(["libyarlung-copy.so.1"], search_dirs=[tmp_path]) == []
    assert missing_libraries(["libyarlung-copy.so.1"], search_dirs=[]) == ["libyarlung-copy.so.1"]


def test_only_the_xcb_platform_is_checked():
    assert chosen_platform({}) == "xcb"
    assert chosen_platform({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert chosen_platform({"QT_QPA_PLATFORM": "xcb:nomitshm;wayland"}) == "xcb"
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert chosen_platform(wayland, wayland_plugin=True) == "wayland"
    assert chosen_platform(wayland, wayland_plugin=False) == "xcb"  # the bundle has no wayland plugin
    err = io.StringIO()
    assert check_screen_libraries(environ={"QT_QPA_PLATFORM": "offscreen"}, platform="linux", stream=err) == []
    assert check_screen_libraries(environ={}, platform="win32", stream=err) == []
    assert err.getvalue() == ""


def _system_has(soname: str) -> bool:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, timeout=30).stdout
    return any(line.strip().startswith(soname + " ") for line in out.splitlines())


@linux_only
@pytest.mark.skipif(shutil.which("ldconfig") is None and not Path("/sbin/ldconfig").exists(),
                    reason="needs ldconfig to know independently what this machine has")
def test_on_this_machine_the_check_reports_exactly_what_the_linker_cannot_find():
    """The real check: what it reports missing is what ``ldconfig -p`` does not list (checked
    library by library, so a machine with all of them reports nothing)."""
    expected = [name for name in XCB_LIBRARIES if not _system_has(name)]
    assert missing_libraries(search_dirs=[]) == expected
    err = io.StringIO()
    reported = check_screen_libraries(environ={"DISPLAY": ":0"}, platform="linux", stream=err)
    assert reported == expected
    assert (err.getvalue() == "") == (not expected)
    print("missing on this machine:", expected or "nothing")


@linux_only
@pytest.mark.skipif(shutil.which("objdump") is None, reason="needs objdump (binutils) to read the plugin's NEEDED")
def test_the_list_covers_every_system_library_of_the_installed_xcb_plugin():
    """A PySide6 upgrade that links the xcb plugin to a new library fails here until the list
    (and so the .deb's Depends) names it."""
    plugin_dir = next(iter(platform_check._qt_plugin_dirs()))
    qt_lib = plugin_dir.parent / "lib"
    files = [plugin_dir / "platforms" / "libqxcb.so"] + [qt_lib / f"libQt6{m}.so.6" for m in ("XcbQpa", "Gui", "DBus")]
    runtime = ("libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "ld-linux", "libz.so", "libzstd.so",
               "libpthread.so", "libdl.so", "librt.so", "libQt6", "libicu")
    needed = set()
    for f in files:
        out = subprocess.run(["objdump", "-p", str(f)], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "LC_ALL": "C"}).stdout
        needed |= {line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")}
    assert needed, files
    uncovered = sorted(n for n in needed if not n.startswith(runtime) and n not in XCB_LIBRARIES)
    assert uncovered == []


@linux_only
def test_the_till_stops_with_the_line_before_qt_when_a_library_is_missing(monkeypatch, tmp_path, capsys):
    """Through the real command line: ``yarlung-pos --smoke`` on a screen (xcb) with one library
    that cannot be loaded exits 1 with the one line, and touches no database."""
    from yarlung_pos.cli import main
    monkeypatch.setitem(XCB_LIBRARIES, "libyarlung-absent.so.7", "libyarlung-absent7")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":97")
    db = tmp_path / "till.db"
    with pytest.raises(SystemExit) as stop:
        main(["--smoke", "--db", str(db)])
    assert stop.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "libyarlung-absent.so.7" in err[0] and "sudo apt install" in err[0]
    assert "Traceback" not in err[0]
    assert not db.exists()
