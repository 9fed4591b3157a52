/**
 * What every use case shares: who is calling ({@link org.heard.application.shared.Caller},
 * {@link org.heard.application.shared.CallerContext} and its role check), the caller's
 * organisation scope, the clock, and the exceptions for "not signed in" and "not
 * found or not yours". Depends on no other application package.
 */
package org.heard.application.shared;
