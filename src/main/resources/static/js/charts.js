// Draws the charts with ECharts: the statistics from /statistik/data, a product's contributions from
// /produkter/{key}/bidrag/data. The same numbers are in the tables
// under each chart, so nothing is lost when this file does not run.
(function () {
  'use strict';

  // DKFDS colours: the blue of links and primary buttons, and a light-to-dark scale for the map.
  var BLUE = '#0059b3';
  var COLOURS = ['#0059b3', '#008139', '#bd4a00'];
  var SCALE = ['#e6eef7', '#99bce0', '#4d8ac6', '#0059b3', '#003d7a'];
  var FONT = 'IBM Plex Sans, system-ui, sans-serif';

  function whenReady(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }
      return response.json();
    });
  }

  function chart(element) {
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  function drawTrend(element, data) {
    var labels = data.trend.map(function (p) { return p.label; });
    // data-series picks the lines (the home page shows members and usages); the statistics page all three.
    var wanted = (element.dataset.series || 'members,products,usages').split(',');
    var all = {
      members: { name: element.dataset.labelMembers, type: 'line', data: data.trend.map(function (p) { return p.members; }) },
      products: { name: element.dataset.labelProducts, type: 'line', data: data.trend.map(function (p) { return p.productsInUse; }) },
      usages: { name: element.dataset.labelUsages, type: 'line', data: data.trend.map(function (p) { return p.municipalUsages; }) }
    };
    chart(element).setOption({
      color: COLOURS,
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis', formatter: tooltip },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: wanted.filter(function (k) { return all[k]; }).map(function (k) { return all[k]; })
    });
  }

  // A product's adoption: organisations using it at the end of each year, and today.
  function drawAdoption(element, data) {
    chart(element).setOption({
      color: [BLUE],
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis', formatter: tooltip },
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: data.points.map(function (p) { return p.label; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: element.dataset.label, type: 'line', step: 'end',
        data: data.points.map(function (p) { return p.organisations; }) }]
    });
  }

  /** Up to five ranges from 0 to max, none empty, each labelled once. */
  function pieces(max) {
    var result = [{ value: 0, label: '0' }];
    if (max <= 0) {
      return result;
    }
    var step = Math.max(1, Math.ceil(max / 4));
    for (var from = 1; from <= max; from += step) {
      var to = Math.min(max, from + step - 1);
      result.push({ min: from, max: to, label: from === to ? String(from) : from + '\u2013' + to });
    }
    return result;
  }

  // Tooltips with the label apart from its value: "2024" on its own line, then "Medlemmer: 82" per series.
  function tooltip(items) {
    var list = Array.isArray(items) ? items : [items];
    var lines = list.map(function (item) {
      return escapeHtml(item.seriesName) + ': <strong>' + escapeHtml(String(item.value)) + '</strong>';
    });
    return '<strong>' + escapeHtml(String(list[0].axisValueLabel || list[0].name)) + '</strong><br>' + lines.join('<br>');
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function drawProducts(element, data) {
    // Most used at the top: ECharts draws a category axis from the bottom up.
    var rows = data.perProduct.slice().reverse();
    chart(element).setOption({
      color: [BLUE],
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
      grid: { left: 8, right: 32, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: element.dataset.label, nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.name; }),
        axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ type: 'bar', name: element.dataset.label, data: rows.map(function (r) { return r.municipalities; }),
        label: { show: true, position: 'right' } }]
    });
  }

  function drawMap(element, data) {
    getJson(element.dataset.geo).then(function (geo) {
      echarts.registerMap('denmark', geo);
      var max = data.perMunicipality.reduce(function (m, r) { return Math.max(m, r.products); }, 0);
      chart(element).setOption({
        textStyle: { fontFamily: FONT },
        tooltip: {
          trigger: 'item',
          formatter: function (item) {
            var row = item.data;
            return row ? '<strong>' + escapeHtml(row.label) + '</strong><br>' + escapeHtml(element.dataset.label) + ': <strong>'
              + escapeHtml(String(row.value)) + '</strong>' : escapeHtml(String(item.name));
          }
        },
        // A legend of ranges, each number once ("0", "1–2", "3–4" …), rather than a gradient whose ends
        // and handles repeat the same values.
        visualMap: {
          type: 'piecewise', pieces: pieces(max), left: 0, bottom: 0, orient: 'vertical',
          inRange: { color: SCALE }, textStyle: { color: '#1a1a1a' }, itemWidth: 16, itemHeight: 12
        },
        series: [{
          type: 'map', map: 'denmark', nameProperty: 'kode', roam: false,
          name: element.dataset.label,
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.5, areaColor: '#f5f5f5' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffbb16' } },
          select: { disabled: true },
          data: data.perMunicipality.map(function (r) {
            return { name: r.mapCode, value: r.products, label: r.name };
          })
        }]
      });
    });
  }

  // A product's contributors per organisation: commits and people side by side, most commits at the top.
  function drawContributors(element, data) {
    var rows = data.perOrganisation.slice().reverse();
    var label = function (r) { return r.key === null ? element.dataset.unknown : r.name; };
    chart(element).setOption({
      color: [BLUE, COLOURS[1]],
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
      legend: { top: 0 },
      grid: { left: 8, right: 32, top: 40, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(label), axisLabel: { width: 160, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: element.dataset.labelCommits, data: rows.map(function (r) { return r.commits; }),
          label: { show: true, position: 'right' } },
        { type: 'bar', name: element.dataset.labelPeople, data: rows.map(function (r) { return r.people; }),
          label: { show: true, position: 'right' } }
      ]
    });
  }

  function drawActiveYears(element, data) {
    chart(element).setOption({
      color: [BLUE],
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: data.perYear.map(function (r) { return String(r.year); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: element.dataset.label, data: data.perYear.map(function (r) { return r.contributors; }) }]
    });
  }

  // A product's budget against what its users pay, per year (governance).
  function drawBudget(element, data) {
    chart(element).setOption({
      color: COLOURS,
      textStyle: { fontFamily: FONT },
      tooltip: { trigger: 'axis', formatter: tooltip },
      legend: { top: 0 },
      grid: { left: 72, right: 16, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: data.perYear.map(function (r) { return String(r.year); }) },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: element.dataset.labelBudget, data: data.perYear.map(function (r) { return r.budget; }) },
        { type: 'bar', name: element.dataset.labelPaid, data: data.perYear.map(function (r) { return r.paid; }) }
      ]
    });
  }

  var DRAW = { trend: drawTrend, products: drawProducts, map: drawMap, contributors: drawContributors,
    activeYears: drawActiveYears, adoption: drawAdoption, budget: drawBudget };

  whenReady(function () {
    if (!window.echarts) {
      return;
    }
    var elements = document.querySelectorAll('[data-chart]');
    var requests = {};
    Array.prototype.forEach.call(elements, function (element) {
      var src = element.dataset.src;
      requests[src] = requests[src] || getJson(src);
      requests[src].then(function (data) {
        DRAW[element.dataset.chart](element, data);
      }).catch(function (error) {
        // The table beneath keeps the numbers available; hide the empty frame.
        element.hidden = true;
        if (window.console) {
          console.warn('Chart not drawn', error);
        }
      });
    });
  });
})();
