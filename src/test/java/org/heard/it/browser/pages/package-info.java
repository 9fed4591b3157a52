/** Page objects: one per page of Heard, so that journeys read as what a person does. */
package org.heard.it.browser.pages;
