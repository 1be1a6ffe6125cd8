// Member forms: show only the fields of the chosen member type (organisation or individual).
document.addEventListener('DOMContentLoaded', function () {
  var select = document.querySelector('select[data-member-type]');
  if (!select) { return; }
  function show() {
    var type = select.value;
    document.querySelectorAll('[data-member-group]').forEach(function (group) {
      var forOrganisation = group.getAttribute('data-member-group') === 'organisation';
      var hidden = type !== '' && (type === 'INDIVIDUAL') === forOrganisation;
      group.classList.toggle('d-none', hidden);
    });
  }
  select.addEventListener('change', show);
  show();
});
