"""Catalogue CSV import/export against a real SQLite file."""

import csv

import pytest
from sqlalchemy import func, select

from yarlung_pos.db.schema import ProductRow
from yarlung_pos.services.catalogue import lookup_code, search_products
from yarlung_pos.services.catalogue_csv import (CatalogueImportError, export_catalogue_csv,
                                                import_catalogue_csv)

CATS = "code,name_bo,name_zh,name_en,sort_order\nDRINK,བཏུང་བ།,饮品,Drinks,1\nGRAIN,འབྲུ་རིགས།,粮油,Grain and oil,2\n"
COOPS = ("code,name_bo,name_zh,name_en,town_bo,town_zh,town_en\n"
         "CHAMCHEN,ཁྱམ་ཆེན།,强钦合作社,Chamchen Cooperative,འཕྱོངས་རྒྱས།,琼结镇,Qonggyai Town\n")
HEADER = "sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen,active\n"
GOOD = HEADER + ("WINE-001,6901234567892,ནས་ཆང་།,强钦青稞酒,Chamchen barley wine,DRINK,CHAMCHEN,bottle,4500,1\n"
                 "GRN-001,,བྲ་བོ།,吉祥海螺荞麦,Jixiang Hailuo buckwheat,GRAIN,CHAMCHEN,kg,1250,1\n")


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def parties(store, tmp_path):
    import_catalogue_csv(store, write(tmp_path, "c.csv", CATS))
    import_catalogue_csv(store, write(tmp_path, "o.csv", COOPS))
    return store


def count(store):
    with store.read() as s:
        return s.scalar(select(func.count(ProductRow.id)))


def test_import_detects_kinds_and_products_are_findable(parties, tmp_path):
    report = import_catalogue_csv(parties, write(tmp_path, "p.csv", GOOD))
    assert (report.kind, report.added, report.updated) == ("products", 2, 0)
    with parties.read() as s:
        assert lookup_code(s, "6901234567892").sku == "WINE-001"
        assert lookup_code(s, "grn-001").name_en == "Jixiang Hailuo buckwheat"
        assert [p.sku for p in search_products(s, "青稞")] == ["WINE-001"]
        assert [p.sku for p in search_products(s, "buckwheat")] == ["GRN-001"]


def test_reimport_updates_by_sku(parties, tmp_path):
    import_catalogue_csv(parties, write(tmp_path, "p.csv", GOOD))
    report = import_catalogue_csv(parties, write(tmp_path, "p2.csv", GOOD.replace(",4500,", ",4800,")))
    assert (report.added, report.updated) == (0, 1)
    with parties.read() as s:
        assert lookup_code(s, "WINE-001").price_fen == 4800


def test_every_bad_row_is_named_and_nothing_changes(parties, tmp_path):
    bad = HEADER + (
        "WINE-001,6901234567892,ནས་ཆང་།,强钦青稞酒,Barley wine,DRINK,CHAMCHEN,bottle,4500,1\n"  # fine
        "WINE-002,6901234567893,ནས་ཆང་།,青稞酒,Wine,DRINK,CHAMCHEN,bottle,4500,1\n"  # check digit
        "WINE-003,,,青稞酒,Wine,DRINK,CHAMCHEN,bottle,4500,1\n"  # empty name_bo
        "WINE-004,,ནས་ཆང་།,青稞酒,Wine,NOPE,CHAMCHEN,bottle,45.00,1\n"  # category + price
        "WINE-005,,ནས་ཆང་།,青稞酒,Wine,DRINK,NOBODY,litre,4500,1\n"  # coop + unit
        "WINE-001,,ནས་ཆང་།,青稞酒,Wine,DRINK,CHAMCHEN,bottle,4500,1\n"  # duplicate sku
        "WINE-006,,ནས་ཆང་།,青稞酒,Wine,DRINK,CHAMCHEN\n"  # short row
    )
    with pytest.raises(CatalogueImportError) as info:
        import_catalogue_csv(parties, write(tmp_path, "bad.csv", bad))
    errs = {(e.line, e.column) for e in info.value.errors}
    assert errs == {(3, "barcode"), (4, "name_bo"), (5, "category"), (5, "price_fen"),
                    (6, "cooperative"), (6, "unit"), (7, "sku"), (8, "")}
    assert [e.line for e in info.value.errors] == sorted(e.line for e in info.value.errors)
    assert count(parties) == 0


