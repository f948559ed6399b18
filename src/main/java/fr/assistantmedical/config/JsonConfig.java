package fr.assistantmedical.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.ImageMode;
import jakarta.inject.Singleton;

/**
 * Requests are read strictly: "12" is not a number, 12.5 is not a whole number of patients.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        // Generated accessors instead of reflection; a native image keeps reflection.
        if (ImageMode.current() == ImageMode.JVM) {
            mapper.registerModule(new BlackbirdModule());
        }
    }
}
