// Starts GOV.UK Frontend's components (header menu, skip link, exit this page, radios) and writes
// the address the page was opened from into its printed record. No request leaves the page.
(function () {
  'use strict';
  if (window.GOVUKFrontend && window.GOVUKFrontend.isSupported()) {
    window.GOVUKFrontend.initAll();
  }
  var address = document.querySelector('[data-print-address]');
  if (address) {
    address.textContent = window.location.href.split('#')[0];
  }
})();
