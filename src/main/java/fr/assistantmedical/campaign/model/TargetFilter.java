package fr.assistantmedical.campaign.model;

import fr.assistantmedical.rules.EligibilityStatus;

/** What a target list is narrowed to; a null field does not narrow it. */
public record TargetFilter(EligibilityStatus eligibility, String specialty) {
}
