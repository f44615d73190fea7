// The only script of the portal, and optional: every page works without it. It asks the browser for its time zone
// and, on a booking page whose zone the visitor has not chosen yet, shows the slots in that zone.
(function () {
  'use strict';
  var form = document.querySelector('form[data-tz-auto]');
  if (!form || !window.Intl) { return; }
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  var select = form.querySelector('select[data-tz-select]');
  if (!zone || !select || select.value === zone) { return; }
  var url = new URL(window.location.href);
  if (url.searchParams.has('tz')) { return; }
  url.searchParams.set('tz', zone);
  window.location.replace(url.toString());
})();
