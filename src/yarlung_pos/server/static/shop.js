/* The shop's basket (issue #18): kept in localStorage, shown on /shop/basket, and written
   into the order form's hidden field "items" as "SKU*QTY;SKU*QTY".  No framework. */
(function () {
  "use strict";
  var KEY = "yarlung_shop_basket";
  var MAX_LINES = 50;

  function load() {
    try {
      var doc = JSON.parse(window.localStorage.getItem(KEY) || "null");
      if (doc && doc.v === 1 && Array.isArray(doc.lines)) { return doc.lines; }
    } catch (e) { /* a broken basket is an empty one */ }
    return [];
  }
  function save(lines) {
    try { window.localStorage.setItem(KEY, JSON.stringify({ v: 1, lines: lines })); } catch (e) { /* full or off */ }
  }
  /* a quantity typed as text → thousandths (integer), or 0 when it is not one */
  function milli(text, weighed) {
    var t = String(text || "").trim().replace(",", ".");
    if (!/^\d{1,4}(\.\d{0,3})?$/.test(t)) { return 0; }
    var parts = t.split("."), whole = parseInt(parts[0], 10), frac = (parts[1] || "").padEnd(3, "0");
    var m = whole * 1000 + parseInt(frac || "0", 10);
    if (!weighed && m % 1000) { return 0; }
    return m > 0 && m <= 1000000 ? m : 0;
  }
  function qtyText(m) {
    var whole = Math.floor(m / 1000), frac = String(m % 1000).padStart(3, "0").replace(/0+$/, "");
    return frac ? whole + "." + frac : String(whole);
  }
  function yuan(fen) {
    var s = String(Math.abs(fen)).padStart(3, "0");
    var head = s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return (fen < 0 ? "-" : "") + head + "." + s.slice(-2);
  }
  function itemsText(lines) {
    return lines.map(function (l) { return l.sku + "*" + l.qty; }).join(";");
  }
  function showCount(lines) {
    var el = document.getElementById("basket-count");
    if (el) { el.textContent = lines.length ? String(lines.length) : ""; }
  }

  function addForm(form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var weighed = form.dataset.weighed === "1";
      var input = document.getElementById("add-qty");
      var m = milli(input.value, weighed);
      if (!m) { input.setCustomValidity(input.validationMessage || "?"); input.reportValidity(); return; }
      var lines = load(), sku = form.dataset.sku, line = null;
      lines.forEach(function (l) { if (l.sku === sku) { line = l; } });
      if (!line) {
        if (lines.length >= MAX_LINES) { return; }
        line = { sku: sku, qty: "0" };
        lines.push(line);
      }
      line.qty = qtyText(Math.min(1000000, milli(line.qty, true) + m));
      line.name = form.dataset.name; line.price_fen = parseInt(form.dataset.priceFen, 10);
      line.unit = form.dataset.unit; line.unit_label = form.dataset.unitLabel; line.weighed = weighed;
      save(lines);
      showCount(lines);
      document.getElementById("add-done").hidden = false;
    });
    document.getElementById("add-qty").addEventListener("input", function (ev) { ev.target.setCustomValidity(""); });
  }

  function basketPage(box) {
    var list = document.getElementById("basket-lines"), items = document.getElementById("order-items");
    function render() {
      var lines = load(), total = 0;
      list.textContent = "";
      lines.forEach(function (l, i) {
        var li = document.createElement("li"), name = document.createElement("a");
        li.dataset.sku = l.sku;
        name.className = "name"; name.href = "/p/" + encodeURIComponent(l.sku); name.textContent = l.name || l.sku;
        var qty = document.createElement("input");
        qty.type = "number"; qty.inputMode = "decimal"; qty.value = l.qty; qty.min = l.weighed ? "0.001" : "1";
        qty.step = l.weighed ? "0.001" : "1"; qty.max = "1000"; qty.className = "qty";
        qty.setAttribute("aria-label", box.dataset.quantity + " " + (l.name || l.sku));
        qty.addEventListener("change", function () {
          var m = milli(qty.value, l.weighed), all = load();
          if (m && all[i] && all[i].sku === l.sku) { all[i].qty = qtyText(m); save(all); }
          render();
        });
        var unit = document.createElement("span"); unit.className = "unit"; unit.textContent = l.unit_label || l.unit || "";
        var price = document.createElement("span"); price.className = "price";
        var fen = Math.round((l.price_fen || 0) * milli(l.qty, true) / 1000);
        total += fen;
        price.textContent = "￥" + yuan(fen);
        var each = document.createElement("span"); each.className = "unit";
        each.textContent = "(￥" + yuan(l.price_fen || 0) + " " + box.dataset.each + ")";
        var remove = document.createElement("button");
        remove.type = "button"; remove.className = "remove"; remove.textContent = box.dataset.remove;
        remove.addEventListener("click", function () {
          var all = load().filter(function (x) { return x.sku !== l.sku; });
          save(all); render();
        });
        li.append(name, qty, unit, price, each, remove);
        list.appendChild(li);
      });
      document.getElementById("basket-empty").hidden = lines.length > 0;
      document.getElementById("basket-total").hidden = !lines.length;
      document.getElementById("basket-total-yuan").textContent = yuan(total);
      if (items) { items.value = itemsText(lines); }
      showCount(lines);
    }
    render();
    window.addEventListener("storage", render);
  }

  function orderForm(form) {
    var address = document.getElementById("address");
    var pre = document.getElementById("o-prefecture"), preText = document.getElementById("o-prefecture-text");
    var county = document.getElementById("o-county"), countyText = document.getElementById("o-county-text");
    function swap(select, text, useText) {
      text.hidden = !useText; text.disabled = !useText;
      if (useText && !text.value && select.value) { text.value = ""; }
    }
    function places() {
      var elsewhere = pre.hidden || pre.value === "";
      swap(pre, preText, elsewhere);
      var home = !elsewhere && pre.value === pre.dataset.home;
      county.hidden = !home; county.disabled = !home;
      swap(county, countyText, !home || county.value === "");
    }
    function fulfilment() {
      var pickup = document.getElementById("o-pickup").checked;
      address.hidden = pickup;
    }
    pre.addEventListener("change", places);
    county.addEventListener("change", places);
    form.addEventListener("change", fulfilment);
    form.addEventListener("submit", function () {
      document.getElementById("order-items").value = itemsText(load());
      if (!pre.hidden && pre.value === "") { pre.disabled = true; }
      if (!county.hidden && county.value === "") { county.disabled = true; }
    });
    if (!pre.hidden) { places(); }
    fulfilment();
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.body.dataset.clearBasket !== undefined) { save([]); }
    showCount(load());
    var add = document.getElementById("add-form");
    if (add) { addForm(add); }
    var box = document.getElementById("basket");
    if (box) { basketPage(box); }
    var order = document.getElementById("order-form");
    if (order) { orderForm(order); }
  });
}());
