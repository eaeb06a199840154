"""The catalogue pages ``/catalogue…`` (issue #17): products with a price form each, a
product's, a category's and a cooperative's form, and the CSV upload.

Every signed-in user sees the lists; only managers get forms.  The changes are decided in
:mod:`yarlung_pos.server.console_catalogue` (which refuses a viewer itself, 403), so a POST
forged by a viewer changes nothing.  A refused form is shown again (422) with each reason
next to its field and what was typed kept.  Addresses and form fields: see PROTOCOL.md,
"Web console: catalogue".
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from yarlung_pos.domain.model import UNITS
from yarlung_pos.domain.money import format_fen
from yarlung_pos.server import console_catalogue as cat
from yarlung_pos.server import page_shop, shop, web
from yarlung_pos.server.console import PageRefused, csrf_protect, office_user
from yarlung_pos.server.office_users import OfficeUser

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)
Viewer = Annotated[OfficeUser, Depends(office_user())]
Manager = Annotated[OfficeUser, Depends(office_user("manager"))]
_FILTERS = ("q", "category", "cooperative", "active", "page")
KIND_LABELS = {"products": web._("products"), "categories": web._("categories"),
               "cooperatives": web._("cooperatives")}
PRICE_CHANGED = web._("The price of {name} is now {price} yuan; the tills get it at their next sync.")
SAVED = web._("{name} is saved; the tills get it at their next sync.")
UNCHANGED = web._("Nothing was changed.")
PHOTO_SAVED = web._("The photo is stored ({width} × {height} pixels, {kb} kB); the shop shows it now.")
ABOUT_FIELDS = ("about_bo", "about_zh", "about_en")
NO_KIND = web._("There is no such list.")
#: the fields of each form, in order (CSV column names; a product added also has ``price``)
FORM_FIELDS = {"products": ("sku", "barcode", "name_bo", "name_zh", "name_en", "category", "cooperative", "unit",
                            "price", "active"),
               "categories": ("code", "name_bo", "name_zh", "name_en", "sort_order"),
               "cooperatives": ("code", "name_bo", "name_zh", "name_en", "town_bo", "town_zh", "town_en")}


def _console(request: Request):
    return request.app.state.console


def _filters(request: Request) -> dict[str, str]:
    """The list's filters from the query (text values, cut short)."""
    return {k: request.query_params.get(k, "")[:200] for k in _FILTERS}


def _query(filters: dict[str, str], **extra: str) -> str:
    """``?…`` of the non-empty ``filters`` and ``extra`` (``""`` when none)."""
    items = {k: v for k, v in {**filters, **extra}.items() if v}
    return f"?{urlencode(items)}" if items else ""


def _messages(request: Request, problems: list[cat.Problem]) -> tuple[dict[str, list[str]], list[str]]:
    """The ``problems`` in the page's language: ``({field: [reason]}, [reasons of no field])``."""
    lang = web.page_language(request)
    by_field: dict[str, list[str]] = {}
    for p in problems:
        by_field.setdefault(p.field, []).append(web.translate(lang, p.message, **p.values))
    return by_field, by_field.pop("", [])


def _product_list(request: Request, who: OfficeUser, status: int = 200, *, notice: str = "",
                  price_sku: str = "", price_typed: str = "", price_errors: list[str] | None = None) -> HTMLResponse:
    console = _console(request)
    f = _filters(request)
    active = {"1": True, "0": False}.get(f["active"])
    try:
        number = int(f["page"]) if f["page"] else 1
    except ValueError:
        number = 1
    listing = cat.list_products(console.db, text=f["q"], category=f["category"], cooperative=f["cooperative"],
                                active=active, page=number)
    for r in listing.rows:
        r["price_text"] = format_fen(r["price_fen"], sign=False, group=False)
    filters = {**f, "page": str(listing.page) if listing.page > 1 else ""}
    pages = {"prev": _query(filters, page=str(listing.page - 1)) if listing.page > 1 else None,
             "next": _query(filters, page=str(listing.page + 1)) if listing.page < listing.pages else None}
    if pages["prev"] is not None and listing.page == 2:
        pages["prev"] = _query({**filters, "page": ""})
    categories = cat.parties(console.db, "categories")
    cooperatives = cat.parties(console.db, "cooperatives")
    return console.page(
        "catalogue.html", status, request=request, active="/catalogue", tab="products", listing=listing,
        filters=f, here=_query(filters), pages=pages, notice=notice, manager=who.at_least("manager"),
        categories=categories, cooperatives=cooperatives,
        category_by_code={c["code"]: c for c in categories}, cooperative_by_code={c["code"]: c for c in cooperatives},
        price_sku=price_sku, price_typed=price_typed, price_errors=price_errors or [])


