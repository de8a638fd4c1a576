// Draws the statistics page's events chart (a bar per year) with ECharts from /statistik/arrangementer/data.
// The table under the chart holds the same numbers, so nothing is lost when this file does not run.
(function () {
  'use strict';

  function draw() {
    if (!window.echarts) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-events-chart]'), function (element) {
      fetch(element.dataset.src, { headers: { Accept: 'application/json' } }).then(function (response) {
        if (!response.ok) {
          throw new Error(element.dataset.src + ' answered ' + response.status);
        }
        return response.json();
      }).then(function (data) {
        var points = data.perYear;
        var instance = echarts.init(element, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { instance.resize(); });
        instance.setOption({
          color: ['#0059b3', '#008139', '#bd4a00'],
          textStyle: { fontFamily: 'IBM Plex Sans, system-ui, sans-serif' },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          legend: { top: 0 },
          grid: { left: 48, right: 16, top: 48, bottom: 32 },
          xAxis: { type: 'category', data: points.map(function (p) { return p.label; }) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            { name: element.dataset.labelEvents, type: 'bar', data: points.map(function (p) { return p.events; }) },
            { name: element.dataset.labelParticipants, type: 'bar', data: points.map(function (p) { return p.participants; }) },
            { name: element.dataset.labelMunicipalities, type: 'bar', data: points.map(function (p) { return p.municipalities; }) }
          ]
        });
      }).catch(function (error) {
        element.hidden = true;
        if (window.console) {
          console.warn('Chart not drawn', error);
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
