package io.github.schoolsafeguarding.policy.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a cached result: a SHA-256 of everything the result depends on, added part by part.
 * Each part goes in with its length, so that no two different lists of parts give the same bytes
 * ("ab" then "c" is not "a" then "bc").
 *
 * <pre>{@code
 * String key = new CacheKey().add(version).add(page.file()).add(page.markedHtml()).hex();
 * }</pre>
 */
public final class CacheKey {

    private final MessageDigest digest = sha256();

    public CacheKey add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKey add(int part) {
        return add(ByteBuffer.allocate(Integer.BYTES).putInt(part).array());
    }

    public CacheKey add(boolean part) {
        return add(part ? 1 : 0);
    }

    public CacheKey add(byte[] part) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
        digest.update(part);
        return this;
    }

    /** The key, as 64 lower-case hex digits; the key can take no more parts after. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256, which every Java must have", e);
        }
    }
}
