/** Building blocks shared by every aggregate: organisation ownership, UTC time, and argument checks. */
package org.heard.domain.shared;
