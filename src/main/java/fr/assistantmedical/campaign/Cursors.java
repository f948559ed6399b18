package fr.assistantmedical.campaign;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: the last key of the previous page. */
final class Cursors {

    private Cursors() {
    }

    static String of(Object key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    static long seq(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(decode(cursor));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static String rpps(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String rpps = decode(cursor);
        if (!rpps.matches("[0-9]{11}")) {
            throw invalid();
        }
        return rpps;
    }

    private static String decode(String cursor) {
        if (cursor.length() > 40) {
            throw invalid();
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static CampaignInputException invalid() {
        return new CampaignInputException("cursor", "curseur invalide : reprendre nextCursor d'une page");
    }
}
