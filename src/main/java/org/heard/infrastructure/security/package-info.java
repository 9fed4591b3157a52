/**
 * Sign-in and request security: the Jakarta Security form mechanism, the
 * database identity store with PBKDF2 hashes, the signed-in caller, the session
 * timeout, and the security headers every response carries.
 */
package org.heard.infrastructure.security;
