// Testing pages: keep the scanner's focus in the input after every HTMX swap, so a sampler can
// scan person after person (or tube after tube into a box) without touching the screen; buzz on a
// refused scan.
(function () {
  "use strict";
  function focusScan(root) {
    var input = (root || document).querySelector("#sampler input[autofocus], #transport textarea[autofocus]");
    if (!input) { return; }
    input.focus();
    if (input.tagName === "TEXTAREA") {  // keep what was scanned: the next scan goes at the end
      input.selectionStart = input.selectionEnd = input.value.length;
    } else {
      input.select();
    }
  }
  document.addEventListener("DOMContentLoaded", function () { focusScan(document); });
  document.addEventListener("htmx:afterSwap", function (event) {
    focusScan(document);
    var refused = document.querySelector("#sampler [role=alert], #transport [role=alert]");
    if (refused && navigator.vibrate) { navigator.vibrate(200); }
  });
})();