@router.get("/catalogue", response_class=HTMLResponse)
def products(request: Request, who: Viewer):
    """The products, filtered and by pages; each with a price form for managers."""
    notice = ""
    lang = web.page_language(request)
    changed = request.query_params.get("changed", "")
    saved = request.query_params.get("saved", "")
    if request.query_params.get("unchanged"):
        notice = web.translate(lang, UNCHANGED)
    elif changed and (row := cat.product(_console(request).db, changed)):
        notice = web.translate(lang, PRICE_CHANGED, name=web.name(row, lang), price=web.yuan(row["price_fen"]))
    elif saved and (row := cat.product(_console(request).db, saved)):
        notice = web.translate(lang, SAVED, name=web.name(row, lang))
    return _product_list(request, who, notice=notice)


@router.post("/catalogue/{sku}/price", response_class=HTMLResponse)
def change_price(request: Request, sku: str, who: Viewer):
    """A new price (field ``price``, yuan) for ``sku``; back to the list with the same filters."""
    console = _console(request)
    typed = request.state.form.get("price", "")
    try:
        answer = cat.change_price(console.db, who, sku, typed, clock=console.clock)
    except cat.FormRefused as exc:
        by_field, general = _messages(request, exc.problems)
        return _product_list(request, who, 422, price_sku=sku, price_typed=typed[:100],
                             price_errors=general + [m for ms in by_field.values() for m in ms])
    extra = {"changed": answer["sku"]} if answer["cursor"] else {"unchanged": "1"}
    return RedirectResponse(f"/catalogue{_query(_filters(request), **extra)}#p-{answer['sku']}", status_code=303)


# ---------------------------------------------------------------- the CSV upload

@router.get("/catalogue/import", response_class=HTMLResponse)
def import_form(request: Request, who: Manager):
    """The CSV upload form."""
    return _console(request).page("catalogue_import.html", request=request, active="/catalogue", tab="import",
                                  problems=[], results=None, kinds=KIND_LABELS, manager=True)


@router.post("/catalogue/import", response_class=HTMLResponse)
def import_files(request: Request, who: Viewer):
    """Import the uploaded CSV files (field ``file``, one or more): every bad row shown, or
    what was added and changed."""
    console = _console(request)
    uploads = [cat.Upload(name, data) for name, data in request.state.files.get("file", [])]
    try:
        results = cat.import_csv(console.db, who, uploads, clock=console.clock)
    except cat.FormRefused as exc:
        lang = web.page_language(request)
        problems = [{"file": p.file, "line": p.line, "column": p.field,
                     "message": web.translate(lang, p.message, **p.values)} for p in exc.problems]
        return console.page("catalogue_import.html", 422, request=request, active="/catalogue", tab="import",
                            problems=problems, results=None, kinds=KIND_LABELS, manager=True)
    return console.page("catalogue_import.html", request=request, active="/catalogue", tab="import",
                        problems=[], results=results, kinds=KIND_LABELS, manager=True)


# ---------------------------------------------------------------- one product, category, cooperative

