package fr.assistantmedical.api.model.contract;

import java.time.Instant;

/** A partner organisation a contract is shared with (its id in canonical form, lower case). */
public record GrantResponse(String organisation, Instant grantedAt, String grantedBy) {
}
