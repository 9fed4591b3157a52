/**
 * Sign-in: Heard's own form authentication mechanism, which keeps the signed-in
 * person's name and roles in the session and hands both to the container on every
 * request, the database identity store with PBKDF2 hashes, and the signed-in caller of
 * the session.
 */
package org.heard.infrastructure.security;
