/**
 * Application services: the use cases that backing beans call. They open
 * transactions, validate parameters and decide who may do what; they hold no
 * persistence code of their own.
 */
package org.heard.application;
