/*
 * The decision helper on a decision page: shows the table's questions as a form and, as soon as the
 * answers given decide the outcome, shows what to do, why and whom to call, updated on every change.
 * Questions that can no longer change the outcome are hidden and skipped (answered ones stay, so the
 * reader can change them, and hidden ones come back when a change makes them matter again). When an
 * answer decides the outcome, the focus moves to the result's heading and it is scrolled into view,
 * so a reader on a phone sees it after the tap that decided it.
 *
 * The rules are evaluated by decisions.js on the table the build embedded in the page; the words,
 * reasons and contacts shown are the page's own (the outcomes and rules listed below the form), so
 * the helper says nothing the page does not. Nothing is sent or stored anywhere.
 *
 * DOM contract (shared/spec/decision-tables.md): <form data-decision="<id>"> holds one control per
 * input, named by the input's id; [data-decision-result="<id>"] gets data-outcome = the JSON object
 * of output ids to value ids as soon as the answers given decide it (every input answered, or
 * enough of them that no answer to the rest could change it), and "" before. A checklist also has
 * an exclusive "None of these" box (same name, data-behaviour="exclusive"): a checklist is answered
 * once an item or that box is ticked, so an untouched list never decides anything.
 */
(function () {
  'use strict';

  var NONE = '[data-behaviour="exclusive"]';

  /* The reader's answer to one input, or undefined while it has none. */
  function answer(form, input) {
    var controls = form.querySelectorAll('[name="' + input.id + '"]');
    if (input.type === 'integer' && input.checklist) {
      var ticked = form.querySelectorAll('[name="' + input.id + '"]:checked:not(' + NONE + ')').length;
      if (ticked > 0) {
        return ticked;
      }
      return form.querySelector('[name="' + input.id + '"]' + NONE + ':checked') ? 0 : undefined;
    }
    if (input.type === 'integer') {
      var text = controls[0].value.trim();
      if (!/^-?\d+$/.test(text)) {
        return undefined;
      }
      var number = Number(text);
      return number >= input.min && number <= input.max ? number : undefined;
    }
    var chosen = form.querySelector('[name="' + input.id + '"]:checked');
    if (!chosen) {
      return undefined;
    }
    return input.type === 'boolean' ? chosen.value === 'true' : chosen.value;
  }

  /* The answer as the reader gave it, in words, for the record. */
  function answerText(form, input, value) {
    if (value === undefined) {
      return 'Not asked: the other answers decide the outcome';
    }
    var checked = form.querySelectorAll('[name="' + input.id + '"]:checked');
    var labels = Array.prototype.map.call(checked, function (control) {
      return form.querySelector('label[for="' + control.id + '"]').textContent.trim();
    });
    if (input.type === 'integer' && input.checklist) {
      return value === 0 ? labels.join('') : value + ' ticked: ' + labels.join('; ');
    }
    return input.type === 'integer' ? String(value) : labels[0];
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) {
      made.className = className;
    }
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  /*
   * What to do and why, made from the page's own outcome blocks and rule rows. The heading can take
   * the focus, and is described by each outcome's seriousness and label, so that moving the focus to
   * it is all a screen reader needs to announce the outcome (once: the result is not a live region).
   */
  function outcomeView(table, decided, prefix) {
    var view = element('div', 'app-decision-outcome');
    var heading = element('h2', 'govuk-heading-m app-decision-outcome__heading', 'What to do');
    heading.id = prefix + '-heading';
    heading.tabIndex = -1;
    view.appendChild(heading);
    var described = [];
    table.outputs.forEach(function (output) {
      [].concat(decided.outcome[output.id]).forEach(function (value) {
        var block = document.querySelector('.app-outcome[data-output="' + output.id + '"][data-value="' + value + '"]');
        var copy = block.cloneNode(true);
        copy.removeAttribute('data-output');
        copy.removeAttribute('data-value');
        Array.prototype.forEach.call(copy.querySelectorAll('.app-outcome__seriousness, h3'), function (part) {
          part.id = prefix + '-' + output.id + '-' + value + '-' + part.tagName.toLowerCase();
          described.push(part.id);
        });
        view.appendChild(copy);
      });
    });
    heading.setAttribute('aria-describedby', described.join(' '));
    var reasons = decided.rules.map(function (number) {
      var why = document.querySelector('tr[data-rule="' + number + '"] [data-why]');
      return why ? 'Rule ' + number + ': ' + why.textContent.trim().replace(/\s+/g, ' ') : '';
    }).filter(Boolean);
    if (reasons.length > 0) {
      view.appendChild(element('h3', 'govuk-heading-s', 'Why'));
      reasons.forEach(function (reason) {
        view.appendChild(element('p', 'govuk-body', reason));
      });
    }
    return view;
  }

  function start(form) {
    var id = form.getAttribute('data-decision');
    var decisions = window.SafeguardingDecisions;
    var table = decisions.table(id);
    var result = document.querySelector('[data-decision-result="' + id + '"]');
    var actions = document.querySelector('[data-decision-actions="' + id + '"]');
    var recordButton = actions.querySelector('[data-decision-record-button]');
    var record = document.querySelector('[data-decision-record]');
    var shown = '';
    var focused = '';

    function update(event) {
      var given = {};
      table.inputs.forEach(function (input) {
        var value = answer(form, input);
        if (value !== undefined) {
          given[input.id] = value;
        }
      });
      var partly = decisions.decidePartly(table, given);
      table.inputs.forEach(function (input) {
        form.querySelector('#question-' + input.id).hidden =
          !Object.prototype.hasOwnProperty.call(given, input.id) && partly.needed.indexOf(input.id) < 0;
      });
      if (!partly.decided) {
        shown = '';
        focused = '';
        result.setAttribute('data-outcome', '');
        result.textContent = '';
        recordButton.hidden = true;
        return;
      }
      var outcome = JSON.stringify(partly.outcome);
      result.setAttribute('data-outcome', outcome);
      // a tap sends 'input' then 'change': the outcome is built once, and the focus moved once
      if (outcome + partly.rules !== shown) {
        shown = outcome + partly.rules;
        result.textContent = '';
        result.appendChild(outcomeView(table, partly, 'decision-result'));
      }
      // only on 'change': while a number is typed, "1" of "15" would take the focus from the field
      if (event && event.type === 'change' && focused !== shown) {
        focused = shown;
        var heading = result.querySelector('.app-decision-outcome__heading');
        heading.focus({preventScroll: true});
        heading.scrollIntoView({block: 'start'});
      }
      recordButton.hidden = false;
      fillRecord(given, partly);
    }

    function fillRecord(given, decided) {
      var answers = record.querySelector('[data-record-answers]');
      answers.textContent = '';
      table.inputs.forEach(function (input) {
        var row = element('div', 'govuk-summary-list__row');
        var question = form.querySelector('#question-' + input.id + ' legend');
        row.appendChild(element('dt', 'govuk-summary-list__key', question.textContent.trim()));
        row.appendChild(element('dd', 'govuk-summary-list__value', answerText(form, input, given[input.id])));
        answers.appendChild(row);
      });
      var outcome = record.querySelector('[data-record-outcome]');
      outcome.textContent = '';
      outcome.appendChild(outcomeView(table, decided, 'decision-record'));
    }

    // Enter (or a phone keyboard's Go) in the number field would otherwise send the form, reloading the page
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    form.addEventListener('change', update);
    form.addEventListener('input', update);
    form.addEventListener('reset', function () {
      // the form is cleared after this event, so read it once it has been, then go back to the first question
      setTimeout(function () {
        update();
        var first = form.querySelector('input');
        first.focus({preventScroll: true});
        form.scrollIntoView({block: 'start'});
      }, 0);
    });
    recordButton.addEventListener('click', function () {
      record.querySelector('[data-record-time]').textContent = new Date().toLocaleString('en-GB', {
        dateStyle: 'long', timeStyle: 'short'
      });
      record.hidden = false;
      document.body.classList.add('app-printing-record');
      window.print();
    });
    window.addEventListener('afterprint', function () {
      document.body.classList.remove('app-printing-record');
      record.hidden = true;
    });
    form.hidden = false;
    actions.hidden = false;
    update();
  }

  if (window.SafeguardingDecisions) {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-decision]'), start);
  }
}());
