"""One rulebook, three doors: the till's CSV import, the back-office editor's save functions and
the county server's catalogue import give the same verdict and the same one-line reason for
the same value, store the same normalised value, and raise nothing but the rulebook's error —
for text with odd numerals and every kind of space (hypothesis), and for the cases that
drifted apart before (``sort_order`` = ``²``, Chinese names only the editor took)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from yarlung_pos.domain.catalogue_rules import CatalogueRuleError
from yarlung_pos.services.backoffice import (CatalogueEditError, CooperativeValues, ProductValues, save_category,
                                             save_cooperative, save_product)
from yarlung_pos.services.catalogue_csv import (CATEGORY_COLUMNS, COOPERATIVE_COLUMNS, PRODUCT_COLUMNS,
                                                CatalogueImportError, import_catalogue_csv)

from .helpers import CATS, COOPS

CATEGORY = {"code": "TEA", "name_bo": "ཇ།", "name_zh": "茶叶", "name_en": "Tea", "sort_order": "70"}
COOPERATIVE = {"code": "NEWCOOP", "name_bo": "ཁྱམ་ཆེན།", "name_zh": "强钦合作社", "name_en": "Chamchen Cooperative",
               "town_bo": "འཕྱོངས་རྒྱས།", "town_zh": "琼结镇", "town_en": "Qonggyai Town"}
PRODUCT = {"sku": "WINE-009", "barcode": "6901234567892", "name_bo": "ནས་ཆང་།", "name_zh": "强钦青稞酒",
           "name_en": "Chamchen barley wine", "category": "DRINK", "cooperative": "CHAMCHEN", "unit": "bottle",
           "price_fen": "4500", "active": "1"}
KINDS = {"categories": (CATEGORY, CATEGORY_COLUMNS), "cooperatives": (COOPERATIVE, COOPERATIVE_COLUMNS),
         "products": (PRODUCT, PRODUCT_COLUMNS)}

SPACES = [" ", "\u00a0", "\u3000", "\u2003", "\t", "\n", "\u200b", "\u200d", "\u2060", "\ufeff"]
ODD_NUMERALS = ["²", "٣", "１", "２", "０", "Ⅻ", "①", "½", "༣", "𝟗"]
CHARS = (SPACES + ODD_NUMERALS + list("AZaz0159-_.,'\"()") + ["\x01", "\u200e", "ſ", "é", "🍺", "－", "ｋ"]
         + list("ཀནསཆང་ིྱ།") + list("青稞酒（）𠀾﨑"))


def values_for(field: str, base: str) -> st.SearchStrategy[str]:
    """Odd text for ``field``: random characters, the base value dressed in spaces and odd
    numerals, and numbers no one should type."""
    dressed = st.builds(lambda a, b, mid: a + (base[:mid] + b + base[mid:] if b.strip() == "" else base) + a,
                        st.sampled_from(SPACES + [""]), st.sampled_from(SPACES + ODD_NUMERALS),
                        st.integers(0, len(base)))
    return st.one_of(st.text(st.sampled_from(CHARS), max_size=10), dressed,
                     st.sampled_from(["", "²", "NaN", "inf", "1e3", "-1", "+1", "0", "00045", "9" * 40, "１２",
                                      base.lower(), base.upper(), base + "²"]))


# ---------------------------------------------------------------- the three doors


def _write(path: Path, columns, row: dict[str, str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(columns)
        writer.writerow([row[c] for c in columns])
    return path


class Doors:
    """A till database and a county-server database with the same categories and cooperatives,
    and the three ways a catalogue value gets in."""

    def __init__(self, folder: Path):
        from yarlung_pos.db.store import Store
        from yarlung_pos.server.database import Database
        from yarlung_pos.server import catalogue as service

        self.folder = folder
        self.store = Store.open(folder / "till.db")
        self.server = Database(f"sqlite:///{folder / 'server.db'}")
        self.server.migrate()
        self.service = service
        for name, text in (("c.csv", CATS), ("o.csv", COOPS)):
            (folder / name).write_text(text, encoding="utf-8")
            import_catalogue_csv(self.store, folder / name)
        service.import_catalogue(self.server, [folder / "c.csv", folder / "o.csv"])

    def close(self):
        self.store.close()
        self.server.close()

    # each door answers ("accepted", stored row) or ("refused", [(column, reason), …])

    def csv_import(self, kind: str, row: dict[str, str]):
        path = _write(self.folder / f"{kind}.csv", KINDS[kind][1], row)
        try:
            import_catalogue_csv(self.store, path)
        except CatalogueImportError as exc:
            return "refused", [(e.column, e.reason) for e in exc.errors]
        return "accepted", self._till_row(kind)

    def server_import(self, kind: str, row: dict[str, str]):
        path = _write(self.folder / f"server-{kind}.csv", KINDS[kind][1], row)
        try:
            self.service.import_catalogue(self.server, [path])
        except CatalogueImportError as exc:
            return "refused", [(e.column, e.reason) for e in exc.errors]
        return "accepted", self._server_row(kind)

    def editor(self, kind: str, row: dict[str, str]):
        try:
            if kind == "categories":
                save_category(self.store, row["code"], row["name_bo"], row["name_zh"], row["name_en"],
                              row["sort_order"])
            elif kind == "cooperatives":
                save_cooperative(self.store, CooperativeValues(**row), new=True)
            else:
                save_product(self.store, ProductValues(
                    row["sku"], row["name_bo"], row["name_zh"], row["name_en"], row["category"], row["cooperative"],
                    row["unit"], row["price_fen"], row["active"], row["barcode"]), new=True)
        except CatalogueEditError as exc:
            assert isinstance(exc, CatalogueRuleError)
            return "refused", [(exc.field, str(exc))]
        return "accepted", self._till_row(kind)

    # reading back and cleaning up

    def _till_row(self, kind: str) -> dict:
        from yarlung_pos.db.schema import CategoryRow, CooperativeRow, ProductRow
        model = {"categories": CategoryRow, "cooperatives": CooperativeRow, "products": ProductRow}[kind]
        with self.store.write() as s:
            rows = list(s.scalars(select(model)))
            new = [r for r in rows if kind == "products" or r.code not in ("DRINK", "GRAIN", "CHAMCHEN")]
            assert len(new) == 1
            out = self._fields(kind, new[0])
            if kind == "products":
                out["category"], out["cooperative"] = new[0].category.code, new[0].cooperative.code
            s.delete(new[0])
        return out

    def _server_row(self, kind: str) -> dict:
        from yarlung_pos.server.schema import CategoryRow, CooperativeRow, ProductRow
        model = {"categories": CategoryRow, "cooperatives": CooperativeRow, "products": ProductRow}[kind]
        with self.server.write() as s:
            rows = list(s.scalars(select(model)))
            new = [r for r in rows if kind == "products" or r.code not in ("DRINK", "GRAIN", "CHAMCHEN")]
            assert len(new) == 1
            out = self._fields(kind, new[0])
            s.execute(delete(model).where(getattr(model, "sku" if kind == "products" else "code")
                                          == getattr(new[0], "sku" if kind == "products" else "code")))
        return out

    @staticmethod
    def _fields(kind: str, row) -> dict:
        return {c: getattr(row, c) for c in KINDS[kind][1]}

    def judge(self, kind: str, field: str, value: str):
        """The three verdicts on ``value`` in ``field`` of an otherwise valid ``kind`` row."""
        row = {**KINDS[kind][0], field: value}
        return self.csv_import(kind, row), self.editor(kind, row), self.server_import(kind, row)


@pytest.fixture(scope="module")
def doors(tmp_path_factory):
    d = Doors(tmp_path_factory.mktemp("doors"))
    yield d
    d.close()


def assert_same(verdicts, field: str):
    (csv_v, csv_x), (ed_v, ed_x), (srv_v, srv_x) = verdicts
    assert csv_v == ed_v == srv_v, verdicts
    if csv_v == "refused":
        assert csv_x == srv_x == ed_x, verdicts  # same column, same one-line reason
        assert len(csv_x) == 1 and csv_x[0][0] == field and "\n" not in csv_x[0][1]
    else:
        assert csv_x == ed_x == srv_x, verdicts  # the same normalised values stored


@pytest.mark.parametrize("kind", ["categories", "cooperatives", "products"])
def test_the_valid_base_rows_are_accepted_everywhere(doors, kind):
    verdicts = doors.judge(kind, "code" if kind != "products" else "sku", KINDS[kind][0]
                           ["code" if kind != "products" else "sku"])
    assert verdicts[0][0] == "accepted", verdicts
    assert_same(verdicts, "")


_SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("field", CATEGORY_COLUMNS)
@_SETTINGS
@given(data=st.data())
def test_categories_get_the_same_verdict_everywhere(doors, field, data):
    value = data.draw(values_for(field, CATEGORY[field]))
    assert_same(doors.judge("categories", field, value), field)


@pytest.mark.parametrize("field", COOPERATIVE_COLUMNS)
@_SETTINGS
@given(data=st.data())
def test_cooperatives_get_the_same_verdict_everywhere(doors, field, data):
    value = data.draw(values_for(field, COOPERATIVE[field]))
    assert_same(doors.judge("cooperatives", field, value), field)


@pytest.mark.parametrize("field", PRODUCT_COLUMNS)
@_SETTINGS
@given(data=st.data())
def test_products_get_the_same_verdict_everywhere(doors, field, data):
    value = data.draw(values_for(field, PRODUCT[field]))
    assert_same(doors.judge("products", field, value), field)


@pytest.mark.parametrize(("field", "value"), [
    ("sort_order", "²"), ("sort_order", "٣"), ("sort_order", "Ⅻ"), ("sort_order", "9" * 5000),
    ("sort_order", "１２"), ("sort_order", "\u3000-5\u00a0"), ("name_zh", "\u200b饮品\u3000"), ("code", "ｔｅａ")])
def test_category_examples(doors, field, value):
    verdicts = doors.judge("categories", field, value)
    assert_same(verdicts, field)
    if value in ("²", "٣", "Ⅻ"):
        assert verdicts[0] == ("refused", [("sort_order", "the sort order is a whole number (digits 0–9, at most 9 "
                                            f"of them): {value!r}")])
    if value == "１２":
        assert verdicts[0][1]["sort_order"] == 12


@pytest.mark.parametrize(("value", "verdict"), [
    ("𠀾酒", "accepted"),  # a Chinese character of extension B: the editor took it, the CSV import did not
    ("﨑青稞酒", "accepted"),  # a CJK compatibility ideograph: likewise
    ("强钦青稞酒\u200e", "refused"),  # an invisible bidi mark: the editor took it
    ("强钦青稞酒🍺", "refused"),  # an emoji the till's fonts cannot draw: the editor took it
    ("强钦青稞酒 ནས", "refused"),  # Tibetan letters in the Chinese name: the editor took it
])
def test_a_chinese_name_the_editor_used_to_accept_is_judged_the_same_by_all_three(doors, value, verdict):
    verdicts = doors.judge("products", "name_zh", value)
    assert_same(verdicts, "name_zh")
    assert verdicts[0][0] == verdict, verdicts


@pytest.mark.slow
def test_sort_order_superscript_two_is_a_one_line_error_of_the_cli(tmp_path):
    csv_file = tmp_path / "categories.csv"
    csv_file.write_text("code,name_bo,name_zh,name_en,sort_order\nDRINK,བཏུང་བ།,饮品,Drinks,²\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "yarlung_pos", "--db", str(tmp_path / "till.db"), "catalogue",
                           "import", str(csv_file)], capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "ValueError" not in done.stderr
    reason = "line 2, column sort_order: the sort order is a whole number (digits 0–9, at most 9 of them): '²'"
    assert f"{csv_file}: {reason}" in done.stderr.splitlines()
