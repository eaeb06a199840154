"""Home delivery through the post office: the rules a delivery order follows, without storage.

- statuses and the moves between them (:data:`TRANSITIONS`);
- recipient checks: phone (:func:`check_phone`), address (:func:`check_address`), names;
- tracking numbers, with the UPU S10 check digit (:func:`s10_valid`);
- postage: a table of weight bands by destination zone (:class:`PostageTable`);
- masking of personal data for lists (:func:`mask_phone`).

Places: Tibet's seven prefecture-level divisions and Shannan's twelve county-level ones
(:data:`TIBET_PREFECTURES`, :data:`SHANNAN_COUNTIES`) are offered; any other text is allowed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from yarlung_pos.domain.errors import QT_TRANSLATE_NOOP, DomainError

#: the statuses, in their order
STATUSES = ("to_pack", "packed", "handed_over", "delivered", "returned")
#: status → the statuses it may move to
TRANSITIONS: dict[str, tuple[str, ...]] = {  # returned before hand-over: the order was cancelled
    "to_pack": ("packed", "returned"),
    "packed": ("handed_over", "returned"),
    "handed_over": ("delivered", "returned"),
    "delivered": (),
    "returned": (),
}
#: what a status is called on screen (translated by the UI, context "DomainError")
STATUS_NAMES = {
    "to_pack": QT_TRANSLATE_NOOP("DomainError", "to pack"),
    "packed": QT_TRANSLATE_NOOP("DomainError", "packed"),
    "handed_over": QT_TRANSLATE_NOOP("DomainError", "handed over"),
    "delivered": QT_TRANSLATE_NOOP("DomainError", "delivered"),
    "returned": QT_TRANSLATE_NOOP("DomainError", "returned"),
}
#: where an order came from
CHANNELS = ("counter", "phone", "wechat", "online")
CHANNEL_NAMES = {
    "counter": QT_TRANSLATE_NOOP("DomainError", "at the counter"),
    "phone": QT_TRANSLATE_NOOP("DomainError", "by phone"),
    "wechat": QT_TRANSLATE_NOOP("DomainError", "WeChat mall"),
    "online": QT_TRANSLATE_NOOP("DomainError", "online shop"),
}
#: carriers offered (any other name is allowed)
CARRIERS = ("China Post", "EMS")
#: the SKU of the postage line of a delivery's sale (no product, no stock, no cooperative)
POSTAGE_SKU = "POSTAGE"
POSTAGE_NAMES = {"bo": "སྦྲག་གླ།", "zh": "邮费", "en": "Postage"}

MAX_NAME = 60
MAX_ADDRESS_PART = 120
MAX_NOTE = 300
MAX_TRACKING = 40
MAX_WEIGHT_G = 50_000


class DeliveryError(DomainError):
    """A delivery order the rules refuse (bad phone, address, tracking number, status move…)."""

    translated_params = ("status", "target", "field")


# ---------------------------------------------------------------------- places

@dataclass(frozen=True)
class Place:
    """A place offered in the address form: its Chinese name (what the post office reads),
    Tibetan and English names."""

    zh: str
    bo: str
    en: str


PROVINCE = Place("西藏自治区", "བོད་རང་སྐྱོང་ལྗོངས།", "Tibet Autonomous Region")
#: Tibet's prefecture-level divisions (2026)
TIBET_PREFECTURES = (
    Place("拉萨市", "ལྷ་ས་གྲོང་ཁྱེར།", "Lhasa"),
    Place("日喀则市", "གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར།", "Shigatse"),
    Place("昌都市", "ཆབ་མདོ་གྲོང་ཁྱེར།", "Chamdo"),
    Place("林芝市", "ཉིང་ཁྲི་གྲོང་ཁྱེར།", "Nyingchi"),
    Place("山南市", "ལྷོ་ཁ་གྲོང་ཁྱེར།", "Shannan"),
    Place("那曲市", "ནག་ཆུ་གྲོང་ཁྱེར།", "Nagqu"),
    Place("阿里地区", "མངའ་རིས་ས་ཁུལ།", "Ngari"),
)
#: Shannan's county-level divisions
SHANNAN_COUNTIES = (
    Place("乃东区", "སྣེ་གདོང་ཆུས།", "Nedong"),
    Place("扎囊县", "གྲ་ནང་རྫོང་།", "Dranang"),
    Place("贡嘎县", "གོང་དཀར་རྫོང་།", "Gonggar"),
    Place("桑日县", "ཟངས་རི་རྫོང་།", "Sangri"),
    Place("琼结县", "འཕྱོངས་རྒྱས་རྫོང་།", "Qonggyai"),
    Place("曲松县", "ཆུ་གསུམ་རྫོང་།", "Qusum"),
    Place("措美县", "མཚོ་སྨད་རྫོང་།", "Comai"),
    Place("洛扎县", "ལྷོ་བྲག་རྫོང་།", "Lhozhag"),
    Place("加查县", "རྒྱ་ཚ་རྫོང་།", "Gyaca"),
    Place("隆子县", "ལྷུན་རྩེ་རྫོང་།", "Lhünzê"),
    Place("错那市", "མཚོ་སྣ་གྲོང་ཁྱེར།", "Cona"),
    Place("浪卡子县", "སྣ་དཀར་རྩེ་རྫོང་།", "Nagarzê"),
)
#: the hall's own county and prefecture (postage zone "county" and "prefecture")
HOME_COUNTY = "琼结县"
HOME_PREFECTURE = "山南市"


@dataclass(frozen=True)
class Address:
    """A delivery address as the post office writes it, largest place first: province,
    prefecture (or city), county, township, village or street (with the house)."""

    province: str = ""
    prefecture: str = ""
    county: str = ""
    township: str = ""
    street: str = ""

    def lines(self) -> list[str]:
        """The address as Chinese lines for a label: ``[province prefecture county, township street]``."""
        head = "".join(p for p in (self.province, self.prefecture, self.county) if p)
        tail = " ".join(p for p in (self.township, self.street) if p)
        return [x for x in (head, tail) if x]

    def as_dict(self) -> dict[str, str]:
        return {"province": self.province, "prefecture": self.prefecture, "county": self.county,
                "township": self.township, "street": self.street}

    @classmethod
    def of(cls, data: dict | None) -> "Address":
        data = data or {}
        return cls(**{k: str(data.get(k) or "") for k in ("province", "prefecture", "county", "township", "street")})


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _clean(text: str | None, limit: int, what: str) -> str:
    value = " ".join(_CONTROL.sub(" ", text or "").split())
    if len(value) > limit:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the {field} is longer than {limit} characters"),
                            field=what, limit=limit)
    return value


FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("DomainError", "recipient's name"),
    "name_bo": QT_TRANSLATE_NOOP("DomainError", "recipient's name in Tibetan"),
    "province": QT_TRANSLATE_NOOP("DomainError", "province"),
    "prefecture": QT_TRANSLATE_NOOP("DomainError", "prefecture or city"),
    "county": QT_TRANSLATE_NOOP("DomainError", "county"),
    "township": QT_TRANSLATE_NOOP("DomainError", "township"),
    "street": QT_TRANSLATE_NOOP("DomainError", "village or street"),
    "note": QT_TRANSLATE_NOOP("DomainError", "note"),
    "channel_order": QT_TRANSLATE_NOOP("DomainError", "channel's order number"),
    "tracking": QT_TRANSLATE_NOOP("DomainError", "tracking number"),
    "carrier": QT_TRANSLATE_NOOP("DomainError", "carrier"),
}


def check_text(text: str | None, key: str, limit: int, required: bool = False) -> str:
    """``text`` with runs of spaces and control characters made one space, at most ``limit``
    characters; raises :class:`DeliveryError` when longer, or empty and ``required``.
    ``key`` names the field (:data:`FIELD_NAMES`)."""
    value = _clean(text, limit, FIELD_NAMES.get(key, key))
    if required and not value:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the {field} is missing"), field=FIELD_NAMES.get(key, key))
    return value


#: other names people type for places (Wylie-less romanisations, old names)
_MORE_NAMES = {"山南市": ("Lhoka", "Lhokha"), "琼结县": ("Chongye", "Qiongjie"), "乃东区": ("Nêdong", "Naidong"),
               "日喀则市": ("Xigaze", "Rikaze"), "那曲市": ("Nagchu",), "阿里地区": ("Ali",), "西藏自治区": ("Xizang", "Tibet")}
_SUFFIXES = ("特别行政区", "自治区", "地区", "省", "市", "县", "区")


def _key(text: str) -> str:
    return text.strip().strip("།་ ").casefold()


def _aliases(places) -> dict[str, str]:
    out = {}
    for p in places:
        names = [p.zh, p.bo, p.en, *_MORE_NAMES.get(p.zh, ())]
        short = next((p.zh[:-len(x)] for x in _SUFFIXES if p.zh.endswith(x) and len(p.zh) > len(x) + 1), None)
        for n in [*names, short] if short else names:
            out[_key(n)] = p.zh
    return out


_PROVINCES = _aliases([PROVINCE])
_PREFECTURES = _aliases(TIBET_PREFECTURES)
_COUNTIES = _aliases(SHANNAN_COUNTIES)


def canonical_place(text: str, kind: str) -> str:
    """The Chinese name of a known place typed another way — in Tibetan, in English, without
    its 市/县 (``ལྷོ་ཁ་``, ``Shannan``, ``山南`` → ``山南市``); ``kind`` is ``province``,
    ``prefecture`` or ``county`` (Shannan's).  Anything else comes back as typed, so the
    post office reads Chinese and the county's reports add up one place under one name."""
    table = {"province": _PROVINCES, "prefecture": _PREFECTURES, "county": _COUNTIES}[kind]
    return table.get(_key(text), text)


def looks_like_province(text: str) -> bool:
    """True for a province-level name: Tibet by any of its names, a 省, 自治区, 特别行政区 or
    one of the four municipalities (北京市, 上海市, 天津市, 重庆市)."""
    t = text.strip()
    return (_key(t) in _PROVINCES or t.endswith(("省", "自治区", "特别行政区"))
            or t in ("北京市", "上海市", "天津市", "重庆市", "北京", "上海", "天津", "重庆"))


def check_address(address: Address) -> Address:
    """The address cleaned, known places under their Chinese names (:func:`canonical_place`);
    raises :class:`DeliveryError` when the prefecture, county or the village/street is
    missing, or a part is longer than :data:`MAX_ADDRESS_PART`.  The province defaults to
    Tibet."""
    parts = {k: check_text(v, k, MAX_ADDRESS_PART) for k, v in address.as_dict().items()}
    parts["province"] = canonical_place(parts["province"], "province") or PROVINCE.zh
    if parts["province"] == PROVINCE.zh:  # the names offered are Tibet's and Shannan's
        parts["prefecture"] = canonical_place(parts["prefecture"], "prefecture")
        if parts["prefecture"] in (HOME_PREFECTURE, ""):
            parts["county"] = canonical_place(parts["county"], "county")
    for key in ("prefecture", "county", "street"):
        if not parts[key]:
            raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the address needs its {field}"),
                                field=FIELD_NAMES[key])
    return Address(**parts)


