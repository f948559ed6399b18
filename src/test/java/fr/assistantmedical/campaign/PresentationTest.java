package fr.assistantmedical.campaign;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rules.Text;
import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Campaigns;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.Pdf;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The personalised presentation: a real PDF whose text holds the figures POST /api/v1/simulations gives. */
@QuarkusTest
@ExtendWith(AsAgent.class)
class PresentationTest {

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void thePdfShowsTheDoctorsFiguresAsTheSimulationGivesThem() {
        // Avenant 7: the rules compute the objective.
        String campaign = Campaigns.create("2021-03-01");
        String rpps = Contracts.rpps();
        Campaigns.importCsv(campaign, "rpps,specialty,sector,patientsMt,patientsFileActive,percentileBand,groupPractice,"
                + "priorityZone,email\n" + rpps + ",MEDECINE_GENERALE,1,700,1300,P30_P50,true,true,dr@exemple.fr\n");
        JsonPath simulation = simulate("""
                {"asOf": "2021-03-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 700,
                 "patientsFileActive": 1300, "percentileBand": "P30_P50", "groupPractice": true, "priorityZone": true}""");
        byte[] pdf = presentation(campaign, rpps);
        String text = Pdf.text(pdf);

        assertTrue(text.contains(rpps), text);
        assertTrue(text.contains("Éligibilité : Éligible"), text);
        List<Map<String, Object>> options = simulation.getList("simulations");
        assertFalse(options.isEmpty());
        for (int o = 0; o < options.size(); o++) {
            String at = "simulations[" + o + "].";
            for (int y = 0; y < 5; y++) {
                BigDecimal amount = simulation.getObject(at + "years[" + y + "].maxAid", BigDecimal.class);
                assertTrue(text.contains(Text.euros(amount).replace('\u00A0', ' ')), "year " + (y + 1) + " of option " + o + ": " + text);
            }
            assertTrue(text.contains(Text.euros(simulation.getObject(at + "totalMaxAid", BigDecimal.class))
                    .replace('\u00A0', ' ')), text);
            int target = simulation.getInt(at + "objective.patientsMt.target");
            assertTrue(text.contains(Text.number(target).replace('\u00A0', ' ') + " patients médecin traitant"), text);
        }
        // Year by year, in the order of the options, on the row of the year.
        for (int y = 1; y <= 5; y++) {
            List<String> amounts = new ArrayList<>();
            for (int o = 0; o < options.size(); o++) {
                amounts.add(Pattern.quote(Text.euros(simulation.getObject("simulations[" + o + "].years[" + (y - 1)
                        + "].maxAid", BigDecimal.class)).replace('\u00A0', ' ')));
            }
            assertTrue(Pattern.compile("Année " + y + "[^€]*?" + String.join(".*?", amounts)).matcher(text).find(),
                    "row of year " + y + ": " + text);
        }
        for (Object reason : simulation.getList("eligibility.reasons.message")) {
            assertTrue(text.contains(reason.toString().replace('\u00A0', ' ')), "reason " + reason);
        }
        assertTrue(text.contains("ameli.fr"), "the sources are listed");
        assertTrue(text.contains("Votre profil") && !text.contains("\uFB01"), "letters, not ligatures: " + text);

        String info = Pdf.info(pdf);
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(pages.find());
        assertTrue(Integer.parseInt(pages.group(1)) <= 2, info);
        assertTrue(info.matches("(?s).*Tagged:\\s+yes.*"), info);
        String fonts = Pdf.fonts(pdf);
        assertTrue(fonts.contains("DejaVuSans"), fonts);
        for (String line : fonts.lines().skip(2).toList()) {
            assertTrue(line.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"), "embedded and subset: " + line);
        }
    }

    @Test
    void withoutAnObjectiveFromTheRulesThePdfSaysTheCpamSetsIt() {
        // Convention 2024: the objective table is not public, the CPAM sets the objective at signature.
        String campaign = Campaigns.create("2025-06-01");
        String rpps = Contracts.rpps();
        Campaigns.importCsv(campaign, Campaigns.HEADER + Campaigns.gpLine(rpps, 1200, 1800, "P50_P70", null) + "\n");
        JsonPath simulation = simulate("""
                {"asOf": "2025-06-01", "specialty": "MEDECINE_GENERALE", "sector": "1", "patientsMt": 1200,
                 "patientsFileActive": 1800, "percentileBand": "P50_P70", "priorityZone": false}""");
        String text = Pdf.text(presentation(campaign, rpps));
        assertTrue(text.contains("Objectif fixé par la CPAM à la signature du contrat"), text);
        for (Object sentence : simulation.getList("simulations.objective.explanation.flatten()")) {
            assertTrue(text.contains(sentence.toString().replace('\u00A0', ' ')), "who sets the objective: " + sentence);
        }
        for (Object fact : simulation.getList("information.message")) {
            assertTrue(text.contains(fact.toString().replace('\u00A0', ' ')), "to know: " + fact);
        }
        for (Object total : simulation.getList("simulations.totalMaxAid")) {
            assertTrue(text.contains(Text.euros(new BigDecimal(total.toString())).replace('\u00A0', ' ')), text);
        }
        for (Object warning : simulation.getList("simulations.warnings.message.flatten()")) {
            assertTrue(text.contains(warning.toString().replace('\u00A0', ' ')), "provisional mark: " + warning);
        }
    }

    @Test
    void aWholeCampaignComesAsOneArchive() throws IOException {
        String campaign = Campaigns.create("2025-06-01");
        StringBuilder csv = new StringBuilder(Campaigns.HEADER);
        List<String> doctors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            doctors.add(Contracts.rpps());
            csv.append(Campaigns.gpLine(doctors.get(i), 1000 + i * 100, 1500, "P50_P70", null)).append('\n');
        }
        csv.append(Contracts.rpps()).append(",RADIOLOGIE,1,,,2500,,,\n");
        Campaigns.importCsv(campaign, csv.toString());
        byte[] zip = given().filter(OpenApiContract.exchange()).queryParam("eligibility", "ELIGIBLE")
                .when().get("/api/v1/campaigns/" + campaign + "/presentations").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] pdf = in.readAllBytes();
                String rpps = e.getName().replace("presentation-", "").replace(".pdf", "");
                assertTrue(Pdf.text(pdf).contains(rpps));
            }
        }
        assertEquals(doctors.stream().sorted().map(r -> "presentation-" + r + ".pdf").toList(), names);
    }

    private static JsonPath simulate(String body) {
        return given().config(DECIMALS).filter(OpenApiContract.exchange()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/simulations").then().statusCode(200).extract().jsonPath(JsonPathConfig
                        .jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static byte[] presentation(String campaign, String rpps) {
        return given().filter(OpenApiContract.exchange())
                .when().get("/api/v1/campaigns/" + campaign + "/targets/" + rpps + "/presentation")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }
}
