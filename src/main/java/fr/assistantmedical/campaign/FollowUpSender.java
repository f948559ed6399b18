package fr.assistantmedical.campaign;

import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.model.Visit;
import fr.assistantmedical.campaign.persistence.CampaignRepository;
import fr.assistantmedical.campaign.persistence.TargetRepository;
import fr.assistantmedical.campaign.persistence.VisitRepository;
import fr.assistantmedical.campaign.model.ClaimedFollowUp;
import fr.assistantmedical.rules.Text;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the follow-up e-mails whose time has come. Every instance of the service runs it; each
 * follow-up is claimed in a transaction with FOR UPDATE SKIP LOCKED, sent, and marked sent (or
 * failed, to be tried again later) before the transaction ends, so that one instance only sends it.
 * If an instance dies between the SMTP server's acceptance and the commit, the follow-up is sent
 * again by another: at least once, and once in every other case.
 */
@ApplicationScoped
public class FollowUpSender {

    private static final Logger LOG = Logger.getLogger(FollowUpSender.class);
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(30);
    static final String SUBJECT = "Aide à l'emploi d'un assistant médical : votre présentation personnalisée";

    private final Pool pool;
    private final VisitRepository visits;
    private final CampaignRepository campaigns;
    private final TargetRepository targets;
    private final PresentationService presentations;
    private final ReactiveMailer mailer;
    private final Template body;
    private final CampaignConfig config;
    private final Clock clock;
    private final MeterRegistry registry;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService sending = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "campaign-followups");
        t.setDaemon(true);
        return t;
    });

    FollowUpSender(Pool pool, VisitRepository visits, CampaignRepository campaigns, TargetRepository targets,
            PresentationService presentations, ReactiveMailer mailer,
            @Location("campaign/followup.txt") Template body, CampaignConfig config, Clock clock,
            MeterRegistry registry) {
        this.pool = pool;
        this.visits = visits;
        this.campaigns = campaigns;
        this.targets = targets;
        this.presentations = presentations;
        this.mailer = mailer;
        this.body = body;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(every = "${app.campaign.followup.poll:10s}", delayed = "${app.campaign.followup.poll:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() throws InterruptedException {
        if (stopped.get()) {
            return;
        }
        try {
            // On a thread of its own, outside any Vert.x context: the mailer answers on the caller's
            // context, which a scheduled job blocked waiting for that answer would never free.
            sending.submit(this::sendDue).get();
        } catch (ExecutionException | RejectedExecutionException e) {
            // The database is away or the service is stopping: the follow-ups wait for the next poll.
            LOG.warnf("Follow-ups not sent this time: %s", e.getCause() == null ? e : e.getCause().getMessage());
        }
    }

    void shutdown(@Observes ShutdownEvent event) {
        stopped.set(true);
        sending.shutdown();
    }

    /**
     * Sends the follow-ups due now, one transaction each, at most a poll's worth; answers how many were
     * tried. Blocking, and not to be called on a Vert.x context (see {@link #poll()}).
     */
    public int sendDue() {
        int tried = 0;
        while (tried < config.followup().perPoll() && !stopped.get() && sendOne()) {
            tried++;
        }
        return tried;
    }

    /** Claims, sends and records one due follow-up; false when none is due. Blocking. */
    boolean sendOne() {
        SqlConnection connection = pool.getConnection().await().atMost(DATABASE_WAIT);
        try {
            Transaction tx = connection.begin().await().atMost(DATABASE_WAIT);
            try {
                Instant now = Instant.now(clock);
                ClaimedFollowUp claimed = visits.claimDue(connection, now).await().atMost(DATABASE_WAIT);
                if (claimed == null) {
                    tx.rollback().await().atMost(DATABASE_WAIT);
                    return false;
                }
                int attempts = claimed.followUp().attempts() + 1;
                try {
                    send(claimed);
                    visits.sent(connection, claimed.followUp().id(), attempts, Instant.now(clock))
                            .await().atMost(DATABASE_WAIT);
                    LOG.infof("Follow-up %s sent (try %d)", claimed.followUp().id(), attempts);
                } catch (RuntimeException e) {
                    Failure failure = Failure.of(e);
                    var f = config.followup();
                    Instant next = Retries.next(Instant.now(clock), attempts, failure.permanent(), f.maxAttempts(),
                            f.backoff(), f.backoffMax());
                    visits.failed(connection, claimed.followUp().id(), attempts, next, failure.message())
                            .await().atMost(DATABASE_WAIT);
                    // What the on-call alert watches (campaign_followup_failed_total), per try.
                    registry.counter("campaign.followup.failed", "outcome", next == null ? "given_up" : "retried")
                            .increment();
                    LOG.warnf("Follow-up %s not sent (try %d): %s; %s", claimed.followUp().id(), attempts,
                            failure.detail(), next == null ? "given up" : "next try at " + next);
                }
                tx.commit().await().atMost(DATABASE_WAIT);
                return true;
            } catch (RuntimeException e) {
                tx.rollback().onFailure().recoverWithNull().await().atMost(DATABASE_WAIT);
                throw e;
            }
        } finally {
            connection.close().await().atMost(DATABASE_WAIT);
        }
    }

    private void send(ClaimedFollowUp claimed) {
        Campaign campaign = campaigns.findAnyCpam(claimed.campaignId()).await().atMost(DATABASE_WAIT);
        Target target = targets.find(claimed.campaignId(), claimed.rpps()).await().atMost(DATABASE_WAIT);
        Visit visit = visits.ofTarget(claimed.campaignId(), claimed.rpps()).await().atMost(DATABASE_WAIT).stream()
                .filter(v -> v.id().equals(claimed.followUp().visitId())).findFirst().orElseThrow();
        byte[] pdf = presentations.pdf(campaign, target);
        String text = body.data("m", new FollowUpMail(Text.date(visit.visitedOn()), campaign.cpamCode(),
                campaign.name())).render();
        Mail mail = Mail.withText(claimed.followUp().recipient(), SUBJECT, text)
                .addAttachment(PresentationService.fileName(target), pdf, "application/pdf");
        mailer.send(mail).await().atMost(config.followup().sendTimeout());
    }

    /** Why a try failed: a French message for the staff, a detail for the log, and whether retrying can help. */
    record Failure(String message, String detail, boolean permanent) {

        static Failure of(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SMTPException smtp) {
                    String code = "code " + smtp.getReplyCode();
                    return smtp.isPermanent()
                            ? new Failure("Envoi refusé par le serveur de messagerie (" + code + ")", code, true)
                            : new Failure("Envoi différé par le serveur de messagerie (" + code + ")", code, false);
                }
            }
            String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (e instanceof io.smallrye.mutiny.TimeoutException) {
                return new Failure("Le serveur de messagerie n'a pas répondu à temps", detail, false);
            }
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof java.net.ConnectException || String.valueOf(t.getMessage()).contains("Connection refused")) {
                    return new Failure("Serveur de messagerie injoignable", detail, false);
                }
            }
            return new Failure("Échec de la préparation ou de l'envoi du message", detail, false);
        }
    }
}
