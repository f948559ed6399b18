package fr.assistantmedical.batch;

import fr.assistantmedical.api.edge.ProblemMapper;
import fr.assistantmedical.batch.BatchFormat;
import fr.assistantmedical.batch.BatchHeaderException;
import fr.assistantmedical.batch.BatchService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;

/** Campaign-scale simulation: a stream of profiles in, a stream of results out, in order. */
@Path("/api/v1/simulations/batch")
public class BatchResource {

    private final BatchService batches;

    BatchResource(BatchService batches) {
        this.batches = batches;
    }

    @POST
    @Blocking
    @Consumes({"application/x-ndjson", "text/csv"})
    @Produces({"application/x-ndjson", "text/csv"})
    @RolesAllowed({"${app.security.roles.cpam-agent}", "${app.security.roles.partner}", "${app.security.roles.ops}"})
    public Response simulate(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context UriInfo uri) throws IOException {
        BatchFormat input = BatchFormat.of(contentType);
        if (input == null) {
            return ProblemMapper.problem(415, "about:blank", "Unsupported Media Type",
                    "Envoyer le lot en application/x-ndjson ou text/csv.", uri, null);
        }
        BatchFormat wanted = accept == null ? null : BatchFormat.of(accept);
        BatchFormat output = wanted != null ? wanted : input;
        BatchService.Batch batch;
        try {
            batch = batches.open(body, input, output);
        } catch (BatchHeaderException e) {
            return ProblemMapper.problem(400, ProblemMapper.VALIDATION, "En-tête CSV invalide", e.getMessage(), uri,
                    java.util.List.of(new fr.assistantmedical.api.problem.Problem.Violation("header", e.getMessage())));
        }
        StreamingOutput stream = batch::writeTo;
        return Response.ok(stream, output.mediaType() + ";charset=UTF-8").build();
    }
}
