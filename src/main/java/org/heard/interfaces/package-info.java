/** The ways in to Heard: its web pages. */
package org.heard.interfaces;
