/*
 * The decision tables in the browser, on decision pages only: the same answers as the engine
 * (DecisionEngine.java) and `policy:decide`, so the helper on the page never tells a reader
 * something the printed table does not.
 *
 *   SafeguardingDecisions.table('call-police')            the table embedded in the page (made by DecisionTableJson.java)
 *   SafeguardingDecisions.evaluate(table, {emergency_signs: 0, police_needed: true})
 *     -> {table: 'call-police', given: {...}, outcome: {call: '101'}, rule: 2}
 *   SafeguardingDecisions.decidePartly(table, {police_needed: true})
 *     -> {table: 'call-police', given: {police_needed: true}, decided: false, outcome: null, rules: [],
 *         needed: ['emergency_signs']}
 *
 * decidePartly is DecisionEngine.decidePartly: given answers to some questions (an input left out,
 * or given null, is unanswered) it tries every completion, one per equivalence class of each
 * unanswered input (an integer split where its rules' conditions start and end), and tells whether
 * they all lead to one outcome (decided, with the rules that decide it whatever the other answers,
 * or when none does alone, every rule that decides some completion) and which unanswered inputs can
 * still change it (needed, in table order).
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

  function requireKnownInputs(decisionTable, given) {
    var ids = decisionTable.inputs.map(function (input) { return input.id; });
    Object.keys(given).forEach(function (id) {
      if (ids.indexOf(id) < 0) {
        throw new Error('table \'' + decisionTable.id + '\' has no input \'' + id + '\': its inputs are ' + ids.join(', '));
      }
    });
  }

  function requireFits(decisionTable, input, value) {
    if (!fits(input, value)) {
      throw new Error('\'' + input.id + '\' cannot be \'' + value + '\' in table \'' + decisionTable.id
        + '\': give ' + acceptedValues(input));
    }
  }

  /* The answers, one per input in table order, or an Error naming what does not fit. */
  function answers(decisionTable, given) {
    requireKnownInputs(decisionTable, given);
    var ordered = {};
    decisionTable.inputs.forEach(function (input) {
      var value = given[input.id];
      if (value === undefined || value === null) {
        throw new Error('table \'' + decisionTable.id + '\' needs an answer for \'' + input.id + '\': ' + acceptedValues(input));
      }
      requireFits(decisionTable, input, value);
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

  /* The rules that decide a full set of answers, and the outcome, as DecisionEngine.evaluate(table, int[]). */
  function decide(decisionTable, ordered) {
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
    return {outcome: outcome, rules: matched.map(function (rule) { return rule.number; })};
  }

  function evaluate(decisionTable, given) {
    var ordered = answers(decisionTable, given);
    var decided = decide(decisionTable, ordered);
    return {table: decisionTable.id, given: ordered, outcome: decided.outcome, rule: decided.rules[0]};
  }

  /*
   * One answer from each equivalence class of an input, as EquivalenceClasses: both booleans, every
   * enum value, and for an integer the lowest value of each piece its rules' conditions cut it into.
   */
  function classes(decisionTable, input) {
    if (input.type === 'boolean') {
      return [false, true];
    }
    if (input.type === 'enum') {
      return input.values.slice();
    }
    var cuts = [];
    decisionTable.rules.forEach(function (rule) {
      (rule.when[input.id] || []).forEach(function (interval) {
        cuts.push(interval[0], interval[1] + 1);
      });
    });
    cuts.sort(function (a, b) { return a - b; });
    var lows = [input.min];
    cuts.forEach(function (cut) {
      if (cut > lows[lows.length - 1] && cut <= input.max) {
        lows.push(cut);
      }
    });
    return lows;
  }

  /* The outcome of a full set of answers as text to compare, or null when the table cannot decide it. */
  function tryDecide(decisionTable, ordered) {
    try {
      return decide(decisionTable, ordered);
    } catch (cannotDecide) {
      return null;
    }
  }

  function outcomeKey(decision) {
    return decision === null ? null : JSON.stringify(decision.outcome);
  }

  function decidePartly(decisionTable, given) {
    requireKnownInputs(decisionTable, given);
    var inputs = decisionTable.inputs;
    var answered = {};
    var tries = inputs.map(function (input) {
      var value = given[input.id];
      if (value === undefined || value === null) {
        return classes(decisionTable, input);
      }
      requireFits(decisionTable, input, value);
      answered[input.id] = value;
      return [value];
    });
    // every completion, the last input changing fastest; stride[i] steps input i to its next try
    var stride = [];
    var completions = 1;
    for (var i = inputs.length - 1; i >= 0; i--) {
      stride[i] = completions;
      completions *= tries[i].length;
    }
    var decisions = [];
    for (var n = 0; n < completions; n++) {
      var ordered = {};
      for (var j = 0; j < inputs.length; j++) {
        ordered[inputs[j].id] = tries[j][Math.floor(n / stride[j]) % tries[j].length];
      }
      decisions.push(tryDecide(decisionTable, ordered));
    }
    var needed = inputs.filter(function (input, k) {
      return changesTheOutcome(decisions, stride[k], tries[k].length);
    }).map(function (input) { return input.id; });
    var first = outcomeKey(decisions[0]);
    var decided = first !== null && decisions.every(function (decision) { return outcomeKey(decision) === first; });
    return {table: decisionTable.id, given: answered, decided: decided,
      outcome: decided ? decisions[0].outcome : null, rules: decided ? reasons(decisions) : [], needed: needed};
  }

  /* As DecisionEngine.changesTheOutcome: completions differing only in one input's answer differ in outcome. */
  function changesTheOutcome(decisions, stride, count) {
    if (count < 2) {
      return false;
    }
    for (var n = 0; n < decisions.length; n++) {
      if (Math.floor(n / stride) % count !== 0) {
        continue;
      }
      var outcome = outcomeKey(decisions[n]);
      for (var step = 1; step < count; step++) {
        if (outcomeKey(decisions[n + step * stride]) !== outcome) {
          return true;
        }
      }
    }
    return false;
  }

  /* As DecisionEngine.reasons: the rules deciding every completion, or when none does, every rule deciding some. */
  function reasons(decisions) {
    var everywhere = decisions[0].rules.slice();
    var somewhere = [];
    decisions.forEach(function (decision) {
      everywhere = everywhere.filter(function (number) { return decision.rules.indexOf(number) >= 0; });
      decision.rules.forEach(function (number) {
        if (somewhere.indexOf(number) < 0) {
          somewhere.push(number);
        }
      });
    });
    return (everywhere.length > 0 ? everywhere : somewhere).sort(function (a, b) { return a - b; });
  }

  window.SafeguardingDecisions = {table: table, evaluate: evaluate, decidePartly: decidePartly};
})();
