/*
 * Idle-session warning. The server's idle timer restarts with every request, so
 * this timer restarts on page load, after every PrimeFaces ajax request, after
 * every autosave that reached the server, and after every keep-alive.
 *
 * Typing is activity: a key pressed anywhere on the page sends a keep-alive
 * (POST session/keep-alive, which answers whether someone is still signed in)
 * when no request has reached the server for a while,
 * at once when the warning shows, so that a person typing without a pause is
 * never signed out, whether or not the field autosaves.
 *
 * The dialogs never take a keystroke: they are not modal, and when focus is in a
 * text field they show without moving it, so every key typed while they show
 * reaches the field. Before the session ends the warning shows a countdown;
 * "Stay signed in" makes a request, which restarts both timers. When the session
 * has ended the page says so, and the header no longer says who is signed in: the
 * page, and anything typed on it, stays.
 */
(function () {
    'use strict';

    var config = document.getElementById('heard-session');
    if (!config) {
        return;
    }
    var timeoutSeconds = parseInt(config.getAttribute('data-timeout-seconds'), 10);
    var warningSeconds = parseInt(config.getAttribute('data-warning-seconds'), 10);
    var warningText = config.getAttribute('data-warning-text');
    var countdownText = config.getAttribute('data-countdown-text');
    var keepAliveUrl = config.getAttribute('data-keep-alive');
    if (!(timeoutSeconds > 0)) {
        return;
    }
    // Typing sends a keep-alive at most this often: a minute, or a quarter of a very short session.
    var keepAliveEvery = Math.min(60, timeoutSeconds / 4) * 1000;
    // After the end of the session, typing asks at most this often whether it was signed in again.
    var SIGNED_OUT_RETRY = 5000;
    // The server's idle timer starts when a request arrives, a moment after the page sent it:
    // the page says the session has ended this much later, so that it never says so too soon.
    var END_MARGIN = 2000;

    var deadline = 0;
    var lastContact = 0;
    var warnTimer = null;
    var endTimer = null;
    var tickTimer = null;
    var keepAliveInFlight = false;
    var signedOut = false;

    function format(template, value) {
        return template.replace('{0}', value);
    }

    function remaining() {
        return Math.max(0, Math.round((deadline - Date.now()) / 1000));
    }

    function minutesAndSeconds(total) {
        var minutes = Math.floor(total / 60);
        var seconds = total % 60;
        return minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
    }

    function widget(name) {
        return window.PF ? PF(name) : null;
    }

    function isTextField(element) {
        if (!element || element === document.body) {
            return false;
        }
        if (element.isContentEditable || element.tagName === 'TEXTAREA') {
            return true;
        }
        return element.tagName === 'INPUT'
            && !/^(button|submit|reset|checkbox|radio|file|image|hidden|range|color)$/i.test(element.type);
    }

    /* Shows a dialog; when focus is in a text field, leaves it there (no keystroke is lost). */
    function showWithoutTakingFocus(dialog) {
        if (!dialog || dialog.isVisible()) {
            return;
        }
        if (isTextField(document.activeElement)) {
            var applyFocus = dialog.applyFocus;
            dialog.applyFocus = function () {};
            try {
                dialog.show();
            } finally {
                dialog.applyFocus = applyFocus;
            }
        } else {
            dialog.show();
        }
    }

    function hide(name) {
        var dialog = widget(name);
        if (dialog && dialog.isVisible()) {
            dialog.hide();
        }
    }

    function tick() {
        document.getElementById('session-countdown').textContent =
            format(countdownText, minutesAndSeconds(remaining()));
    }

    function showWarning() {
        document.getElementById('session-warning-text').textContent =
            format(warningText, minutesAndSeconds(remaining()));
        tick();
        tickTimer = window.setInterval(tick, 1000);
        showWithoutTakingFocus(widget('sessionWarning'));
    }

    /* The header says who is signed in only while someone is. */
    function header(signedIn) {
        var account = document.getElementById('heard-account');
        var notice = document.getElementById('signed-out');
        if (account) {
            account.hidden = !signedIn;
        }
        if (notice) {
            notice.hidden = signedIn;
        }
    }

    function ended() {
        stop();
        signedOut = true;
        hide('sessionWarning');
        header(false);
        showWithoutTakingFocus(widget('sessionExpired'));
    }

    function stop() {
        window.clearTimeout(warnTimer);
        window.clearTimeout(endTimer);
        window.clearInterval(tickTimer);
    }

    function restart() {
        stop();
        lastContact = Date.now();
        deadline = lastContact + timeoutSeconds * 1000;
        warnTimer = window.setTimeout(showWarning, (timeoutSeconds - warningSeconds) * 1000);
        endTimer = window.setTimeout(ended, timeoutSeconds * 1000 + END_MARGIN);
        hide('sessionWarning');
        if (signedOut) {
            // Signed in again (in another tab): this page's requests count again.
            signedOut = false;
            hide('sessionExpired');
            header(true);
        }
    }

    function keepAlive() {
        if (keepAliveInFlight || !keepAliveUrl) {
            return;
        }
        keepAliveInFlight = true;
        lastContact = Date.now();
        fetch(keepAliveUrl, {
            method: 'POST',
            credentials: 'same-origin',
            redirect: 'manual',
            cache: 'no-store',
            headers: {'X-Heard-Request': 'keep-alive'}
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (answer) {
            keepAliveInFlight = false;
            if (answer && answer.signedIn) {
                restart();
            } else if (answer && !signedOut) {
                ended();
            }
        }).catch(function () {
            // The server cannot be reached: the timers go on; the next key tries again.
            keepAliveInFlight = false;
        });
    }

    function typed() {
        var warning = widget('sessionWarning');
        var warningShows = warning && warning.isVisible();
        var since = Date.now() - lastContact;
        if (warningShows || since >= keepAliveEvery || (signedOut && since >= SIGNED_OUT_RETRY)) {
            keepAlive();
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', restart);
    }
    document.addEventListener('heard:server-contact', restart);
    document.addEventListener('keydown', typed, true);
    restart();
}());
