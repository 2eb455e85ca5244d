// sayso: link each highlighted claim in the text with its card in the list.
// A static file (the Content-Security-Policy allows no inline script); no library.
"use strict";
(function () {
  function parts(index) {
    return document.querySelectorAll('[data-claim="' + index + '"]');
  }
  function setActive(index, on) {
    parts(index).forEach(function (el) { el.classList.toggle("active", on); });
  }
  function claimOf(target) {
    var el = target.closest ? target.closest("[data-claim]") : null;
    return el ? el.getAttribute("data-claim") : null;
  }
  document.addEventListener("mouseover", function (event) {
    var index = claimOf(event.target);
    if (index !== null) setActive(index, true);
  });
  document.addEventListener("mouseout", function (event) {
    var index = claimOf(event.target);
    if (index !== null) setActive(index, false);
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) return;
    var index = claimOf(event.target);
    if (index === null) return;
    var from = event.target.closest("[data-claim]");
    var to = from.classList.contains("card")
      ? document.querySelector('#text [data-claim="' + index + '"]')
      : document.getElementById("claim-" + index);
    if (to) to.scrollIntoView({ behavior: "smooth", block: "center" });
  });
})();
