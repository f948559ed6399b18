package fr.assistantmedical.api.edge;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Stops reading a JSON body past the limit, also when it comes chunked, without a length. */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    /** Thrown when the limit is crossed; answered with a 413 problem. */
    public static class TooLargeException extends WebApplicationException {
        public TooLargeException() {
            super(413);
        }
    }

    private final long limit;

    JsonBodyLimit(@ConfigProperty(name = "app.limits.max-json-body", defaultValue = "65536") long limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            context.setInputStream(new Capped(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        private int count(int n) {
            if (n > 0 && (read += n) > limit) {
                throw new TooLargeException();
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(super.read(b, off, len));
        }
    }
}
