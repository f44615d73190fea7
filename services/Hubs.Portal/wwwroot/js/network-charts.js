// Draws each figure of the statistics page from its table (table[data-chart]) with Chart.js, self-hosted. The table
// stays the text equivalent; the chart is drawn again when network-live.js swaps in new figures.
(function () {
  'use strict';
  if (!window.Chart) { return; }
  // Colours distinguishable from one another and with 3:1 contrast on white (WCAG 1.4.11).
  var palette = ['#0066cc', '#995c00', '#008055', '#cc334d', '#5c6f82', '#7a3e9d', '#00727d', '#a64d00', '#3d5a80', '#4d7326', '#8b4513', '#2f4f4f'];
  var charts = [];

  function number(cell) { var n = Number(cell.textContent.trim()); return isNaN(n) ? 0 : n; }

  function draw() {
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
      var canvas = document.getElementById(table.getAttribute('data-chart-canvas'));
      if (!canvas || !table.tHead || !table.tBodies.length) { return; }
      var kind = table.getAttribute('data-chart');
      var series = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (cell) { return cell.textContent.trim(); });
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var datasets = series.map(function (label, i) {
        var colour = palette[i % palette.length];
        return { label: label, data: rows.map(function (row) { return number(row.cells[i + 1]); }), backgroundColor: colour, borderColor: colour, tension: 0.2 };
      });
      var stacked = kind === 'stacked';
      charts.push(new window.Chart(canvas, {
        type: kind === 'line' ? 'line' : 'bar',
        data: { labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }), datasets: datasets },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: kind === 'hbar' ? 'y' : 'x',
          plugins: { legend: { display: datasets.length > 1 } },
          scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } } }
        }
      }));
    });
  }

  draw();
  document.addEventListener('network:updated', draw);
})();
