// Appeal intake: offer only the subjects of the chosen category, and the chamber choice only when sharing.
document.addEventListener('DOMContentLoaded', function () {
  var category = document.querySelector('select[data-appeal-category]');
  var subject = document.querySelector('select[data-appeal-subject]');
  if (category && subject) {
    var narrow = function () {
      var chosen = category.value;
      subject.querySelectorAll('option[data-categories]').forEach(function (option) {
        var fits = chosen === '' || option.getAttribute('data-categories').split(' ').indexOf(chosen) >= 0;
        option.hidden = !fits;
        option.disabled = !fits;
        if (!fits && option.selected) { subject.value = ''; }
      });
    };
    category.addEventListener('change', narrow);
    narrow();
  }
  var share = document.querySelector('input[data-appeal-share]');
  var chamber = document.querySelector('[data-appeal-chamber]');
  if (share && chamber) {
    var toggle = function () { chamber.classList.toggle('d-none', !share.checked); };
    share.addEventListener('change', toggle);
    toggle();
  }
});
