package fr.assistantmedical.contract.core;

import java.time.Instant;

/** A contract shared with a partner organisation (its id in lower case), by whom and when. */
public record Grant(String organisation, Instant grantedAt, String grantedBy) {
}
