package org.heard.it.browser;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops an integration-test run before its first test when the browser or its
 * driver is missing, with one line each saying how to fix it, rather than letting
 * every browser test class boot Payara and fail. Unit-test runs are left alone.
 */
public final class BrowserCheck implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") != null) {
            Browser.requireBinaries();
        }
    }
}
