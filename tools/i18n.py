"""Translations of the till: extract the strings into the ``.ts`` files, compile the ``.qm`` files.

usage:
    .venv/bin/python tools/i18n.py update      # pyside6-lupdate: source → yarlung_pos_{bo,zh_CN,en}.ts
    .venv/bin/python tools/i18n.py build [TS…] # pyside6-lrelease: each .ts → the .qm beside it
    .venv/bin/python tools/i18n.py check       # what lupdate did not extract (or filed wrongly)
    .venv/bin/python tools/i18n.py status      # unfinished messages per language

``update`` runs lupdate over every ``.py`` of the till (``src/yarlung_pos`` without the county
server ``src/yarlung_pos/server``) into the three ``.ts`` files under ``src/yarlung_pos/i18n/``.
lupdate keeps the translations already made and, with ``-no-obsolete``, drops the strings no
longer in the code.  New strings come in *unfinished* (the tests fail until they are translated);
``update`` then

* fills every message of ``en`` with its own source text, finished (the source strings *are* the
  English text), and
* suggests, for a new unfinished ``bo``/``zh_CN`` message, the translation of the same source
  text elsewhere in that file (e.g. after a string moved to another class); it stays unfinished
  until someone checks it.

``build`` runs lrelease; the ``.qm`` files are build products (``make setup`` and the wheel
build make them; git ignores them).  Both tools come with PySide6 (``PySide6/lupdate``,
``PySide6/lrelease``).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "yarlung_pos"
I18N = PACKAGE / "i18n"
#: not part of the till (it has no Qt UI)
EXCLUDED = (PACKAGE / "server",)
#: language code of each .ts file → the TS ``language`` attribute
LANGUAGES = {"bo": "bo", "zh_CN": "zh_CN", "en": "en"}
#: languages translated by people (``en`` is filled from the source)
TRANSLATED = ("bo", "zh_CN")


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"yarlung_pos_{lang}.ts"


def qm_path(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def source_files() -> list[Path]:
    """Every ``.py`` of the till, sorted (the county server excluded)."""
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path.is_relative_to(ex) for ex in EXCLUDED) or "__pycache__" in path.parts:
            continue
        files.append(path)
    return files


def _qt_tool(name: str) -> list[str]:
    """The command that runs PySide6's ``lupdate``/``lrelease`` with this Python."""
    import PySide6
    folder = Path(PySide6.__file__).resolve().parent
    for exe in (folder / name, folder / f"{name}.exe"):
        if exe.is_file():
            return [str(exe)]
    # the pyside6-<tool> entry point's function, should the binary sit elsewhere
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def run_lupdate(ts_files: list[Path], *, language: str | None = None, locations: str = "relative") -> None:
    """Run lupdate over :func:`source_files` into ``ts_files`` (created or merged; obsolete
    messages dropped).  Raises :class:`RuntimeError` with lupdate's output if it fails."""
    cmd = _qt_tool("lupdate") + ["-no-obsolete", "-silent", "-locations", locations, "-source-language", "en"]
    if language:
        cmd += ["-target-language", language]
    cmd += [os.path.relpath(p, ROOT) for p in source_files()]
    cmd += ["-ts"] + [str(p) for p in ts_files]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"lupdate failed ({r.returncode}): {r.stdout}{r.stderr}")


