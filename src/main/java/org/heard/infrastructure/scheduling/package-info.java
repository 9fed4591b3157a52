/** Jobs the server runs on a schedule. */
package org.heard.infrastructure.scheduling;
