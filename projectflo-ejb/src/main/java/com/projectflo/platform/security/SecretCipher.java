package com.projectflo.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets that must be stored but also read back, such as OAuth refresh tokens of a
 * calendar sync, with AES-256-GCM.
 *
 * <p>A stored value reads {@code v1:<keyId>:<base64url(nonce || ciphertext || tag)>}. The key id
 * makes rotation possible: a new key is added to the ring and made active, old values still decrypt
 * with their own key and can be re-encrypted whenever {@link #isEncryptedWithActiveKey} says so;
 * once none is left, the old key is dropped.
 *
 * <p>The {@code context} (for example {@code "calendar_sync_tokens.refresh_token:42"}) is
 * authenticated with the value, so a ciphertext copied into another column or row is refused
 * instead of silently decrypting.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SecretCipher {

  private static final String VERSION = "v1";
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKey> keysById;
  private final String activeKeyId;

  public SecretCipher(Map<String, byte[]> keysById, String activeKeyId) {
    if (keysById == null || keysById.isEmpty()) {
      throw new IllegalArgumentException("the key ring is empty");
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    keysById.forEach(
        (id, key) -> {
          requireValidKeyId(id);
          if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                "key '" + id + "' must be " + KEY_BYTES + " bytes (AES-256)");
          }
          keys.put(id, new SecretKeySpec(key, "AES"));
        });
    if (activeKeyId == null || !keys.containsKey(activeKeyId)) {
      throw new IllegalArgumentException(
          activeKeyId != null && KEY_ID.matcher(activeKeyId).matches()
              ? "the active key '" + activeKeyId + "' is not in the key ring"
              : "the active key id is not in the key ring");
    }
    this.keysById = Collections.unmodifiableMap(keys);
    this.activeKeyId = activeKeyId;
  }

  /**
   * Builds a cipher from configuration such as {@code k2024:BASE64KEY,k2025:BASE64KEY}; without an
   * explicit active id, the last key of the spec is active.
   */
  public static SecretCipher fromSpec(String keysSpec, String activeKeyId) {
    if (keysSpec == null || keysSpec.isBlank()) {
      throw new IllegalArgumentException("the key spec is empty");
    }
    Map<String, byte[]> keys = new LinkedHashMap<>();
    String lastId = null;
    try {
      List<String> entries = List.of(keysSpec.replaceAll("\\s+", "").split(","));
      for (int i = 0; i < entries.size(); i++) {
        String entry = entries.get(i);
        if (entry.isEmpty()) {
          continue;
        }
        int colon = entry.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(
              "entry " + (i + 1) + " of the key spec is not <keyId>:<base64 key>");
        }
        String id = entry.substring(0, colon);
        requireValidKeyId(id);
        if (keys.containsKey(id)) {
          throw new IllegalArgumentException("key id '" + id + "' appears twice in the key spec");
        }
        keys.put(id, decodeKey(id, entry.substring(colon + 1)));
        lastId = id;
      }
      String active = activeKeyId == null || activeKeyId.isBlank() ? lastId : activeKeyId.strip();
      return new SecretCipher(keys, active);
    } finally {
      keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
    }
  }

  public static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  public String encrypt(String plaintext, String context) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(context, "context");
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.ENCRYPT_MODE, keysById.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] payload =
          ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return VERSION
          + ":"
          + activeKeyId
          + ":"
          + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "AES-GCM encryption failed with key '" + activeKeyId + "'", e);
    }
  }

  public String decrypt(String stored, String context) {
    Objects.requireNonNull(context, "context");
    String[] parts = stored == null ? new String[0] : stored.split(":", -1);
    if (parts.length != 3 || !VERSION.equals(parts[0]) || !KEY_ID.matcher(parts[1]).matches()) {
      throw new UndecryptableSecretException("malformed encrypted secret");
    }
    String keyId = parts[1];
    SecretKey key = keysById.get(keyId);
    if (key == null) {
      throw new UndecryptableSecretException("no key '" + keyId + "' in the key ring");
    }
    byte[] payload;
    try {
      payload = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new UndecryptableSecretException("malformed encrypted secret");
    }
    if (payload.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new UndecryptableSecretException("malformed encrypted secret");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plaintext = cipher.doFinal(payload, NONCE_BYTES, payload.length - NONCE_BYTES);
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new UndecryptableSecretException(
          "secret encrypted with key '"
              + keyId
              + "' failed authentication: wrong context, wrong key or tampered value");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed with key '" + keyId + "'", e);
    }
  }

  public boolean isEncryptedWithActiveKey(String stored) {
    return stored != null && stored.startsWith(VERSION + ":" + activeKeyId + ":");
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  private static void requireValidKeyId(String id) {
    if (id == null || !KEY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("key ids must match " + KEY_ID.pattern());
    }
  }

  private static byte[] decodeKey(String id, String base64) {
    try {
      return Base64.getDecoder().decode(base64.replace('-', '+').replace('_', '/'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key '" + id + "' is not valid base64");
    }
  }

  /**
   * A stored secret that cannot be read back: unknown key id, another context, a tampered or
   * malformed value. The message names at most the key id, never key material or plaintext.
   */
  public static final class UndecryptableSecretException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UndecryptableSecretException(String message) {
      super(message);
    }
  }
}
