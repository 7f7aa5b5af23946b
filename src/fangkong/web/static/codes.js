// My health code: fetch a freshly signed QR before the shown one expires (the token lives
// FANGKONG_CODE_TOKEN_VALIDITY_S seconds; the page asks data-refresh-s earlier). A failed fetch greys
// the QR out, so nobody shows a code that no venue will accept. No inline script: CSP-safe.
(function () {
  "use strict";
  function schedule(card) {
    var seconds = parseInt(card.getAttribute("data-refresh-s"), 10) || 240;
    window.setTimeout(function () { refresh(card); }, seconds * 1000);
  }
  function refresh(card) {
    var url = card.getAttribute("data-refresh-url");
    fetch(url, { credentials: "same-origin", cache: "no-store", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (html) {
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("#code-card");
        if (!fresh) { throw new Error("no card"); }
        card.replaceWith(fresh);
        schedule(fresh);
      })
      .catch(function () {
        card.classList.add("stale");
        window.setTimeout(function () { refresh(card); }, 15000);
      });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var card = document.getElementById("code-card");
    if (card && card.getAttribute("data-refresh-url")) { schedule(card); }
  });
})();
