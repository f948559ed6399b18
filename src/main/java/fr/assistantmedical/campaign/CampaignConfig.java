package fr.assistantmedical.campaign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The campaign's settings (application.properties, environment variables in README). */
@ConfigMapping(prefix = "app.campaign")
public interface CampaignConfig {

    /** Most lines one import file may hold. */
    @WithDefault("200000")
    int importMaxLines();

    FollowUp followup();

    interface FollowUp {
        /** How long after the visit is recorded its follow-up e-mail leaves (CAMPAIGN_FOLLOWUP_DELAY). */
        @WithDefault("PT48H")
        Duration delay();

        /** How often each instance looks for follow-ups due. */
        @WithDefault("10s")
        String poll();

        /** Tries before a follow-up is marked failed. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed try; doubled after each further one, up to {@link #backoffMax()}. */
        @WithDefault("PT1M")
        Duration backoff();

        @WithDefault("PT6H")
        Duration backoffMax();

        /** Longest wait for the SMTP server to take one message. */
        @WithDefault("PT30S")
        Duration sendTimeout();

        /** Most follow-ups one instance sends per poll. */
        @WithDefault("200")
        int perPoll();
    }
}
