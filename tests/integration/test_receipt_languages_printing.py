"""The receipt languages setting (issue #8): stored in the settings file, checked, and used
alike by the till's preview, the print queue (receipts, X/Z reports) and the command line."""

from dataclasses import replace

import pytest
from PIL import ImageChops

from yarlung_pos.config import Settings, SettingsError, load_settings, save_settings
from yarlung_pos.printing.escpos_codec import decode_job
from yarlung_pos.printing.labels import LabelError, LabelProduct, plan_labels
from yarlung_pos.printing.receipt import render_receipt
from yarlung_pos.printing.zreport import render_shift_report
from yarlung_pos.services import shifts
from yarlung_pos.services.print_worker import PrintWorker
from yarlung_pos.services.till import TillService

from ..support.fake_printer import FakePrinter
from .test_printing import sell


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.stop()


def same_pixels(a, b) -> bool:
    return a.size == b.size and ImageChops.difference(a.convert("L"), b.convert("L")).getbbox() is None


# ------------------------------------------------------------------------------ settings file


def test_default_and_round_trip(tmp_path):
    assert Settings().receipt_languages == ("bo", "zh", "en")
    path = tmp_path / "settings.ini"
    assert load_settings(path).receipt_languages == ("bo", "zh", "en")           # no file: the default
    save_settings(Settings(receipt_languages=("zh", "bo")), path)
    assert "languages = zh,bo" in path.read_text(encoding="utf-8").split("[receipt]")[1].split("[")[0]
    assert load_settings(path).receipt_languages == ("zh", "bo")
    path.write_text("[receipt]\nurl_base = https://yarlung.example/r\nlanguages = en ; English only\n",
                    encoding="utf-8")
    assert load_settings(path).receipt_languages == ("en",)
    path.write_text("[receipt]\nlanguages =  bo , zh \n", encoding="utf-8")
    assert load_settings(path).receipt_languages == ("bo", "zh")
    path.write_text("[receipt]\nurl_base = https://yarlung.example/r\n", encoding="utf-8")  # older files
    assert load_settings(path).receipt_languages == ("bo", "zh", "en")


@pytest.mark.parametrize(("value", "message"), [
    ("", "receipt languages: choose at least one receipt language"),
    ("fr", "receipt languages: unknown receipt language 'fr'"),
    ("bo,zh_CN", "receipt languages: unknown receipt language 'zh_CN'"),
    ("bo,bo", "receipt languages: receipt languages must each appear once"),
])
def test_bad_receipt_languages_are_refused_naming_the_file(tmp_path, value, message):
    path = tmp_path / "settings.ini"
    path.write_text(f"[receipt]\nlanguages = {value}\n", encoding="utf-8")
    with pytest.raises(SettingsError) as err:
        load_settings(path)
    assert str(err.value).startswith(str(path)) and message in str(err.value)
    with pytest.raises(SettingsError, match="receipt languages"):
        save_settings(Settings(receipt_languages=tuple(x for x in value.split(",") if x)), tmp_path / "other.ini")
    assert not (tmp_path / "other.ini").exists()


def test_label_languages_each_once(tmp_path):
    with pytest.raises(SettingsError, match="label languages .* each once"):
        Settings(label_languages=("bo", "bo")).validate()
    Settings(label_languages=("zh", "bo")).validate()                            # either order
    product = LabelProduct("WINE-001", "ནས་ཆང་།", "青稞酒", "Barley wine", 4500, "bottle")
    with pytest.raises(LabelError, match="each once"):
        plan_labels([(product, 1)], "roll-40x30", "https://yarlung.example", ("zh", "zh"))
    assert plan_labels([(product, 1)], "roll-40x30", "https://yarlung.example", ("zh", "bo")).languages == ("zh", "bo")


# ------------------------------------------------------------------------------ printing


@pytest.mark.parametrize("languages", [("bo", "zh"), ("en",)])
@pytest.mark.parametrize("width", [384, 576])
def test_printed_receipt_is_the_preview_in_the_chosen_languages(qapp, demo_store, clock, printer, languages,
                                                                 width):
    settings = Settings(printer_uri=printer.uri, paper_width_dots=width, receipt_languages=languages)
    done = sell(demo_store, clock)
    assert PrintWorker(demo_store, lambda: settings).run_once() == 1
    image, _ = decode_job(printer.wait_for_jobs(1)[0])
    till = TillService(demo_store, "Padma", clock, settings)
    doc = till.receipt(done.number)                                 # what the till's preview shows
    assert doc.languages == languages
    preview = render_receipt(doc, width)
    assert same_pixels(image, preview)
    assert not same_pixels(image, render_receipt(replace(doc, languages=("bo", "zh", "en")), width))


def test_reprint_copy_banner_in_the_chosen_languages(qapp, demo_store, clock, printer):
    settings = Settings(printer_uri=printer.uri, paper_width_dots=384, receipt_languages=("bo",))
    done = sell(demo_store, clock, codes=("WINE-001",))
    till = TillService(demo_store, "Padma", clock, settings)
    till.reprint(done.number)
    assert PrintWorker(demo_store, lambda: settings).run_once() == 2
    _, copy_job = printer.wait_for_jobs(2)
    from yarlung_pos.services.receipts import receipt_doc
    from yarlung_pos.services.sales import get_sale
    with demo_store.read() as s:
        doc = receipt_doc(s, get_sale(s, done.uuid), copy=True, url_base=settings.receipt_url_base,
                          languages=settings.receipt_languages)
    assert doc.title == "འདྲ་བཤུས།"
    assert same_pixels(decode_job(copy_job)[0], render_receipt(doc, 384))


@pytest.mark.parametrize("languages", [("bo", "zh"), ("zh",)])
def test_z_report_prints_its_preview_in_the_chosen_languages(qapp, demo_store, clock, printer, languages):
    settings = Settings(printer_uri=printer.uri, paper_width_dots=384, receipt_languages=languages)
    shifts.open_shift(demo_store, "padma", 10000, clock)
    z = shifts.close_shift(demo_store, "padma", {10000: 1}, print_report=True, clock=clock)
    assert PrintWorker(demo_store, lambda: settings).run_once() == 1
    image, _ = decode_job(printer.wait_for_jobs(1)[0])
    report = shifts.z_report(demo_store, z.number)
    assert same_pixels(image, render_shift_report(report, 384, languages))
    assert not same_pixels(image, render_shift_report(report, 384))
