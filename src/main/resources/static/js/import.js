// The import progress page: asks the server how far the save is, moves the bar, and opens the plan when it is done.
(function () {
  'use strict';

  var box = document.getElementById('import-progress');
  if (!box) {
    return;
  }
  var bar = document.getElementById('import-bar');

  function show(id, visible) {
    document.getElementById(id).classList.toggle('d-none', !visible);
  }

  function render(status) {
    var percent = status.total > 0 ? Math.round(100 * status.saved / status.total) : 0;
    bar.style.width = (status.state === 'SAVED' ? 100 : percent) + '%';
    document.getElementById('import-saved').textContent = status.saved;
    show('import-saving', status.state === 'SAVING');
    show('import-done', status.state === 'SAVED');
    show('import-failed', status.state === 'FAILED');
    if (status.state === 'SAVED' && status.plan) {
      var link = document.getElementById('import-plan-link');
      link.setAttribute('href', status.plan);
      window.location.assign(link.href);
    }
    return status.state === 'SAVING';
  }

  function poll() {
    fetch(box.getAttribute('data-status-url'), { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (render(status)) {
          window.setTimeout(poll, 500);
        }
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }

  poll();
})();
