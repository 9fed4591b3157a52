package org.heard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PreBootCommandsTest {

    private static List<String> commands(String file) throws Exception {
        return Files.readAllLines(Path.of("payara", file)).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    @Test
    @DisplayName("The quick start's pre-boot commands are the installation's, then its loopback binding")
    void quickStartKeepsInStep() throws Exception {
        List<String> installation = commands("pre-boot-commands.asadmin");
        List<String> quickStart = commands("quick-start-pre-boot-commands.asadmin");

        assertEquals(installation, quickStart.subList(0, installation.size()));
        assertTrue(quickStart.subList(installation.size(), quickStart.size()).stream()
                .allMatch(line -> line.endsWith(".address=127.0.0.1")));
        assertTrue(installation.stream().noneMatch(line -> line.contains(".address=")), "installations choose");
    }

    @Test
    @DisplayName("Every setting is made for both listeners, HTTP and HTTPS")
    void bothListeners() throws Exception {
        List<String> installation = commands("pre-boot-commands.asadmin");
        installation.stream()
                .filter(line -> line.contains("protocol.http-listener."))
                .forEach(line -> assertTrue(
                        installation.contains(line.replace("protocol.http-listener.", "protocol.https-listener.")),
                        line));
    }
}
