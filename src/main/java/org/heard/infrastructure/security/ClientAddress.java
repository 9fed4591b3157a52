package org.heard.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the client of the current request, as the servlet container sees it. */
@RequestScoped
public class ClientAddress {

    @Inject
    private HttpServletRequest request;

    public String get() {
        return request.getRemoteAddr();
    }
}