def _form_page(request: Request, kind: str, values: dict, *, adding: bool, status: int = 200,
               problems: list[cat.Problem] | None = None, notice: str = "", photo_error: str = "") -> HTMLResponse:
    console = _console(request)
    by_field, general = _messages(request, problems or [])
    fields = FORM_FIELDS[kind] + (ABOUT_FIELDS if kind == "cooperatives" else ())
    general += [m for f, ms in by_field.items() if f not in fields for m in ms]
    template = "catalogue_product.html" if kind == "products" else "catalogue_party.html"
    extra = {}
    if kind == "products":
        lang = web.page_language(request)

        def choices(rows: list[dict]) -> list[tuple[str, str]]:
            return [(r["code"], f"{web.name(r, lang)} ({r['code']})") for r in rows]
        extra = {"choices": {"category": choices(cat.parties(console.db, "categories")),
                             "cooperative": choices(cat.parties(console.db, "cooperatives")),
                             "unit": [(u, web.translate(lang, u)) for u in UNITS]},
                 "photo": None if adding else shop.photo_info(console.db, values.get("sku", "")),
                 "photo_error": photo_error, "notice": notice}
    return console.page(template, status, request=request, active="/catalogue", kind=kind, tab=kind,
                        values=values, adding=adding, errors=by_field, general=general, fields=fields,
                        manager=True, **extra)


def _typed(request: Request, kind: str) -> dict[str, str]:
    """The form's values as typed (cut to 1,000 characters), active as ``"1"``/``"0"``."""
    form = request.state.form
    values = {f: form.get(f, "")[:1000] for f in FORM_FIELDS[kind] if f != "active"}
    if kind == "products":
        values["active"] = "1" if form.get("active") else "0"
    if kind == "cooperatives":
        values.update({f: form.get(f, "")[:2000] for f in ABOUT_FIELDS})
    return values


def _about_problems(values: dict[str, str]) -> list[cat.Problem]:
    """The refused about texts of a cooperative's form (none: ``[]``)."""
    problems = []
    for f in ABOUT_FIELDS:
        try:
            shop.check_about(values.get(f, ""))
        except shop.ShopRefused as exc:
            problems.append(cat.Problem(f, exc.message, exc.values))
    return problems


def _stored(kind: str, row: dict) -> dict[str, str]:
    """A stored entry as form values (text)."""
    values = {k: "" if v is None else str(v) for k, v in row.items()}
    if kind == "products":
        values["active"] = "1" if row["active"] else "0"
        values["price"] = format_fen(row["price_fen"], sign=False, group=False)
    return values


def _save(request: Request, who: OfficeUser, kind: str, key: str | None) -> HTMLResponse | RedirectResponse:
    console = _console(request)
    values = _typed(request, kind)
    about = _about_problems(values) if kind == "cooperatives" else []
    try:
        cat.require_manager(who)
        if about:  # judged first: nothing is written when a text is refused
            cat.save(console.db, who, kind, values, key=key, check_only=True, clock=console.clock)
            raise cat.FormRefused(about)
        answer = cat.save(console.db, who, kind, values, key=key, clock=console.clock)
    except cat.FormRefused as exc:
        if key is not None:
            values = {**values, ("sku" if kind == "products" else "code"): key}
        problems = exc.problems if exc.problems is about else about + exc.problems
        return _form_page(request, kind, values, adding=key is None, status=422, problems=problems)
    changed = bool(answer["cursor"])
    if kind == "cooperatives":  # not the tills' columns: a catalogue change of their own (shop.save_about)
        changed = shop.save_about(console.db, who, answer["key"], {f: values[f] for f in ABOUT_FIELDS},
                                  clock=console.clock) or changed
    page_shop.forget_pages()
    flag = {"saved": answer["key"]} if changed else {"unchanged": "1"}
    if kind == "products":
        return RedirectResponse(f"/catalogue{_query({'q': answer['key']}, **flag)}", status_code=303)
    return RedirectResponse(f"/catalogue/{kind}{_query({}, **flag)}#c-{answer['key']}", status_code=303)


@router.get("/catalogue/add", response_class=HTMLResponse)
def add_product_form(request: Request, who: Manager):
    """An empty product form (sold, no barcode)."""
    return _form_page(request, "products", {"active": "1", "unit": "piece"}, adding=True)


@router.post("/catalogue/add", response_class=HTMLResponse)
def add_product(request: Request, who: Viewer):
    """Add the product of the form (fields :data:`FORM_FIELDS` ``products``)."""
    return _save(request, who, "products", None)