def run_lrelease(ts: Path, qm: Path | None = None) -> Path:
    """Compile ``ts`` into ``qm`` (default: beside it).  Raises :class:`RuntimeError` if lrelease
    fails or writes nothing."""
    qm = qm or qm_path(ts)
    cmd = _qt_tool("lrelease") + ["-silent", str(ts), "-qm", str(qm)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed for {ts} ({r.returncode}): {r.stdout}{r.stderr}")
    return qm


# --- the .ts files ------------------------------------------------------------------------------

def read_ts(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def messages(tree: ET.ElementTree):
    """``(context name, message element)`` for every message of a parsed .ts file."""
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def is_unfinished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    return tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write ``tree`` the way Qt's tools do (doctype, 4-space indents, a newline at the end)."""
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _after_update(lang: str, path: Path, before: dict[str, str]) -> tuple[int, int]:
    """Fill ``en`` from the source; suggest known translations for new ``bo``/``zh_CN``
    messages.  Returns (messages, unfinished)."""
    tree = read_ts(path)
    known = dict(before)
    for _, msg in messages(tree):
        if not is_unfinished(msg):
            known.setdefault(msg.findtext("source"), msg.find("translation").text)
    total = unfinished = 0
    for _, msg in messages(tree):
        total += 1
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if lang == "en":
            tr.text = msg.findtext("source")
            tr.attrib.pop("type", None)
        elif is_unfinished(msg):
            unfinished += 1
            if not (tr.text or "").strip() and msg.findtext("source") in known:
                tr.text = known[msg.findtext("source")]
                tr.set("type", "unfinished")
    write_ts(tree, path)
    return total, unfinished


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang, attr in LANGUAGES.items():
        path = ts_path(lang)
        before: dict[str, str] = {}
        if path.exists():
            for _, msg in messages(read_ts(path)):
                if not is_unfinished(msg):
                    before.setdefault(msg.findtext("source"), msg.find("translation").text)
        run_lupdate([path], language=attr)
        total, unfinished = _after_update(lang, path, before)
        print(f"{path.relative_to(ROOT)}: {total} messages, {unfinished} unfinished")
    gaps = check()
    if gaps:
        print(f"warning: {len(gaps)} string(s) lupdate cannot see or files under the wrong context "
              "(tools/i18n.py check lists them)", file=sys.stderr)


def build(ts_files: list[Path] | None = None) -> list[Path]:
    ts_files = ts_files or [ts_path(lang) for lang in LANGUAGES]
    out = []
    for ts in ts_files:
        out.append(run_lrelease(Path(ts)))
        print(f"{os.path.relpath(out[-1], ROOT)}")
    return out


def status() -> int:
    bad = 0
    for lang in LANGUAGES:
        tree = read_ts(ts_path(lang))
        todo = [(c, m.findtext("source")) for c, m in messages(tree) if is_unfinished(m)]
        n = sum(1 for _ in messages(tree))
        print(f"{lang}: {n} messages, {len(todo)} unfinished")
        for c, s in todo:
            print(f"    [{c}] {s}")
        bad += len(todo)
    return 1 if bad else 0


# --- what lupdate misses --------------------------------------------------------------------------

def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def expected_messages() -> dict[tuple[str, str], str]:
    """``(context, source) → "file:line"`` for every translatable literal the code passes to Qt,
    as the *running* code looks it up: ``self.tr("…")`` in class ``C`` → context ``C``;
    ``QCoreApplication.translate("Ctx", "…")`` and ``QT_TRANSLATE_NOOP("Ctx", "…")``; and calls
    of a module-level wrapper ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    found: dict[tuple[str, str], str] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers: dict[str, str] = {}
        for node in tree.body:
            if (isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) >= 1
                    and isinstance(node.body[-1], ast.Return) and isinstance(node.body[-1].value, ast.Call)):
                call = node.body[-1].value
                fname = getattr(call.func, "attr", None)
                if (fname == "translate" and len(call.args) >= 2 and _literal(call.args[0]) is not None
                        and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
                    wrappers[node.name] = _literal(call.args[0])
        rel = path.relative_to(ROOT)

        def visit(node, cls):
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                if isinstance(child, ast.Call):
                    f = child.func
                    name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
                    args = child.args
                    where = f"{rel}:{child.lineno}"
                    if name == "tr" and isinstance(f, ast.Attribute) and args and _literal(args[0]) is not None:
                        found.setdefault((cls or "", _literal(args[0])), where)
                    elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                        if _literal(args[0]) is not None and _literal(args[1]) is not None:
                            found.setdefault((_literal(args[0]), _literal(args[1])), where)
                    elif name in wrappers and isinstance(f, ast.Name) and args and _literal(args[0]) is not None:
                        found.setdefault((wrappers[name], _literal(args[0])), where)
                visit(child, inner)

        visit(tree, None)
    return found


def check(ts: Path | None = None) -> dict[tuple[str, str], str]:
    """``(context, source) → "file:line"`` of every string the code translates at run time that
    is not in ``ts`` (default: the ``zh_CN`` file) under that context."""
    tree = read_ts(ts or ts_path("zh_CN"))
    have = {(c, m.findtext("source")) for c, m in messages(tree)}
    return {k: v for k, v in sorted(expected_messages().items()) if k not in have}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "update":
        update()
    elif cmd == "build":
        build([Path(p) for p in rest] or None)
    elif cmd == "status":
        return status()
    elif cmd == "check":
        gaps = check()
        for (ctx, src), where in gaps.items():
            print(f"{where}: [{ctx}] {src}")
        print(f"{len(gaps)} string(s) not in the .ts files under the context the code uses", file=sys.stderr)
        return 1 if gaps else 0
    else:
        print(f"unknown command {cmd!r}: update, build, check or status", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
