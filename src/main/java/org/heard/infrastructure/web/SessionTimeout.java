package org.heard.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the idle timeout from {@code heard.session.timeout-seconds} (30 minutes
 * unless configured) to every new session. The page warns before it runs out
 * (see {@code session.js}).
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "heard.session.timeout-seconds", defaultValue = "1800")
    private int timeoutSeconds;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(timeoutSeconds);
    }
}
