package fr.assistantmedical.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Jackson reads decimals, dates and texts of every request through {@link Inputs}' bounds. */
public final class BoundedDeserializers {

    private BoundedDeserializers() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("bounded-inputs");
        module.addDeserializer(BigDecimal.class, new Decimal());
        module.addDeserializer(LocalDate.class, new Date());
        module.addDeserializer(String.class, new Text());
        return module;
    }

    /** Jackson's own deserializers back, for documents the service wrote itself. */
    public static SimpleModule unbounded() {
        SimpleModule module = new SimpleModule("unbounded-documents");
        module.addDeserializer(BigDecimal.class, new NumberDeserializers.BigDecimalDeserializer());
        module.addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE);
        module.addDeserializer(String.class, StringDeserializer.instance);
        return module;
    }

    static final class Decimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (!Inputs.boundedDecimal(value)) {
                throw new RefusedInputException(p, Inputs.DECIMAL_REFUSED, BigDecimal.class);
            }
            return value;
        }
    }

    static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedInputException(p, Inputs.DATE_REFUSED, LocalDate.class);
            }
            try {
                return Inputs.date(p.getText());
            } catch (DateTimeParseException e) {
                throw new RefusedInputException(p, Inputs.DATE_REFUSED, LocalDate.class);
            }
        }
    }

    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                // A number or a boolean is not a text: "sector": 1 is refused, the contract says "1".
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String value = p.getText();
            if (Inputs.hasControl(value)) {
                throw new RefusedInputException(p, Inputs.CONTROL_REFUSED, String.class);
            }
            return value;
        }
    }
}
