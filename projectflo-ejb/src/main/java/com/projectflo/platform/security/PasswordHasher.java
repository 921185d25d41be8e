package com.projectflo.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies user passwords with PBKDF2-HMAC-SHA256.
 *
 * <p>The stored form is {@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}, the
 * format of Jakarta Security's {@code Pbkdf2PasswordHash}, so hashes stay usable if the login is
 * ever moved to the container's identity store. The iteration count travels with each hash: raising
 * {@link #DEFAULT_ITERATIONS} later only needs {@link #needsRehash} at the next successful login.
 *
 * <p>Every path of {@link #verify} and {@link #spendEquivalentTime} costs one full derivation, so
 * response times do not tell an attacker whether an account exists or a stored hash is damaged.
 *
 * <p>Callers own the {@code char[]} passwords they pass and should clear them after use.
 */
public final class PasswordHasher {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final int MIN_ITERATIONS = 10_000;
  private static final int MAX_STORED_ITERATIONS = 100_000_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int HASH_BYTES = 32;
  private static final int MIN_STORED_BYTES = 16;
  private static final int MAX_STORED_BYTES = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final StoredHash dummy;

  public PasswordHasher(int iterations) {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException(
          "PBKDF2 needs at least " + MIN_ITERATIONS + " iterations, got " + iterations);
    }
    this.iterations = iterations;
    this.dummy = new StoredHash(iterations, randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
  }

  public String hash(char[] password) {
    if (password == null) {
      throw new IllegalArgumentException("password is required");
    }
    byte[] salt = randomBytes(SALT_BYTES);
    byte[] hash = derive(password, salt, iterations, HASH_BYTES);
    return new StoredHash(iterations, salt, hash).format();
  }

  public boolean verify(char[] password, String stored) {
    char[] candidate = password == null ? new char[0] : password;
    StoredHash parsed = StoredHash.parse(stored);
    if (parsed == null) {
      spendEquivalentTime(candidate);
      return false;
    }
    byte[] actual = derive(candidate, parsed.salt, parsed.iterations, parsed.hash.length);
    return MessageDigest.isEqual(actual, parsed.hash) && password != null;
  }

  public boolean needsRehash(String stored) {
    StoredHash parsed = StoredHash.parse(stored);
    return parsed == null || parsed.iterations < iterations;
  }

  public void spendEquivalentTime(char[] password) {
    char[] candidate = password == null ? new char[0] : password;
    byte[] actual = derive(candidate, dummy.salt, dummy.iterations, dummy.hash.length);
    MessageDigest.isEqual(actual, dummy.hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private record StoredHash(int iterations, byte[] salt, byte[] hash) {

    String format() {
      Base64.Encoder base64 = Base64.getEncoder();
      return String.join(
          ":",
          ALGORITHM,
          Integer.toString(iterations),
          base64.encodeToString(salt),
          base64.encodeToString(hash));
    }

    static StoredHash parse(String stored) {
      if (stored == null) {
        return null;
      }
      String[] parts = stored.strip().split(":", -1);
      if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
        return null;
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        if (iterations < 1
            || iterations > MAX_STORED_ITERATIONS
            || salt.length < MIN_STORED_BYTES
            || salt.length > MAX_STORED_BYTES
            || hash.length < MIN_STORED_BYTES
            || hash.length > MAX_STORED_BYTES) {
          return null;
        }
        return new StoredHash(iterations, salt, hash);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
