/**
 * Small JSON endpoints that pages call from their scripts: autosave of answers,
 * and recording which definitions were opened. They work without Faces view
 * state, so that text typed before a session ended can still be sent after the
 * interviewer signs in again. Session-authenticated, same-site only.
 */
package org.heard.interfaces.rest;
