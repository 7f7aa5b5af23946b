// Testing pages: keep the scanner's focus in the input after every HTMX swap, so a sampler can
// scan person after person without touching the screen; buzz on a refused scan.
(function () {
  "use strict";
  function focusScan(root) {
    var input = (root || document).querySelector("#sampler input[autofocus]");
    if (input) { input.focus(); input.select(); }
  }
  document.addEventListener("DOMContentLoaded", function () { focusScan(document); });
  document.addEventListener("htmx:afterSwap", function (event) {
    focusScan(document);
    var refused = document.querySelector("#sampler [role=alert]");
    if (refused && navigator.vibrate) { navigator.vibrate(200); }
  });
})();
