package fr.assistantmedical.campaign.model;

/** Where a follow-up e-mail stands: waiting (first try or a retry), sent, or given up. */
public enum FollowUpStatus {
    PENDING,
    SENT,
    FAILED
}
