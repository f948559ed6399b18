package fr.assistantmedical.security;

import fr.assistantmedical.contract.Access;
import fr.assistantmedical.api.input.Inputs;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller of the current request, read from its verified token. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final SecurityConfig config;

    Caller(SecurityIdentity identity, SecurityConfig config) {
        this.identity = identity;
        this.config = config;
    }

    /** The longest subject the records keep (their actor columns). */
    static final int MAX_SUBJECT = 120;

    /**
     * The token's subject, as written in the event log.
     *
     * @throws AuthenticationFailedException for a subject the records cannot keep (too long, control
     *         characters): the token is refused rather than every write failing
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject() : identity.getPrincipal().getName();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || Inputs.hasControl(subject)
                || subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0 || subject.indexOf('\t') >= 0) {
            throw new AuthenticationFailedException("token subject unusable");
        }
        return subject;
    }

    /**
     * What the caller may do with contracts: an agent's CPAM, or a partner's organisation.
     *
     * @throws CpamClaimMissingException for an agent's token that does not name the agent's CPAM
     */
    public Access access() {
        boolean partner = identity.hasRole(config.roles().partner());
        if (identity.hasRole(config.roles().cpamAgent())) {
            String cpam = claim(config.cpamClaim());
            if (cpam != null) {
                return Access.agent(subject(), cpam);
            }
            if (!partner) {
                throw new CpamClaimMissingException();
            }
        }
        String organisation = partner ? claim(config.organisationClaim()) : null;
        // Organisation ids are compared in their canonical form, lower case, as grants record them.
        return Access.partner(subject(), organisation == null ? null : organisation.toLowerCase(Locale.ROOT));
    }

    /** A claim read as the JSON value it is: a string or a number; anything else does not name anything. */
    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            String text = null;
            if (value instanceof JsonString s) {
                text = s.getString();
            } else if (value instanceof CharSequence s) {
                text = s.toString();
            } else if (value instanceof JsonNumber || value instanceof Number) {
                text = value.toString();
            }
            return text == null || text.isBlank() || text.length() > MAX_SUBJECT || Inputs.hasControl(text) ? null
                    : text;
        }
        return null;
    }
}
