package org.heard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps the integration tests' temporary files in one folder of the build
 * ({@code heard.test.tmpdir}, which the build also makes the test JVM's and every
 * Payara Micro's {@code java.io.tmpdir}), and deletes it when the run ends: the
 * servers' runtime folders, the deployed archives, browser profiles and downloads.
 * Nothing is left in the machine's temporary directory.
 */
public final class TestTemporaryFiles implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestTemporaryFiles.class.getName());

    private static Path folder() {
        String folder = System.getProperty("heard.test.tmpdir");
        return folder == null ? null : Path.of(folder);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Path folder = folder();
        if (folder != null) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the tests' temporary folder " + folder, e);
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Path folder = folder();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try {
            // A server that is still stopping may delete its own files meanwhile: a file
            // already gone is no failure, and one that cannot be read is passed over.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) {
                    delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warning("Could not delete the tests' temporary folder " + folder + ": " + e.getMessage());
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warning("Could not delete " + path + ": " + e.getMessage());
        }
    }
}
