/*
 * Autosave of the answer being typed (see docs/interview.md, "Autosave").
 *
 * - When: 0.7 s after the last keystroke, and during continuous typing at most
 *   1.2 s after the first keystroke not yet sent (a debounce with a maximum wait);
 *   at once on leaving a field, ticking "declined" or choosing a rating. One
 *   request is in flight at a time; when it returns, the newest text is sent if it
 *   changed meanwhile.
 * - Honest status: "Saved 10:42" only while the text on the page is the text the
 *   server confirmed; otherwise "Unsaved changes", "Saving…", or "Not saved —
 *   retrying". The status is a polite live region that changes on those
 *   transitions only, never on every keystroke.
 * - Failures: a save that fails or takes longer than 4 s is "Not saved —
 *   retrying" and is sent again after 1, 2, 4, 8, then every 10 s (at once when
 *   the browser is back online). The text stays on the page, never in browser
 *   storage; leaving or reloading the page while text is unsaved asks first.
 * - Two tabs: every save carries the version of the answer it expects to replace
 *   (0 when the page saw none). The server refuses a mismatch (409) with what is
 *   saved, and the page shows both texts to choose from.
 * - Text is counted and compared in the server's normal form (LF line breaks, no
 *   control characters but tabs and line breaks), in characters as a person sees
 *   them (code points), as the server counts them.
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
    var declinedHint = document.getElementById('text-declined');
    var declinedChoice = document.getElementById('declined-choice');
    var conflictPanel = document.getElementById('autosave-conflict');
    var base = (document.querySelector('link[href*="jakarta.faces.resource"]') || {}).href;
    var root = base ? base.substring(0, base.indexOf('jakarta.faces.resource')) : '/';
    var DEBOUNCE = 700;
    var MAX_WAIT = 1200;
    var REQUEST_LIMIT = 4000;
    var BACK_OFF = [1000, 2000, 4000, 8000, 10000];

    var timer = null;
    var inFlight = false;
    var failures = 0;
    var firstUnsent = null;
    var ratingsDirty = false;
    var submitting = false;
    var conflict = null;
    var blocked = false;
    var confirmed = current();
    var unheard = [];
    var savedAt = box.getAttribute('data-saved-at');

    /* The server's normal form: LF line breaks; control characters other than tab and LF removed. */
    function normal(value) {
        if (value === null || value === undefined) {
            return '';
        }
        return value.replace(/\r\n?/g, '\n')
            .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
            .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1');
    }

    /* Characters as a person sees them (code points), as the server counts them. */
    function length(value) {
        var n = 0;
        for (var i = 0; i < value.length; i++) {
            var c = value.charCodeAt(i);
            if (c < 0xDC00 || c > 0xDFFF) {
                n++;
            }
        }
        return n;
    }

    function current() {
        return {
            text: text ? normal(text.value) : '',
            note: note ? normal(note.value) : '',
            declined: declined ? declined.checked : false
        };
    }

    function same(a, b) {
        return a.text === b.text && a.note === b.note && a.declined === b.declined;
    }

    function unsaved() {
        return !same(current(), confirmed) || ratingsDirty;
    }

    function say(message) {
        if (status.textContent !== message) {
            status.textContent = message;
        }
    }

    function time(iso) {
        var d = iso ? new Date(iso) : new Date();
        return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
    }

    /* The status for a page that is not saving and has not failed. */
    function settled() {
        if (conflict || blocked) {
            return;
        }
        if (unsaved()) {
            say(box.getAttribute('data-unsaved'));
        } else if (savedAt) {
            say(box.getAttribute('data-saved').replace('{0}', time(savedAt)));
        } else {
            say('');
        }
    }

    function tooLong() {
        return text && length(normal(text.value)) > parseInt(text.getAttribute('data-max'), 10);
    }

    function updateCount() {
        if (!count || !text) {
            return;
        }
        var max = parseInt(text.getAttribute('data-max'), 10);
        var n = length(normal(text.value));
        if (n > max) {
            count.textContent = count.getAttribute('data-over').replace('{0}', n).replace('{1}', max);
            count.classList.add('heard-count--over');
        } else {
            count.textContent = count.getAttribute('data-template').replace('{0}', n).replace('{1}', max);
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
        var abort = new AbortController();
        var limit = window.setTimeout(function () {
            abort.abort();
        }, REQUEST_LIMIT);
        return fetch(root + 'api/interviews/' + interview + '/questions/' + question + path, {
            method: 'PUT',
            credentials: 'same-origin',
            redirect: 'manual',
            cache: 'no-store',
            signal: abort.signal,
            headers: {'Content-Type': 'application/json', 'X-Heard-Request': 'autosave'},
            body: JSON.stringify(body)
        }).finally(function () {
            window.clearTimeout(limit);
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

    function expectedVersion() {
        return version && version.value !== '' ? parseInt(version.value, 10) : 0;
    }

    function schedule(delay) {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, Math.max(0, delay));
    }

    function retryLater(response) {
        failures++;
        if (response && (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403)) {
            say(box.getAttribute('data-signed-out'));
        } else {
            say(box.getAttribute('data-failed'));
        }
        schedule(BACK_OFF[Math.min(failures, BACK_OFF.length) - 1]);
    }

    function showConflict(saved) {
        conflict = saved;
        document.getElementById('autosave-conflict-saved').textContent = saved.text || '';
        document.getElementById('autosave-conflict-mine').textContent = current().text;
        conflictPanel.hidden = false;
        say(box.getAttribute('data-conflict'));
    }

    function sendAnswer(sent) {
        return request('/answer', {
            text: sent.text,
            declined: sent.declined,
            note: sent.note,
            version: expectedVersion()
        }).then(function (response) {
            if (response.status === 409) {
                return response.json().then(function (saved) {
                    var theirs = {text: saved.text || '', note: saved.note || '', declined: saved.declined};
                    var ours = unheard.some(function (earlier) {
                        return same(theirs, earlier);
                    });
                    if (ours) {
                        // An earlier save of this page that the server stored but whose answer
                        // never arrived (time-out, network): not a conflict. Send again on top of it.
                        version.value = saved.version;
                        confirmed = theirs;
                        unheard = [];
                        return 'saved';
                    }
                    showConflict(saved);
                    return 'conflict';
                });
            }
            if (response.status === 422) {
                return response.json().then(function (body) {
                    blocked = true;
                    say(box.getAttribute('data-refused') + ' ' + body.message);
                    return 'refused';
                });
            }
            if (!response.ok) {
                throw response;
            }
            return response.json().then(function (body) {
                version.value = body.version;
                confirmed = sent;
                unheard = [];
                savedAt = body.savedAt;
                return 'saved';
            });
        });
    }

    function save() {
        window.clearTimeout(timer);
        if (inFlight || conflict || submitting) {
            return;
        }
        var sent = current();
        var answerChanged = !same(sent, confirmed);
        if (!answerChanged && !ratingsDirty) {
            firstUnsent = null;
            failures = 0;
            settled();
            return;
        }
        if (answerChanged && tooLong()) {
            blocked = true;
            say(count.textContent);
            return;
        }
        blocked = false;
        inFlight = true;
        firstUnsent = null;
        if (failures === 0) {
            say(box.getAttribute('data-saving'));
        }
        var sendRatings = ratingsDirty;
        ratingsDirty = false;
        var chain = Promise.resolve('saved');
        if (sendRatings) {
            chain = chain.then(function () {
                return request('/ratings', {ratings: ratings()}).then(function (response) {
                    if (!response.ok) {
                        throw response;
                    }
                    return 'saved';
                });
            });
        }
        if (answerChanged) {
            unheard.push(sent);
            chain = chain.then(function () {
                return sendAnswer(sent);
            });
        }
        chain.then(function (outcome) {
            inFlight = false;
            failures = 0;
            // The server was reached: the idle timer of the session starts again (session.js).
            document.dispatchEvent(new CustomEvent('heard:server-contact'));
            if (outcome === 'saved') {
                if (unsaved()) {
                    save();
                } else {
                    settled();
                }
            }
        }).catch(function (response) {
            inFlight = false;
            if (sendRatings) {
                ratingsDirty = true;
            }
            retryLater(response instanceof Response ? response : null);
        });
    }

    /* A keystroke: save within DEBOUNCE of the last one, and within MAX_WAIT of the first unsent. */
    function changed() {
        updateCount();
        grow();
        if (conflict) {
            document.getElementById('autosave-conflict-mine').textContent = current().text;
            return;
        }
        var now = Date.now();
        if (firstUnsent === null) {
            firstUnsent = now;
        }
        if (!inFlight && failures === 0 && !blocked) {
            settled();
        }
        if (blocked && !tooLong()) {
            blocked = false;
            settled();
        }
        if (failures === 0) {
            schedule(Math.min(DEBOUNCE, MAX_WAIT - (now - firstUnsent)));
        }
    }

    function showDeclined() {
        var isDeclined = declined && declined.checked;
        if (text) {
            text.readOnly = isDeclined;
        }
        if (declinedHint) {
            declinedHint.hidden = !isDeclined;
        }
    }

    function decline(keepAsNote) {
        var words = normal(text.value);
        if (keepAsNote && note) {
            var before = normal(note.value);
            note.value = before === '' ? words : before + '\n\n' + words;
        }
        text.value = '';
        declined.checked = true;
        declinedChoice.hidden = true;
        showDeclined();
        updateCount();
        save();
        declined.focus();
    }

    [text, note].forEach(function (field) {
        if (field) {
            field.addEventListener('input', changed);
            field.addEventListener('blur', function (event) {
                // Leaving the field for "Save and continue" or "Back": that submission saves it.
                var to = event.relatedTarget;
                if (!(to && to.form === form && to.type === 'submit')) {
                    save();
                }
            });
        }
    });
    if (declined) {
        declined.addEventListener('change', function () {
            if (declined.checked && text && normal(text.value) !== '') {
                // Ask what to do with the words first: an answer both declined and with words is refused.
                declined.checked = false;
                declinedChoice.hidden = false;
                document.getElementById('declined-keep-as-note').focus();
                return;
            }
            declinedChoice.hidden = true;
            showDeclined();
            save();
        });
        document.getElementById('declined-keep-as-note').addEventListener('click', function () {
            decline(true);
        });
        document.getElementById('declined-clear').addEventListener('click', function () {
            decline(false);
        });
        document.getElementById('declined-cancel').addEventListener('click', function () {
            declinedChoice.hidden = true;
            declined.focus();
        });
    }
    document.getElementById('autosave-keep-mine').addEventListener('click', function () {
        version.value = conflict.version;
        confirmed = {text: conflict.text || '', note: conflict.note || '', declined: !!conflict.declined};
        conflict = null;
        conflictPanel.hidden = true;
        save();
        text.focus();
    });
    document.getElementById('autosave-take-saved').addEventListener('click', function () {
        version.value = conflict.version;
        text.value = conflict.text || '';
        if (note) {
            note.value = conflict.note || '';
        }
        declined.checked = !!conflict.declined;
        confirmed = current();
        conflict = null;
        conflictPanel.hidden = true;
        showDeclined();
        updateCount();
        settled();
        text.focus();
    });
    Array.prototype.forEach.call(form.querySelectorAll('[data-statement] input[type=radio]'), function (radio) {
        radio.addEventListener('change', function () {
            ratingsDirty = true;
            save();
        });
    });
    window.addEventListener('online', function () {
        if (failures > 0) {
            save();
        }
    });
    window.addEventListener('beforeunload', function (event) {
        if (!submitting && (unsaved() || inFlight)) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    form.addEventListener('submit', function () {
        submitting = true;
    });
    showDeclined();
    updateCount();
    grow();
    settled();
}());
