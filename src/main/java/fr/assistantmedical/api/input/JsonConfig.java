package fr.assistantmedical.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.ImageMode;
import jakarta.inject.Singleton;

/**
 * Requests are read strictly: "12" is not a number, 12.5 is not a whole number of patients, 1 is not
 * a text, a key given twice is refused, and decimals, dates and texts are bounded where they are read.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** Last, so that the bounded deserializers replace those of the modules Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Decimals, dates and texts bounded where they are read; a number is not a text ("sector": 1
        // is refused, as the contract says "1"). Deserializers of our own, as Blackbird reads text
        // fields itself with any standard one.
        mapper.registerModule(BoundedDeserializers.module());
        // Generated accessors instead of reflection; a native image keeps reflection.
        if (ImageMode.current() == ImageMode.JVM) {
            mapper.registerModule(new BlackbirdModule());
        }
    }
}
