"""Make the Linux archive and the Debian package from the PyInstaller folder (``make package``).

    python packaging/linux/build_linux.py [--bundle dist/yarlung-pos] [--out dist]

writes

* ``dist/yarlung-pos-<version>-linux-x86_64.tar.gz`` — the folder as it is (unpack anywhere,
  run ``yarlung-pos/yarlung-pos``);
* ``dist/yarlung-pos_<version>_amd64.deb`` — the folder in ``/opt/yarlung-pos``, the command
  ``/usr/bin/yarlung-pos``, a menu entry (``/usr/share/applications/yarlung-pos.desktop``) and,
  if ``assets/icons/yarlung-pos.png`` exists, its icon.  Its ``Depends:`` are read from the
  bundle, not guessed: every library that a file of the bundle links to (``objdump -p``, NEEDED)
  and that the bundle does not hold itself is looked up on this machine (``ldconfig -p`` then
  ``dpkg -S``) and its package declared; one this machine lacks is taken from
  :data:`yarlung_pos.platform_check.XCB_LIBRARIES` (the xcb plugin's libraries), and one that is
  neither makes the build fail.

Needs ``objdump`` (binutils, which PyInstaller needs too), ``dpkg-deb`` and ``tar``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "yarlung-pos"
#: always declared: the C/C++ runtime the bundle's Qt needs (not bundled: it must match the
#: machine's OpenGL drivers)
BASE_DEPENDS = ("libc6", "libstdc++6", "libgcc-s1")

DESKTOP = """[Desktop Entry]
Type=Application
Name=Yarlung POS
Name[zh_CN]=雅砻优选收银台
Name[bo]=ཡར་ཀླུངས་ཚོང་ཁང་།
Comment=Point of sale of the Yarlung Youxuan hall
Comment[zh_CN]=雅砻优选展厅收银
Exec=/usr/bin/yarlung-pos
Terminal=false
Categories=Office;Finance;
StartupNotify=true
"""


def version() -> str:
    """The project's version from pyproject.toml, e.g. ``0.1.0``."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed_from_system(bundle: Path) -> set[str]:
    """The sonames that the ELF files under ``bundle`` link to (DT_NEEDED) and that no file of
    the bundle provides (by file name), e.g. ``{"libxcb-icccm.so.4", "libGL.so.1", …}``."""
    provided = {p.name for p in bundle.rglob("*")}
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    needed: set[str] = set()
    for start in range(0, len(elves), 200):
        out = subprocess.run(["objdump", "-p", *map(str, elves[start:start + 200])], capture_output=True,
                             text=True, check=True, env={**os.environ, "LC_ALL": "C"}).stdout
        needed |= set(re.findall(r"^\s*NEEDED\s+(\S+)", out, flags=re.M))
    return {n for n in needed if n not in provided}


def _ldconfig() -> dict[str, str]:
    exe = shutil.which("ldconfig") or "/sbin/ldconfig"
    out = subprocess.run([exe, "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) \((libc6,x86-64|libc6,x86_64)[^)]*\) => (\S+)", line)
        if m:
            found.setdefault(m.group(1), m.group(3))
    return found


def _dpkg_owner(path: str) -> str | None:
    candidates = []
    for p in (path, os.path.realpath(path)):
        candidates += [p, "/usr" + p if not p.startswith("/usr/") else p.removeprefix("/usr")]
    for candidate in candidates:
        r = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip():
            return r.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def depends(bundle: Path) -> list[str]:
    """The Debian packages the bundle needs from the system, sorted (see the module's doc).
    Raises ``SystemExit`` naming a library whose package cannot be told."""
    sys.path.insert(0, str(ROOT / "src"))
    from yarlung_pos.platform_check import XCB_LIBRARIES
    libs = needed_from_system(bundle) | set(XCB_LIBRARIES)
    on_host = _ldconfig()
    packages = set(BASE_DEPENDS)
    unknown = []
    for soname in sorted(libs):
        package = _dpkg_owner(on_host[soname]) if soname in on_host else None
        package = package or XCB_LIBRARIES.get(soname)
        if package:
            packages.add(package.removesuffix("t64"))  # Ubuntu's 64-bit time packages provide the old names
        else:
            unknown.append(soname)
    if unknown:
        raise SystemExit(f"build_linux: cannot tell the Debian package of {', '.join(unknown)} "
                         "(not on this machine, not in yarlung_pos.platform_check.XCB_LIBRARIES)")
    return sorted(packages)


def make_archive(bundle: Path, out: Path, ver: str) -> Path:
    """``<out>/yarlung-pos-<ver>-linux-x86_64.tar.gz`` holding the folder ``yarlung-pos/``."""
    target = out / f"{NAME}-{ver}-linux-x86_64.tar.gz"
    tmp = target.with_suffix(".tmp")
    # gzip -1: half the time of the default level for 8 % more bytes (the build runs in CI)
    subprocess.run(["tar", "-C", str(bundle.parent), "--owner=0", "--group=0", "-I", "gzip -1",
                    "-cf", str(tmp), bundle.name], check=True)
    tmp.replace(target)
    return target


def make_deb(bundle: Path, out: Path, ver: str, work: Path) -> Path:
    """``<out>/yarlung-pos_<ver>_amd64.deb`` (see the module's doc)."""
    stage = work / f"{NAME}_{ver}_amd64"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / NAME
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    desktop = DESKTOP
    icon = ROOT / "assets" / "icons" / "yarlung-pos.png"
    if icon.is_file():
        icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(icon, icons / f"{NAME}.png")
        desktop += f"Icon={NAME}\n"
    (apps / f"{NAME}.desktop").write_text(desktop, encoding="utf-8")
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {ver}\n"
        "Architecture: amd64\n"
        "Maintainer: Yarlung Youxuan cooperative hall <till@yarlung.invalid>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends(bundle))}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: Yarlung POS - offline-first point of sale\n"
        " The till and its command line for the Yarlung Youxuan cooperative exhibition\n"
        " hall (Tibetan, Chinese, English), with Python and Qt bundled in /opt/yarlung-pos.\n",
        encoding="utf-8")
    for p in [stage, *stage.rglob("*")]:
        if p.is_dir() and not p.is_symlink():
            p.chmod(0o755)
    target = out / f"{NAME}_{ver}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(stage), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return target


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module's doc); prints the files made."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args(argv)
    if not (args.bundle / NAME).is_file():
        raise SystemExit(f"build_linux: no bundle at {args.bundle} (run pyinstaller packaging/yarlung-pos.spec)")
    ver = version()
    args.work.mkdir(parents=True, exist_ok=True)
    for made in (make_archive(args.bundle, args.out, ver), make_deb(args.bundle, args.out, ver, args.work)):
        print(f"made {made.relative_to(ROOT) if made.is_relative_to(ROOT) else made} "
              f"({made.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
