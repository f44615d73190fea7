// The coordinators' live pages (decision 0029). While the page is visible, asks the portal every 2 seconds whether
// the network's figures changed (If-None-Match with the page's tag: 304 when not); when they did, fetches the page
// again and swaps the parts marked data-live-part, then tells the charts (network:updated). Optional: without it the
// page shows the figures as of its load and a reload link.
(function () {
  'use strict';
  var marker = document.querySelector('[data-live-url]');
  if (!marker || !window.fetch || !window.DOMParser) { return; }
  var url = marker.getAttribute('data-live-url');
  var tag = marker.getAttribute('data-live-tag') || '';
  var updated = document.getElementById('live-updated');
  var busy = false;

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    document.querySelectorAll('[data-live-part]').forEach(function (part) {
      var next = fresh.getElementById(part.id);
      if (next) { part.innerHTML = next.innerHTML; }
    });
    if (updated) { updated.textContent = ' · ' + new Date().toLocaleTimeString(); }
    document.dispatchEvent(new CustomEvent('network:updated'));
  }

  function poll() {
    if (busy || document.visibilityState !== 'visible') { return; }
    busy = true;
    fetch(url, { headers: { 'If-None-Match': tag }, credentials: 'same-origin', cache: 'no-store', redirect: 'error' })
      .then(function (answer) {
        if (answer.status === 304 || !answer.ok) { return null; }
        tag = answer.headers.get('ETag') || '';
        return fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store', redirect: 'error' })
          .then(function (page) { return page.ok ? page.text() : null; })
          .then(function (html) { if (html) { swap(html); } });
      })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { busy = false; });
  }

  window.setInterval(poll, 2000);
  document.addEventListener('visibilitychange', poll);
})();
