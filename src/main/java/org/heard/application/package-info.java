/**
 * Application services: the use cases that backing beans call, one package per
 * area of Heard ({@code interview}, {@code supervision}, {@code quality},
 * {@code administration}, {@code account}), with what they all use in
 * {@code shared} and {@code audit}. Services open transactions, validate
 * parameters and decide who may do what; they hold no persistence code of their
 * own.
 */
package org.heard.application;
