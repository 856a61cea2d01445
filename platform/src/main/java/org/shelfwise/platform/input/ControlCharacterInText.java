package org.shelfwise.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string holds a character no stored text may hold ({@link ControlCharacters}). */
public class ControlCharacterInText extends MismatchedInputException {

    ControlCharacterInText(JsonParser parser, String message) {
        super(parser, message, String.class);
    }
}
