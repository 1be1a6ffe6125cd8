// The "get a code" button of public forms (templates/notification/code.html): asks the server to send a
// one-time code by SMS, shows where it went or why not, and counts down until another may be requested.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.qq-code-button').forEach(function (button) {
    var status = button.parentElement.querySelector('.qq-code-status');
    var label = button.textContent;
    var say = function (text, error) {
      status.textContent = text;
      status.classList.toggle('text-danger', !!error);
    };
    var countDown = function (seconds) {
      button.disabled = true;
      var left = seconds;
      var tick = function () {
        if (left <= 0) { button.disabled = false; button.textContent = label; return; }
        button.textContent = button.dataset.waitText.replace('{0}', left);
        left -= 1;
        window.setTimeout(tick, 1000);
      };
      tick();
    };
    button.addEventListener('click', function () {
      var form = button.closest('form');
      var mobile = document.querySelector(button.dataset.mobileInput);
      var token = form && form.querySelector('input[name="_csrf"]');
      button.disabled = true;
      fetch(button.dataset.url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: Object.assign({'Content-Type': 'application/json', 'Accept': 'application/json'},
          token ? {'X-CSRF-TOKEN': token.value} : {}),
        body: JSON.stringify({mobile: mobile ? mobile.value : '', purpose: button.dataset.purpose})
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok) {
            say(button.dataset.sentText.replace('{0}', body.mobile), false);
            countDown(body.resendAfterSeconds || 60);
            return;
          }
          var detail = body.errors && body.errors.length ? body.errors[0].message : body.detail;
          say(detail || button.dataset.failedText, true);
          var wait = parseInt(response.headers.get('Retry-After') || '0', 10);
          if (response.status === 429 && wait > 0 && wait <= 120) { countDown(wait); } else { button.disabled = false; }
        });
      }).catch(function () {
        say(button.dataset.failedText, true);
        button.disabled = false;
      });
    });
  });
});
