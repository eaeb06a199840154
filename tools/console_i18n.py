"""Translations of the county office console: extract its strings into the PO files.

usage:
    .venv/bin/python tools/console_i18n.py update   # source → server/locale/{bo,zh_CN}/console.po
    .venv/bin/python tools/console_i18n.py status   # untranslated messages per language (exit 1 if any)
    .venv/bin/python tools/console_i18n.py dump     # untranslated messages as JSON [{msgid, bo, zh_CN}]
    .venv/bin/python tools/console_i18n.py apply FILE.json  # fill translations from such a JSON list

``update`` extracts with Babel from the server's Python modules (``_("…")``, ``web._("…")``,
``translate(lang, "…")``), its Jinja2 templates (``{{ _("…") }}``, ``{% trans %}``) and the
catalogue rules it shows (:data:`SHARED`, :data:`UNITS`), and merges
into each PO file (``Catalog.update``): translations already made are kept, strings no longer in
the source are dropped, new ones come in empty (the tests fail until they are translated) —
unless the till's ``.ts`` file has the same English text translated, which is taken.  The
server reads the PO files directly (``web.translations``); nothing is compiled.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_python
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "src" / "yarlung_pos" / "server"
LOCALE = SERVER / "locale"
LANGUAGES = ("bo", "zh_CN")
#: modules outside the server whose messages the console shows (the catalogue's rules, marked
#: ``QT_TRANSLATE_NOOP`` for the till): extracted too, and translated as the till has them
SHARED = (ROOT / "src" / "yarlung_pos" / "domain" / "catalogue_rules.py",
          ROOT / "src" / "yarlung_pos" / "services" / "catalogue_csv.py")
#: product units (``domain.model.UNITS``), shown by the catalogue's forms
UNITS = ("piece", "bottle", "kg", "jar", "bag", "box", "pair", "pack")
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "translate": (2,)}
METHODS = [("**.py", "python"), ("templates/**.html", "jinja2.ext:babel_extract")]
#: the PO headers' dates, fixed so that an update changes only what changed
STAMP = datetime(2026, 12, 1, tzinfo=timezone.utc)
OPTIONS = {"templates/**.html": {"extensions": "jinja2.ext.i18n", "newstyle_gettext": "true"}}


def extract() -> Catalog:
    """Every console message of the source, as a Babel catalogue (English)."""
    template = Catalog(project="Yarlung POS county office console", charset="utf-8", creation_date=STAMP,
                       revision_date=STAMP)
    for filename, lineno, message, comments, context in extract_from_dir(
            SERVER, METHODS, OPTIONS, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True):
        if not message or (isinstance(message, tuple) and not message[0]):
            continue
        template.add(message, None, [(f"server/{filename}", lineno)], auto_comments=comments, context=context)
    shared = Catalog()
    for path in SHARED:
        with path.open("rb") as fh:
            for lineno, _func, args, _comments in extract_python(fh, {"QT_TRANSLATE_NOOP": (2,)}, [], {}):
                message = args[1] if isinstance(args, tuple) and len(args) > 1 else None
                if isinstance(message, str) and message:
                    shared.add(message, None, [(str(path.relative_to(ROOT / "src")), lineno)])
    for unit in UNITS:
        shared.add(unit, None, [("yarlung_pos/domain/model.py", 0)])
    for m in shared:
        if m.id and m.id not in template:
            template.add(m.id, None, m.locations)
    return template


def till_translations(lang: str) -> dict[str, str]:
    """Source text → finished translation in the till's ``.ts`` file of ``lang`` (any context;
    the first finished one wins)."""
    found: dict[str, str] = {}
    for message in ET.parse(ROOT / "src" / "yarlung_pos" / "i18n" / f"yarlung_pos_{lang}.ts").iter("message"):
        source, tr = message.findtext("source"), message.find("translation")
        if source and tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
            found.setdefault(source, tr.text)
    return found


def po_path(lang: str) -> Path:
    return LOCALE / lang / "console.po"


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.is_file():
        return Catalog(locale=lang, project="Yarlung POS county office console", charset="utf-8")
    with path.open("rb") as fh:
        return read_po(fh, locale=lang)


def save(catalog: Catalog, lang: str) -> None:
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=0, omit_header=False, sort_output=True, include_previous=False,
                 no_location=True)


def untranslated(catalog: Catalog) -> list[str]:
    """The message ids of ``catalog`` with no (or a fuzzy) translation."""
    out = []
    for m in catalog:
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(strings):
            out.append(m.id if isinstance(m.id, str) else m.id[0])
    return out


def update() -> None:
    for lang in LANGUAGES:
        template = extract()  # afresh: Catalog.update may hand the template's messages over
        catalog = load(lang)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.revision_date = STAMP
        till = till_translations(lang)
        for m in catalog:  # the till's translation of the same English text, made by people already
            if m.id and not m.string and isinstance(m.id, str) and m.id in till:
                m.string = till[m.id]
        save(catalog, lang)
        print(f"{po_path(lang).relative_to(ROOT)}: {len(template)} messages, {len(untranslated(catalog))} untranslated")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "update":
        update()
        return 0
    if command == "status":
        missing = {lang: untranslated(load(lang)) for lang in LANGUAGES}
        for lang, ids in missing.items():
            print(f"{lang}: {len(ids)} untranslated")
        return 1 if any(missing.values()) else 0
    if command == "dump":
        ids = sorted({i for lang in LANGUAGES for i in untranslated(load(lang))})
        json.dump([{"msgid": i, "bo": "", "zh_CN": ""} for i in ids], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if command == "apply" and len(argv) == 2:
        items = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        for lang in LANGUAGES:
            catalog = load(lang)
            for item in items:
                m = catalog.get(item["msgid"])
                if m is not None and item.get(lang):
                    value = item[lang]
                    if m.pluralizable:  # the languages' plural forms: the same text for each
                        value = (value,) * catalog.num_plurals
                    m.string, m.flags = value, set(m.flags) - {"fuzzy"}
            save(catalog, lang)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
