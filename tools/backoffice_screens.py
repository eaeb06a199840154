"""Screenshots of the back office's Stock and Settlement tabs to docs/screenshots/ for review,
and of its Users, Counter rules, County office and Catalogue files tabs (and the Add user
dialog) in Chinese and Tibetan at 1024×768 and 1366×768.

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/backoffice_screens.py [--admin-only] [--pseudo]

``--suggested`` shows the Chinese suggestions of docs/i18n/backoffice-admin.json for strings
the .ts files do not translate yet (files named ``…-suggested-…``).  ``--pseudo`` stands
Tibetan filler text (about 1.4 times as long, placeholders kept) in for
every string the .ts files do not translate yet, to check that new screens have room for
Tibetan before the translators have been (files named ``…-pseudo-…``).
"""

import tempfile
from datetime import date
from pathlib import Path

from yarlung_pos.domain.model import Cart, PaymentMethod, Tender
from yarlung_pos.services import inventory
from yarlung_pos.services.catalogue import lookup_code
from yarlung_pos.services.sales import complete_sale
from yarlung_pos.ui.app import build_till, create_app
from yarlung_pos.ui.backoffice import BackOfficeWindow
from yarlung_pos.domain.clock import system_clock as clock
from yarlung_pos.services.users import User

#: the demo manager (these tools sell as a manager: no approvals asked)
MANAGER = User(0, "dorje", "Dorje", "manager")


def main() -> None:
    app = create_app()
    d = Path(tempfile.mkdtemp())
    till, store = build_till(d / "b.db", demo=True)
    inventory.receive_stock(store, "CHAMCHEN", [("WINE-001", "24"), ("WINE-002", "12")], "weekly delivery",
                            clock=clock)
    inventory.adjust_stock(store, "WINE-001", "-1", "damaged", "bottle cracked", clock=clock)
    for items in ([("WINE-001", "3"), ("RUG-003", "1")], [("WINE-002", "2"), ("GRAIN-002", "1.5")]):
        cart = Cart()
        with store.read() as s:
            for code, qty in items:
                cart.set_qty(cart.add(lookup_code(s, code)), qty)
        complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma Chozom", clock, actor=MANAGER)
    window = BackOfficeWindow(till.service)
    window.confirm_close = False
    window.resize(1280, 800)
    window.show()
    stock = window.findChild(type(window.tabs.widget(0)), "stockTab") if hasattr(window, "tabs") else None
    tabs = window.findChild(__import__("PySide6.QtWidgets", fromlist=["QTabWidget"]).QTabWidget, "backOfficeTabs")
    tabs.setCurrentWidget(tabs.findChild(object, "stockTab") or tabs.widget(0))
    st = tabs.currentWidget()
    if hasattr(st, "select_sku"):
        st.select_sku("WINE-001")
    app.processEvents()
    window.grab().save("docs/screenshots/backoffice-stock.png")
    for i in range(tabs.count()):
        if tabs.widget(i).objectName() == "settlementTab":
            tabs.setCurrentIndex(i)
            tabs.widget(i).preview("CHAMCHEN", date.today(), date.today())
    app.processEvents()
    window.grab().save("docs/screenshots/backoffice-settlement.png")
    window.close()
    till.confirm_close = False
    till.close()
    store.close()
    print("docs/screenshots/backoffice-stock.png docs/screenshots/backoffice-settlement.png")


