package org.heard.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Removes ended sessions from the {@link SessionRegistry}. */
@WebListener
public class SessionRegistryListener implements HttpSessionListener {

    @Inject
    private SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.forget(event.getSession());
    }
}
