package fr.assistantmedical.api.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.assistantmedical.api.problem.InvalidParameterException;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.api.problem.Problem;
import fr.assistantmedical.api.input.Inputs;
import fr.assistantmedical.api.input.RefusedInputException;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.api.mapping.ResponseMapper;
import fr.assistantmedical.contract.ContractNotFoundException;
import fr.assistantmedical.contract.ContractService;
import fr.assistantmedical.contract.ForbiddenCpamException;
import fr.assistantmedical.contract.core.ContractAction;
import fr.assistantmedical.contract.core.ContractConflictException;
import fr.assistantmedical.contract.core.ContractValidationException;
import fr.assistantmedical.contract.core.CollectiveNotEligibleException;
import fr.assistantmedical.contract.core.DoctorEngagedException;
import fr.assistantmedical.contract.core.InvalidTransitionException;
import fr.assistantmedical.contract.core.NotEligibleException;
import fr.assistantmedical.contract.core.PreconditionFailedException;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Reason;
import fr.assistantmedical.rules.RulebookException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import fr.assistantmedical.rules.Outcome;
import fr.assistantmedical.security.CpamClaimMissingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where failures become RFC 9457 problem documents. Client mistakes name the
 * field; nothing from the inside (stack traces, class names) reaches a response.
 */
public class ProblemMapper {

