/** Browser journeys in headless Chromium, one feature per test class, with a page object per page. */
package org.heard.it.browser;
