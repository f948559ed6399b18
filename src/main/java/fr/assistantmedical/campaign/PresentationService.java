package fr.assistantmedical.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.assistantmedical.api.input.BoundedDeserializers;
import fr.assistantmedical.api.model.SimulationResponse;
import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.persistence.TargetRepository;
import fr.assistantmedical.campaign.presentation.PresentationRenderer;
import fr.assistantmedical.campaign.presentation.Presentations;
import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Specialty;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The personalised presentations of a campaign, from the simulation kept for each target at import:
 * the figures a doctor reads are those the campaign computed, whatever rulebook is in force since.
 * Blocking (PDF layout is CPU work): to be called on worker threads.
 */
@ApplicationScoped
public class PresentationService {

    private static final int PAGE = 100;
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(30);

    private final TargetRepository targets;
    private final PresentationRenderer renderer;
    private final RulebookProvider rulebooks;
    private final Clock clock;
    private final ObjectReader simulations;

    PresentationService(TargetRepository targets, PresentationRenderer renderer, RulebookProvider rulebooks,
            Clock clock, ObjectMapper json) {
        this.targets = targets;
        this.renderer = renderer;
        this.rulebooks = rulebooks;
        this.clock = clock;
        // The kept answer may predate fields added to the API since: read what is known.
        // It is the service's own document, not a request: the bounds of requests do not apply (its
        // contract years may end after 9999 for a campaign dated in 9999).
        this.simulations = json.copy().registerModule(BoundedDeserializers.unbounded())
                .readerFor(SimulationResponse.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @WithSpan
    public byte[] pdf(Campaign campaign, Target target) {
        SimulationResponse simulation;
        try {
            simulation = simulations.readValue(target.simulation());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable simulation kept for a target of campaign " + campaign.id(), e);
        }
        String specialty = rulebooks.rulebook().specialty(target.specialty()).map(Specialty::label)
                .orElse(target.specialty());
        return renderer.pdf(Presentations.of(campaign, target, simulation, specialty, LocalDate.now(clock)));
    }

    public static String fileName(Target target) {
        return "presentation-" + target.rpps() + ".pdf";
    }

    /** Writes a ZIP of the campaign's presentations (or of its targets in one status), one target at a time. */
    @WithSpan
    public void archive(Campaign campaign, EligibilityStatus status, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            String after = null;
            while (true) {
                List<Target> page = targets.withSimulations(campaign.id(), status, after, PAGE)
                        .await().atMost(DATABASE_WAIT);
                for (Target target : page) {
                    byte[] pdf = pdf(campaign, target);
                    // PDFs are compressed already: stored as they are.
                    ZipEntry entry = new ZipEntry(fileName(target));
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(pdf.length);
                    CRC32 crc = new CRC32();
                    crc.update(pdf);
                    entry.setCrc(crc.getValue());
                    zip.putNextEntry(entry);
                    zip.write(pdf);
                    zip.closeEntry();
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).rpps();
                zip.flush();
            }
        }
    }
}
