/*
 * The decision helper on a decision page: shows the table's questions as a form, and as soon as
 * every question has an answer shows what to do, why and whom to call, updated on every change.
 * The rules are evaluated by decisions.js on the table the build embedded in the page; the words,
 * reasons and contacts shown are the page's own (the outcomes and rules listed below the form),
 * so the helper says nothing the page does not. Nothing is sent or stored anywhere.
 *
 * DOM contract (shared/spec/decision-tables.md): <form data-decision="<id>"> holds one control per
 * input, named by the input's id; [data-decision-result="<id>"] gets data-outcome = the JSON object
 * of output ids to value ids when every input has an answer, and "" before.
 */
(function () {
  'use strict';

  /* The reader's answer to one input, or undefined while it has none. */
  function answer(form, input) {
    var controls = form.querySelectorAll('[name="' + input.id + '"]');
    if (input.type === 'integer' && input.checklist) {
      // a checklist is always answered: ticking nothing is the answer 0
      return form.querySelectorAll('[name="' + input.id + '"]:checked').length;
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
    if (input.type === 'integer' && input.checklist) {
      var ticked = Array.prototype.map.call(form.querySelectorAll('[name="' + input.id + '"]:checked'), function (box) {
        return form.querySelector('label[for="' + box.id + '"]').textContent.trim();
      });
      return ticked.length === 0 ? 'None ticked' : ticked.length + ' ticked: ' + ticked.join('; ');
    }
    if (input.type === 'integer') {
      return String(value);
    }
    var chosen = form.querySelector('[name="' + input.id + '"]:checked');
    return form.querySelector('label[for="' + chosen.id + '"]').textContent.trim();
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

  /* What to do and why, made from the page's own outcome blocks and rule row. */
  function outcomeView(table, decided) {
    var view = element('div', 'app-decision-outcome');
    view.appendChild(element('h2', 'govuk-heading-m', 'What to do'));
    table.outputs.forEach(function (output) {
      var values = [].concat(decided.outcome[output.id]);
      values.forEach(function (value) {
        var block = document.querySelector('.app-outcome[data-output="' + output.id + '"][data-value="' + value + '"]');
        var copy = block.cloneNode(true);
        copy.removeAttribute('data-output');
        copy.removeAttribute('data-value');
        view.appendChild(copy);
      });
    });
    var why = document.querySelector('tr[data-rule="' + decided.rule + '"] [data-why]');
    if (why) {
      view.appendChild(element('h3', 'govuk-heading-s', 'Why'));
      view.appendChild(element('p', 'govuk-body', 'Rule ' + decided.rule + ': ' + why.textContent.trim().replace(/\s+/g, ' ')));
    }
    return view;
  }

  function start(form) {
    var id = form.getAttribute('data-decision');
    var table = window.SafeguardingDecisions.table(id);
    var result = document.querySelector('[data-decision-result="' + id + '"]');
    var recordButton = document.querySelector('[data-decision-record-button]');
    var record = document.querySelector('[data-decision-record]');
    var shown = '';

    function update() {
      var given = {};
      var complete = table.inputs.every(function (input) {
        given[input.id] = answer(form, input);
        return given[input.id] !== undefined;
      });
      if (!complete) {
        shown = '';
        result.setAttribute('data-outcome', '');
        result.textContent = '';
        recordButton.hidden = true;
        return;
      }
      var decided = window.SafeguardingDecisions.evaluate(table, given);
      var outcome = JSON.stringify(decided.outcome);
      result.setAttribute('data-outcome', outcome);
      // rebuilding an unchanged outcome would make a screen reader announce it again
      if (outcome + decided.rule !== shown) {
        shown = outcome + decided.rule;
        result.textContent = '';
        result.appendChild(outcomeView(table, decided));
      }
      recordButton.hidden = false;
      fillRecord(given, decided);
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
      outcome.appendChild(outcomeView(table, decided));
    }

    form.addEventListener('change', update);
    form.addEventListener('input', update);
    form.addEventListener('reset', function () {
      // the form is cleared after this event, so read it once it has been
      setTimeout(update, 0);
    });
    recordButton.querySelector('button').addEventListener('click', function () {
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
    update();
  }

  if (window.SafeguardingDecisions) {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-decision]'), start);
  }
}());