def test_header_problems(parties, tmp_path):
    with pytest.raises(CatalogueImportError) as info:
        import_catalogue_csv(parties, write(tmp_path, "h.csv", "sku,name_zh,colour\nX,青,red\n"))
    cols = {e.column for e in info.value.errors}
    assert {"barcode", "name_bo", "colour"} <= cols
    with pytest.raises(CatalogueImportError):
        import_catalogue_csv(parties, write(tmp_path, "e.csv", ""))
    p = tmp_path / "latin1.csv"
    p.write_bytes(HEADER.encode() + "X,,\xe9,\xe9,e,DRINK,CHAMCHEN,piece,1,1\n".encode("latin-1"))
    with pytest.raises(CatalogueImportError) as info:
        import_catalogue_csv(parties, p)
    assert "UTF-8" in info.value.errors[0].reason and info.value.errors[0].line == 2


def test_export_roundtrip(parties, tmp_path):
    import_catalogue_csv(parties, write(tmp_path, "p.csv", GOOD))
    out = tmp_path / "out.csv"
    assert export_catalogue_csv(parties, out) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["sku"] == "GRN-001" and rows[1]["barcode"] == "6901234567892"
    assert rows[1]["price_fen"] == "4500" and rows[1]["name_bo"] == "ནས་ཆང་།"
    report = import_catalogue_csv(parties, out)
    assert (report.added, report.updated) == (0, 0)


def test_lookup_numeric_sku_inactive_and_misread(parties, tmp_path):
    text = GOOD + "12345670,,ནས་ཆང་།,青稞酒,Old wine,DRINK,CHAMCHEN,bottle,4500,1\n" \
                  "OLD-001,,ནས་ཆང་།,旧青稞酒,Old wine,DRINK,CHAMCHEN,bottle,4500,0\n"
    import_catalogue_csv(parties, write(tmp_path, "p.csv", text))
    from yarlung_pos.domain.model import UnknownCode
    with parties.read() as s:
        assert lookup_code(s, "12345670").name_en == "Old wine"  # 8 digits, bad check digit, but a SKU
        with pytest.raises(UnknownCode, match="not sold any more"):
            lookup_code(s, "old-001")
        with pytest.raises(UnknownCode, match="wrong check digit"):
            lookup_code(s, "6901234567893")
        assert lookup_code(s, "HTTPS://YARLUNG.EXAMPLE/P/WINE-001").sku == "WINE-001"


def test_barcodes_can_move_and_swap_in_any_row_order(parties, tmp_path):
    import_catalogue_csv(parties, write(tmp_path, "p.csv", GOOD))  # WINE-001 has 6901234567892
    swap = HEADER + ("GRN-001,6901234567892,བྲ་བོ།,吉祥海螺荞麦,Jixiang Hailuo buckwheat,GRAIN,CHAMCHEN,kg,1250,1\n"
                     "WINE-001,6909876543212,ནས་ཆང་།,强钦青稞酒,Chamchen barley wine,DRINK,CHAMCHEN,bottle,4500,1\n")
    import_catalogue_csv(parties, write(tmp_path, "swap.csv", swap))
    with parties.read() as s:
        assert lookup_code(s, "6901234567892").sku == "GRN-001"
        assert lookup_code(s, "6909876543212").sku == "WINE-001"
    back = HEADER + ("GRN-001,6909876543212,བྲ་བོ།,吉祥海螺荞麦,Jixiang Hailuo buckwheat,GRAIN,CHAMCHEN,kg,1250,1\n"
                     "WINE-001,6901234567892,ནས་ཆང་།,强钦青稞酒,Chamchen barley wine,DRINK,CHAMCHEN,bottle,4500,1\n")
    assert import_catalogue_csv(parties, write(tmp_path, "back.csv", back)).updated == 2
    with parties.read() as s:
        assert lookup_code(s, "6901234567892").sku == "WINE-001"
    # taking a barcode that stays with a product not in the file is refused
    steal = HEADER + "NEW-001,6901234567892,ནས་ཆང་།,青稞酒,Thief,DRINK,CHAMCHEN,bottle,100,1\n"
    with pytest.raises(CatalogueImportError, match="1 problem") as info:
        import_catalogue_csv(parties, write(tmp_path, "steal.csv", steal))
    assert "belongs to WINE-001" in str(info.value.errors[0])


def test_zero_price_upper_case_header_and_unchanged_parties(parties, tmp_path):
    bad = HEADER.upper() + "FREE-001,,ནས་ཆང་།,青稞酒,Free,DRINK,CHAMCHEN,bottle,0,1\n"
    with pytest.raises(CatalogueImportError) as info:
        import_catalogue_csv(parties, write(tmp_path, "z.csv", bad))
    assert [(e.line, e.column) for e in info.value.errors] == [(2, "price_fen")]
    assert import_catalogue_csv(parties, write(tmp_path, "c.csv", CATS)).updated == 0
    with pytest.raises(CatalogueImportError) as info:
        import_catalogue_csv(parties, tmp_path / "missing.csv")
    assert str(info.value.errors[0]).startswith("cannot read file")
