package org.heard.it.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * Payara Micro's managed container, but one Payara Micro per kind of deployment for
 * the whole test run instead of one per test class. Payara Micro deploys only at
 * boot, so Arquillian's managed container boots a JVM for every class that has a
 * {@code @Deployment} (tens of seconds each); most classes deploy the very same
 * archive. This container keys each archive by its entries: the first class that
 * deploys an archive boots a Payara Micro for it, the next classes with the same
 * archive reuse that server, and every server stops when the test run ends
 * (Arquillian's "after suite"), or at the latest when the JVM exits.
 *
 * <p>Each key has its own Payara Micro (its own random port), so classes that
 * alternate between two archives (in-container tests under {@code /heard-it},
 * client tests at the root) never restart a server. Test classes must therefore not
 * rely on a fresh server: each arranges its own organisations and staff
 * ({@code TestData}), as they already must with the run's shared database.
 */
public class ReusedPayaraMicroContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(ReusedPayaraMicroContainer.class.getName());

    private final Map<String, Running> running = new LinkedHashMap<>();

    private PayaraMicroContainerConfiguration configuration;

    private record Running(PayaraMicroDeployableContainer server, Archive<?> archive, ProtocolMetaData metaData) {}

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        super.setup(configuration);
        this.configuration = configuration;
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String key = key(archive);
        Running server = running.get(key);
        if (server != null) {
            LOG.info(() -> "Reusing the Payara Micro already running " + archive.getName() + " (" + key + ")");
            return server.metaData();
        }
        PayaraMicroDeployableContainer fresh = new PayaraMicroDeployableContainer();
        fresh.setup(configuration);
        ProtocolMetaData metaData = fresh.deploy(archive);
        running.put(key, new Running(fresh, archive, metaData));
        return metaData;
    }

    /** Keeps the server for the next class that deploys the same archive; {@link #stop()} ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
        // Intentionally kept running: the server is shared by every class with this archive.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        List<DeploymentException> failures = new ArrayList<>();
        for (Running server : running.values()) {
            try {
                server.server().undeploy(server.archive());
            } catch (DeploymentException e) {
                failures.add(e);
            }
        }
        running.clear();
        super.stop();
        if (!failures.isEmpty()) {
            throw new LifecycleException("Could not stop every Payara Micro", failures.get(0));
        }
    }

    /** The archive's identity: its name and the paths of its entries. */
    static String key(Archive<?> archive) {
        List<String> paths = new ArrayList<>();
        for (ArchivePath path : archive.getContent().keySet()) {
            paths.add(path.get());
        }
        paths.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(archive.getName().getBytes(StandardCharsets.UTF_8));
            for (String path : paths) {
                digest.update((byte) 0);
                digest.update(path.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
