package org.shelfwise.catalog.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * The fingerprint of what the document of each of the books written last was made from. When the event of a change
 * this instance has indexed already comes back from Kafka (its own edits, indexed at once), or an event comes twice,
 * the book reads as it was written, and is not written again: a write would cost as much as the first, and would
 * shift every match's relevance score a little (a replaced document counts in the index's statistics until
 * segments merge), moving a relevance cursor's place between two pages.
 */
final class WrittenDocuments {

    /** How many books' fingerprints are kept: far more than change in the time an event takes. */
    private static final int WRITTEN = 100_000;

    private final Cache<UUID, Long> written = Caffeine.newBuilder().maximumSize(WRITTEN).build();

    /** Whether the book's document was last written from a row with this fingerprint. */
    boolean unchanged(UUID id, long fingerprint) {
        return Objects.equals(written.getIfPresent(id), fingerprint);
    }

    void wrote(UUID id, long fingerprint) {
        written.put(id, fingerprint);
    }

    void removed(UUID id) {
        written.invalidate(id);
    }

    /** A digest of the {@link BookDocuments#INDEXED} columns of a book's row (PostgreSQL's text for each, so arrays too). */
    static long fingerprint(ResultSet rs) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String column : BookDocuments.INDEXED) {
            String value = rs.getString(column);
            // each value's length before it, and a null apart from an empty text, so no two rows read the same
            digest.update(value == null ? new byte[] {-1}
                    : (value.length() + ":" + value).getBytes(StandardCharsets.UTF_8));
        }
        return ByteBuffer.wrap(digest.digest()).getLong();
    }
}
