"""The console's pages: language, translations, formatting and the page frame (issue #17).

* **Language** of a page (:func:`page_language`): the cookie ``yarlung_lang`` set by
  ``GET /language?set=bo|zh_CN|en&next=/path`` (the switch in every page's header), else the
  best of the browser's ``Accept-Language`` (``bo``, ``zh*`` → ``zh_CN``, ``en*``), else
  Chinese.  Codes as the till's (``yarlung_pos.i18n.LANGUAGES``).
* **Translations**: the English source strings of the templates and of the page modules
  (``_("…")`` / ``{% trans %}``) live in ``server/locale/<lang>/console.po`` (gettext PO,
  read with Babel; ``tools/console_i18n.py`` extracts and updates them).  A missing string
  shows in English.
* **Names**: :func:`name` picks a catalogue row's ``name_bo``/``name_zh``/``name_en`` in the
  page's language (falling back to Chinese, then English, then Tibetan).
* **Money** on pages is yuan with two decimals and grouping (``format_fen``), never float.
* **Fonts**: the shipped fonts (``assets/fonts``) are served at ``/fonts/<file>`` and named in
  ``console.css`` with ``unicode-range``, so the browser fetches the Tibetan and the Chinese
  font only for pages that need them and shapes Tibetan with Noto Serif Tibetan.
"""

from __future__ import annotations

import gettext as gettext_module
import io
import os
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from markupsafe import Markup

from yarlung_pos.domain.money import format_fen

def _(message: str) -> str:
    """Mark ``message`` for extraction (``tools/console_i18n.py``); translated when rendered
    with :func:`translate`."""
    return message


LANG_COOKIE = "yarlung_lang"
#: language code → its own name, in the order of the switch
LANGUAGES = {"zh_CN": "中文", "bo": "བོད་ཡིག", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
#: the ``lang`` attribute of each page language (BCP 47)
HTML_LANG = {"zh_CN": "zh-CN", "bo": "bo", "en": "en"}
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "console"
#: the console's pages, in the order of the navigation bar: (path, English label, least role)
NAVIGATION = (("/", _("Overview"), "viewer"), ("/cooperatives", _("Cooperatives"), "viewer"),
              ("/statistics", _("Statistics"), "viewer"), ("/catalogue", _("Catalogue"), "viewer"),
              ("/shifts", _("Shifts"), "viewer"), ("/audit", _("Audit"), "viewer"),
              ("/deliveries", _("Deliveries"), "viewer"), ("/orders", _("Shop orders"), "viewer"))
#: the office roles as shown (``office_users.ROLES``)
ROLE_LABELS = (_("viewer"), _("manager"), _("admin"))
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerifTibetan-Regular.ttf",
              "NotoSerifTibetan-Bold.ttf", "DroidSansFallbackFull.ttf")


