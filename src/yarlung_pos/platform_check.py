"""Before the till opens its window on Linux: are the system libraries of Qt's xcb platform there?

Qt's xcb platform plugin (``libqxcb.so``, with ``libQt6XcbQpa``, ``libQt6Gui`` and ``libQt6DBus``)
links to about twenty X11, XCB, OpenGL and font libraries that PySide6 and the bundle do not ship.
When one is missing Qt aborts with a message that names only ``xcb-cursor0`` whatever is really
missing (issue 13).  :func:`check_screen_libraries` tries to load each one (``ctypes``) before the
``QApplication`` exists and, when some are missing, prints one line naming them and the
Debian/Ubuntu packages to install.

Nothing here imports Qt; the check costs a few milliseconds (the libraries are the ones Qt would
load a moment later anyway).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

__all__ = ["XCB_LIBRARIES", "chosen_platform", "missing_libraries", "missing_message",
           "check_screen_libraries", "exit_if_screen_libraries_missing"]

#: soname → the Debian/Ubuntu package that ships it: every library outside Qt and the C/C++
#: runtime that ``libqxcb.so``, ``libQt6XcbQpa.so.6``, ``libQt6Gui.so.6`` and ``libQt6DBus.so.6``
#: of PySide6 6.6–6.11 link to (``objdump -p … | grep NEEDED``; kept complete by
#: tests/unit/test_platform_check.py).  The same packages are the ``Depends:`` of the .deb
#: (packaging/linux/build_deb.py).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def chosen_platform(environ: Mapping[str, str] | None = None, wayland_plugin: bool | None = None) -> str:
    """The Qt platform plugin a ``QApplication`` created now would try first, e.g. ``"xcb"``,
    ``"offscreen"``, ``"wayland"``: the first entry of ``$QT_QPA_PLATFORM`` (``"xcb:opt=1;wayland"``
    gives ``"xcb"``) if set; else ``"wayland"`` in a Wayland session (``$XDG_SESSION_TYPE`` and
    ``$WAYLAND_DISPLAY`` set) when Qt has its wayland plugin (``wayland_plugin``; looked up in
    PySide6's plugin folder when ``None``); else ``"xcb"``."""
    env = os.environ if environ is None else environ
    explicit = (env.get("QT_QPA_PLATFORM") or "").strip()
    if explicit:
        return explicit.split(";", 1)[0].split(":", 1)[0].strip()
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        if wayland_plugin is None:
            wayland_plugin = any(d.joinpath("platforms").glob("libqwayland*") for d in _qt_plugin_dirs())
        if wayland_plugin:
            return "wayland"
    return "xcb"


def _qt_plugin_dirs() -> list[Path]:
    """Where PySide6 keeps its plugins (found without importing Qt)."""
    import importlib.util
    spec = importlib.util.find_spec("PySide6")
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    return [d for root in roots for d in (root / "Qt" / "plugins", root / "plugins") if d.is_dir()]


def _search_dirs() -> list[Path]:
    """Folders to try a library in before the system's: the bundle's (PyInstaller puts the
    libraries it collected in ``sys._MEIPASS``) and PySide6's own ``Qt/lib``."""
    dirs = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        dirs += [Path(meipass), Path(meipass) / "PySide6" / "Qt" / "lib"]
    dirs += [d.parent / "lib" for d in _qt_plugin_dirs()]  # PySide6/Qt/plugins → PySide6/Qt/lib
    return [d for d in dirs if d.is_dir()]


def _loads(soname: str, search_dirs: Iterable[Path]) -> bool:
    for folder in search_dirs:
        candidate = Path(folder) / soname
        if candidate.is_file():
            try:
                ctypes.CDLL(str(candidate))
                return True
            except OSError:
                pass
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return False


def missing_libraries(sonames: Iterable[str] | None = None, search_dirs: Iterable[Path] | None = None) -> list[str]:
    """The sonames among ``sonames`` (default: all of :data:`XCB_LIBRARIES`, in its order) that
    cannot be loaded: not found, or found but one of their own dependencies is missing.  Each
    is tried in ``search_dirs`` (default: the bundle's and PySide6's library folders) and then by
    the dynamic linker's search (``ctypes.CDLL``).  Returns ``[]`` when all load."""
    dirs = list(_search_dirs() if search_dirs is None else search_dirs)
    names = list(XCB_LIBRARIES if sonames is None else sonames)
    return [name for name in names if not _loads(name, dirs)]


def missing_message(missing: Iterable[str]) -> str:
    """The one line telling the user what to install for the ``missing`` sonames, e.g.
    ``yarlung-pos: cannot open the till window: the system libraries libxcb-icccm.so.4,
    libxcb-keysyms.so.1 are missing; install them with: sudo apt install libxcb-icccm4
    libxcb-keysyms1`` (packages in order, each once; a soname not in :data:`XCB_LIBRARIES` is
    named as it is).  Raises ``ValueError`` for an empty list."""
    names = list(missing)
    if not names:
        raise ValueError("no missing library to report")
    packages: list[str] = []
    for name in names:
        package = XCB_LIBRARIES.get(name)
        if package and package not in packages:
            packages.append(package)
    line = (f"yarlung-pos: cannot open the till window: the system "
            f"{'library' if len(names) == 1 else 'libraries'} {', '.join(names)} "
            f"{'is' if len(names) == 1 else 'are'} missing")
    if packages:
        line += f"; install {'it' if len(names) == 1 else 'them'} with: sudo apt install {' '.join(packages)}"
    return line + " (or run the till without a screen with QT_QPA_PLATFORM=offscreen)"


def check_screen_libraries(environ: Mapping[str, str] | None = None, platform: str | None = None,
                           stream: TextIO | None = None) -> list[str]:
    """On Linux, when Qt is going to use the xcb platform (:func:`chosen_platform`), try to load
    the libraries it needs; for any missing print :func:`missing_message` as one line on
    ``stream`` (default ``sys.stderr``).  Returns the missing sonames (``[]``: all there, or not
    Linux, or another platform such as ``offscreen``)."""
    if not (platform or sys.platform).startswith("linux") or chosen_platform(environ) != "xcb":
        return []
    missing = missing_libraries()
    if missing:
        print(missing_message(missing), file=stream or sys.stderr, flush=True)
    return missing


def exit_if_screen_libraries_missing() -> None:
    """:func:`check_screen_libraries`, then ``SystemExit(1)`` if a library is missing (called by
    ``yarlung_pos.ui.app.run_till`` just before the ``QApplication`` is made)."""
    if check_screen_libraries():
        raise SystemExit(1)
