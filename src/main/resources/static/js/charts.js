// Actual against expected for one target (ECharts). Data comes from the element's data-chart-url; no inline script.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart-url]').forEach(function (element) {
      if (typeof window.echarts === 'undefined') {
        return;
      }
      fetch(element.getAttribute('data-chart-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          var chart = window.echarts.init(element, null, { renderer: 'svg' });
          chart.setOption({
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { data: [element.getAttribute('data-actual-label'), element.getAttribute('data-expected-label')] },
            grid: { left: 50, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: data.dates },
            yAxis: { type: 'value', name: data.unit || '' },
            series: [
              { name: element.getAttribute('data-actual-label'), type: 'line', step: 'end', data: data.actual, connectNulls: false },
              { name: element.getAttribute('data-expected-label'), type: 'line', lineStyle: { type: 'dashed' }, data: data.expected }
            ]
          });
          element.setAttribute('data-chart-ready', 'true');
          window.addEventListener('resize', function () { chart.resize(); });
        });
    });
  });
}());
