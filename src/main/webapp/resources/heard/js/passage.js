/*
 * Choosing a passage of an answer on the coding page. The analyst selects words in the
 * text box (with the mouse, or the keyboard: Shift with the arrow keys). The box is not
 * "readonly", because browsers then give the keyboard no caret to select with; instead
 * it is marked aria-readonly, has no name (it is never submitted) and this script
 * refuses every change to it. A selection
 * fills the answer's hidden start and end fields with offsets into the stored words,
 * which the server checks again. The text shown has names replaced, so offsets are
 * mapped through the segments in data-map ("shownStart,shownEnd,storedStart,storedEnd,
 * name;…"): a selection that touches a name takes the whole name. Nothing is kept in
 * browser storage.
 */
(function () {
    "use strict";

    function segments(area) {
        var map = area.getAttribute("data-map") || "";
        return map.split(";").filter(function (s) { return s.length > 0; }).map(function (s) {
            var p = s.split(",").map(Number);
            return { shownStart: p[0], shownEnd: p[1], start: p[2], end: p[3], name: p[4] === 1 };
        });
    }

    /* The stored offset for a shown offset; a start snaps to a name's start, an end to its end. */
    function stored(list, shown, isEnd) {
        for (var i = 0; i < list.length; i++) {
            var s = list[i];
            var inside = isEnd ? shown > s.shownStart && shown <= s.shownEnd : shown >= s.shownStart && shown < s.shownEnd;
            if (inside) {
                if (s.name) {
                    return isEnd ? s.end : s.start;
                }
                return Math.min(s.end, s.start + (shown - s.shownStart));
            }
        }
        return list.length > 0 ? list[list.length - 1].end : 0;
    }

    function shown(list, offset, isEnd) {
        for (var i = 0; i < list.length; i++) {
            var s = list[i];
            var inside = isEnd ? offset > s.start && offset <= s.end : offset >= s.start && offset < s.end;
            if (inside) {
                if (s.name) {
                    return isEnd ? s.shownEnd : s.shownStart;
                }
                return Math.min(s.shownEnd, s.shownStart + (offset - s.start));
            }
        }
        return 0;
    }

    function field(section, suffix) {
        var inputs = section.querySelectorAll("input[type=hidden]");
        for (var i = 0; i < inputs.length; i++) {
            if (inputs[i].id.slice(-suffix.length) === suffix) {
                return inputs[i];
            }
        }
        return null;
    }

    function setUp(section) {
        var area = section.querySelector("textarea.heard-words");
        var status = section.querySelector(".heard-passage-status");
        var start = field(section, ":start");
        var end = field(section, ":end");
        var clear = section.querySelector(".heard-passage-clear");
        if (!area || !status || !start || !end) {
            return;
        }
        var list = segments(area);
        var original = area.value;

        ["beforeinput", "paste", "cut", "drop"].forEach(function (type) {
            area.addEventListener(type, function (event) { event.preventDefault(); });
        });
        area.addEventListener("input", function () {
            area.value = original;
        });

        function show(from, to) {
            if (from === null) {
                status.textContent = status.getAttribute("data-whole");
            } else {
                status.textContent = status.getAttribute("data-selected") + " \u201c" + area.value.substring(from, to) + "\u201d";
            }
        }

        function chosen() {
            var from = area.selectionStart;
            var to = area.selectionEnd;
            if (from === to) {
                return;
            }
            var s = stored(list, from, false);
            var e = stored(list, to, true);
            if (s < e) {
                start.value = String(s);
                end.value = String(e);
                show(shown(list, s, false), shown(list, e, true));
            }
        }

        area.addEventListener("mouseup", chosen);
        area.addEventListener("keyup", chosen);
        area.addEventListener("select", chosen);
        if (clear) {
            clear.addEventListener("click", function () {
                start.value = "";
                end.value = "";
                area.setSelectionRange(0, 0);
                show(null, null);
            });
        }
        if (start.value !== "" && end.value !== "") {
            var from = shown(list, Number(start.value), false);
            var to = shown(list, Number(end.value), true);
            show(from, to);
        }
    }

    var sections = document.querySelectorAll(".heard-coding-answer");
    for (var i = 0; i < sections.length; i++) {
        setUp(sections[i]);
    }
})();
