package fr.assistantmedical.campaign;

import fr.assistantmedical.batch.BoundedLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.assistantmedical.campaign.persistence.ContractFigures.ContractGroup;
import fr.assistantmedical.campaign.persistence.ContractFigures.CountChange;
import fr.assistantmedical.campaign.persistence.ContractFigures.TargetGroup;
import fr.assistantmedical.campaign.persistence.VisitRepository.FollowUpCount;
import fr.assistantmedical.campaign.persistence.VisitRepository.VisitCount;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The campaign's pure parts: figures, retries, French numbers, line reading. No framework. */
class CampaignCoreTest {

    @Test
    void campaignFiguresAddUpTheGroups() {
        var f = Figures.campaign(List.of(
                new TargetGroup("751", "MEDECINE_GENERALE", "ELIGIBLE", "HALF_TIME,FULL_TIME", true, "HALF_TIME", 2),
                new TargetGroup("751", "MEDECINE_GENERALE", "ELIGIBLE", "HALF_TIME,FULL_TIME", true, null, 4),
                new TargetGroup("751", "MEDECINE_GENERALE", "ELIGIBLE", "HALF_TIME,FULL_TIME", false, "FULL_TIME", 1),
                new TargetGroup("751", "RADIOLOGIE", "NOT_ELIGIBLE", "", false, null, 3)),
                List.of(new VisitCount("751", "INTERESTED", 5), new VisitCount("751", "WISHES_TO_SIGN", 2)),
                List.of(new FollowUpCount("751", "SENT", 6), new FollowUpCount("751", "FAILED", 1)));
        assertEquals(10, f.targets());
        assertEquals(7, f.eligibility().get(fr.assistantmedical.rules.EligibilityStatus.ELIGIBLE));
        assertEquals(0, f.eligibility().get(fr.assistantmedical.rules.EligibilityStatus.TO_CONFIRM));
        assertEquals(6, f.visitedTargets());
        assertEquals(7, f.visits());
        assertEquals(2, f.signedAfterVisit(), "a contract signed without a visit does not count");
        assertEquals(new BigDecimal("0.3333"), f.conversion());
        assertEquals(0, f.followUps().get(fr.assistantmedical.campaign.model.FollowUpStatus.PENDING));
        assertEquals(7, f.byOption().get(1).eligibleTargets());
        assertEquals(2, f.byOption().get(1).signedAfterVisit());
        assertEquals(0, f.byOption().get(0).eligibleTargets());
        assertEquals(List.of("MEDECINE_GENERALE", "RADIOLOGIE"), f.bySpecialty().stream()
                .map(Figures.SpecialtyFigures::specialty).toList());
        assertNull(Figures.campaign(List.of(), List.of(), List.of()).conversion(), "no visit, no conversion");
    }

    @Test
    void programmeFiguresAreSharesAndAverageChangesRoundedOnce() {
        var p = Figures.programme(List.of(new ContractGroup("ACTIVE", true, false, 2),
                new ContractGroup("ACTIVE", false, true, 1), new ContractGroup("SIGNED", true, true, 1)),
                List.of(new CountChange(1000, 2000, 1100, 2100), new CountChange(1200, 1500, 1300, null),
                        new CountChange(0, 1000, 10, 1000)));
        assertEquals(4, p.contracts());
        assertEquals(new BigDecimal("0.7500"), p.generalPractitionerShare());
        assertEquals(new BigDecimal("0.5000"), p.priorityZoneShare());
        // (0.1 + 0.08333...) / 2, the start at 0 left out
        assertEquals(new BigDecimal("0.0917"), p.patientsMtChange());
        // (0.05 + 0) / 2, the missing count left out
        assertEquals(new BigDecimal("0.0250"), p.patientsFileActiveChange());
        assertNull(Figures.programme(List.of(), List.of()).generalPractitionerShare());
    }

    @Test
    void retriesBackOffThenGiveUp() {
        Instant now = Instant.parse("2025-06-01T10:00:00Z");
        Duration base = Duration.ofMinutes(1);
        Duration cap = Duration.ofMinutes(5);
        assertEquals(now.plus(Duration.ofMinutes(1)), Retries.next(now, 1, false, 5, base, cap));
        assertEquals(now.plus(Duration.ofMinutes(2)), Retries.next(now, 2, false, 5, base, cap));
        assertEquals(now.plus(Duration.ofMinutes(4)), Retries.next(now, 3, false, 5, base, cap));
        assertEquals(now.plus(Duration.ofMinutes(5)), Retries.next(now, 4, false, 5, base, cap), "capped");
        assertNull(Retries.next(now, 5, false, 5, base, cap), "the last try");
        assertNull(Retries.next(now, 1, true, 5, base, cap), "a refusal that will not change");
    }

    @Test
    void linesAreBoundedAndEndsAreStripped() throws IOException {
        BoundedLines lines = new BoundedLines(new StringReader("a,b\r\n" + "x".repeat(20) + "\n\nlast"), 10);
        List<String> read = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            read.add(line == BoundedLines.TOO_LONG ? "TOO_LONG" : line);
        }
        assertEquals(List.of("a,b", "TOO_LONG", "", "last"), read);
    }

    @Test
    void csvHeadersAreChecked() {
        assertEquals(List.of("rpps", "specialty", "sector"), TargetLines.header("\uFEFFrpps, specialty ,sector"));
        assertThrows(CampaignInputException.class, () -> TargetLines.header("rpps,specialty"));
        assertThrows(CampaignInputException.class, () -> TargetLines.header("rpps,specialty,sector,sector"));
        assertThrows(CampaignInputException.class, () -> TargetLines.header("rpps,specialty,sector,asOf"));
        var line = assertThrows(TargetLines.LineException.class,
                () -> TargetLines.csv(List.of("rpps", "specialty", "sector", "optam"), "1,2,3,oui"));
        assertEquals("optam", line.problems().get(0).field());
        var nul = assertThrows(TargetLines.LineException.class,
                () -> TargetLines.csv(List.of("rpps", "specialty", "sector"), "1,\0,3"));
        assertEquals("line", nul.problems().get(0).field());
    }
}