# ---------------------------------------------------------------------- phone

_MOBILE = re.compile(r"1[3-9]\d{9}")


def check_phone(text: str | None) -> str:
    """The phone number in a standard form: a mainland mobile (11 digits starting with 1,
    second digit 3–9: ``13812345678``) or a landline with its area code
    (``0893-7831234``: area codes 010 and 02X have three digits, all others four; then 7–8
    digits).  Spaces, hyphens and a leading ``+86`` or
    ``0086`` are allowed in what is typed.  Raises :class:`DeliveryError` otherwise.
    Source: China's numbering plan (MIIT, 电信网编号计划)."""
    raw = (text or "").strip()
    # full-width digits (a Chinese input method) and Tibetan digits are digits too
    typed = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in unicodedata.normalize("NFKC", raw))
    digits = re.sub(r"[\s\-()]", "", typed)
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            digits = digits[len(prefix):]
    if not digits:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the recipient's phone number is missing"))
    if _MOBILE.fullmatch(digits):
        return digits
    if digits.isdigit() and digits.startswith("0"):
        area = 3 if digits.startswith(("010", "02")) else 4  # Beijing 010 and 02X: three digits; others four
        if 7 <= len(digits) - area <= 8:
            return f"{digits[:area]}-{digits[area:]}"
    raise DeliveryError(QT_TRANSLATE_NOOP(
        "DomainError", "{phone} is not a phone number: a mobile has 11 digits starting with 1, a landline starts "
                       "with its area code (0893-…)"), phone=raw[:20])