    public static final String VALIDATION = "/problems/validation";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return validation(e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return validation(List.of(new Violation(e.parameter(), e.reason())), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field)).toList();
        return validation(violations, uri);
    }

    // Jackson's own exception types each get a mapper, as the most specific mapper wins.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsableJson(StreamReadException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (tooLarge(e)) {
            return bodyTooLarge(uri);
        }
        if (e instanceof RefusedInputException r) {
            return validation(List.of(new Violation(path(r), r.reason())), uri);
        }
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return validation(List.of(new Violation(duplicate, "champ présent plusieurs fois")), uri);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return validation(List.of(new Violation(path(u), "champ inconnu")), uri);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return validation(List.of(new Violation(path(f), "valeur inconnue, valeurs possibles : " + allowed)), uri);
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return validation(List.of(new Violation(path(m), expected(m.getTargetType()))), uri);
        }
        if (e instanceof JsonMappingException m) {
            return validation(List.of(new Violation(path(m), m.getPath().isEmpty() ? "un objet JSON est attendu"
                    : "valeur invalide")), uri);
        }
        if (e instanceof InputCoercionException) {
            return problem(400, VALIDATION, "Requête invalide", "Un nombre dépasse les valeurs admises.", uri,
                    List.of(new Violation(currentField(e), "nombre hors des valeurs admises")));
        }
        return problem(400, "/problems/malformed-json", "Corps de requête illisible",
                "Le corps de la requête n'est pas un document JSON valide.", uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (tooLarge(e)) {
            return bodyTooLarge(uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Erreur"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "Aucune ressource à cette adresse.";
            case 405 -> "Méthode HTTP non permise sur cette ressource.";
            case 406 -> "Aucune représentation acceptable : cette ressource répond en application/json.";
            case 415 -> "Type de contenu non pris en charge : envoyer application/json.";
            default -> title + ".";
        };
        return problem(status, "about:blank", title, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(problem(401, "/problems/unauthenticated", "Authentification requise",
                "Un jeton d'accès valide (Authorization: Bearer) est requis.", uri, null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "/problems/forbidden", "Accès refusé", "Votre rôle ne permet pas cette opération.", uri,
                null);
    }

    @ServerExceptionMapper
    public Response otherCpam(ForbiddenCpamException e, UriInfo uri) {
        return problem(403, "/problems/forbidden", "Accès refusé",
                "Un agent ne signe que les contrats de sa caisse.", uri, null);
    }

    @ServerExceptionMapper
    public Response agentWithoutCpam(CpamClaimMissingException e, UriInfo uri) {
        return problem(403, "/problems/agent-without-cpam", "Accès refusé", "Ce jeton d'agent ne dit pas de quelle "
                + "caisse est l'agent : aucun contrat ne lui est accessible. Demander un jeton qui porte la caisse.",
                uri, null);
    }

    @ServerExceptionMapper
    public Response invalidRulebook(RulebookException e, UriInfo uri) {
        return problem(422, "/problems/invalid-rulebook", "Référentiel refusé",
                "Le référentiel relu est invalide ; celui en vigueur est conservé.", uri, null,
                Map.of("problems", e.problems()));
    }

    @ServerExceptionMapper
    public Response notFound(ContractNotFoundException e, UriInfo uri) {
        return problem(404, "/problems/not-found", "Contrat introuvable", "Aucun contrat à cette adresse.", uri, null);
    }

    @ServerExceptionMapper
    public Response invalidTransition(InvalidTransitionException e, UriInfo uri) {
        List<ContractAction> allowed = e.allowed().stream().sorted().toList();
        return problem(409, "/problems/invalid-transition", "Action impossible dans l'état du contrat",
                "Le contrat est " + e.status().label() + " ; actions possibles : " + (allowed.isEmpty() ? "aucune"
                        : String.join(", ", allowed.stream().map(ContractAction::label).toList())) + ".",
                uri, null, Map.of("currentStatus", e.status().name(),
                        "allowedActions", allowed.stream().map(Enum::name).toList()));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return problem(412, "/problems/version-mismatch", "Version périmée",
                "Le contrat a changé : il est à la version " + e.currentVersion() + ". Relire puis réessayer.", uri,
                null, Map.of("currentVersion", e.currentVersion()));
    }

    @ServerExceptionMapper
    public Response doctorEngaged(DoctorEngagedException e, UriInfo uri) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("contractId", e.engagement().contractId().toString());
        extensions.put("engagement", e.engagement().kind().name());
        if (e.rpps() != null) {
            extensions.put("rpps", e.rpps());
        }
        return problem(409, "/problems/doctor-engaged", "Médecin déjà engagé", e.getMessage(), uri, null, extensions);
    }

    @ServerExceptionMapper
    public Response collectiveNotEligible(CollectiveNotEligibleException e, UriInfo uri) {
        var eligibility = e.eligibility();
        return notEligible(e.getMessage(), eligibility.status(), eligibility.reasons(), eligibility.missingInputs(), uri);
    }

    @ServerExceptionMapper
    public Response conflict(ContractConflictException e, UriInfo uri) {
        int status = e.type().equals("idempotency-key-reused") ? 422 : 409;
        return problem(status, "/problems/" + e.type(), "Conflit avec l'état du contrat", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response notEligible(NotEligibleException e, UriInfo uri) {
        var eligibility = e.eligibility();
        return notEligible(e.getMessage(), eligibility.status(), eligibility.reasons(), eligibility.missingInputs(), uri);
    }

    /** A 422 with the reasons that are not met, as the eligibility answer gives them. */
    private static Response notEligible(String message, EligibilityStatus status, List<Reason> all,
            List<String> missingInputs, UriInfo uri) {
        var reasons = ResponseMapper.reasons(all.stream().filter(r -> r.outcome() != Outcome.MET).toList());
        return problem(422, "/problems/not-eligible", "Contrat impossible", message, uri, null,
                Map.of("eligibilityStatus", status.name(), "reasons", reasons, "missingInputs", missingInputs));
    }

    @ServerExceptionMapper
    public Response contractField(ContractValidationException e, UriInfo uri) {
        return validation(List.of(new Violation(e.field(), e.getMessage())), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (tooLarge(e)) {
            return bodyTooLarge(uri);
        }
        if (ContractService.isConcurrentUpdate(e)) {
            return problem(409, "/problems/concurrent-update", "Modification concurrente",
                    "Le contrat a été modifié en même temps par une autre demande. Relire puis réessayer.", uri, null);
        }
        if (ContractService.isUniqueViolation(e)) {
            return problem(409, "/problems/conflict", "Conflit",
                    "Une demande concurrente a déjà enregistré cette donnée. Relire puis réessayer.", uri, null);
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(problem(503, "/problems/database-unavailable", "Service momentanément indisponible",
                    "La base de données ne répond pas ; réessayer dans quelques instants. Aucune donnée n'a été écrite.",
                    uri, null)).header("Retry-After", 5).build();
        }
        if (String.valueOf(e.getMessage()).contains("SRJWT")) {
            LOG.errorf("Tokens cannot be verified: %s", e.getMessage());
            return problem(503, "/problems/authentication-unavailable", "Authentification indisponible",
                    "La vérification des jetons n'est pas configurée sur ce serveur.", uri, null);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return problem(500, "about:blank", "Erreur interne",
                "Une erreur inattendue s'est produite (référence " + id + ").", uri, null);
    }

    /**
     * The database cannot be reached, answers too late or lost the connection (a restart, a failover,
     * a terminated backend): the transaction did not commit, the request may be retried. Looks through
     * causes, suppressed failures and the failures a {@code CompositeException} gathers.
     */
    static boolean databaseUnavailable(Throwable failure) {
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (lostDatabase(t)) {
                return true;
            }
            if (t instanceof io.smallrye.mutiny.CompositeException composite) {
                composite.getCauses().stream().filter(Objects::nonNull).forEach(todo::add);
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return false;
    }

    private static boolean lostDatabase(Throwable t) {
        String type = t.getClass().getName();
        String message = String.valueOf(t.getMessage());
        if (t instanceof PgException pg) {
            String state = pg.getSqlState();
            // connection failures, server shutting down, terminated or starting up, too many connections
            return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
        }
        return t instanceof java.net.ConnectException || t instanceof java.net.SocketException
                || t instanceof TimeoutException
                || t instanceof ClosedChannelException
                || type.startsWith("io.vertx.sqlclient.ClosedConnection")
                || type.startsWith("io.vertx.core.net.ConnectTimeout")
                || (t instanceof IOException && message.contains("Connection reset"))
                || ((type.startsWith("io.vertx.") || type.startsWith("org.hibernate.reactive"))
                        && (message.contains("Connection refused") || message.contains("Connection reset")
                                || message.contains("connection might get lost") || message.contains("Connection is not active")
                                || message.contains("Connection was closed") || message.contains("Pool closed")));
    }

    static Response validation(List<Violation> violations, UriInfo uri) {
        return problem(400, VALIDATION, "Requête invalide",
                violations.stream().map(v -> v.field() + " : " + v.message()).collect(Collectors.joining(" ; ")), uri,
                violations);
    }

    public static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Violation> violations) {
        return problem(status, type, title, detail, uri, violations, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Violation> violations, Map<String, Object> extensions) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem(type, title, status, detail,
                uri == null ? null : uri.getPath(), violations, extensions)).build();
    }

    /** "simulate.request.patientsMt" becomes "patientsMt"; a whole-body violation becomes "body". */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : "body";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "type invalide";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "nombre entier attendu";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "nombre attendu";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true ou false attendu";
        }
        if (type == LocalDate.class) {
            return "date attendue au format AAAA-MM-JJ";
        }
        return type == String.class ? "texte attendu" : "type invalide";
    }

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");

    /** A body cut off at its size limit, however deep the parser wrapped the failure. */
    private static boolean tooLarge(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 16; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof JsonBodyLimit.TooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static Response bodyTooLarge(UriInfo uri) {
        return problem(413, "/problems/body-too-large", "Corps trop volumineux",
                "Le corps de la requête dépasse la taille admise.", uri, null);
    }

    /** The key a parser refused because the object already had it, or null. */
    public static String duplicateField(JsonProcessingException e) {
        Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? Inputs.echo(m.group(1)) : null;
    }

    private static String currentField(JsonProcessingException e) {
        try {
            Object parser = e.getProcessor();
            if (parser instanceof com.fasterxml.jackson.core.JsonParser p && p.currentName() != null) {
                return p.currentName();
            }
        } catch (IOException | RuntimeException ignored) {
            // the parser may already be closed: fall back to the whole body
        }
        return "body";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
