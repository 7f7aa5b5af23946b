// Support pages: live timers. Each [data-due] counts down against the server's clock (data-now on the page),
// so a phone with a wrong clock, or a drill on simulated time, still shows the right minutes.
(function () {
  "use strict";
  function parse(text) { return new Date(text.length === 19 ? text : text.slice(0, 19)); }
  function fmt(seconds) {
    var s = Math.abs(seconds), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    var mm = (h ? String(m).padStart(2, "0") : String(m)), ss = String(r).padStart(2, "0");
    return (h ? h + ":" : "") + mm + ":" + ss;
  }
  function start() {
    var root = document.querySelector("[data-now]");
    if (!root) { return; }
    var offset = parse(root.getAttribute("data-now")).getTime() - Date.now();
    var timers = Array.prototype.slice.call(document.querySelectorAll("[data-due]"));
    function tick() {
      var now = Date.now() + offset;
      timers.forEach(function (el) {
        var left = Math.round((parse(el.getAttribute("data-due")).getTime() - now) / 1000);
        var label = left >= 0 ? el.getAttribute("data-left") : el.getAttribute("data-over");
        el.classList.toggle("over", left < 0);
        el.textContent = label + " " + fmt(left);
      });
    }
    if (timers.length) { tick(); setInterval(tick, 1000); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
