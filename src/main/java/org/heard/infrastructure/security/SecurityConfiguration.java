package org.heard.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles Heard declares. Signing in is done by {@link SignInMechanism}, Heard's own
 * HTTP authentication mechanism, with {@link StaffIdentityStore}.
 */
@ApplicationScoped
@DeclareRoles({"INTERVIEWER", "SUPERVISOR", "QA_ANALYST", "ADMIN", "PLATFORM_ADMIN"})
public class SecurityConfiguration {}
