// LeaguePlan page behaviour. Loaded from a file: the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  function setAllSections(open) {
    document.querySelectorAll('details.plan-section').forEach(function (section) {
      section.open = open;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    // Expand / collapse the whole plan tree.
    document.querySelectorAll('[data-tree]').forEach(function (button) {
      button.addEventListener('click', function () {
        setAllSections(button.getAttribute('data-tree') === 'expand');
      });
    });

    // A form whose button was pressed once is not sent again by a second click.
    document.querySelectorAll('form').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        var question = form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
          event.preventDefault();
          return;
        }
        if (form.getAttribute('method') === 'get') {
          return;
        }
        if (form.dataset.submitted === 'true') {
          event.preventDefault();
          return;
        }
        form.dataset.submitted = 'true';
      });
    });
  });

  // Printing shows every section, whatever was collapsed on screen.
  window.addEventListener('beforeprint', function () {
    setAllSections(true);
  });
}());

// Print buttons: print the page (the CSS lays it out for A4).
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
});
