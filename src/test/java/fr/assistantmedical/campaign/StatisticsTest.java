package fr.assistantmedical.campaign;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.AsAgent;
import fr.assistantmedical.support.Campaigns;
import fr.assistantmedical.support.Contracts;
import fr.assistantmedical.support.OpenApiContract;
import fr.assistantmedical.support.PostgresDatabase;
import fr.assistantmedical.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The campaign's and the programme's figures, as JSON and as gauges, equal to counts taken in SQL. */
@QuarkusTest
@ExtendWith(AsAgent.class)
class StatisticsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void campaignFiguresEqualTheCountsInTheDatabase() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String campaign = Campaigns.create("2025-03-01");
        String[] gp = {Contracts.rpps(), Contracts.rpps(), Contracts.rpps(), Contracts.rpps()};
        Campaigns.importCsv(campaign, Campaigns.HEADER
                + Campaigns.gpLine(gp[0], 1200, 1800, "P50_P70", "a@exemple.fr") + "\n"
                + Campaigns.gpLine(gp[1], 900, 1300, "P30_P50", "b@exemple.fr") + "\n"
                + Campaigns.gpLine(gp[2], 1500, 2100, "P70_P90", null) + "\n"
                + Campaigns.gpLine(gp[3], 1100, 1600, "P50_P70", "d@exemple.fr") + "\n"
                + Contracts.rpps() + ",RADIOLOGIE,1,,,2500,,,\n"
                + Contracts.rpps() + ",CARDIOLOGIE,1,,,2500,,,\n");
        visit(campaign, gp[0], today, "INTERESTED");
        visit(campaign, gp[1], today.minusDays(1), "TO_RECONTACT");
        visit(campaign, gp[1], today, "WISHES_TO_SIGN");
        visit(campaign, gp[2], today, "NOT_INTERESTED");
        // gp[1] signs after the visit; gp[0] had signed the day before his; gp[3] was never visited.
        Contracts.sign(Contracts.gp2024(gp[1], today.toString()));
        Contracts.sign(Contracts.gp2024(gp[0], today.minusDays(1).toString()));
        Contracts.sign(Contracts.gp2024(gp[3], today.toString()));

        JsonPath f = given().filter(OpenApiContract.exchange())
                .when().get("/api/v1/campaigns/" + campaign + "/statistics").then().statusCode(200)
                .extract().jsonPath().setRootPath("figures");
        String where = " where campaign_id = ?::uuid";
        assertEquals(6, f.getLong("targets"));
        assertEquals(Campaigns.count("select count(*) from campaign_target" + where, campaign), f.getLong("targets"));
        for (String status : new String[] {"ELIGIBLE", "NOT_ELIGIBLE", "TO_CONFIRM"}) {
            assertEquals(Campaigns.count("select count(*) from campaign_target" + where + " and eligibility = ?",
                    campaign, status), f.getLong("eligibility." + status), status);
        }
        assertEquals(3, f.getLong("visitedTargets"));
        assertEquals(Campaigns.count("select count(distinct rpps) from campaign_visit" + where, campaign),
                f.getLong("visitedTargets"));
        assertEquals(Campaigns.count("select count(*) from campaign_visit" + where, campaign), f.getLong("visits"));
        for (String outcome : new String[] {"INTERESTED", "NOT_INTERESTED", "TO_RECONTACT", "WISHES_TO_SIGN"}) {
            assertEquals(Campaigns.count("select count(*) from campaign_visit" + where + " and outcome = ?", campaign,
                    outcome), f.getLong("visitsByOutcome." + outcome), outcome);
        }
        for (String status : new String[] {"PENDING", "SENT", "FAILED"}) {
            assertEquals(Campaigns.count("select count(*) from campaign_followup" + where + " and status = ?",
                    campaign, status), f.getLong("followUps." + status), status);
        }
        assertEquals(3, f.getLong("followUps.PENDING") + f.getLong("followUps.SENT"), "one per visit to a doctor with an address");
        long signed = Campaigns.count("""
                select count(*) from campaign_target t
                join (select rpps, min(visited_on) as first from campaign_visit where campaign_id = ?::uuid group by rpps) v
                  on v.rpps = t.rpps
                where t.campaign_id = ?::uuid and exists (select 1 from contract c
                  where c.rpps = t.rpps and c.cpam_code = t.cpam_code and c.signed_on >= v.first)""", campaign, campaign);
        assertEquals(1, signed);
        assertEquals(signed, f.getLong("signedAfterVisit"));
        assertEquals(new BigDecimal("0.3333"), new BigDecimal(f.getString("conversion")));
        assertEquals(4, f.getLong("bySpecialty.find { it.specialty == 'MEDECINE_GENERALE' }.targets"));
        assertEquals(1, f.getLong("byOption.find { it.option == 'HALF_TIME' }.signedAfterVisit"));
    }

    @Test
    void programmeFiguresEqualTheCountsInTheDatabase() throws SQLException {
        String id = Contracts.sign(Contracts.gp2024(Contracts.rpps(), "2025-03-01")).getString("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"action\": \"ACTIVATE\", \"effectiveDate\": \"2025-03-01\"}")
                .when().post("/api/v1/contracts/" + id + "/transitions").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"contractYear\": 1, \"patientsMt\": 1320, \"patientsFileActive\": 1890}")
                .when().post("/api/v1/contracts/" + id + "/reviews").then().statusCode(201);

        JsonPath stats = given().filter(OpenApiContract.exchange()).when().get("/api/v1/statistics").then()
                .statusCode(200).extract().jsonPath(JsonPathConfig.jsonPathConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, BigDecimal> sql = programmeInSql(null);
        assertEquals(sql.get("contracts").longValue(), stats.getLong("national.contracts"));
        assertEquals(sql.get("gp"), stats.getObject("national.generalPractitionerShare", BigDecimal.class));
        assertEquals(sql.get("zip"), stats.getObject("national.priorityZoneShare", BigDecimal.class));
        assertEquals(sql.get("reviewed").longValue(), stats.getLong("national.reviewedContracts"));
        assertEquals(sql.get("mt"), stats.getObject("national.patientsMtChange", BigDecimal.class));
        assertEquals(sql.get("fa"), stats.getObject("national.patientsFileActiveChange", BigDecimal.class));
        assertEquals(Campaigns.count("select count(*) from contract where status = 'ACTIVE'"),
                stats.getLong("national.byStatus.ACTIVE"));
        Map<String, BigDecimal> cpam = programmeInSql("751");
        assertEquals("751", stats.getString("cpamCode"));
        assertEquals(cpam.get("contracts").longValue(), stats.getLong("cpam.contracts"));
        assertEquals(cpam.get("mt"), stats.getObject("cpam.patientsMtChange", BigDecimal.class));

        // ops see the national figures only
        given().filter(OpenApiContract.exchange()).header("Authorization", "Bearer " + TestTokens.ops())
                .when().get("/api/v1/statistics").then().statusCode(200);
    }

    @Test
    void gaugesEqualTheCountsInTheDatabase() throws InterruptedException {
        String campaign = Campaigns.create("2025-03-01");
        String rpps = Contracts.rpps();
        Campaigns.importCsv(campaign, Campaigns.HEADER + Campaigns.gpLine(rpps, 1200, 1800, "P50_P70", null) + "\n");
        visit(campaign, rpps, LocalDate.now(ZoneId.of("Europe/Paris")), "INTERESTED");
        Map<String, Long> expected = new HashMap<>();
        expected.put("aide_campaign_targets{cpam=\"751\"}",
                Campaigns.count("select count(*) from campaign_target where cpam_code = '751'"));
        expected.put("aide_campaign_visits{cpam=\"751\"}", Campaigns.count("select count(*) from campaign_visit v "
                + "join campaign_target t on t.campaign_id = v.campaign_id and t.rpps = v.rpps where t.cpam_code = '751'"));
        expected.put("aide_campaign_visited_targets{cpam=\"751\"}", Campaigns.count("select count(*) from "
                + "(select distinct campaign_id, rpps from campaign_visit) v join campaign_target t "
                + "on t.campaign_id = v.campaign_id and t.rpps = v.rpps where t.cpam_code = '751'"));
        expected.put("aide_programme_contracts", Campaigns.count("select count(*) from contract"));
        Map<String, Double> scraped = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String metrics = given().when().get(management + "metrics").then().statusCode(200).extract().asString();
            expected.keySet().forEach(name -> scraped.put(name, gauge(metrics, name)));
            if (expected.entrySet().stream().allMatch(e -> e.getValue().doubleValue() == scraped.get(e.getKey()))) {
                break;
            }
            Thread.sleep(300);
        }
        expected.forEach((name, count) -> assertEquals(count.doubleValue(), scraped.get(name), name));
    }

    private static double gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static Map<String, BigDecimal> programmeInSql(String cpam) throws SQLException {
        String filter = cpam == null ? "" : " where c.cpam_code = '" + cpam + "'";
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        Map<String, BigDecimal> found = new HashMap<>();
        try (Connection c = PostgresDatabase.connect(url); ResultSet rs = c.createStatement().executeQuery("""
                select count(*) as contracts,
                       round(count(*) filter (where specialty = 'MEDECINE_GENERALE')::numeric / count(*), 4) as gp,
                       round(count(*) filter (where priority_zone)::numeric / count(*), 4) as zip
                from contract c""" + filter)) {
            rs.next();
            found.put("contracts", rs.getBigDecimal("contracts"));
            found.put("gp", rs.getBigDecimal("gp"));
            found.put("zip", rs.getBigDecimal("zip"));
        }
        try (Connection c = PostgresDatabase.connect(url); ResultSet rs = c.createStatement().executeQuery("""
                select count(*) as reviewed,
                       round(avg((r.patients_mt - c.patients_mt)::numeric / c.patients_mt)
                           filter (where c.patients_mt > 0 and r.patients_mt is not null), 4) as mt,
                       round(avg((r.patients_file_active - c.patients_file_active)::numeric / c.patients_file_active)
                           filter (where c.patients_file_active > 0 and r.patients_file_active is not null), 4) as fa
                from contract c
                join lateral (select patients_mt, patients_file_active from contract_review x
                    where x.contract_id = c.id order by x.contract_year desc limit 1) r on true""" + filter)) {
            rs.next();
            found.put("reviewed", rs.getBigDecimal("reviewed"));
            found.put("mt", rs.getBigDecimal("mt"));
            found.put("fa", rs.getBigDecimal("fa"));
        }
        return found;
    }

    private static void visit(String campaign, String rpps, LocalDate on, String outcome) {
        given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"visitedOn\": \"" + on + "\", \"outcome\": \"" + outcome + "\"}")
                .when().post("/api/v1/campaigns/" + campaign + "/targets/" + rpps + "/visits").then().statusCode(201);
    }
}
