package fr.assistantmedical.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Cursors open for their reader only, tell nothing of the position, and refuse any alteration. */
class FeedCursorsTest {

    private final FeedCursors cursors = new FeedCursors("0123456789abcdef".getBytes());

    @Test
    void aCursorOpensForItsReaderOnly() {
        String cursor = cursors.seal(12_345, "cpam:751");
        assertEquals(12_345, cursors.open(cursor, "cpam:751"));
        assertThrows(ContractFeed.InvalidCursorException.class, () -> cursors.open(cursor, "cpam:752"));
        assertThrows(ContractFeed.InvalidCursorException.class, () -> cursors.open(cursor, "org:logiciel-a"));
        FeedCursors otherKey = new FeedCursors("fedcba9876543210".getBytes());
        assertThrows(ContractFeed.InvalidCursorException.class, () -> otherKey.open(cursor, "cpam:751"));
    }

    @Test
    void theSamePositionSealsDifferentlyEachTime() {
        String first = cursors.seal(7, "cpam:751");
        assertNotEquals(first, cursors.seal(7, "cpam:751"));
        long position = 0x0102030405060708L;
        String sealed = cursors.seal(position, "cpam:751");
        String bytes = java.util.HexFormat.of().formatHex(Base64.getUrlDecoder().decode(sealed));
        assertFalse(bytes.contains("0102030405060708"), "the position is not readable in " + sealed);
        assertEquals(cursors.seal(1, "x").length(), cursors.seal(Long.MAX_VALUE, "x").length(), "sizes tell nothing");
    }

    @Test
    void anyAlterationIsRefused() {
        String cursor = cursors.seal(42, "cpam:751");
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 1;
            String text = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThrows(ContractFeed.InvalidCursorException.class, () -> cursors.open(text, "cpam:751"), "byte " + i);
        }
        for (String bad : new String[] {"", "%%%", "AAAA", cursor + "AA"}) {
            assertThrows(ContractFeed.InvalidCursorException.class, () -> cursors.open(bad, "cpam:751"), bad);
        }
    }
}
