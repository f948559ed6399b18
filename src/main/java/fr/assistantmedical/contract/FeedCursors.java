package fr.assistantmedical.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cursors of the change feed: a position sealed (AES-GCM) for one reader. A position counts every
 * tenant's changes; sealed, a cursor tells its reader nothing of them, and a cursor given to another
 * reader (another CPAM, another organisation) is refused rather than read.
 */
final class FeedCursors {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    FeedCursors(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    String seal(long position, String reader) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(reader.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    long open(String cursor, String reader) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length != NONCE + Long.BYTES + TAG_BITS / 8) {
                throw new ContractFeed.InvalidCursorException();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
            cipher.updateAAD(reader.getBytes(StandardCharsets.UTF_8));
            long position = ByteBuffer.wrap(cipher.doFinal(bytes, NONCE, bytes.length - NONCE)).getLong();
            if (position < 0) {
                throw new ContractFeed.InvalidCursorException();
            }
            return position;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new ContractFeed.InvalidCursorException();
        }
    }
}
