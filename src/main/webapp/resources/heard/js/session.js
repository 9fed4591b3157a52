/*
 * Idle-session warning. The server's idle timer restarts with every request, so
 * this timer restarts on page load, after every PrimeFaces ajax request and after
 * every autosave that reached the server.
 * Before the session ends it shows the warning dialog with a countdown;
 * "Stay signed in" makes a request, which restarts both timers. When the
 * session has ended it only says so: the page, and anything typed on it, stays.
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
    if (!(timeoutSeconds > 0)) {
        return;
    }

    var deadline = 0;
    var warnTimer = null;
    var endTimer = null;
    var tickTimer = null;

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

    function tick() {
        document.getElementById('session-countdown').textContent =
            format(countdownText, minutesAndSeconds(remaining()));
    }

    function showWarning() {
        document.getElementById('session-warning-text').textContent =
            format(warningText, minutesAndSeconds(remaining()));
        tick();
        tickTimer = window.setInterval(tick, 1000);
        var dialog = widget('sessionWarning');
        if (dialog) {
            dialog.show();
        }
    }

    function ended() {
        stop();
        var warning = widget('sessionWarning');
        if (warning) {
            warning.hide();
        }
        var expired = widget('sessionExpired');
        if (expired) {
            expired.show();
        }
    }

    function stop() {
        window.clearTimeout(warnTimer);
        window.clearTimeout(endTimer);
        window.clearInterval(tickTimer);
    }

    function restart() {
        stop();
        deadline = Date.now() + timeoutSeconds * 1000;
        warnTimer = window.setTimeout(showWarning, (timeoutSeconds - warningSeconds) * 1000);
        endTimer = window.setTimeout(ended, timeoutSeconds * 1000);
        var dialog = widget('sessionWarning');
        if (dialog && dialog.isVisible()) {
            dialog.hide();
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', restart);
    }
    document.addEventListener('heard:server-contact', restart);
    restart();
}());
