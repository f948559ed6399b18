package fr.assistantmedical.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Helpers to create campaigns and import targets over HTTP, and to count in the database, in tests. */
public final class Campaigns {

    private Campaigns() {
    }

    /** A new campaign of the agent's CPAM, with a unique name; answers its id. */
    public static String create(String asOf) {
        return given().filter(OpenApiContract.exchange()).contentType(ContentType.JSON)
                .body("{\"name\": \"Campagne " + UUID.randomUUID() + "\", \"asOf\": \"" + asOf + "\"}")
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    public static JsonPath importCsv(String campaign, String csv) {
        return given().filter(OpenApiContract.exchange()).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/campaigns/" + campaign + "/targets").then().statusCode(200).extract().jsonPath();
    }

    /** A GP in sector 1 with the counts and band given, and an e-mail address. */
    public static String gpLine(String rpps, int mt, int fa, String band, String email) {
        return rpps + ",MEDECINE_GENERALE,1,," + mt + "," + fa + "," + band + ",false," + (email == null ? "" : email);
    }

    public static final String HEADER = "rpps,specialty,sector,optam,patientsMt,patientsFileActive,percentileBand,"
            + "priorityZone,email\n";

    /** A count taken directly in the database. */
    public static long count(String sql, Object... params) {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = PostgresDatabase.connect(url); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
