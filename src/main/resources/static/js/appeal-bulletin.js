// The printable bulletin: the print button (no inline handlers under the Content-Security-Policy).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('bulletin-print');
  if (button) { button.addEventListener('click', function () { window.print(); }); }
});
