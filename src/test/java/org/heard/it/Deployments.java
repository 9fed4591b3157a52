package org.heard.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: Heard's own WAR, as built by this build. */
public final class Deployments {

    private Deployments() {}

    /**
     * The application's URL on the loopback interface. Arquillian reports the
     * address Payara prints, which may be an external interface; tests talk to
     * 127.0.0.1 only.
     */
    public static URL loopback(URL reported) {
        try {
            return new URL(reported.getProtocol(), "127.0.0.1", reported.getPort(), reported.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Heard's WAR for in-container tests: served under {@code /heard-it} rather than
     * at the root, where Arquillian's servlet protocol cannot find its runner.
     */
    public static WebArchive heardInContainer() {
        WebArchive archive = heard();
        String descriptor = "WEB-INF/glassfish-web.xml";
        try (java.io.InputStream in = archive.get(descriptor).getAsset().openStream()) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("<context-root>/</context-root>", "<context-root>/heard-it</context-root>");
            archive.delete(descriptor);
            archive.addAsWebInfResource(new org.jboss.shrinkwrap.api.asset.StringAsset(xml), "glassfish-web.xml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return archive;
    }

    /**
     * Heard's WAR for in-container tests, with what they need to arrange their own data
     * and act as a caller ({@link TestData}, {@link TestCallerContext}, {@link QaSeed},
     * {@link SqlStatementCounter}) and every in-container test class of this package.
     * The archive is the same for every class, so one Payara Micro serves them all
     * ({@code org.heard.it.container.ReusedPayaraMicroContainer}).
     */
    public static WebArchive heardWithTestData() {
        return heardInContainer().addPackage(Deployments.class.getPackage());
    }

    /** The WAR that {@code package} produced, unchanged. */
    public static WebArchive heard() {
        return ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("heard.war", "target/heard.war")));
    }
}