@router.get("/catalogue/{sku}/edit", response_class=HTMLResponse)
def edit_product_form(request: Request, sku: str, who: Manager):
    """The product ``sku``'s form (its price is changed in the list)."""
    row = cat.product(_console(request).db, sku)
    if row is None:
        raise PageRefused(404, cat.NO_SUCH["products"], key=sku[:64])
    return _form_page(request, "products", _stored("products", row), adding=False)


@router.post("/catalogue/{sku}/edit", response_class=HTMLResponse)
def edit_product(request: Request, sku: str, who: Viewer):
    """Change the product ``sku`` (every field of the form but the SKU and the price)."""
    return _save(request, who, "products", sku)


@router.post("/catalogue/{sku}/photo", response_class=HTMLResponse)
def upload_photo(request: Request, sku: str, who: Viewer):
    """The product's photo for the shop (multipart field ``photo``), resized and stored by
    :func:`shop.save_photo`; the product's form again with what happened."""
    console, lang = _console(request), web.page_language(request)
    files = request.state.files.get("photo", [])
    data = files[0][1] if files else b""
    row = cat.product(console.db, sku)
    if row is None:
        raise PageRefused(404, cat.NO_SUCH["products"], key=sku[:64])
    try:
        answer = shop.save_photo(console.db, who, sku, data, clock=console.clock)
    except shop.ShopRefused as exc:
        return _form_page(request, "products", _stored("products", row), adding=False, status=422,
                          photo_error=web.translate(lang, exc.message, **exc.values))
    page_shop.forget_pages()
    kb = f"{answer['bytes'] / 1000:.0f}"
    notice = web.translate(lang, PHOTO_SAVED, width=answer["width"], height=answer["height"], kb=kb)
    return _form_page(request, "products", _stored("products", row), adding=False, notice=notice)


def _kind(kind: str) -> str:
    if kind not in ("categories", "cooperatives"):
        raise PageRefused(404, NO_KIND)
    return kind


@router.get("/catalogue/{kind}", response_class=HTMLResponse)
def party_list(request: Request, kind: str, who: Viewer):
    """Every category or cooperative (``kind``), with how many products name it."""
    console, lang = _console(request), web.page_language(request)
    saved, notice = request.query_params.get("saved", ""), ""
    if request.query_params.get("unchanged"):
        notice = web.translate(lang, UNCHANGED)
    elif saved and (row := cat.party(console.db, _kind(kind), saved)):
        notice = web.translate(lang, SAVED, name=web.name(row, lang))
    return console.page("catalogue_parties.html", request=request, active="/catalogue", kind=_kind(kind), tab=kind,
                        rows=cat.parties(console.db, kind), notice=notice, manager=who.at_least("manager"))


@router.get("/catalogue/{kind}/add", response_class=HTMLResponse)
def add_party_form(request: Request, kind: str, who: Manager):
    """An empty category or cooperative form."""
    return _form_page(request, _kind(kind), {}, adding=True)


@router.post("/catalogue/{kind}/add", response_class=HTMLResponse)
def add_party(request: Request, kind: str, who: Viewer):
    """Add the category or cooperative of the form."""
    return _save(request, who, _kind(kind), None)


@router.get("/catalogue/{kind}/{code}/edit", response_class=HTMLResponse)
def edit_party_form(request: Request, kind: str, code: str, who: Manager):
    """The category or cooperative ``code``'s form."""
    row = cat.party(_console(request).db, _kind(kind), code)
    if row is None:
        raise PageRefused(404, cat.NO_SUCH[kind], key=code[:32])
    if kind == "cooperatives":
        row = {**row, **shop.about_texts(_console(request).db, row["code"])}
    return _form_page(request, kind, _stored(kind, row), adding=False)


@router.post("/catalogue/{kind}/{code}/edit", response_class=HTMLResponse)
def edit_party(request: Request, kind: str, code: str, who: Viewer):
    """Change the category or cooperative ``code`` (every field but the code)."""
    return _save(request, who, _kind(kind), code)
