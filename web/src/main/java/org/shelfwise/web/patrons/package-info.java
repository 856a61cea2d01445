/**
 * The patrons screens: find, a patron's record with loans, holds, fines and blocks, registration.
 */
package org.shelfwise.web.patrons;
