/**
 * Sign-in: the Jakarta Security form mechanism, the database identity store
 * with PBKDF2 hashes, and the signed-in caller of the session.
 */
package org.heard.infrastructure.security;
