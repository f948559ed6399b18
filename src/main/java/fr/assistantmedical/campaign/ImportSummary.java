package fr.assistantmedical.campaign;

import fr.assistantmedical.rules.EligibilityStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import did: every line is either imported whole or rejected with its number and why.
 *
 * @param errors the rejected lines, the first {@code errorsListed} of them
 * @param errorsTruncated true when more lines were rejected than listed
 */
public record ImportSummary(UUID importId, UUID campaignId, String format, long lines, long imported, long rejected,
        Map<EligibilityStatus, Long> eligibility, String rulebookVersion, List<LineError> errors,
        boolean errorsTruncated) {

    public record LineError(long line, List<Violation> violations) {
    }

    public record Violation(String field, String message) {
    }
}
