package io.shoppable.http.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.FeedCursor;
import io.shoppable.recommendation.mixing.Placed;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The feed's opaque {@code cursor} (decision D38): the whole feed session (page, seed, ranking instant, the
 * videos served so far, the last items shown) in compact binary, signed with HMAC-SHA256 under a server
 * secret and base64url-encoded. Nodes keep no state; a cursor that was altered or signed with another
 * secret is a 400. Clients pass it back unchanged; its content may change between versions.
 */
public final class FeedCursors {

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** Cursors signed with a key derived from {@code secret}; every node of a deployment must share it. */
    public FeedCursors(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a cursor secret is required");
        }
        try {
            var derived = MessageDigest.getInstance("SHA-256")
                    .digest(("feed-cursor:" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    String encode(FeedCursor cursor) {
        var out = new ByteArrayOutputStream();
        out.write(VERSION);
        varint(out, cursor.page());
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(cursor.seed()).array());
        varint(out, cursor.rankedAt().toEpochMilli());
        varint(out, cursor.served().size());
        long previous = 0;
        for (var id : cursor.served()) {
            varint(out, zigzag(id.value() - previous));
            previous = id.value();
        }
        varint(out, cursor.tail().size());
        for (var placed : cursor.tail()) {
            varint(out, placed.video().value());
            varint(out, placed.creator().value());
            varint(out, placed.category().value());
        }
        var body = out.toByteArray();
        var signed = Arrays.copyOf(body, body.length + MAC_BYTES);
        System.arraycopy(mac(body), 0, signed, body.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** No cursor is the first page; anything this service did not give out is a 400. */
    Optional<FeedCursor> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            var signed = Base64.getUrlDecoder().decode(cursor.strip());
            if (signed.length > MAC_BYTES) {
                var body = Arrays.copyOf(signed, signed.length - MAC_BYTES);
                var mac = Arrays.copyOfRange(signed, body.length, signed.length);
                if (MessageDigest.isEqual(mac, Arrays.copyOf(mac(body), MAC_BYTES))) {
                    return Optional.of(read(ByteBuffer.wrap(body)));
                }
            }
        } catch (IllegalArgumentException | BufferUnderflowException | ArithmeticException e) {
            // not base64, or a body this version cannot read: reported below
        }
        throw Invalid.field("cursor", "is not a cursor this service gave out");
    }

    private static FeedCursor read(ByteBuffer in) {
        if (in.get() != VERSION) {
            throw new IllegalArgumentException("unknown cursor version");
        }
        int page = Math.toIntExact(varint(in));
        long seed = in.getLong();
        var rankedAt = Instant.ofEpochMilli(varint(in));
        int servedCount = Math.toIntExact(varint(in));
        var served = new ArrayList<VideoId>();
        long previous = 0;
        for (int i = 0; i < servedCount; i++) {
            previous += unzigzag(varint(in));
            served.add(new VideoId(previous));
        }
        int tailCount = Math.toIntExact(varint(in));
        var tail = new ArrayList<Placed>();
        for (int i = 0; i < tailCount; i++) {
            tail.add(new Placed(new VideoId(varint(in)), new UserId(varint(in)), new CategoryId(varint(in))));
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("trailing bytes");
        }
        return new FeedCursor(page, seed, rankedAt, List.copyOf(served), List.copyOf(tail));
    }

    private byte[] mac(byte[] body) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }
}
