/**
 * The notices' texts: a Mustache template per kind and language for the subject and the body, managed by an
 * administrator, with a preview rendered from sample data. Templates are logic-less and see only a map of plain
 * strings (no reflection), so a template can never run code.
 */
package org.shelfwise.notifications.templates;
