/** Building blocks shared by every aggregate: organisation ownership, time, and domain exceptions. */
package org.heard.domain.shared;
