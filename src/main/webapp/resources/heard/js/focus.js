/*
 * Where keyboard focus goes. A skip link (class heard-skip-link) moves focus to its
 * target, or to the first field inside it (the first rating of a ratings question),
 * so that one Tab and Enter reach the answer. A page opened at the address of a focus
 * target (#answer-3 on Check answers, after changing that answer) starts with focus
 * there, so that the screen reader reads the changed answer and the next Tab goes on
 * from it.
 */
(function () {
    'use strict';

    var FIELDS = 'input:not([type=hidden]), select, textarea';
    var CONTROLS = 'a[href], button, ' + FIELDS + ', [tabindex]';

    function focusOn(target) {
        var control = target.matches(CONTROLS)
            ? target
            : target.querySelector(FIELDS) || target.querySelector(CONTROLS);
        if (!control) {
            return false;
        }
        control.focus();
        return document.activeElement === control;
    }

    function targetOf(hash) {
        return hash && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.substring(1))) : null;
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a.heard-skip-link') : null;
        var target = link ? targetOf(link.getAttribute('href')) : null;
        if (target && focusOn(target)) {
            event.preventDefault();
        }
    });

    var start = targetOf(window.location.hash);
    if (start && start.classList.contains('heard-focus-target')) {
        start.focus();
    }
}());
