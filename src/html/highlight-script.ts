/**
 * The report's one piece of progressive enhancement: clicking a sentence (or pressing Enter on
 * it) outlines it and its counterparts everywhere on the page (every sentence of the same content
 * unit); clicking it again clears them. Without JavaScript nothing is lost: the side-by-side
 * view and the alignment table show the same counterparts.
 */
export const HIGHLIGHT_SCRIPT = `(function () {
  var lit = null;
  function show(unit) {
    document.querySelectorAll('.s.lit').forEach(function (e) { e.classList.remove('lit'); });
    lit = unit === lit ? null : unit;
    if (lit === null) return;
    document.querySelectorAll('.s[data-unit="' + lit + '"]').forEach(function (e) { e.classList.add('lit'); });
  }
  document.querySelectorAll('.s[data-unit]').forEach(function (e) {
    e.tabIndex = 0;
    e.title = 'Show where else this appears';
    e.addEventListener('click', function () { show(e.getAttribute('data-unit')); });
    e.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') show(e.getAttribute('data-unit')); });
  });
})();`;
