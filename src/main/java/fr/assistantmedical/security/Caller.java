package fr.assistantmedical.security;

import fr.assistantmedical.contract.Access;
import io.quarkus.security.identity.SecurityIdentity;
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

    /** The token's subject, as written in the event log. */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
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

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null) {
                String text = value.toString().replace("\"", "");
                return text.isBlank() ? null : text;
            }
        }
        return null;
    }
}
