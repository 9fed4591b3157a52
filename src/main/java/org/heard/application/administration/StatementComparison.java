package org.heard.application.administration;

import java.io.Serializable;
import java.util.List;

/** Two statement versions side by side, line by line, each row marked as unchanged, changed, added or removed. */
public final class StatementComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a row differs between the two versions. */
    public enum Change {
        EQUAL,
        CHANGED,
        ADDED,
        REMOVED
    }

    private final int leftVersion;
    private final int rightVersion;
    private final List<Row> rows;

    public StatementComparison(int leftVersion, int rightVersion, List<Row> rows) {
        this.leftVersion = leftVersion;
        this.rightVersion = rightVersion;
        this.rows = List.copyOf(rows);
    }

    public int getLeftVersion() {
        return leftVersion;
    }

    public int getRightVersion() {
        return rightVersion;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One line of each version; the text is plain, never markup. */
    public record Row(Change change, String left, String right) implements Serializable {
        public Change getChange() {
            return change;
        }

        public String getLeft() {
            return left;
        }

        public String getRight() {
            return right;
        }
    }
}
