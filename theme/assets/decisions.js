/*
 * The decision tables in the browser, on decision pages only: the same answers as the engine
 * (DecisionEngine.java) and `policy:decide`, so the helper on the page never tells a reader
 * something the printed table does not.
 *
 *   SafeguardingDecisions.table('call-police')            the table embedded in the page (made by DecisionTableJson.java)
 *   SafeguardingDecisions.evaluate(table, {emergency_signs: 0, police_needed: true})
 *     -> {table: 'call-police', given: {...}, outcome: {call: '101'}, rule: 2}
 *
 * Under the `collect` hit policy each output's value is the list of the matching rules' values, in
 * rule order. Answers that do not fit the table, and a table that cannot decide (no rule matches,
 * or its hit policy is broken), throw an Error with the engine's message; the build refuses tables
 * that cannot decide, so a published one always can.
 */
(function () {
  'use strict';

  var parsed = {};

  function table(id) {
    if (!Object.prototype.hasOwnProperty.call(parsed, id)) {
      var element = document.getElementById('decision-table-' + id);
      if (!element) {
        throw new Error('this page has no decision table \'' + id + '\'');
      }
      parsed[id] = JSON.parse(element.textContent);
    }
    return parsed[id];
  }

  /* In words, as the engine's messages say it (Input.acceptedValues). */
  function acceptedValues(input) {
    if (input.type === 'boolean') {
      return 'true or false';
    }
    if (input.type === 'enum') {
      return 'one of ' + input.values.join(', ');
    }
    return 'a whole number from ' + input.min + ' to ' + input.max
      + (input.checklist ? ' (the number of checklist items ticked)' : '');
  }

  function fits(input, value) {
    if (input.type === 'boolean') {
      return value === true || value === false;
    }
    if (input.type === 'enum') {
      return input.values.indexOf(value) >= 0;
    }
    return Number.isInteger(value) && value >= input.min && value <= input.max;
  }

  /* The answers, one per input in table order, or an Error naming what does not fit. */
  function answers(decisionTable, given) {
    var ids = decisionTable.inputs.map(function (input) { return input.id; });
    Object.keys(given).forEach(function (id) {
      if (ids.indexOf(id) < 0) {
        throw new Error('table \'' + decisionTable.id + '\' has no input \'' + id + '\': its inputs are ' + ids.join(', '));
      }
    });
    var ordered = {};
    decisionTable.inputs.forEach(function (input) {
      var value = given[input.id];
      if (value === undefined || value === null) {
        throw new Error('table \'' + decisionTable.id + '\' needs an answer for \'' + input.id + '\': ' + acceptedValues(input));
      }
      if (!fits(input, value)) {
        throw new Error('\'' + input.id + '\' cannot be \'' + value + '\' in table \'' + decisionTable.id
          + '\': give ' + acceptedValues(input));
      }
      ordered[input.id] = value;
    });
    return ordered;
  }

  /*
   * An input the rule leaves out accepts anything; a boolean condition is the one value it accepts,
   * an enum condition the list of them, an integer condition a list of [low, high] (both included,
   * always within the input's min and max).
   */
  function accepts(condition, value) {
    if (condition === undefined) {
      return true;
    }
    if (typeof condition === 'boolean') {
      return condition === value;
    }
    return condition.some(function (allowed) {
      return Array.isArray(allowed) ? value >= allowed[0] && value <= allowed[1] : allowed === value;
    });
  }

  function matches(rule, given) {
    return Object.keys(given).every(function (id) { return accepts(rule.when[id], given[id]); });
  }

  /* As Rule.numbers: "rule 2", "rules 2 and 3", "rules 1, 4 and 6". */
  function ruleNumbers(rules) {
    var numbers = rules.map(function (rule) { return rule.number; });
    return numbers.length === 1 ? 'rule ' + numbers[0]
      : 'rules ' + numbers.slice(0, -1).join(', ') + ' and ' + numbers[numbers.length - 1];
  }

  /* As DecisionTable.describe: "adult_involved=false, under_13=true". */
  function describe(given) {
    return Object.keys(given).map(function (id) { return id + '=' + given[id]; }).join(', ');
  }

  function sameOutcome(a, b) {
    return Object.keys(a.then).every(function (output) { return a.then[output] === b.then[output]; });
  }

  function evaluate(decisionTable, given) {
    var ordered = answers(decisionTable, given);
    var policy = decisionTable.hit_policy;
    var matched = [];
    for (var i = 0; i < decisionTable.rules.length; i++) {
      if (matches(decisionTable.rules[i], ordered)) {
        matched.push(decisionTable.rules[i]);
        if (policy === 'first') {
          break;
        }
      }
    }
    var where = ' of table \'' + decisionTable.id + '\' ';
    if (matched.length === 0) {
      throw new Error('no rule' + where + 'matches ' + describe(ordered));
    }
    if (policy === 'unique' && matched.length > 1) {
      throw new Error(ruleNumbers(matched) + where + 'all match ' + describe(ordered)
        + ', but its hit policy \'unique\' allows only one');
    }
    if (policy === 'any' && !matched.every(function (rule) { return sameOutcome(rule, matched[0]); })) {
      throw new Error(ruleNumbers(matched) + where + 'match ' + describe(ordered)
        + ' but give different outcomes, which its hit policy \'any\' forbids');
    }
    var outcome = {};
    decisionTable.outputs.forEach(function (output) {
      outcome[output.id] = policy === 'collect'
        ? matched.map(function (rule) { return rule.then[output.id]; })
        : matched[0].then[output.id];
    });
    return {table: decisionTable.id, given: ordered, outcome: outcome, rule: matched[0].number};
  }

  window.SafeguardingDecisions = {table: table, evaluate: evaluate};
})();
