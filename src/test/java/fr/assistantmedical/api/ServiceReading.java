package fr.assistantmedical.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.assistantmedical.api.input.JsonConfig;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** How the service reads and checks a request, built without Quarkus (application.properties and {@link JsonConfig}). */
final class ServiceReading {

    private ServiceReading() {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JsonConfig().customize(mapper);
        return mapper;
    }

    static Validator validator() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }
}
