package fr.assistantmedical.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.api.model.contract.ContractEventPage;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.contract.Access;
import fr.assistantmedical.contract.ContractFeed;
import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.contract.core.FeedEvent;
import fr.assistantmedical.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The change feed of contracts, for the CPAM's agents and for partners. */
@Path("/api/v1/contract-events")
@Produces(MediaType.APPLICATION_JSON)
public class ContractEventResource {

    static final int MAX_WAIT_SECONDS = 30;
    private static final Pattern WAIT = Pattern.compile("([0-9]{1,3})s?");

    private final ContractFeed feed;
    private final Caller caller;
    private final ObjectMapper json;

    ContractEventResource(ContractFeed feed, Caller caller, ObjectMapper json) {
        this.feed = feed;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @RolesAllowed({"${app.security.roles.cpam-agent}", "${app.security.roles.partner}"})
    public Uni<ContractEventPage> read(@QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("wait") String wait) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException("limit", "entre 1 et 500");
        }
        if (after != null && after.isBlank()) {
            after = null; // ?after= with nothing: from the first event
        }
        if (after != null && after.length() > 100) {
            throw new InvalidRequestException("after", "curseur invalide : reprendre nextCursor de la page précédente");
        }
        Duration waiting = waiting(wait);
        Access access = caller.access();
        return feed.read(access, after, limit, waiting)
                .onFailure(ContractFeed.InvalidCursorException.class).transform(e -> new InvalidRequestException(
                        "after", "curseur invalide : reprendre nextCursor de la page précédente"))
                .map(page -> new ContractEventPage(page.events().stream().map(e -> item(e, access)).toList(),
                        page.nextCursor()));
    }

    private static Duration waiting(String wait) {
        if (wait == null) {
            return Duration.ZERO;
        }
        Matcher matcher = WAIT.matcher(wait.trim());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > MAX_WAIT_SECONDS) {
            throw new InvalidRequestException("wait", "attente en secondes, de 0 à 30 (par exemple 30s)");
        }
        return Duration.ofSeconds(Integer.parseInt(matcher.group(1)));
    }

    /** Partners are not told which agent did what. */
    private ContractEventPage.Item item(FeedEvent e, Access access) {
        JsonNode after = state(e.stateAfter());
        return new ContractEventPage.Item(e.contractId(), e.type(), e.occurredAt(), e.effectiveDate(), e.reason(),
                access.agent() ? e.actor() : null, ContractStatus.valueOf(after.path("status").asText()),
                after.path("version").asLong());
    }

    private JsonNode state(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
