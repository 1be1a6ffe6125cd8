// Charts of the statistics dashboards (member structure, appeal statistics), each drawn from the table of
// figures beside it (the page's content, so nothing is inlined - the Content-Security-Policy forbids inline
// scripts):
//   <div class="qq-chart" data-chart="pie|bar|hbar|line" data-source="table-id" data-columns="0,1"
//        data-title="..." data-file="image-file-name">
// Categories are the rows' first cells; series are the header cells marked data-series (named by the
// attribute's value or the cell's text) and their values the row cells marked data-value, in order.
// Pies: data-share adds each slice's share to its label, data-skip-zero leaves empty slices out,
// data-radius="35,65" sets the ring (default 30,60). Height: 300 px, an hbar grows with its rows,
// class qq-chart-tall grows further and qq-chart-small is 240 px. The save button's label is the
// data-save-label of the nearest element around the chart.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') { return; }
  var charts = [];

  function read(table) {
    var names = Array.prototype.map.call(table.querySelectorAll('thead th[data-series]'), function (th) {
      return th.getAttribute('data-series') || th.textContent.trim();
    });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      var first = tr.querySelector('th, td');
      return {
        label: first ? first.textContent.trim() : '',
        values: Array.prototype.map.call(tr.querySelectorAll('[data-value]'), function (cell) {
          return Number(cell.getAttribute('data-value'));
        })
      };
    }).filter(function (row) { return row.values.length > 0; });
    return { names: names, rows: rows };
  }

  // ECharts' own saveAsImage works under the policy but its file comes out named "download" (it follows
  // the data: URL in a new tab); a same-origin blob: link keeps a file name. The name is the chart's
  // data-file (ASCII: browsers on a system without a UTF-8 locale drop a Chinese name).
  function save(chart, file) {
    var url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff', excludeComponents: ['toolbox'] });
    var bytes = atob(url.substring(url.indexOf(',') + 1));
    var buffer = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) { buffer[i] = bytes.charCodeAt(i); }
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([buffer], { type: 'image/png' }));
    link.download = file + '.png';
    link.className = 'd-none';
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  function pie(element, data, column) {
    var rows = element.hasAttribute('data-skip-zero')
      ? data.rows.filter(function (r) { return r.values[column] > 0; }) : data.rows;
    var radius = (element.getAttribute('data-radius') || '30,60').split(',');
    return [{ type: 'pie', radius: [radius[0] + '%', radius[1] + '%'], top: 30,
      label: { formatter: element.hasAttribute('data-share') ? '{b}\n{c} ({d}%)' : '{b}\n{c}' },
      data: rows.map(function (r) { return { name: r.label, value: r.values[column] }; }) }];
  }

  function option(element, chart, kind, data, columns) {
    var file = element.getAttribute('data-file') || 'chart';
    var around = element.closest('[data-save-label]');
    var base = {
      title: { text: element.getAttribute('data-title') || '', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: kind === 'pie' ? 'item' : 'axis' },
      toolbox: { right: 8, feature: { mySaveAsImage: { show: true,
        title: around ? around.getAttribute('data-save-label') : 'Save',
        icon: 'path://M2,28L30,28M16,2L16,21M7,12L16,21L25,12', onclick: function () { save(chart, file); } } } },
      animation: false
    };
    if (kind === 'pie') {
      base.series = pie(element, data, columns[0]);
      return base;
    }
    var categoryAxis = { type: 'category', data: data.rows.map(function (r) { return r.label; }),
      axisLabel: { interval: 0, hideOverlap: true } };
    var valueAxis = { type: 'value', minInterval: 1 };
    base.legend = columns.length > 1 ? { bottom: 0 } : undefined;
    base.grid = { left: 8, right: 40, top: 40, bottom: columns.length > 1 ? 30 : 8, containLabel: true };
    base.xAxis = kind === 'hbar' ? valueAxis : categoryAxis;
    base.yAxis = kind === 'hbar' ? Object.assign({}, categoryAxis, { inverse: true }) : valueAxis;
    base.series = columns.map(function (c) {
      return { name: data.names[c], type: kind === 'line' ? 'line' : 'bar', label: { show: kind !== 'line',
        position: kind === 'hbar' ? 'right' : 'top' }, data: data.rows.map(function (r) { return r.values[c]; }) };
    });
    return base;
  }

  function height(element, kind, rows) {
    if (element.classList.contains('qq-chart-tall')) { return Math.max(320, 26 * rows + 60); }
    if (kind === 'hbar') { return Math.max(260, 30 * rows + 60); }
    return element.classList.contains('qq-chart-small') ? 240 : 300;
  }

  document.querySelectorAll('.qq-chart[data-chart]').forEach(function (element) {
    var table = document.getElementById(element.getAttribute('data-source'));
    if (!table) { return; }
    var data = read(table);
    var kind = element.getAttribute('data-chart');
    var columns = (element.getAttribute('data-columns') || '0').split(',').map(Number);
    element.style.height = height(element, kind, data.rows.length) + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(element, chart, kind, data, columns));
    element.setAttribute('data-rendered', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
});