def safe_next(target: str | None) -> str:
    """``target`` if it is a path of this site (``/…``, not ``//host`` nor ``/\\host``, no
    scheme, no control characters), else ``"/"``: no open redirect after sign-in."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    if "\\" in target or any(ord(c) < 0x20 or ord(c) == 0x7F for c in target):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target


def language_code(value: str | None) -> str | None:
    """One of :data:`LANGUAGES` for a code or a browser language tag (``zh-CN``, ``zh-Hans``,
    ``bo-CN``, ``en-GB`` …), else ``None``."""
    tag = (value or "").strip().replace("_", "-").lower()
    if not tag:
        return None
    primary = tag.split("-")[0]
    return {"zh": "zh_CN", "bo": "bo", "en": "en"}.get(primary)


def page_language(request: Request) -> str:
    """The page's language: the ``yarlung_lang`` cookie, else the highest-weighted language of
    ``Accept-Language`` the console has, else :data:`DEFAULT_LANGUAGE`."""
    chosen = language_code(request.cookies.get(LANG_COOKIE))
    if chosen:
        return chosen
    best, best_q = None, -1.0
    for position, item in enumerate(request.headers.get("accept-language", "").split(",")[:20]):
        tag, _sep, params = item.strip().partition(";")
        code = language_code(tag)
        if not code:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        q -= position * 1e-6  # ties: the first listed wins
        if q > best_q:
            best, best_q = code, q
    return best or DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext_module.NullTranslations:
    """The compiled catalogue of ``lang`` (English: none), read once from its PO file with
    Babel; a missing file gives English."""
    path = LOCALE_DIR / lang / "console.po"
    if lang == "en" or not path.is_file():
        return gettext_module.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return gettext_module.GNUTranslations(buf)


def translate(lang: str, message: str, **values: Any) -> str:
    """``message`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    text = translations(lang).gettext(message)
    return text.format(**values) if values else text


def name(row: Any, lang: str, field: str = "name") -> str:
    """``row``'s ``<field>_bo|_zh|_en`` (attribute or key) in ``lang``, else the first non-empty
    of Chinese, English, Tibetan."""
    def get(suffix: str) -> str:
        key = f"{field}_{suffix}"
        value = row.get(key) if isinstance(row, dict) else getattr(row, key, None)
        return value or ""
    first = {"bo": "bo", "zh_CN": "zh", "en": "en"}[lang]
    for suffix in (first, "zh", "en", "bo"):
        if get(suffix):
            return get(suffix)
    return ""


def yuan(fen: int | None, sign: bool = False) -> str:
    """``fen`` as yuan text with grouping (``123456`` → ``"1,234.56"``); ``None`` → ``"—"``."""
    return "—" if fen is None else format_fen(int(fen), sign=sign)


def _percent(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:+.{digits}f}%" if digits < 0 else f"{value:.{digits}f}%"


def change_percent(now_fen: int, before_fen: int) -> str:
    """The change from ``before_fen`` to ``now_fen`` as ``"+12.5%"``; ``"—"`` when there was
    nothing before."""
    if not before_fen:
        return "—"
    return f"{(now_fen - before_fen) * 100 / abs(before_fen):+.1f}%"


def install_templates(env) -> None:
    """Add the page helpers to the Jinja2 environment ``env`` (filters ``yuan``, ``name``,
    ``percent``; globals ``NAVIGATION``, ``LANGUAGES``)."""
    env.add_extension("jinja2.ext.i18n")
    env.filters["yuan"] = yuan
    env.filters["percent"] = _percent
    env.globals["NAVIGATION"] = NAVIGATION
    env.globals["LANGUAGES"] = LANGUAGES
    env.globals["HTML_LANG"] = HTML_LANG
    env.globals["change_percent"] = change_percent
    env.newstyle_gettext = True


def page_context(request: Request, lang: str | None = None) -> dict[str, Any]:
    """The values every page template gets: ``lang``, ``gettext``/``_``/``ngettext`` (new
    style: ``_("Sales of {name}", name=x)`` escapes ``x``), ``name(row)``, ``path`` (with the
    query) for the language switch."""
    lang = lang or page_language(request)
    tr = translations(lang)

    def gettext(message: str, **values: Any) -> str:
        text = Markup(tr.gettext(message))
        return text.format(**values) if values else text

    def ngettext(singular: str, plural: str, n: int, **values: Any) -> str:
        text = Markup(tr.ngettext(singular, plural, n))
        return text.format(n=n, num=n, **values)

    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return {"lang": lang, "gettext": gettext, "_": gettext, "ngettext": ngettext,
            "name": lambda row, field="name": name(row, lang, field), "path": path}


def assets_fonts() -> Path:
    """The folder of the shipped fonts: ``$YARLUNG_POS_ASSETS/fonts``, else ``assets/fonts`` of
    the checkout (beside ``src/``)."""
    override = os.environ.get("YARLUNG_POS_ASSETS")
    base = Path(override).expanduser() if override else Path(__file__).resolve().parents[3] / "assets"
    return base / "fonts"


router = APIRouter(include_in_schema=False)


@router.get("/language")
def set_language(request: Request, set: str = "", next: str = "/"):
    """Remember the page language chosen in the switch (cookie for a year) and go back."""
    code = language_code(set)
    response = RedirectResponse(safe_next(next), status_code=303)
    if code:
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, httponly=True, samesite="lax",
                            secure=request.url.scheme == "https")
    return response


@router.get("/fonts/{file}")
def font(file: str):
    """One of the shipped fonts (:data:`FONT_FILES`), cached for a week."""
    if file not in FONT_FILES or not (assets_fonts() / file).is_file():
        raise HTTPException(404, "no such font")
    return FileResponse(assets_fonts() / file, media_type="font/ttf",
                        headers={"Cache-Control": "public, max-age=604800"})


def install(app: FastAPI) -> None:
    """Add the language switch and the fonts to ``app``."""
    app.include_router(router)


def not_found_page(request: Request, console, message: str) -> HTMLResponse:
    """A page answering 404 with ``message`` (already translated) in the console's frame."""
    return console.page("not_found.html", 404, request=request, message=message)
