// Risk-area pages: filter the public list as the visitor types (the form still works without script),
// and show the "create place" fields only when that choice is picked in a review form.
(function () {
  "use strict";

  function filterAreas(input) {
    var needle = input.value.trim();
    var items = document.querySelectorAll("[data-testid=pub-area]");
    var shown = 0;
    items.forEach(function (item) {
      var hit = !needle || (item.getAttribute("data-search") || "").indexOf(needle) !== -1;
      item.hidden = !hit;
      if (hit) { shown += 1; }
    });
    document.querySelectorAll("[data-testid=pub-district]").forEach(function (group) {
      group.hidden = !group.querySelector("[data-testid=pub-area]:not([hidden])");
    });
    var status = document.getElementById("search-status");
    if (status) {
      var template = status.getAttribute("data-template") || "";
      status.textContent = needle ? template.replace("{n}", String(shown)) : "";
    }
    var empty = document.getElementById("empty-search");
    if (empty) { empty.hidden = !(needle && shown === 0 && items.length > 0); }
  }

  function syncCreateFields(form) {
    var create = form.querySelector("input[name=choice][value=create]");
    var fields = form.querySelector(".create-fields");
    if (create && fields) { fields.hidden = !create.checked; }
  }

  function setUp(root) {
    root.querySelectorAll(".review-form").forEach(function (form) {
      syncCreateFields(form);
      form.addEventListener("change", function () { syncCreateFields(form); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var search = document.getElementById("area-search");
    if (search) {
      search.addEventListener("input", function () { filterAreas(search); });
      if (search.value) { filterAreas(search); }
    }
    setUp(document);
  });
  // Rows swapped in by HTMX after a review choice.
  document.addEventListener("htmx:afterSwap", function (event) { setUp(event.target.parentNode || document); });
})();
