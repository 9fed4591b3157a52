/*
 * Definition pop-ups for glossary terms (WCAG 1.4.13 and 4.1.2). A term is a button;
 * its definition opens on mouse hover, on keyboard focus, on Enter or Space, and on
 * touch; it stays open while the pointer is over the term or the definition; Esc,
 * moving focus away or leaving with the pointer closes it. The button describes itself
 * by the definition, so screen readers read it.
 *
 * Only an explicit opening is recorded as "needed explaining": Enter, Space, a click
 * or a tap, or the pointer resting on the term long enough to read the definition
 * (READ_MS). Keyboard focus alone (tabbing past a term) and a pointer passing over it
 * are not. The server keeps one record per definition per interview; the page sends
 * each definition once.
 */
(function () {
    'use strict';

    var terms = document.querySelectorAll('.heard-term');
    if (!terms.length) {
        return;
    }
    var base = (document.querySelector('link[href*="jakarta.faces.resource"]') || {}).href;
    var root = base ? base.substring(0, base.indexOf('jakarta.faces.resource')) : '/';
    var recorded = {};
    var open = null;
    var closeTimer = null;
    var readTimer = null;
    // The pointer must rest on a term this long for the opening to count as reading it.
    var READ_MS = 1000;

    function record(term) {
        var container = term.closest('[data-interview]');
        var interview = container ? container.getAttribute('data-interview') : '';
        var definition = term.getAttribute('data-definition');
        if (!interview || !definition || recorded[definition]) {
            return;
        }
        recorded[definition] = true;
        fetch(root + 'api/interviews/' + interview + '/definitions/' + definition, {
            method: 'POST',
            credentials: 'same-origin',
            redirect: 'manual',
            headers: {'X-Heard-Request': 'autosave'}
        }).catch(function () {
            recorded[definition] = false;
        });
    }

    function show(term) {
        window.clearTimeout(closeTimer);
        if (open && open !== term) {
            hide(open);
        }
        term.nextElementSibling.hidden = false;
        term.setAttribute('aria-expanded', 'true');
        open = term;
    }

    function hide(term) {
        window.clearTimeout(readTimer);
        term.nextElementSibling.hidden = true;
        term.setAttribute('aria-expanded', 'false');
        if (open === term) {
            open = null;
        }
    }

    function hideSoon(term) {
        window.clearTimeout(closeTimer);
        closeTimer = window.setTimeout(function () {
            hide(term);
        }, 300);
    }

    Array.prototype.forEach.call(terms, function (term, index) {
        var definition = term.nextElementSibling;
        definition.id = 'heard-definition-' + index;
        term.setAttribute('aria-describedby', definition.id);
        term.addEventListener('mouseenter', function () {
            show(term);
            window.clearTimeout(readTimer);
            readTimer = window.setTimeout(function () { record(term); }, READ_MS);
        });
        term.addEventListener('mouseleave', function () {
            window.clearTimeout(readTimer);
            hideSoon(term);
        });
        term.addEventListener('focus', function () { show(term); });
        term.addEventListener('blur', function () { hideSoon(term); });
        term.addEventListener('click', function (event) {
            // Enter, Space and a tap open the definition, explicitly: recorded.
            // Esc, moving away or leaving the term close it.
            event.preventDefault();
            show(term);
            record(term);
        });
        definition.addEventListener('mouseenter', function () {
            window.clearTimeout(closeTimer);
            window.clearTimeout(readTimer);
            readTimer = window.setTimeout(function () { record(term); }, READ_MS);
        });
        definition.addEventListener('mouseleave', function () {
            window.clearTimeout(readTimer);
            hideSoon(term);
        });
    });

    document.addEventListener('keydown', function (event) {
        if ((event.key === 'Escape' || event.key === 'Esc') && open) {
            var term = open;
            hide(term);
            event.stopPropagation();
        }
    }, true);
}());
