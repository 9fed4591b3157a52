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

    /** The WAR that {@code package} produced, unchanged. */
    public static WebArchive heard() {
        return ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("heard.war", "target/heard.war")));
    }
}
