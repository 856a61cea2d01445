/**
 * Errors raised outside Spring MVC (by Tomcat or the error controller) answered as problem details too.
 */
package org.shelfwise.platform.errors;
