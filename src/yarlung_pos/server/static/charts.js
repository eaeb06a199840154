// Draws the console's charts with Chart.js (vendored in /static/chartjs). A chart is a
// <canvas data-chart="ID"> and its data a <script type="application/json" id="ID"> holding
// {"type": "bar"|"line", "labels": [...], "datasets": [{"label": ..., "data": [fen...]}],
//  "money": true}. Money comes as integer fen and is shown in yuan.
(function () {
  "use strict";
  function yuan(fen) {
    return (fen / 100).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  var palette = ["#8a2b1e", "#2f6f8f", "#c48a1d", "#3f7d3a", "#6b4c9a", "#a14d6d", "#55707a", "#b5651d"];
  var family = getComputedStyle(document.documentElement).fontFamily;
  if (window.Chart) { Chart.defaults.font.family = family; Chart.defaults.animation = false; }
  // A canvas does not redraw when a web font arrives: load the faces the labels need (the
  // Tibetan and Chinese fonts come by unicode-range only when asked for) before drawing.
  function fontsFor(text) {
    if (!document.fonts || !document.fonts.load) { return Promise.resolve(); }
    return Promise.all([document.fonts.load("12px " + family, text),
                        document.fonts.load("bold 12px " + family, text)]).catch(function () {});
  }
  function draw(canvas, spec) {
    var money = !!spec.money;
    var datasets = spec.datasets.map(function (d, i) {
      var colour = palette[i % palette.length];
      return { label: d.label, data: d.data, backgroundColor: colour, borderColor: colour,
               borderWidth: spec.type === "line" ? 2 : 0, pointRadius: 0, tension: 0.2,
               stack: spec.stacked ? "all" : undefined };
    });
    new Chart(canvas, {
      type: spec.type || "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { display: datasets.length > 1, position: "bottom" },
          tooltip: { callbacks: { label: function (ctx) {
            return ctx.dataset.label + ": " + (money ? yuan(ctx.parsed.y) : ctx.parsed.y); } } }
        },
        scales: {
          x: { stacked: !!spec.stacked },
          y: { stacked: !!spec.stacked, beginAtZero: true,
               ticks: { callback: function (v) { return money ? yuan(v) : v; } } }
        }
      }
    });
    canvas.setAttribute("data-drawn", "1");
  }
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute("data-chart"));
    if (!source || !window.Chart) { return; }
    var spec = JSON.parse(source.textContent);
    var text = (spec.labels || []).concat(spec.datasets.map(function (d) { return d.label; })).join(" ");
    fontsFor(text + " 0123456789.,-").then(function () { draw(canvas, spec); });
  });
})();
