package org.shelfwise.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every JSON string as Jackson does, then refuses one holding a control character, so that no service stores
 * a NUL (a 500 from PostgreSQL) or another invisible control, whichever request type the string arrives in.
 */
class CheckedStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        int forbidden = text == null ? -1 : ControlCharacters.firstForbidden(text);
        if (forbidden >= 0) {
            throw new ControlCharacterInText(parser, "must not contain control characters (found "
                    + ControlCharacters.describe(text, forbidden) + " at position " + (forbidden + 1) + ")");
        }
        return text;
    }
}
