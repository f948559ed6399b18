package fr.assistantmedical.api.problem;

import jakarta.ws.rs.BadRequestException;

/** A path or query parameter that cannot be read; thrown while parameters are converted. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + " : " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
