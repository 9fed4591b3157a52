/**
 * Integration tests: Heard deployed on Payara Micro by Arquillian, against a
 * MySQL-compatible test database that {@link org.heard.it.TestDatabase} creates and
 * drops; browser journeys in headless Chromium under {@code browser}.
 */
package org.heard.it;
