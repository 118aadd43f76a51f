// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // htmx requests carry the CSRF token like forms do.
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // After a failed submit, move focus to the error summary so screen readers announce it.
  var summary = document.querySelector('.portal-error-summary');
  if (summary) {
    summary.focus();
  }

  // WCAG 2.2.1: warn two minutes before an idle session ends and let the user extend it.
  var dialog = document.getElementById('sitzung-warnung');
  if (dialog && typeof dialog.showModal === 'function') {
    var idleSeconds = parseInt(dialog.getAttribute('data-idle-seconds'), 10);
    var warnAfter = Math.max(idleSeconds - 120, 30) * 1000;
    var timer;
    var schedule = function () {
      clearTimeout(timer);
      timer = setTimeout(function () { dialog.showModal(); }, warnAfter);
    };
    var extend = dialog.querySelector('[data-session-extend]');
    extend.addEventListener('click', function () {
      var headers = {};
      if (header && token) {
        headers[header.content] = token.content;
      }
      fetch(extend.getAttribute('data-url'), { method: 'POST', headers: headers, credentials: 'same-origin' })
        .then(function () { dialog.close(); schedule(); });
    });
    schedule();
  }

  // Maps (report positions): Leaflet and the map script are loaded only on pages that have a map.
  var settings = document.querySelector('meta[name="map-settings"]');
  if (settings && document.querySelector('[data-position-map], [data-report-map]')) {
    var base = settings.getAttribute('data-leaflet');
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base + 'leaflet.css';
    document.head.appendChild(style);
    var leaflet = document.createElement('script');
    leaflet.src = base + 'leaflet.js';
    leaflet.onload = function () {
      var maps = document.createElement('script');
      maps.src = settings.getAttribute('data-script');
      document.head.appendChild(maps);
    };
    document.head.appendChild(leaflet);
  }
})();
