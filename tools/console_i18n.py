"""Translations of the county office console: extract its strings into the PO files.

usage:
    .venv/bin/python tools/console_i18n.py update   # source → server/locale/{bo,zh_CN}/console.po
    .venv/bin/python tools/console_i18n.py status   # untranslated messages per language (exit 1 if any)
    .venv/bin/python tools/console_i18n.py dump     # untranslated messages as JSON [{msgid, bo, zh_CN}]
    .venv/bin/python tools/console_i18n.py apply FILE.json  # fill translations from such a JSON list

``update`` extracts with Babel from the server's Python modules (``_("…")``, ``web._("…")``,
``translate(lang, "…")``) and its Jinja2 templates (``{{ _("…") }}``, ``{% trans %}``) and merges
into each PO file (``Catalog.update``): translations already made are kept, strings no longer in
the source are dropped, new ones come in empty (the tests fail until they are translated).  The
server reads the PO files directly (``web.translations``); nothing is compiled.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "src" / "yarlung_pos" / "server"
LOCALE = SERVER / "locale"
LANGUAGES = ("bo", "zh_CN")
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
    return template


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
    template = extract()
    for lang in LANGUAGES:
        catalog = load(lang)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.revision_date = STAMP
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
                    m.string, m.flags = item[lang], set(m.flags) - {"fuzzy"}
            save(catalog, lang)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
