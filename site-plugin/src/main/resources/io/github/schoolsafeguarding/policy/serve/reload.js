/*
 * Added by `mvn policy:serve` to the pages it serves, never to the published site. Asks the
 * preview server how the last build went: reloads the page after a good build, and shows a failed
 * build's problems over the page (the last good one) until the next good build.
 */
(function () {
  'use strict';

  var CHECK_EVERY_MS = 500;
  /* Once serve has stopped: ask again now and then, not twice a second into the console. */
  var CHECK_AFTER_NO_ANSWER_MS = 5000;
  var ID = 'policy-build-problems';
  var seen = null;

  function check () {
    fetch('/__policy/build', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (build) {
        if (seen !== null && build.build !== seen && build.ok) {
          window.location.reload();
          return;
        }
        if (build.build !== seen) {
          seen = build.build;
          if (build.ok) {
            hide();
          } else {
            show(build);
          }
        }
        later(CHECK_EVERY_MS);
      }, function () {
        later(CHECK_AFTER_NO_ANSWER_MS);
      });
  }

  function later (milliseconds) {
    window.setTimeout(check, milliseconds);
  }

  function hide () {
    var panel = document.getElementById(ID);
    if (panel) {
      panel.parentNode.removeChild(panel);
    }
  }

  /* Every text goes in as text (textContent), never as markup: messages quote the content. */
  function element (name, text, style) {
    var made = document.createElement(name);
    if (text) {
      made.textContent = text;
    }
    Object.keys(style || {}).forEach(function (property) {
      made.style[property] = style[property];
    });
    return made;
  }

  function show (build) {
    hide();
    /* Styled from script, property by property: a page whose Content-Security-Policy forbids
       inline styles still lets a script set them. */
    var panel = element('div', '', {
      position: 'fixed', top: '0', left: '0', right: '0', maxHeight: '100vh', overflowY: 'auto',
      zIndex: '2147483647', boxSizing: 'border-box', padding: '15px 20px 20px', margin: '0',
      background: '#ffffff', color: '#0b0c0c', borderTop: '10px solid #d4351c',
      boxShadow: '0 5px 15px rgba(0, 0, 0, 0.4)', fontFamily: 'arial, sans-serif', fontSize: '19px',
      lineHeight: '1.4', overflowWrap: 'anywhere', textAlign: 'left'
    });
    panel.id = ID;
    panel.setAttribute('role', 'alert');
    panel.appendChild(element('h2', 'The last build failed', { fontSize: '24px', margin: '0 0 10px' }));
    panel.appendChild(element('p', (build.summary || 'The build failed') +
      '. This is the last good build of the page. Fix what is listed, save, and the page reloads.',
      { margin: '0 0 15px' }));
    var list = element('ol', '', { margin: '0 0 15px', paddingLeft: '20px' });
    build.problems.forEach(function (problem) {
      var item = element('li', '', { marginBottom: '10px' });
      var where = element('strong', problem.where, { display: 'block' });
      item.appendChild(where);
      item.appendChild(element('span', (problem.error ? '' : 'Warning: ') + problem.message + ' '));
      item.appendChild(element('code', '[' + problem.rule + ']', { fontFamily: 'monospace' }));
      if (problem.fix) {
        item.appendChild(element('span', 'What to do: ' + problem.fix, { display: 'block' }));
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
    var close = element('button', 'Hide these problems', {
      fontSize: '19px', padding: '8px 10px', minHeight: '44px', cursor: 'pointer', background: '#f3f2f1',
      color: '#0b0c0c', border: '2px solid #0b0c0c'
    });
    close.type = 'button';
    close.addEventListener('click', hide);
    panel.appendChild(close);
    document.body.appendChild(panel);
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hide();
    }
  });

  check();
}());