def mask_phone(phone: str | None) -> str:
    """The phone as lists show it: ``138****5678`` (first 3 and last 4 digits of a mobile);
    a landline keeps its area code and last 2 digits (``0893-*****34``)."""
    if not phone:
        return ""
    if "-" in phone:
        area, number = phone.split("-", 1)
        return f"{area}-{'*' * (len(number) - 2)}{number[-2:]}"
    if len(phone) <= 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_text(text: str | None) -> str:
    """A street, village or note as lists show it: its first character and stars."""
    if not text:
        return ""
    return text[0] + "***"


# ---------------------------------------------------------------------- tracking numbers

_S10 = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")
_S10_TYPO = re.compile(r"[A-Z]{2}\d{8}[A-Z][A-Z]{2}")
#: the shortest tracking number taken (China Post's domestic numbers have 13 digits, S10 13 characters)
MIN_TRACKING = 8
S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of an 8-digit ``serial``: weights 8 6 4 2 3 5 9 7,
    C = 11 − (Σ mod 11), 10 → 0, 11 → 5.  Source: UPU standard S10-12, section 5.2."""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError("an S10 serial number has 8 digits")
    c = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS)) % 11
    return 0 if c == 10 else 5 if c == 11 else c


def is_s10(tracking: str) -> bool:
    """True when ``tracking`` has the S10 form: two letters, 9 digits, two letters."""
    return bool(_S10.fullmatch(tracking))


def s10_valid(tracking: str) -> bool:
    """True when ``tracking`` has the S10 form and its 9th digit is the check digit of the
    first eight (``RB123456785GB`` valid, ``RB123456786US`` not)."""
    return is_s10(tracking) and s10_check_digit(tracking[2:10]) == int(tracking[10])


def check_tracking(text: str | None) -> str:
    """The carrier's tracking number, upper-cased without spaces.  Any carrier string of
    letters, digits and hyphens (at most :data:`MAX_TRACKING`) is taken; one with the S10
    form must have a right check digit.  Raises :class:`DeliveryError`."""
    value = re.sub(r"\s", "", text or "").upper()
    if not value:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the tracking number is missing"))
    if len(value) > MAX_TRACKING or not re.fullmatch(r"[A-Z0-9\-]+", value):
        raise DeliveryError(QT_TRANSLATE_NOOP(
            "DomainError", "{tracking} is not a tracking number: letters and digits only, at most 40"),
            tracking=value[:MAX_TRACKING])
    if (is_s10(value) and not s10_valid(value)) or _S10_TYPO.fullmatch(value):  # RB12345678XGB: a mistyped digit
        raise DeliveryError(QT_TRANSLATE_NOOP(
            "DomainError", "{tracking} has a wrong check digit: check the number on the waybill"), tracking=value)
    if len(value) < MIN_TRACKING:
        raise DeliveryError(QT_TRANSLATE_NOOP(
            "DomainError", "{tracking} is too short for a tracking number: check the number on the waybill"),
            tracking=value)
    return value


def parse_weight_g(text: str | int | None) -> int | None:
    """A parcel's weight in grams from ``"1.25"`` kg (what staff type) or an int of grams;
    ``None`` for empty.  Raises :class:`DeliveryError` unless 1 g … 50 kg."""
    if text is None or text == "":
        return None
    if isinstance(text, int):
        grams = text
    else:
        from decimal import Decimal, InvalidOperation
        try:
            kg = Decimal(str(text).strip().replace(",", ".").removesuffix("kg").strip())
        except InvalidOperation:
            kg = None
        if kg is None or not kg.is_finite():
            raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "{weight} is not a weight in kg"), weight=str(text)[:20])
        grams = int((kg * 1000).to_integral_value())
    if not 1 <= grams <= MAX_WEIGHT_G:
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "a parcel weighs between 0.001 and 50 kg"))
    return grams


# ---------------------------------------------------------------------- postage

ZONES = ("county", "prefecture", "tibet", "china")
ZONE_NAMES = {
    "county": QT_TRANSLATE_NOOP("DomainError", "in the county"),
    "prefecture": QT_TRANSLATE_NOOP("DomainError", "in Shannan"),
    "tibet": QT_TRANSLATE_NOOP("DomainError", "in Tibet"),
    "china": QT_TRANSLATE_NOOP("DomainError", "elsewhere in China"),
}


def zone_of(address: Address) -> str:
    """The postage zone of ``address``: ``county`` (the hall's county), ``prefecture``
    (Shannan), ``tibet`` or ``china``."""
    if address.county == HOME_COUNTY:
        return "county"
    if address.prefecture == HOME_PREFECTURE:
        return "prefecture"
    if address.province in ("", PROVINCE.zh, "西藏"):
        return "tibet"
    return "china"


@dataclass(frozen=True)
class PostageTable:
    """Postage by weight band and zone: ``bands`` is ``[(up to grams, {zone: fen}), …]``
    in rising weight; above the last band each further ``step_g`` costs ``step_fen[zone]``.
    Stored as the till setting ``delivery.postage`` (JSON of :meth:`as_dict`)."""

    bands: tuple[tuple[int, dict[str, int]], ...]
    step_g: int = 1000
    step_fen: dict[str, int] = field(default_factory=dict)

    def postage_fen(self, weight_g: int, zone: str) -> int:
        """The postage in fen of a parcel of ``weight_g`` grams to ``zone``."""
        for up_to, prices in self.bands:
            if weight_g <= up_to:
                return int(prices[zone])
        last_g, last = self.bands[-1]
        steps = -(-(weight_g - last_g) // self.step_g)
        return int(last[zone]) + steps * int(self.step_fen.get(zone, 0))

    def as_dict(self) -> dict:
        return {"bands": [[g, p] for g, p in self.bands], "step_g": self.step_g, "step_fen": self.step_fen}

    @classmethod
    def from_json(cls, text: str) -> "PostageTable":
        """Read :meth:`as_dict`'s JSON; raises :class:`DeliveryError` when it is not a valid table."""
        try:
            data = json.loads(text)
            bands = tuple((int(g), {z: int(p[z]) for z in ZONES}) for g, p in data["bands"])
            table = cls(bands, int(data.get("step_g", 1000)), {z: int(v) for z, v in data.get("step_fen", {}).items()})
        except (ValueError, KeyError, TypeError):
            raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the postage table in the settings cannot be read")) from None
        if not bands or [g for g, _ in bands] != sorted({g for g, _ in bands}) or table.step_g <= 0 or any(
                p < 0 for _, prices in bands for p in prices.values()):
            raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "the postage table in the settings cannot be read"))
        return table


#: the default table (China Post parcel rates from Qonggyai, rounded; fen)
DEFAULT_POSTAGE = PostageTable(
    bands=((1000, {"county": 500, "prefecture": 800, "tibet": 1200, "china": 1800}),
           (3000, {"county": 800, "prefecture": 1200, "tibet": 1800, "china": 2800}),
           (5000, {"county": 1000, "prefecture": 1600, "tibet": 2600, "china": 4000})),
    step_g=1000, step_fen={"county": 200, "prefecture": 300, "tibet": 500, "china": 800})


def check_move(status: str, target: str) -> None:
    """Raise :class:`DeliveryError` unless a delivery in ``status`` may move to ``target``."""
    if target not in TRANSITIONS.get(status, ()):
        raise DeliveryError(QT_TRANSLATE_NOOP("DomainError", "a delivery that is {status} cannot become {target}"),
                            status=STATUS_NAMES.get(status, status), target=STATUS_NAMES.get(target, target))


def format_delivery_number(terminal: str, seq: int) -> str:
    """``D-T01-000001``: the terminal's code and a per-terminal sequence of 6 digits."""
    return f"D-{terminal}-{seq:06d}"


__all__ = [n for n in dir() if not n.startswith("_")]
