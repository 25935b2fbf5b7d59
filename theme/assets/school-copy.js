/*
 * "Make your school's copy" on a policy template: as the school types into the form, every blank of
 * that field on the page (<span class="school-field" data-school-field="name">) shows what was typed,
 * and an emptied field shows its blank again. The form stays hidden unless this script runs.
 *
 * Nothing leaves the page and nothing is kept: no request, no cookie, no storage. The school's
 * details live only in the form until the page is closed, so the page says to print first.
 */
(function () {
  'use strict';

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

  var copy = document.querySelector('[data-school-copy]');
  if (!copy) {
    return;
  }

  /* Each blank with the text it had when published, to show again when its field is emptied. */
  var blanks = [].map.call(document.querySelectorAll('.school-field[data-school-field]'), function (element) {
    return { element: element, key: element.getAttribute('data-school-field'), blank: element.textContent };
  });

  function part(group, name) {
    return group.querySelector('[data-date-part="' + name + '"]').value.trim();
  }

  /* A month as a number, 1 to 12, from "9", "09", "sep" or "September"; 0 if it is none of these. */
  function month(text) {
    if (/^\d{1,2}$/.test(text)) {
      return Number(text);
    }
    var start = text.toLowerCase();
    if (start.length < 3) {
      return 0;
    }
    for (var i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].toLowerCase().indexOf(start) === 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /* A whole date as the policy writes it, "15 September 2026"; empty until it is a real date. */
  function date(group) {
    var day = /^\d{1,2}$/.test(part(group, 'day')) ? Number(part(group, 'day')) : 0;
    var monthNumber = month(part(group, 'month'));
    var year = /^\d{4}$/.test(part(group, 'year')) ? Number(part(group, 'year')) : 0;
    var real = new Date(Date.UTC(year, monthNumber - 1, day));
    if (!day || !monthNumber || !year || real.getUTCDate() !== day || real.getUTCMonth() !== monthNumber - 1) {
      return '';
    }
    return day + ' ' + MONTHS[monthNumber - 1] + ' ' + year;
  }

  function value(group) {
    return group.querySelector('[data-date-part]') ? date(group) : group.querySelector('input').value.trim();
  }

  function fill(group) {
    var key = group.getAttribute('data-school-copy-field');
    var text = value(group);
    blanks.forEach(function (blank) {
      if (blank.key === key) {
        // textContent, never innerHTML: what a school types is shown as text, whatever it holds
        blank.element.textContent = text || blank.blank;
        blank.element.classList.toggle('school-field--filled', text !== '');
      }
    });
  }

  var groups = copy.querySelectorAll('[data-school-copy-field]');
  [].forEach.call(groups, function (group) {
    group.addEventListener('input', function () { fill(group); });
    // a browser may put back what was typed before a reload; the blanks follow the form
    fill(group);
  });
  copy.querySelector('form').addEventListener('submit', function (event) {
    event.preventDefault();
  });
  copy.querySelector('[data-school-copy-print]').addEventListener('click', function () {
    window.print();
  });
  copy.hidden = false;
})();
