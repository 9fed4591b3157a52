/**
 * The Arquillian container the integration tests run on: Payara Micro, one server
 * per kind of deployment for the whole test run ({@link
 * org.heard.it.container.ReusedPayaraMicroContainer}).
 */
package org.heard.it.container;
