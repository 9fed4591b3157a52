/**
 * A member of staff's own account: signing in (throttling), passwords and their
 * policy, and the sessions a person holds.
 */
package org.heard.application.account;
