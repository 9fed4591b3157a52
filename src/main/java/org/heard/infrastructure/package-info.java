/** Technical plumbing behind the domain and application: persistence, database set-up, security and web filters. */
package org.heard.infrastructure;
