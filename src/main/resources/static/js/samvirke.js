// Progressive enhancement for every page: the pages work without this file.
(function () {
  'use strict';
  // Tells the stylesheet that the mobile menu drawer can open (see samvirke.css).
  document.documentElement.classList.add('js');

  document.addEventListener('DOMContentLoaded', function () {
    if (window.DKFDS) {
      window.DKFDS.init();
    }
  });
})();
