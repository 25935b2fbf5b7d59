/*
 * Search of the guidance, on the search page only: no other page loads this file or the index.
 *
 * The index is plain scripts under search/ (made by SearchIndex.java), loaded by adding <script>
 * elements, which works from a web server, a shared drive and file:// alike. A search loads
 * index.js (the words), then only the terms files of the words asked for, then only the documents
 * files of the results shown.
 *
 * A word the guidance does not use is also looked for as the start of a word ("knif" finds "knife")
 * and, from four letters, as a word with one letter wrong, missing, extra or two swapped
 * ("safegaurding" finds "safeguarding").
 *
 * A reader's word or phrase listed in content/synonyms.yaml also finds the guidance's words for
 * it ("sexting" finds "sharing nudes"). Guidance whose title or headings match comes before
 * reference entries that match there, and both before what matches in its text only.
 */
(function () {
  'use strict';

  var SHOWN = 20;
  var COMPLETIONS = 20;
  var COMPLETION_WEIGHT = 0.8;
  var TYPO_WEIGHT = 0.7;
  // the guidance's word for what the reader typed: where both match as well, the reader's own word wins
  var SYNONYM_WEIGHT = 0.9;
  var TYPING_PAUSE = 150;
  // a screen reader hears the count once the reader has stopped typing, not at every letter
  var ANNOUNCE_PAUSE = 1000;

  /* The same three rules as Tokenizer.java: decompose and drop accents, lower-case, split on all but a-z and 0-9. */
  function words(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .split(/[^a-z0-9]+/).filter(function (word) { return word !== ''; });
  }

  var folder = null;
  var index = null;
  // the tallies of rank(), made once the index says how many documents there are
  var scratch = null;
  var termsFiles = {};
  var documentsFiles = {};
  var loading = {};

  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = folder + name;
        script.onload = resolve;
        script.onerror = function () {
          delete loading[name];
          reject(new Error('cannot load ' + folder + name));
        };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  /* The first word at or after `word` in the sorted list. */
  function lowerBound(word) {
    var low = 0;
    var high = index.words.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (index.words[middle] < word) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /* Whether a and b differ by at most one letter changed, added, removed, or two neighbours swapped. */
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1) {
      return false;
    }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
      i++;
    }
    if (a.length < b.length) {
      return a.slice(i) === b.slice(i + 1);
    }
    if (a.length > b.length) {
      return a.slice(i + 1) === b.slice(i);
    }
    return i === a.length || a.slice(i + 1) === b.slice(i + 1)
      || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }

  /* The words of the index a word of the query stands for, each {term, weight}. */
  function meanings(word, isLast) {
    var at = lowerBound(word);
    if (index.words[at] === word) {
      return [{ term: at, weight: 1 }];
    }
    var found = [];
    if (isLast) {
      var completions = [];
      for (var next = at; next < index.words.length && index.words[next].lastIndexOf(word, 0) === 0; next++) {
        completions.push(next);
      }
      completions.sort(function (a, b) { return index.documentCounts[b] - index.documentCounts[a] || a - b; });
      completions.slice(0, COMPLETIONS).forEach(function (term) {
        found.push({ term: term, weight: COMPLETION_WEIGHT });
      });
    }
    if (word.length >= 4) {
      index.words.forEach(function (candidate, term) {
        if (oneEditApart(word, candidate) && !found.some(function (meaning) { return meaning.term === term; })) {
          found.push({ term: term, weight: TYPO_WEIGHT });
        }
      });
    }
    return found;
  }

  function termsFileOf(term) {
    var starts = index.termsFiles;
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >>> 1;
      if (starts[middle] <= term) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  function postings(term) {
    var file = termsFileOf(term);
    return termsFiles[file][term - index.termsFiles[file]];
  }

  function rarity(term) {
    var count = index.documentCounts[term];
    return Math.log(1 + (index.documents - count + 0.5) / (count + 0.5));
  }

  function unique(list) {
    return list.filter(function (item, at) { return list.indexOf(item) === at; });
  }

  /* The words of a query or phrase that a search looks for: all but the stop words. */
  function searchWords(text) {
    return words(text).filter(function (word) { return !index.stopWords[word]; });
  }

  /* A word of the guidance's own, as synonyms.yaml writes it: only the word itself, no guessing. */
  function exactly(word) {
    var at = lowerBound(word);
    return index.words[at] === word ? [{ term: at, weight: SYNONYM_WEIGHT }] : [];
  }

  /*
   * The parts of a query, each a list of alternatives a document may match, each alternative a
   * list of words, each word the list of its meanings. A reader's phrase that synonyms.yaml lists
   * ("missing child") is one part, matched by the reader's own words or by any one of the
   * guidance's phrases for it ("missing pupil"); every other word is a part of its own.
   */
  function partsOf(asked) {
    var parts = [];
    var at = 0;
    while (at < asked.length) {
      var synonym = null;
      index.synonyms.forEach(function (candidate) {
        var phrase = candidate[0];
        if ((synonym === null || phrase.length > synonym[0].length)
            && phrase.every(function (word, i) { return asked[at + i] === word; })) {
          synonym = candidate;
        }
      });
      var length = synonym === null ? 1 : synonym[0].length;
      var alternatives = [asked.slice(at, at + length).map(function (word, i) {
        return meanings(word, at + i === asked.length - 1);
      })];
      if (synonym !== null) {
        synonym[1].forEach(function (phrase) { alternatives.push(phrase.map(exactly)); });
      }
      parts.push(alternatives);
      at += length;
    }
    return parts;
  }

  function eachMeaning(parts, action) {
    parts.forEach(function (alternatives) {
      alternatives.forEach(function (alternative) {
        alternative.forEach(function (word) { word.forEach(action); });
      });
    });
  }

  /*
   * Finds the documents for a query: those matching every part of it first (or, if none does,
   * those matching most), best first. Resolves to {words, total, results}; each result has url,
   * kind, title, page (for a section) and text.
   */
  function search(query) {
    return load('index.js').then(function () {
      var asked = unique(searchWords(query));
      var parts = partsOf(asked);
      var files = [];
      eachMeaning(parts, function (meaning) { files.push(termsFileOf(meaning.term)); });
      return Promise.all(unique(files).map(function (file) { return load('terms-' + file + '.js'); }))
        .then(function () { return rank(asked, parts); });
    }).then(function (found) {
      var files = unique(found.results.map(function (document) { return Math.floor(document / index.documentsPerFile); }));
      return Promise.all(files.map(function (file) { return load('documents-' + file + '.js'); })).then(function () {
        found.results = found.results.map(function (document) {
          var stored = documentsFiles[Math.floor(document / index.documentsPerFile)][document % index.documentsPerFile];
          return { url: stored[0], kind: index.kinds[stored[1]], title: stored[2], page: stored[3], text: stored[4] };
        });
        return found;
      });
    });
  }

  /*
   * Scratch space for scoring one search, a slot per document: typed arrays, since a common word
   * is in thousands of documents. Each step resets the slots it used.
   */
  function Tally(size) {
    this.value = new Float64Array(size);
    this.count = new Uint8Array(size);
    this.place = new Uint8Array(size);
    this.touched = [];
  }

  Tally.prototype.clear = function () {
    var tally = this;
    tally.touched.forEach(function (document) {
      tally.value[document] = 0;
      tally.count[document] = 0;
      tally.place[document] = 0;
    });
    tally.touched = [];
  };

  /*
   * Adds to `part` the documents holding one alternative of a part of the query: every one of its
   * words, each by its best meaning there. Its value there is the mean of its words' (a phrase
   * weighs as much as one word), and its place there is the least prominent of its words' (the
   * posting's two lowest bits: 2 title, 1 headings, 0 text); a document keeps its best alternative.
   */
  function addAlternative(alternative, word, sum, part) {
    alternative.forEach(function (meanings) {
      meanings.forEach(function (meaning) {
        var list = postings(meaning.term);
        var weight = meaning.weight * rarity(meaning.term);
        var document = 0;
        for (var i = 0; i < list.length; i += 2) {
          document += list[i];
          if (word.count[document] === 0) {
            word.count[document] = 1;
            word.touched.push(document);
          }
          word.value[document] = Math.max(word.value[document], weight * (list[i + 1] >> 2));
          word.place[document] = Math.max(word.place[document], list[i + 1] & 3);
        }
      });
      // a single word (most alternatives) goes straight to the part
      var into = alternative.length === 1 ? part : sum;
      word.touched.forEach(function (document) {
        if (into.count[document] === 0) {
          into.touched.push(document);
        }
        if (into === part) {
          into.value[document] = Math.max(into.value[document], word.value[document]);
          into.count[document] = 1;
          into.place[document] = Math.max(into.place[document], word.place[document]);
        } else {
          into.place[document] = into.count[document] === 0 ? word.place[document]
            : Math.min(into.place[document], word.place[document]);
          into.value[document] += word.value[document];
          into.count[document]++;
        }
      });
      word.clear();
    });
    var words = alternative.length;
    if (words === 1) {
      return;
    }
    sum.touched.forEach(function (document) {
      if (sum.count[document] !== words) {
        return;
      }
      if (part.count[document] === 0) {
        part.count[document] = 1;
        part.touched.push(document);
      }
      part.value[document] = Math.max(part.value[document], sum.value[document] / words);
      part.place[document] = Math.max(part.place[document], sum.place[document]);
    });
    sum.clear();
  }

  function isReference(document) {
    var ranges = index.referenceDocuments;
    for (var i = 0; i < ranges.length; i += 2) {
      if (document >= ranges[i] && document < ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /*
   * Orders the documents that match most parts of the query: first guidance (and decision tables)
   * whose title (the heading a result shows) holds every part, then guidance with every part in its
   * title or headings, then reference (contacts, glossary, legislation, sources) matched there, then
   * everything matched in its text only; by score within each. A part counts where it is least
   * prominent, so a title that holds one part of the query does not lift a result on its own.
   */
  function rank(asked, parts) {
    var score = new Float64Array(index.documents);
    var matched = new Uint8Array(index.documents);
    var place = new Uint8Array(index.documents);
    var touched = [];
    var marked = [];
    eachMeaning(parts, function (meaning) { marked.push(index.words[meaning.term]); });
    if (scratch === null) {
      scratch = { word: new Tally(index.documents), sum: new Tally(index.documents), part: new Tally(index.documents) };
    }
    var word = scratch.word;
    var sum = scratch.sum;
    var part = scratch.part;
    parts.forEach(function (alternatives) {
      alternatives.forEach(function (alternative) { addAlternative(alternative, word, sum, part); });
      part.touched.forEach(function (document) {
        if (matched[document] === 0) {
          touched.push(document);
          place[document] = part.place[document];
        }
        place[document] = Math.min(place[document], part.place[document]);
        score[document] += part.value[document];
        matched[document]++;
      });
      part.clear();
    });
    var most = touched.reduce(function (top, document) { return Math.max(top, matched[document]); }, 0);
    var tier = new Uint8Array(index.documents);
    touched.forEach(function (document) {
      tier[document] = place[document] === 0 ? 3 : isReference(document) ? 2 : 2 - place[document];
    });
    function better(a, b) {
      return tier[a] < tier[b] || (tier[a] === tier[b]
        && (score[a] > score[b] || (score[a] === score[b] && a < b)));
    }
    // only the best few are shown, so keep those in order instead of sorting thousands
    var total = 0;
    var shown = [];
    touched.forEach(function (document) {
      if (matched[document] !== most) {
        return;
      }
      total++;
      if (shown.length === SHOWN && !better(document, shown[SHOWN - 1])) {
        return;
      }
      var at = shown.length;
      while (at > 0 && better(document, shown[at - 1])) {
        at--;
      }
      shown.splice(at, 0, document);
      if (shown.length > SHOWN) {
        shown.pop();
      }
    });
    return { words: asked, marked: marked, total: total, results: shown };
  }

  window.safeguardingSearch = {
    words: words,
    search: search,
    /* Set where the index files are, for a page other than the search page (the timing page). */
    use: function (indexFolder) { folder = indexFolder; },
    index: function (data) {
      var stopWords = {};
      data.stopWords.split(' ').forEach(function (word) { stopWords[word] = true; });
      data.stopWords = stopWords;
      data.words = data.words.split(' ');
      index = data;
      // the engine refuses a phrase of stop words only: an empty one would match at every place without moving on
      data.synonyms = data.synonyms.map(function (synonym) {
        return [unique(searchWords(synonym[0])), synonym[1].map(function (phrase) { return unique(searchWords(phrase)); })];
      }).filter(function (synonym) { return synonym[0].length > 0; });
    },
    terms: function (file, list) { termsFiles[file] = list; },
    documents: function (file, list) { documentsFiles[file] = list; }
  };

  /* The text of a result with the words found in <mark>, starting a little before the first. */
  function snippet(text, marked) {
    var paragraph = document.createElement('p');
    paragraph.className = 'govuk-body search-results__text';
    var pieces = text.split(/(\s+)/);
    var isMarked = pieces.map(function (piece) {
      return words(piece).some(function (word) { return marked.indexOf(word) >= 0; });
    });
    var first = isMarked.indexOf(true);
    var start = first > 24 ? first - 16 : 0;
    if (start > 0) {
      paragraph.appendChild(document.createTextNode('… '));
    }
    for (var i = start; i < pieces.length && i < start + 80; i++) {
      if (isMarked[i]) {
        var mark = document.createElement('mark');
        mark.textContent = pieces[i];
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(pieces[i]));
      }
    }
    if (i < pieces.length) {
      paragraph.appendChild(document.createTextNode(' …'));
    }
    return paragraph;
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    made.className = className;
    if (text) {
      made.textContent = text;
    }
    return made;
  }

  function status(query, found) {
    if (found.words.length === 0) {
      return query.trim() === '' ? '' : 'Type a more specific word: "' + query.trim() + '" is too common to search for.';
    }
    var asked = query.trim().replace(/\s+/g, ' ');
    if (found.total === 0) {
      return 'No results for ' + asked + '. Check the spelling, or try another word.';
    }
    return found.total + (found.total === 1 ? ' result' : ' results') + ' for ' + asked
      + (found.total > found.results.length ? ', the best ' + found.results.length + ' shown' : '');
  }

  function show(list, found) {
    list.textContent = '';
    found.results.forEach(function (result) {
      var item = element('li', 'search-results__item');
      var heading = element('h2', 'govuk-heading-s search-results__title');
      var link = element('a', 'govuk-link', result.title);
      link.href = result.url;
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(element('p', 'govuk-body-s search-results__kind',
        result.page ? result.kind + ', on the page ' + result.page : result.kind));
      if (result.text) {
        item.appendChild(snippet(result.text, found.marked));
      }
      list.appendChild(item);
    });
  }

  function remember(query) {
    try {
      history.replaceState(null, '', '?q=' + encodeURIComponent(query).replace(/%20/g, '+'));
    } catch (refused) {
      // some browsers refuse to change the address of a file:// page; the search still works
    }
  }

  function start(results) {
    folder = results.getAttribute('data-search-index');
    var input = document.querySelector('main form[role="search"] input[name="q"]');
    var form = input.form;
    var live = document.getElementById('search-status');
    var list = element('ol', 'govuk-list search-results');
    results.appendChild(list);
    // where a search finds nothing, the page offers the sections, the contacts and the 999 advice
    var empty = document.getElementById('search-empty');
    var latest = 0;
    var typing = null;
    var announcing = null;

    function run(query, announceNow) {
      var asked = ++latest;
      clearTimeout(announcing);
      return search(query).then(function (found) {
        if (asked !== latest) {
          return;
        }
        show(list, found);
        if (empty) {
          empty.hidden = !(query.trim() !== '' && found.total === 0);
        }
        remember(query);
        var said = status(query, found);
        if (announceNow) {
          live.textContent = said;
        } else {
          announcing = setTimeout(function () { live.textContent = said; }, ANNOUNCE_PAUSE);
        }
      }, function () {
        live.textContent = 'Search cannot be used here: its index did not load. Find what you need from the contents of the guidance.';
      });
    }

    input.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { run(input.value, false); }, TYPING_PAUSE);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(typing);
      run(input.value, true);
    });
    var query = new URLSearchParams(location.search).get('q') || '';
    input.value = query;
    if (query.trim() !== '') {
      run(query, true);
    }
  }

  var results = document.getElementById('search-results');
  if (results) {
    start(results);
  }
}());
