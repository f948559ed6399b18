package fr.assistantmedical.campaign.persistence;

import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.ImportRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Campaigns and the record of their imports. Every read is scoped to one CPAM. */
@ApplicationScoped
public class CampaignRepository {

    private static final String COLUMNS = "id, seq, cpam_code, name, as_of, created_at, created_by";

    private final Pool pool;

    CampaignRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts a campaign and answers it with its sequence number. */
    public Uni<Campaign> insert(Campaign c) {
        return pool.preparedQuery("INSERT INTO campaign (id, cpam_code, name, as_of, created_at, created_by) "
                + "VALUES ($1, $2, $3, $4, $5, $6) RETURNING " + COLUMNS)
                .execute(Tuple.of(c.id(), c.cpamCode(), c.name(), c.asOf(), Sql.at(c.createdAt()), c.createdBy()))
                .map(rows -> campaign(rows.iterator().next()));
    }

    /** The campaign if it belongs to that CPAM, else null. */
    public Uni<Campaign> find(UUID id, String cpamCode) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM campaign WHERE id = $1 AND cpam_code = $2")
                .execute(Tuple.of(id, cpamCode)).map(rows -> rows.size() == 0 ? null : campaign(rows.iterator().next()));
    }

    /** The campaign whatever its CPAM: for the service's own work, never for a caller. */
    public Uni<Campaign> findAnyCpam(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM campaign WHERE id = $1")
                .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? null : campaign(rows.iterator().next()));
    }

    public Uni<Campaign> findByName(String cpamCode, String name) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM campaign WHERE cpam_code = $1 AND name = $2")
                .execute(Tuple.of(cpamCode, name)).map(rows -> rows.size() == 0 ? null : campaign(rows.iterator().next()));
    }

    /** A page of the CPAM's campaigns, oldest first, after a sequence number. */
    public Uni<List<Campaign>> page(String cpamCode, long after, int size) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM campaign WHERE cpam_code = $1 AND seq > $2 "
                + "ORDER BY seq LIMIT $3").execute(Tuple.of(cpamCode, after, size)).map(CampaignRepository::campaigns);
    }

    public Uni<Void> startImport(UUID campaignId, ImportRecord i) {
        return pool.preparedQuery("INSERT INTO campaign_import (id, campaign_id, format, lines, imported, rejected, "
                + "rulebook_version, started_at, finished_at, imported_by) VALUES ($1, $2, $3, 0, 0, 0, $4, $5, NULL, $6)")
                .execute(Tuple.tuple(List.of(i.id(), campaignId, i.format(), i.rulebookVersion(),
                        Sql.at(i.startedAt()), i.importedBy())))
                .replaceWithVoid();
    }

    /** Progress of a running import, visible to readers of the campaign; finished when {@code done}. */
    public Uni<Void> progress(UUID importId, int lines, int imported, int rejected, boolean done) {
        return pool.preparedQuery("UPDATE campaign_import SET lines = $2, imported = $3, rejected = $4, "
                + "finished_at = CASE WHEN $5 THEN clock_timestamp() ELSE NULL END WHERE id = $1")
                .execute(Tuple.of(importId, lines, imported, rejected, done)).replaceWithVoid();
    }

    public Uni<List<ImportRecord>> imports(UUID campaignId) {
        return pool.preparedQuery("SELECT id, format, lines, imported, rejected, rulebook_version, started_at, "
                + "finished_at, imported_by FROM campaign_import WHERE campaign_id = $1 ORDER BY started_at, id")
                .execute(Tuple.of(campaignId)).map(rows -> {
                    List<ImportRecord> imports = new ArrayList<>();
                    for (Row r : rows) {
                        imports.add(new ImportRecord(r.getUUID("id"), r.getString("format"), r.getInteger("lines"),
                                r.getInteger("imported"), r.getInteger("rejected"), r.getString("rulebook_version"),
                                Sql.instant(r, "started_at"), Sql.instant(r, "finished_at"), r.getString("imported_by")));
                    }
                    return imports;
                });
    }

    public Uni<Long> targetCount(UUID campaignId) {
        return pool.preparedQuery("SELECT count(*) FROM campaign_target WHERE campaign_id = $1")
                .execute(Tuple.of(campaignId)).map(rows -> rows.iterator().next().getLong(0));
    }

    private static List<Campaign> campaigns(RowSet<Row> rows) {
        List<Campaign> campaigns = new ArrayList<>();
        rows.forEach(r -> campaigns.add(campaign(r)));
        return campaigns;
    }

    private static Campaign campaign(Row r) {
        return new Campaign(r.getUUID("id"), r.getLong("seq"), r.getString("cpam_code"), r.getString("name"),
                r.getLocalDate("as_of"), Sql.instant(r, "created_at"), r.getString("created_by"));
    }
}
