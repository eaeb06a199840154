"""Search as you type (issue #8): names in three scripts, SKU, barcode, pinyin, Wylie; ranking;
the index follows catalogue changes.  Runs on the demo catalogue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from yarlung_pos.domain.textkeys import fold, pinyin_words, tibetan_sort_key, words, wylie_words
from yarlung_pos.services.backoffice import ProductValues, delete_product, save_product
from yarlung_pos.services.search import SearchIndex, index_for, product_keys
from yarlung_pos.services.till import TillService

QINGKEJIU = {"WINE-001", "WINE-002", "WINE-003", "WINE-004", "WINE-005"}  # 青稞酒, active
NAS_CHANG = QINGKEJIU  # ནས་ཆང (barley beer) in their Tibetan names; WINE-006 is ནས་ཨ་རག


@pytest.fixture
def index(demo_store):
    return SearchIndex(demo_store)


def skus(products) -> list[str]:
    return [p.sku for p in products]


def tier(product, text: str) -> int:
    """The tier a product should have for ``text``, from its keys (test oracle)."""
    raw = text.strip()
    if product.sku.upper() == raw.upper() or product.barcode == raw:
        return 0
    q = fold(raw)
    latin, native = product_keys(product)
    contains, prefix = latin if q.isascii() else native
    assert q in contains, (product.sku, text)
    return 1 if "\x1f" + q in prefix else 2


def assert_ranked(products, text: str) -> None:
    tiers = [tier(p, text) for p in products]
    assert tiers == sorted(tiers), list(zip(skus(products), tiers))
    for a, b in zip(products, products[1:]):
        if tier(a, text) == tier(b, text):
            assert (len(a.name_zh), a.sku) < (len(b.name_zh), b.sku)


# ---------------------------------------------------------------------------- matching
def test_pinyin_initials_find_qingkejiu(index):
    found = index.search("qkj")
    assert set(skus(found)) == QINGKEJIU           # 强钦青稞白酒 (qqqkbj) and the inactive one are not
    assert all("青稞酒" in p.name_zh for p in found)
    assert set(skus(index.search("QKJ"))) == QINGKEJIU


def test_full_pinyin_with_or_without_spaces(index):
    assert set(skus(index.search("qingkejiu"))) == QINGKEJIU
    assert set(skus(index.search("qing ke jiu"))) == QINGKEJIU
    assert "GRAIN-007" in skus(index.search("qingwa"))  # 青瓦达孜糌粑


def test_polyphonic_characters_match_either_reading(index):
    # 藏 reads cang in 宝藏 and zang in 藏式; lazy_pinyin reads 德布林藏鸡蛋 as …cang…
    assert "EGG-001" in skus(index.search("zangjidan"))
    assert "EGG-001" in skus(index.search("cangjidan"))
    assert "RUG-001" in skus(index.search("jmzskd"))  # 加麻藏式卡垫


def test_wylie_and_tibetan_with_or_without_tsheg(index):
    chang = skus(index.search("chang"))
    assert set(chang[:5]) == NAS_CHANG              # the syllable ཆང starts a word: tier 1
    for text in ("nas chang", "nas-chang", "naschang", "NAS CHANG", "ནས་ཆང", "ནསཆང", "ནས་ཆང་", "ནས ཆང"):
        assert set(skus(index.search(text))) == NAS_CHANG, text
    bkra_shis = {"GRAIN-001", "GRAIN-002", "GRAIN-003", "GRAIN-004", "DRINK-003"}
    for text in ("bkra shis", "bkra-shis", "bkrashis", "བཀྲ་ཤིས", "བཀྲཤིས"):
        assert bkra_shis <= set(skus(index.search(text))), text


def test_chinese_and_english_names(index):
    assert set(skus(index.search("青稞酒"))) == QINGKEJIU
    assert skus(index.search("yak butter")) == ["DAIRY-006", "DAIRY-007"]
    assert skus(index.search("Yak Butter")) == skus(index.search("YAK BUTTER")) == ["DAIRY-006", "DAIRY-007"]
    assert {"DRINK-001", "DRINK-002", "DRINK-003"} == set(skus(index.search("tea")))


def test_exact_sku_and_barcode_come_first(index):
    assert skus(index.search("WINE-001"))[0] == "WINE-001"
    assert skus(index.search("wine-001"))[0] == "WINE-001"
    assert skus(index.search("6972041001077")) == ["WINE-001"]       # barcode
    assert skus(index.search(" 6972041001077 ")) == ["WINE-001"]
    found = skus(index.search("WINE-00"))
    assert found[0] == "WINE-003" and set(found) == QINGKEJIU | {"WINE-006"}  # prefix; by name length


def test_prefix_before_contains(index):
    for text in ("oil", "mar", "chang", "bkra shis", "barley", "zang", "青稞", "ཆང", "e", "WINE-0"):
        found = index.search(text)
        assert found, text
        assert_ranked(found, text)
    oil = index.search("oil")
    assert [tier(p, "oil") for p in oil][:5] == [1] * 5 and tier(oil[-1], "oil") == 2
    assert skus(oil)[:5] == ["OIL-001", "OIL-003", "OIL-002", "OIL-004", "OIL-005"]  # shorter Chinese name first


def test_limit_blank_and_unknown(index):
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("\t\n") == []
    assert index.search("་") == []          # a tsheg alone
    assert index.search("xyzzy") == []
    assert index.search("a", limit=0) == []
    assert len(index.search("a", limit=3)) == 3
    assert len(index.search("a")) == 20


def test_inactive_products_are_never_found(index):
    assert "WINE-007" not in skus(index.search("旧包装", limit=100))
    assert "WINE-007" not in skus(index.search("WINE-007"))


def test_typing_one_character_at_a_time_gives_the_same_as_a_fresh_index(demo_store, index):
    """The per-keystroke cache never changes an answer."""
    for text in ("qkj", "nas chang", "barley wine", "WINE-00", "ཡར་ཀླུངས", "吉祥海螺", "bkrashis", "dzo"):
        for k in range(1, len(text) + 1):
            assert skus(index.search(text[:k])) == skus(SearchIndex(demo_store).search(text[:k])), text[:k]


# ---------------------------------------------------------------------------- catalogue changes
def test_catalogue_changes_are_found_at_once(demo_store, clock):
    till = TillService(demo_store, "test", clock=clock)
    assert "WINE-001" in skus(till.search("qkj"))
    index = index_for(demo_store)
    built = index.build_seconds

    clock.at = datetime.now(timezone.utc)  # the demo catalogue was stamped with the real time

    def later():
        clock.at += timedelta(seconds=1)
        return clock

    # a new product
    save_product(demo_store, ProductValues("TEA-009", "བོད་ཇ་", "酥油茶砖", "Butter Tea Brick", "DRINK", "SAILONG",
                                           "piece", 1500, barcode="6972046009993"), new=True, clock=later())
    assert skus(till.search("sycz")) == ["TEA-009"]
    assert skus(till.search("bod ja"))[0] == "TEA-009"     # (and བོད་ཇའི་ཕྱེ་མ, instant butter tea)
    assert skus(till.search("6972046009993")) == ["TEA-009"]
    # renamed and repriced: old name gone, new name and price found
    save_product(demo_store, ProductValues("WINE-001", "བྱམས་ཆེན་ཆང་དཀར་", "强钦白青稞", "Chamchen White Barley", "DRINK",
                                           "CHAMCHEN", "bottle", 3900, barcode="6972041001077"), new=False,
                 clock=later())
    assert "WINE-001" not in skus(till.search("qkj"))
    (wine,) = [p for p in till.search("chang dkar") if p.sku == "WINE-001"]
    assert wine.price_fen == 3900 and wine.name_zh == "强钦白青稞"
    assert skus(till.search("6972041001077")) == ["WINE-001"]
    # deactivated, then active again
    save_product(demo_store, ProductValues("WINE-002", "བྱམས་ཆེན་ཡུན་རིང་ཉར་བའི་ནས་ཆང་ ཧའོ་ཧྲེང་༥༠༠", "强钦陈酿青稞酒 500毫升",
                                           "Chamchen Aged Highland Barley Wine 500 ml", "DRINK", "CHAMCHEN", "bottle",
                                           6800, active=False, barcode="6972041001145"), new=False, clock=later())
    assert "WINE-002" not in skus(till.search("qkj"))
    assert till.search("WINE-002") == []
    save_product(demo_store, ProductValues("WINE-002", "བྱམས་ཆེན་ཡུན་རིང་ཉར་བའི་ནས་ཆང་ ཧའོ་ཧྲེང་༥༠༠", "强钦陈酿青稞酒 500毫升",
                                           "Chamchen Aged Highland Barley Wine 500 ml", "DRINK", "CHAMCHEN", "bottle",
                                           6800, active=True, barcode="6972041001145"), new=False, clock=later())
    assert skus(till.search("WINE-002"))[0] == "WINE-002"
    # deleted
    delete_product(demo_store, "TEA-009")
    assert till.search("sycz") == [] and till.search("TEA-009") == []
    # all of that without building the index again, and answers equal a fresh index's
    assert index.build_seconds == built
    for text in ("qkj", "chang", "WINE-00", "6972041001077", "tea", "a"):
        assert skus(till.search(text)) == skus(SearchIndex(demo_store).search(text)), text


def test_a_product_stamped_before_the_newest_change_is_found(demo_store, clock):
    """A new product counts even when the till's clock is behind the catalogue's stamps."""
    index = SearchIndex(demo_store)
    assert index.search("sycz") == []
    clock.at = datetime(2020, 1, 1, tzinfo=timezone.utc)
    save_product(demo_store, ProductValues("TEA-009", "བོད་ཇ་", "酥油茶砖", "Butter Tea Brick", "DRINK", "SAILONG",
                                           "piece", 1500), new=True, clock=clock)
    assert skus(index.search("sycz")) == ["TEA-009"]


def test_many_changes_rebuild_the_index(demo_store, clock, monkeypatch):
    from yarlung_pos.services import search
    monkeypatch.setattr(search, "DELTA_MAX", 3)
    index = SearchIndex(demo_store)
    index.refresh()
    first = index._snap
    clock.at = datetime.now(timezone.utc)
    for i in range(5):
        clock.at += timedelta(seconds=1)
        save_product(demo_store, ProductValues(f"NEW-{i}", "བོད་ཇ་", "新茶", f"New tea {i}", "DRINK", "SAILONG",
                                               "piece", 100 + i), new=True, clock=clock)
    assert len(index.search("new tea")) == 5
    assert index._snap is not first and not index._delta


def test_till_service_shares_one_index_per_store(demo_store, clock):
    a, b = TillService(demo_store, "a", clock), TillService(demo_store, "b", clock)
    a.warm_search()
    assert index_for(demo_store)._snap is not None
    assert skus(a.search("qkj")) == skus(b.search("qkj"))


# ---------------------------------------------------------------------------- text keys
def test_fold_and_words():
    assert fold("bkra-shis") == fold("bkra shis") == fold("Bkra_Shis") == "bkrashis"
    assert fold("ནས་ཆང་།") == "ནསཆང"
    assert fold("OIL-001") == "oil001"
    assert words("བཀྲ་ཤིས་ བདེ་ལེགས།") == ["བཀྲ", "ཤིས", "བདེ", "ལེགས"]
    assert words("Yak Butter, loose") == ["yak", "butter", "loose"]


def test_wylie_and_pinyin_keys():
    assert wylie_words("ནས་ཆང་") == ["nas", "chang"]
    assert wylie_words("བཀྲ་ཤིས་") == ["bkra", "shis"]
    assert wylie_words("འཕྱིང་བ་") == ["phying", "ba"]      # a-chung folded away
    assert wylie_words("གཡག") == ["gyag"]                    # g.yag
    full, initials = pinyin_words("青稞酒")
    assert full[0] == "qingkejiu" and initials[0] == "qkj"
    full, initials = pinyin_words("1公斤")
    assert full[0] == "1gongjin" and initials[0] == "1gj"
    assert pinyin_words("abc") == ([], [])


def test_tibetan_sort_key_follows_dictionary_order():
    # root letters in alphabet order; for one root: bare, with suffix, vowels, subscripts,
    # then with prefixes and superscripts (Tibetan dictionary order, as CLDR's bo collation)
    ordered = ["ཀ", "ཀག", "ཀར", "ཀི", "ཀུ", "ཀྱ", "ཀྲ", "ཀླ", "དཀར", "བཀའ", "བཀྲ་ཤིས", "རྐང", "སྐད",
               "ཁ", "མཁའ", "འཁོར", "ག", "ང", "ཅ", "ཆང", "ཇ", "ཉ", "ཏ", "ཐ", "ད", "ན", "ནས", "པ", "ཕ", "བ",
               "མ", "ཙ", "ཚ", "ཛ", "ཝ", "ཞ", "ཟ", "འ", "ཡ", "ར", "ལ", "ཤ", "ས", "ཧ", "ཨ"]
    shuffled = sorted(ordered, key=lambda s: hash(s) % 97)
    assert sorted(shuffled, key=tibetan_sort_key) == ordered
    # tsheg separates syllables, it is not a letter: ཀ་ཁ before ཀག
    assert sorted(["ཀག", "ཀ་ཁ"], key=tibetan_sort_key) == ["ཀ་ཁ", "ཀག"]
    # cooperative names of the demo, in dictionary order
    coops = ["ཡར་ཀླུངས", "བྱམས་ཆེན", "གསེར་ལུང", "ལྕང་གསེར", "ཟླ་བ་སྒྲོལ་མ", "རྡོ་རྗེ"]
    # roots ཅ (ལྕང), ད (རྡོ), བ (བྱམས), ཟ (ཟླ), ཡ, ས (གསེར): prefixes and superscripts do not count first
    assert sorted(coops, key=tibetan_sort_key) == ["ལྕང་གསེར", "རྡོ་རྗེ", "བྱམས་ཆེན", "ཟླ་བ་སྒྲོལ་མ", "ཡར་ཀླུངས", "གསེར་ལུང"]


def test_full_width_input(index):
    """A Chinese input method in full-width mode types ｑｋｊ; NFKC folds it to qkj."""
    assert set(skus(index.search("ｑｋｊ"))) == QINGKEJIU
    assert set(skus(index.search("ＷＩＮＥ－００"))) == QINGKEJIU | {"WINE-006"}
