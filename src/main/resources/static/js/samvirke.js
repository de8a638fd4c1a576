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

// Forum: after htmx added a reply to the page, empty the reply form for the next one.
document.addEventListener('htmx:afterRequest', function (event) {
  'use strict';
  var form = event.target;
  if (form && form.classList && form.classList.contains('forum-reply-form') && event.detail.successful) {
    form.reset();
  }
});
