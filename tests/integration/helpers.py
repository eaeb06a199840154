"""Test helpers: a small catalogue written as CSV and imported through the real importer."""

from pathlib import Path

from yarlung_pos.services.catalogue_csv import import_catalogue_csv

CATS = "code,name_bo,name_zh,name_en,sort_order\nDRINK,བཏུང་བ།,饮品,Drinks,1\nGRAIN,འབྲུ་རིགས།,粮油,Grain and oil,2\n"
COOPS = ("code,name_bo,name_zh,name_en,town_bo,town_zh,town_en\n"
         "CHAMCHEN,ཁྱམ་ཆེན།,强钦合作社,Chamchen Cooperative,འཕྱོངས་རྒྱས།,琼结镇,Qonggyai Town\n")
PRODUCTS = ("sku,barcode,name_bo,name_zh,name_en,category,cooperative,unit,price_fen,active\n"
            "WINE-001,6901234567892,ནས་ཆང་།,强钦青稞酒,Chamchen barley wine,DRINK,CHAMCHEN,bottle,4500,1\n"
            "GRN-001,,བྲ་བོ།,吉祥海螺荞麦,Jixiang Hailuo buckwheat,GRAIN,CHAMCHEN,kg,1250,1\n"
            "OIL-001,6909876543212,ཡུངས་མར།,雅砻阿佳菜籽油,Yarlung Ajia colza oil,GRAIN,CHAMCHEN,bottle,9990,1\n")


def load_small_catalogue(store, folder: Path) -> None:
    for name, text in (("c.csv", CATS), ("o.csv", COOPS), ("p.csv", PRODUCTS)):
        p = folder / name
        p.write_text(text, encoding="utf-8")
        import_catalogue_csv(store, p)
