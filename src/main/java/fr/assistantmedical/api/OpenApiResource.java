package fr.assistantmedical.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The contract, openapi.yaml, served as written at {@code /q/openapi} (Swagger UI reads it there):
 * YAML, or JSON with {@code ?format=json} or {@code Accept: application/json}. Read on first use,
 * not at start.
 */
@Path("/q/openapi")
@PermitAll
public class OpenApiResource {

    private static final String YAML = "application/yaml;charset=UTF-8";
    private static final String JSON = "application/json;charset=UTF-8";
    private static final String CONTRACT = "META-INF/openapi.yaml";

    private volatile byte[] yaml;
    private volatile byte[] json;

    @GET
    @Blocking
    public Response document(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean asJson = format != null ? "json".equalsIgnoreCase(format)
                : accept != null && accept.contains("application/json") && !accept.contains("yaml");
        return asJson ? Response.ok(json(), JSON).build() : Response.ok(yaml(), YAML).build();
    }

    private byte[] yaml() {
        byte[] document = yaml;
        if (document == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CONTRACT)) {
                if (in == null) {
                    throw new IllegalStateException(CONTRACT + " is missing from the build");
                }
                document = yaml = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    private byte[] json() {
        byte[] document = json;
        if (document == null) {
            try {
                document = json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }
}
