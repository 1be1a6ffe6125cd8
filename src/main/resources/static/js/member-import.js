// The member import page: checks the file size before uploading, sends the CSRF token as a header
// (an oversized body could not carry it), and polls the import's progress while the upload runs.
(function () {
  var timer = null;

  function form(event) {
    var element = event.detail && event.detail.elt;
    return element && element.id === 'import-form' ? element : null;
  }

  function format(template, values) {
    return template.replace(/\{(\d+)}/g, function (match, i) { return values[Number(i)]; });
  }

  function show(text) {
    var box = document.getElementById('import-progress');
    if (box) {
      box.textContent = text;
      box.classList.remove('d-none');
    }
  }

  function stop() {
    if (timer) { window.clearInterval(timer); timer = null; }
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var f = form(event);
    if (f) { event.detail.headers[f.dataset.csrfHeader] = f.dataset.csrfToken; }
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var f = form(event);
    if (!f) { return; }
    var input = document.getElementById('file');
    var file = input && input.files && input.files[0];
    if (!file) { event.preventDefault(); show(f.dataset.noFile); return; }
    if (file.size > Number(f.dataset.maxBytes)) { event.preventDefault(); show(f.dataset.tooLarge); return; }
    document.getElementById('import-submit').disabled = true;
    show(f.dataset.progressStart);
    var token = f.querySelector('input[name="token"]').value;
    var url = f.dataset.progressUrl + '?token=' + encodeURIComponent(token);
    var template = f.dataset.progressText;
    stop();
    timer = window.setInterval(function () {
      // The answer replaces the form; from then on there is nothing left to follow.
      if (!f.isConnected) { stop(); return; }
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (p) {
          if (p && timer && f.isConnected) { show(format(template, [p.rowsRead, p.estimatedRows, p.rowsProcessed])); }
        })
        .catch(function () { /* the next tick tries again */ });
    }, 1000);
  });

  // The swapped-out form no longer bubbles its own events to the document; the swap target does.
  document.addEventListener('htmx:beforeSwap', stop);
  document.addEventListener('htmx:afterRequest', function (event) {
    if (form(event)) { stop(); }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var f = form(event);
    if (f) {
      stop();
      show(f.dataset.requestFailed);
      document.getElementById('import-submit').disabled = false;
    }
  });
})();
