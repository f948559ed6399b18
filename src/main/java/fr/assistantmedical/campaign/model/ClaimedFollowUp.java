package fr.assistantmedical.campaign.model;

import java.util.UUID;

/** A follow-up with the campaign and the doctor it belongs to, as the sender and the lists read it. */
public record ClaimedFollowUp(FollowUp followUp, UUID campaignId, String rpps) {
}
