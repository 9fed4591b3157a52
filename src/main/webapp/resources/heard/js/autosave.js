/*
 * Autosave of the answer being typed. About a second after the last keystroke, on
 * leaving a field, and on changing a rating, the answer is sent to
 * /api/interviews/{id}/questions/{n}/answer (or /ratings) with the version the page
 * last saw. The status line says "Saving…", "Saved 10:42" or "Not saved —
 * retrying"; screen readers hear it. If the session has ended or the server cannot
 * be reached, the text stays on the page (never in browser storage) and is sent
 * again every few seconds, so that it arrives as soon as the interviewer has
 * signed in again (in another tab). Two tabs never overwrite each other silently:
 * the server answers 409 and the page says so; "Save and continue" then shows both
 * versions of the text.
 */
(function () {
    'use strict';

    var box = document.getElementById('autosave');
    if (!box) {
        return;
    }
    var interview = box.getAttribute('data-interview');
    var question = box.getAttribute('data-question');
    var status = document.getElementById('autosave-status');
    var form = document.getElementById('answer');
    var text = document.getElementById('answer:text');
    var note = document.getElementById('answer:note');
    var declined = document.getElementById('answer:declined');
    var version = document.getElementById('answer:version');
    var count = document.getElementById('text-count');
    var base = (document.querySelector('link[href*="jakarta.faces.resource"]') || {}).href;
    var root = base ? base.substring(0, base.indexOf('jakarta.faces.resource')) : '/';
    var DEBOUNCE = 1000;
    var RETRY = 5000;

    var timer = null;
    var retryTimer = null;
    var inFlight = false;
    var dirty = false;
    var ratingsDirty = false;

    function say(message) {
        status.textContent = message;
    }

    function time(iso) {
        var d = iso ? new Date(iso) : new Date();
        return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
    }

    function updateCount() {
        if (!count || !text) {
            return;
        }
        var max = parseInt(text.getAttribute('data-max'), 10);
        var length = text.value.length;
        if (length > max) {
            count.textContent = count.getAttribute('data-over').replace('{0}', length).replace('{1}', max);
            count.classList.add('heard-count--over');
        } else {
            count.textContent = count.getAttribute('data-template').replace('{0}', length).replace('{1}', max);
            count.classList.remove('heard-count--over');
        }
    }

    function grow() {
        if (text) {
            text.style.height = 'auto';
            text.style.height = Math.max(text.scrollHeight, 160) + 'px';
        }
    }

    function request(path, body) {
        return fetch(root + 'api/interviews/' + interview + '/questions/' + question + path, {
            method: 'PUT',
            credentials: 'same-origin',
            redirect: 'manual',
            cache: 'no-store',
            headers: {'Content-Type': 'application/json', 'X-Heard-Request': 'autosave'},
            body: JSON.stringify(body)
        });
    }

    function ratings() {
        var values = {};
        var groups = form.querySelectorAll('[data-statement]');
        Array.prototype.forEach.call(groups, function (group) {
            var checked = group.querySelector('input[type=radio]:checked');
            var value = checked && checked.value !== '' ? parseInt(checked.value, 10) : null;
            values[group.getAttribute('data-statement')] = value;
        });
        return values;
    }

    function failed(response) {
        if (response && (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403)) {
            say(box.getAttribute('data-signed-out'));
        } else {
            say(box.getAttribute('data-failed'));
        }
        window.clearTimeout(retryTimer);
        retryTimer = window.setTimeout(save, RETRY);
    }

    function save() {
        window.clearTimeout(timer);
        if (inFlight || (!dirty && !ratingsDirty)) {
            return;
        }
        if (text && text.value.length > parseInt(text.getAttribute('data-max'), 10)) {
            say(count.textContent);
            return;
        }
        inFlight = true;
        say(box.getAttribute('data-saving'));
        var sendRatings = ratingsDirty;
        ratingsDirty = false;
        var sendAnswer = dirty;
        dirty = false;
        var chain = Promise.resolve(null);
        if (sendRatings) {
            chain = chain.then(function () {
                return request('/ratings', {ratings: ratings()}).then(function (response) {
                    if (!response.ok) {
                        ratingsDirty = true;
                        throw response;
                    }
                    return null;
                });
            });
        }
        if (sendAnswer) {
            chain = chain.then(function () {
                return request('/answer', {
                    text: text ? text.value : null,
                    declined: declined ? declined.checked : false,
                    note: note ? note.value : null,
                    version: version && version.value !== '' ? parseInt(version.value, 10) : null
                }).then(function (response) {
                    if (response.status === 409) {
                        say(box.getAttribute('data-conflict'));
                        return 'conflict';
                    }
                    if (response.status === 422) {
                        return response.json().then(function (body) {
                            say(box.getAttribute('data-refused') + ' ' + body.message);
                            return 'refused';
                        });
                    }
                    if (!response.ok) {
                        dirty = true;
                        throw response;
                    }
                    return response.json().then(function (body) {
                        if (version) {
                            version.value = body.version;
                        }
                        return body.savedAt;
                    });
                });
            });
        }
        chain.then(function (outcome) {
            inFlight = false;
            // The server was reached: the idle timer of the session starts again (session.js).
            document.dispatchEvent(new CustomEvent('heard:server-contact'));
            window.clearTimeout(retryTimer);
            if (outcome !== 'conflict' && outcome !== 'refused') {
                say(box.getAttribute('data-saved').replace('{0}', time(outcome)));
            }
            if (dirty || ratingsDirty) {
                schedule();
            }
        }).catch(function (response) {
            inFlight = false;
            if (sendAnswer) {
                dirty = true;
            }
            if (sendRatings) {
                ratingsDirty = true;
            }
            failed(response instanceof Response ? response : null);
        });
    }

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, DEBOUNCE);
    }

    function changed() {
        dirty = true;
        updateCount();
        grow();
        schedule();
    }

    [text, note].forEach(function (field) {
        if (field) {
            field.addEventListener('input', changed);
            field.addEventListener('blur', function (event) {
                // Leaving the field for "Save and continue" or "Back": that submission saves it.
                var to = event.relatedTarget;
                if (dirty && !(to && to.form === form && to.type === 'submit')) {
                    save();
                }
            });
        }
    });
    if (declined) {
        declined.addEventListener('change', function () {
            dirty = true;
            save();
        });
    }
    Array.prototype.forEach.call(form.querySelectorAll('[data-statement] input[type=radio]'), function (radio) {
        radio.addEventListener('change', function () {
            ratingsDirty = true;
            save();
        });
    });
    window.addEventListener('beforeunload', function (event) {
        if (dirty || ratingsDirty || inFlight) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    form.addEventListener('submit', function () {
        dirty = false;
        ratingsDirty = false;
    });
    updateCount();
    grow();
}());
