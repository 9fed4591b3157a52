package org.heard.domain.model.quality;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Rules of an organisation's codebook that span several themes. */
public final class Codebook {

    private Codebook() {}

    /**
     * Whether giving {@code themeId} the parent {@code parentId} would make a theme its
     * own ancestor. A new theme ({@code themeId} null) never does.
     *
     * @param parents each theme's parent id (or null), by theme id, for the whole codebook
     */
    public static boolean createsCycle(Long themeId, Long parentId, Map<Long, Long> parents) {
        if (themeId == null || parentId == null) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        Long current = parentId;
        while (current != null && seen.add(current)) {
            if (current.equals(themeId)) {
                return true;
            }
            current = parents.get(current);
        }
        return current != null;
    }
}
