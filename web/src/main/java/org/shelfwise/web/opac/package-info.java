/**
 * The public catalogue (OPAC): search with suggestions, facets and "did you mean", a record's page with its copies
 * and schema.org microdata, placing a hold. Open to anyone; placing a hold asks a patron to sign in first.
 */
package org.shelfwise.web.opac;
