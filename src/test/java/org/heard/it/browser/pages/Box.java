package org.heard.it.browser.pages;

import java.util.Map;

/** Where an element is drawn, in CSS pixels of the viewport (from getBoundingClientRect). */
public record Box(double left, double top, double right, double bottom) {

    static Box of(Object rect) {
        Map<?, ?> r = (Map<?, ?>) rect;
        return new Box(number(r.get("left")), number(r.get("top")), number(r.get("right")), number(r.get("bottom")));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    /** Whether the two boxes share any area (touching edges do not count). */
    public boolean overlaps(Box other) {
        return left < other.right - 0.5
                && other.left < right - 0.5
                && top < other.bottom - 0.5
                && other.top < bottom - 0.5;
    }

    /** Whether the two boxes share some height: side by side on one line. */
    public boolean besideOf(Box other) {
        return top < other.bottom && other.top < bottom;
    }
}
