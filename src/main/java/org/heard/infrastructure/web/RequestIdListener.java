package org.heard.infrastructure.web;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import org.heard.application.audit.RequestIds;

/** Gives every HTTP request an id for the audit trail, and forgets it when the request ends. */
@WebListener
public class RequestIdListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        RequestIds.begin();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        RequestIds.end();
    }
}
