package fr.assistantmedical.campaign;

/** What the follow-up e-mail template prints. */
public record FollowUpMail(String visitedOn, String cpamCode, String campaign) {
}
