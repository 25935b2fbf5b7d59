// Marks the body as the page opens, before it is first drawn, so that GOV.UK Frontend's styles for
// pages with JavaScript apply from the start. A file rather than an inline script: the pages'
// Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
