// The colour theme: the system's (prefers-color-scheme) unless the reader picked light or dark with the header's
// switch, kept in localStorage. Without JavaScript, or when storage is refused, the switch stays hidden and the
// system's theme applies: site.css styles both from the media query alone.
(function () {
  var KEY = 'meshplane-theme';
  var ORDER = ['system', 'light', 'dark'];
  function read() {
    try {
      var v = localStorage.getItem(KEY);
      return v === 'light' || v === 'dark' ? v : 'system';
    } catch {
      return 'system';
    }
  }
  function apply(theme) {
    if (theme === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', theme);
  }
  apply(read());
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-switch');
    if (!button) return;
    function label(theme) {
      button.textContent = 'Theme: ' + theme;
      button.setAttribute('aria-label', 'Colour theme: ' + theme + ' (change)');
    }
    label(read());
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = ORDER[(ORDER.indexOf(read()) + 1) % ORDER.length];
      try {
        if (next === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, next);
      } catch {
        // Storage refused: the choice lasts for this page only.
      }
      apply(next);
      label(next);
    });
  });
})();
