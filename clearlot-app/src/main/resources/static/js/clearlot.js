// Sends the CSRF token with every htmx request that changes state.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});

// Draws the odometer history chart (Chart.js) when the condition panel arrives.
document.addEventListener('htmx:afterSettle', function () {
  var canvas = document.getElementById('odometer-chart');
  if (!canvas || canvas.dataset.drawn || typeof Chart === 'undefined') {
    return;
  }
  canvas.dataset.drawn = 'true';
  var readings = JSON.parse(canvas.dataset.readings);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: readings.map(function (r) { return r.t + ' ' + r.source; }),
      datasets: [{ label: canvas.dataset.label, data: readings.map(function (r) { return r.km; }),
        borderColor: '#0f766e', backgroundColor: '#0f766e', tension: 0, pointRadius: 4 }]
    },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: false } } }
  });
});

// Tapping a panel of the condition diagram shows its findings (the panel's title) and photos below the diagram.
document.addEventListener('click', function (event) {
  var shape = event.target.closest && event.target.closest('#condition-diagram [data-item], #condition-diagram [data-position]');
  var detail = document.getElementById('panel-detail');
  if (!shape || !detail) {
    return;
  }
  var title = shape.querySelector('title');
  detail.textContent = title ? title.textContent : '';
  var key = shape.dataset.item ? (Number(shape.dataset.item) >= 40 ? 'item.' : 'body.') + shape.dataset.item
    : 'structural.' + shape.dataset.position;
  var photos = document.querySelector('[data-photos-for="' + key + '"]');
  if (photos) {
    var gallery = photos.cloneNode(true);
    gallery.classList.remove('d-none');
    gallery.classList.add('d-flex', 'gap-2', 'mt-1');
    detail.appendChild(gallery);
  }
  document.querySelectorAll('#condition-diagram .selected').forEach(function (s) { s.classList.remove('selected'); });
  shape.classList.add('selected');
});

// Draws the battery passport's capacity estimates over time (Chart.js), on the listing page's htmx panel and on
// the public pack page.
function drawCapacityChart() {
  var canvas = document.getElementById('capacity-chart');
  if (!canvas || canvas.dataset.drawn || typeof Chart === 'undefined') {
    return;
  }
  canvas.dataset.drawn = 'true';
  var data = JSON.parse(canvas.dataset.capacity);
  var labels = data.points.map(function (p) { return p.t; });
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: labels,
      datasets: [
        { label: canvas.dataset.label, data: data.points.map(function (p) { return p.ah; }), showLine: false,
          borderColor: '#0f766e', backgroundColor: data.points.map(function (p) { return p.anchored ? '#0f766e' : '#94a3b8'; }),
          pointRadius: 4 },
        { label: canvas.dataset.nominalLabel, data: labels.map(function () { return data.nominal; }), borderColor: '#cbd5e1',
          borderDash: [6, 4], pointRadius: 0 }
      ]
    },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: true, position: 'bottom' } },
      scales: { y: { suggestedMin: data.nominal * 0.6, suggestedMax: data.nominal * 1.05 } } }
  });
}
document.addEventListener('htmx:afterSettle', drawCapacityChart);
document.addEventListener('DOMContentLoaded', drawCapacityChart);

// Draws the market page's charts (Chart.js): residual value by model and by powertrain over age, and completed
// sales by month, stacked by city.
var MARKET_COLOURS = ['#0f766e', '#1d4ed8', '#a16207', '#7c3aed', '#be123c', '#15803d', '#475569', '#c2410c'];
function drawMarketCharts() {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.cl-market-chart').forEach(function (canvas) {
    if (canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    var series = JSON.parse(canvas.dataset.series);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: [1, 2, 3, 4, 5, 6, 7, 8],
        datasets: series.map(function (s, i) {
          var colour = MARKET_COLOURS[i % MARKET_COLOURS.length];
          return { label: s.label, data: s.percentByAge, borderColor: colour, backgroundColor: colour, spanGaps: true,
            tension: 0.2, pointRadius: 3 };
        })
      },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } },
        scales: { x: { title: { display: true, text: canvas.dataset.xLabel } },
          y: { title: { display: true, text: canvas.dataset.yLabel } } } }
    });
  });
  var sales = document.getElementById('sales-chart');
  if (sales && !sales.dataset.drawn) {
    sales.dataset.drawn = 'true';
    var data = JSON.parse(sales.dataset.sales);
    new Chart(sales, {
      type: 'bar',
      data: {
        labels: data.months,
        datasets: Object.keys(data.cities).map(function (city, i) {
          return { label: city, data: data.cities[city], backgroundColor: MARKET_COLOURS[i % MARKET_COLOURS.length] };
        })
      },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } },
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
}
document.addEventListener('DOMContentLoaded', drawMarketCharts);
window.addEventListener('load', drawMarketCharts);
