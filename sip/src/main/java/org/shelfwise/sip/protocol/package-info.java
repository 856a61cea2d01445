/**
 * SIP2 (3M SIP 2.00) as bytes: the parser of a terminal's messages, the checksum, the writer of responses and
 * the 18-character dates. Nothing here knows kiosks, the library or sockets.
 */
package org.shelfwise.sip.protocol;
