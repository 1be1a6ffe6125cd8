// The file field of the appeal forms (templates/appeal/attachments.html): checks the number and sizes of
// the chosen files before the form is sent, so a file that is too large is reported at once, next to the
// field, and nothing typed is lost on the way. The server checks everything again, types by content.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input.qq-attachments').forEach(function (input) {
    var feedback = document.getElementById(input.id + 'Error');
    var d = input.dataset;
    var problems = function () {
      var files = Array.prototype.slice.call(input.files || []);
      var found = [];
      if (files.length > parseInt(d.maxFiles, 10)) {
        found.push(d.tooManyText.replace('{0}', d.maxFiles));
        return found;
      }
      var total = 0;
      files.forEach(function (f) {
        total += f.size;
        if (f.size > parseInt(d.maxFileBytes, 10)) {
          found.push(d.tooLargeText.replace('{0}', f.name).replace('{1}', d.maxFileMb));
        }
      });
      if (total > parseInt(d.maxCaseBytes, 10)) {
        found.push(d.caseTooLargeText.replace('{0}', d.maxCaseMb));
      }
      return found;
    };
    var show = function () {
      var found = problems();
      input.classList.toggle('is-invalid', found.length > 0);
      if (feedback) { feedback.textContent = found.join('；'); }
      return found.length === 0;
    };
    input.addEventListener('change', show);
    var form = input.closest('form');
    if (form) {
      form.addEventListener('submit', function (event) {
        if (!show()) {
          event.preventDefault();
          input.focus();
        }
      });
    }
  });
});
