// The public appeal form: offer only the subjects of the chosen category (each category option lists its
// subjects in data-subjects). Without JavaScript every subject is offered and the server checks the pair.
document.addEventListener('DOMContentLoaded', function () {
  var category = document.querySelector('[data-appeal-category]');
  var subject = document.querySelector('[data-appeal-subject]');
  if (!category || !subject) { return; }
  var filter = function () {
    var chosen = category.options[category.selectedIndex];
    var allowed = chosen && chosen.dataset.subjects ? chosen.dataset.subjects.split(',') : null;
    Array.prototype.forEach.call(subject.options, function (option) {
      var shown = !option.value || !allowed || allowed.indexOf(option.value) >= 0;
      option.hidden = !shown;
      option.disabled = !shown;
      if (!shown && option.selected) { subject.value = ''; }
    });
  };
  category.addEventListener('change', filter);
  filter();
});
