package org.heard.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** All UI text lives in the message bundle: every key a page or bean names exists there. */
class MessageBundleTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-z0-9.\\-]+)'\\]");
    private static final Pattern BEAN_KEY = Pattern.compile("Messages\\.add\\w+\\(\"([a-z0-9.\\-]+)\"");
    private final ResourceBundle bundle = ResourceBundle.getBundle(MessageBundleResolver.BUNDLE, Locale.UK);

    @Test
    @DisplayName("Every msg['key'] in the pages and every key in Messages calls exists in the bundle")
    void keysExist() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path file : files(Path.of("src/main/webapp"), ".xhtml")) {
            collect(file, PAGE_KEY, missing);
        }
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            collect(file, BEAN_KEY, missing);
        }
        assertEquals(Set.of(), missing, "keys used but not in messages.properties");
    }

    @Test
    @DisplayName("Every value of an enum that pages show has a label")
    void enumLabels() {
        labelled("role.", Role.values());
        labelled("kind.", InterviewerKind.values());
        labelled("action-status.", org.heard.domain.model.quality.ActionStatus.values());
        labelled("status.", org.heard.domain.model.interview.InterviewStatus.values());
        labelled("mode.", org.heard.domain.model.interview.InterviewMode.values());
        labelled("choice.", org.heard.domain.model.interview.ParticipationChoice.values());
        labelled("choice.short.", org.heard.domain.model.interview.ParticipationChoice.values());
        labelled("outcome.", org.heard.application.supervision.RegisterOutcome.values());
        labelled("consent-method.", org.heard.domain.model.interview.ConsentMethod.values());
        labelled("withdrawal.requester.", org.heard.domain.model.interview.WithdrawalRequester.values());
        labelled("withdrawal.method.", org.heard.domain.model.interview.WithdrawalMethod.values());
        labelled("audit-action.", org.heard.domain.model.audit.AuditAction.values());
        labelled("audit-break.", org.heard.domain.model.audit.AuditBreak.values());
        labelled("retention.action.", org.heard.domain.model.organisation.RetentionAction.values());
        labelled("statement.admin.change.", org.heard.application.administration.StatementComparison.Change.values());
        labelled("question-kind.", org.heard.domain.model.script.QuestionKind.values());
    }

    private void labelled(String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertTrue(bundle.containsKey(prefix + value.name()), prefix + value.name());
        }
    }

    @Test
    @DisplayName("Apostrophes are doubled only in messages with placeholders, which MessageFormat reads")
    void apostrophes() {
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            boolean formatted = text.matches("(?s).*\\{\\d.*");
            assertTrue(
                    formatted || !text.contains("''"),
                    key + " is shown as it is written, so its apostrophes must be single: " + text);
            assertTrue(
                    !formatted || !text.replace("''", "").contains("'"),
                    key + " is formatted, so its apostrophes must be doubled: " + text);
        }
    }

    @Test
    @DisplayName("Each key is defined once: a second definition would silently replace the first")
    void keysDefinedOnce() throws IOException {
        Path bundleFile = Path.of("src/main/resources", MessageBundleResolver.BUNDLE.replace('.', '/') + ".properties");
        Set<String> seen = new TreeSet<>();
        Set<String> repeated = new TreeSet<>();
        for (String line : Files.readAllLines(bundleFile)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                repeated.add(key);
            }
        }
        assertTrue(repeated.isEmpty(), "Defined more than once: " + repeated);
    }

    @Test
    @DisplayName("Placeholders are formatted")
    void formatting() {
        assertEquals("Welcome, Ada.", MessageBundleResolver.format("admin.welcome", "Ada"));
    }

    private void collect(Path file, Pattern pattern, Set<String> missing) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
            if (!bundle.containsKey(matcher.group(1))) {
                missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(
                    walk.filter(p -> p.toString().endsWith(suffix)).toList());
        }
    }
}
