package org.heard.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in with Heard's own sign-in page: pages that need a role redirect
 * there, and after signing in the person continues to the page they asked for.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/signin.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"INTERVIEWER", "SUPERVISOR", "QA_ANALYST", "ADMIN", "PLATFORM_ADMIN"})
public class SecurityConfiguration {}
