// Small helpers for the pages; kept in a file because the Content-Security-Policy forbids inline scripts.
document.addEventListener('DOMContentLoaded', function () {
  // Ask before a destructive form is submitted.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
});
