// Charts of the appeal statistics page, each drawn from the table of figures beside it (the page's
// content: nothing is inlined, the Content-Security-Policy forbids inline scripts):
//   <div class="qq-chart" data-chart="pie|bar|hbar" data-source="table-id" data-columns="0,1" data-title="..." data-file="...">
// Categories are the rows' first cells; series are the header cells marked data-series, their values
// the row cells marked data-value, in order.
document.addEventListener('DOMContentLoaded', function () {
  var page = document.getElementById('appeal-stats');
  if (!page || typeof echarts === 'undefined') { return; }
  var saveLabel = page.getAttribute('data-save-label') || 'Save';
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

  // A same-origin blob: link keeps the image's file name (ECharts' own saveAsImage names it "download").
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

  function option(chart, kind, title, file, data, columns) {
    var base = {
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: kind === 'pie' ? 'item' : 'axis' },
      toolbox: { right: 8, feature: { mySaveAsImage: { show: true, title: saveLabel,
        icon: 'path://M2,28L30,28M16,2L16,21M7,12L16,21L25,12', onclick: function () { save(chart, file); } } } },
      animation: false
    };
    if (kind === 'pie') {
      base.series = [{ type: 'pie', radius: ['30%', '60%'], top: 30, label: { formatter: '{b}\n{c}' },
        data: data.rows.filter(function (r) { return r.values[columns[0]] > 0; })
          .map(function (r) { return { name: r.label, value: r.values[columns[0]] }; }) }];
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
      return { name: data.names[c], type: 'bar', label: { show: true, position: kind === 'hbar' ? 'right' : 'top' },
        data: data.rows.map(function (r) { return r.values[c]; }) };
    });
    return base;
  }

  page.querySelectorAll('.qq-chart').forEach(function (element) {
    var table = document.getElementById(element.getAttribute('data-source'));
    if (!table) { return; }
    var data = read(table);
    var kind = element.getAttribute('data-chart');
    var columns = (element.getAttribute('data-columns') || '0').split(',').map(Number);
    element.style.height = (kind === 'hbar' ? Math.max(260, 30 * data.rows.length + 60) : 300) + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(chart, kind, element.getAttribute('data-title') || '',
      element.getAttribute('data-file') || 'chart', data, columns));
    element.setAttribute('data-rendered', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
});
