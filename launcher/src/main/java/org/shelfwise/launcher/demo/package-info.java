/**
 * The demo library loaded on a first start: books, copies and patrons, created through the gateway's public API.
 */
package org.shelfwise.launcher.demo;
