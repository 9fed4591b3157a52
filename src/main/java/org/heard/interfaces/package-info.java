/** The ways in to Heard: its web pages and the JSON endpoints those pages call. */
package org.heard.interfaces;
