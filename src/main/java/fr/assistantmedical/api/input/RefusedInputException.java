package fr.assistantmedical.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON value refused where it is read, with the reason to give for its field. */
public class RefusedInputException extends InvalidFormatException {

    private final String reason;

    public RefusedInputException(JsonParser parser, String reason, Class<?> type) {
        // The value itself is not kept: it may be huge, and answers never repeat it.
        super(parser, reason, null, type);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