def pseudo_translator(app, suggestions: dict | None = None):
    """A translator giving Tibetan filler (or, with ``suggestions`` ``{(context, source):
    text}``, those) for strings without a translation (see the usage)."""
    import re

    from PySide6.QtCore import QTranslator

    from yarlung_pos import i18n

    class Pseudo(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
            for real in i18n._installed:
                if real is not self:
                    got = real.translate(context, source, disambiguation, n)
                    if got:
                        return got
            if not source or context.startswith("Q"):
                return None  # null: no translation here (an empty text would be one)
            if suggestions is not None:
                return suggestions.get((context, source))
            parts = re.split(r"(\{\w*\}|%n|…|\n)", source)
            filler = "ཚོང་ཁང་གི་ཐོ་ཡིག་"
            out = []
            for part in parts:
                if re.fullmatch(r"\{\w*\}|%n|…|\n", part or "x"):
                    out.append(part)
                elif part:
                    k = max(1, round(len(part) * 1.4))
                    out.append((filler * (k // len(filler) + 1))[:k])
            return "".join(out)

    tr = Pseudo(app)
    app.installTranslator(tr)
    return tr


def admin_tabs(out: Path = Path("docs/screenshots"), pseudo: bool = False, suggested: bool = False) -> list[Path]:
    """The four admin tabs (a set-aside sale, a locked-out user) and the Add user dialog in
    zh_CN and bo at both sizes; returns the files written."""
    from sqlalchemy import select

    from yarlung_pos.db.schema import OutboxRow
    from yarlung_pos.i18n import install_language
    from yarlung_pos.services.users import MAX_FAILED, AuthError, authenticate

    app = create_app()
    d = Path(tempfile.mkdtemp())
    till, store = build_till(d / "a.db", demo=True)
    cart = Cart()
    with store.read() as s:
        cart.add(lookup_code(s, "WINE-001"))
    complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma Chozom", clock, actor=MANAGER)
    with store.write() as s:
        row = s.scalars(select(OutboxRow).where(OutboxRow.kind == "sale.completed")).all()[-1]
        row.rejected_reason = ("recorded as T01, not as this till's T05; not sent "
                               "(hand these over to the county office separately)")
    for _ in range(MAX_FAILED):
        try:
            authenticate(store, "dorje", "0000", clock)
        except AuthError:
            pass
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("zh_CN", "bo"):
        install_language(lang)
        if suggested:
            if lang != "zh_CN":
                continue
            import json
            table = {(e["ctx"], e["src"]): e["zh"] for e in json.loads(
                Path("docs/i18n/backoffice-admin.json").read_text(encoding="utf-8"))}
            extra = pseudo_translator(app, table)
            lang = f"suggested-{lang}"
        elif pseudo:
            extra = pseudo_translator(app)
            lang = f"pseudo-{lang}"
        for size in ((1024, 768), (1366, 768)):
            window = BackOfficeWindow(till.service)
            window.confirm_close = False
            window.resize(*size)
            window.show()
            for tab, name in ((window.users_tab, "users"), (window.policy_tab, "policy"),
                              (window.county_tab, "county"), (window.catalogue_files_tab, "catalogue-files")):
                window.show_tab(tab)
                app.processEvents()
                path = out / f"backoffice-{name}-{lang}-{size[0]}.png"
                window.grab().save(str(path))
                written.append(path)
            if size[0] == 1024:
                window.show_tab(window.users_tab)
                dialog = window.users_tab.open_add_dialog()
                app.processEvents()
                path = out / f"backoffice-add-user-{lang}.png"
                dialog.grab().save(str(path))
                written.append(path)
                dialog.reject()
            window.close()
            window.deleteLater()
            app.processEvents()
        if pseudo or suggested:
            app.removeTranslator(extra)
    install_language("en")
    till.confirm_close = False
    till.close()
    store.close()
    return written


def backup_tabs(out: Path = Path("docs/screenshots")) -> list[Path]:
    """The Backups tab (issue #14) with two backups and a restore's numbering check due, in
    zh_CN and bo at both sizes; returns the files written."""
    from yarlung_pos.i18n import install_language
    from yarlung_pos.services import backup
    from yarlung_pos.services.numbering import mark_numbering_check_due, used_numbers

    app = create_app()
    d = Path(tempfile.mkdtemp())
    till, store = build_till(d / "b.db", demo=True)
    cart = Cart()
    with store.read() as s:
        cart.add(lookup_code(s, "WINE-001"))
    complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma Chozom", clock, actor=MANAGER)
    folder = backup.data_backup_folder(store.path)
    backup.make_backup(store.path, folder, clock, "shift_close")
    complete_sale(store, cart, [Tender(PaymentMethod.CASH, cart.total_fen)], "Padma Chozom", clock, actor=MANAGER)
    backup.make_backup(store.path, folder, clock, "daily")
    with store.write() as s:
        mark_numbering_check_due(s, used_numbers(s))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("zh_CN", "bo"):
        install_language(lang)
        for size in ((1024, 768), (1366, 768)):
            window = BackOfficeWindow(till.service)
            window.confirm_close = False
            window.resize(*size)
            window.show()
            window.show_tab(window.backups_tab)
            window.backups_tab.select(0)
            app.processEvents()
            path = out / f"backoffice-backups-{lang}-{size[0]}.png"
            window.grab().save(str(path))
            written.append(path)
            window.close()
            window.deleteLater()
            app.processEvents()
    install_language("en")
    till.confirm_close = False
    till.close()
    store.close()
    return written


if __name__ == "__main__":
    import sys
    if "--backups-only" in sys.argv:
        print(" ".join(str(p) for p in backup_tabs()))
        sys.exit(0)
    if "--admin-only" not in sys.argv:
        main()
    print(" ".join(str(p) for p in admin_tabs(pseudo="--pseudo" in sys.argv, suggested="--suggested" in sys.argv)))
