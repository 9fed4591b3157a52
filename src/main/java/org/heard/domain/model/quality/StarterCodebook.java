package org.heard.domain.model.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The codebook every organisation starts with: the framework's five attributes of a
 * supportive relationship, then rights and complaints, other staff, and requested
 * changes. Migration V9 gave it to the organisations that existed then; new
 * organisations get it from {@code starter-codebook.tsv} (a name and a description per
 * line, separated by a tab), which holds the same themes.
 */
public final class StarterCodebook {

    /** One theme of the starting codebook. */
    public record Entry(String name, String description) {}

    private StarterCodebook() {}

    public static List<Entry> entries() {
        try (InputStream in = StarterCodebook.class.getResourceAsStream("starter-codebook.tsv")) {
            if (in == null) {
                throw new IllegalStateException("starter-codebook.tsv is missing");
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                entries.add(new Entry(parts[0].strip(), parts[1].strip()));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
