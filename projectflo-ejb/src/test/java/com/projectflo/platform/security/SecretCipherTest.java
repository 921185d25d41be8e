package com.projectflo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.platform.security.SecretCipher.UndecryptableSecretException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final String CONTEXT = "calendar_sync_tokens.refresh_token:42";
  private static final String SECRET = "1//0gRefreshTokenValue-abc_DEF";

  private final byte[] k1 = SecretCipher.newKey();
  private final byte[] k2 = SecretCipher.newKey();

  @Test
  void decryptsWhatItEncrypted() {
    SecretCipher cipher = new SecretCipher(Map.of("k1", k1), "k1");

    String stored = cipher.encrypt(SECRET, CONTEXT);

    assertThat(stored).matches("v1:k1:[A-Za-z0-9_-]+");
    assertThat(cipher.decrypt(stored, CONTEXT)).isEqualTo(SECRET);
    assertThat(cipher.decrypt(cipher.encrypt("", CONTEXT), CONTEXT)).isEmpty();
    assertThat(cipher.decrypt(cipher.encrypt("ünïcødé ✓", ""), "")).isEqualTo("ünïcødé ✓");
  }

  @Test
  void producesAFreshCiphertextEachTimeThatHidesThePlaintext() {
    SecretCipher cipher = new SecretCipher(Map.of("k1", k1), "k1");

    String first = cipher.encrypt(SECRET, CONTEXT);
    String second = cipher.encrypt(SECRET, CONTEXT);

    assertThat(first).isNotEqualTo(second);
    assertThat(first).doesNotContain(SECRET).doesNotContain("RefreshToken");
    assertThat(Base64.getUrlDecoder().decode(first.substring("v1:k1:".length())))
        .hasSize(12 + SECRET.length() + 16);
  }

  @Test
  void refusesAnotherContext() {
    SecretCipher cipher = new SecretCipher(Map.of("k1", k1), "k1");
    String stored = cipher.encrypt(SECRET, CONTEXT);

    assertThatThrownBy(() -> cipher.decrypt(stored, "calendar_sync_tokens.refresh_token:43"))
        .isInstanceOf(UndecryptableSecretException.class)
        .hasMessageContaining("k1")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void refusesATamperedValue() {
    SecretCipher cipher = new SecretCipher(Map.of("k1", k1), "k1");
    String stored = cipher.encrypt(SECRET, CONTEXT);
    String prefix = "v1:k1:";
    byte[] payload = Base64.getUrlDecoder().decode(stored.substring(prefix.length()));

    for (int position : new int[] {0, 12, payload.length - 1}) {
      byte[] tampered = payload.clone();
      tampered[position] ^= 0x01;
      String value = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);

      assertThatThrownBy(() -> cipher.decrypt(value, CONTEXT))
          .isInstanceOf(UndecryptableSecretException.class);
    }
  }

  @Test
  void refusesMalformedValues() {
    SecretCipher cipher = new SecretCipher(Map.of("k1", k1), "k1");
    String valid = cipher.encrypt(SECRET, CONTEXT);
    String[] malformed = {
      null,
      "",
      SECRET,
      "v2" + valid.substring(2),
      "v1:k1",
      "v1:k1:%%%",
      "v1:k1:AAAA",
      "v1:k 1:" + valid.substring(6),
      valid + ":x"
    };
    for (String stored : malformed) {
      assertThatThrownBy(() -> cipher.decrypt(stored, CONTEXT))
          .as(stored)
          .isInstanceOf(UndecryptableSecretException.class)
          .hasMessageContaining("malformed");
    }
  }

  @Test
  void rotatesKeys() {
    SecretCipher before = new SecretCipher(Map.of("k1", k1), "k1");
    String old = before.encrypt(SECRET, CONTEXT);
    Map<String, byte[]> both = new LinkedHashMap<>();
    both.put("k1", k1);
    both.put("k2", k2);
    SecretCipher during = new SecretCipher(both, "k2");
    SecretCipher after = new SecretCipher(Map.of("k2", k2), "k2");

    assertThat(during.decrypt(old, CONTEXT)).isEqualTo(SECRET);
    assertThat(during.isEncryptedWithActiveKey(old)).isFalse();
    String renewed = during.encrypt(SECRET, CONTEXT);
    assertThat(renewed).startsWith("v1:k2:");
    assertThat(during.isEncryptedWithActiveKey(renewed)).isTrue();
    assertThat(during.activeKeyId()).isEqualTo("k2");
    assertThat(after.decrypt(renewed, CONTEXT)).isEqualTo(SECRET);
    assertThatThrownBy(() -> after.decrypt(old, CONTEXT))
        .isInstanceOf(UndecryptableSecretException.class)
        .hasMessage("no key 'k1' in the key ring");
  }

  @Test
  void doesNotConfuseKeysWithTheSameIdPrefix() {
    SecretCipher cipher = new SecretCipher(Map.of("k1", k1, "k10", k2), "k1");

    assertThat(cipher.isEncryptedWithActiveKey("v1:k10:AAAA")).isFalse();
    assertThat(cipher.isEncryptedWithActiveKey(null)).isFalse();
  }

  @Test
  void readsAKeySpec() {
    String spec =
        " old:"
            + Base64.getEncoder().encodeToString(k1)
            + ",\n  new:"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(k2)
            + " ";

    SecretCipher lastIsActive = SecretCipher.fromSpec(spec, null);
    SecretCipher explicit = SecretCipher.fromSpec(spec, "old");

    assertThat(lastIsActive.activeKeyId()).isEqualTo("new");
    assertThat(SecretCipher.fromSpec(spec, " ").activeKeyId()).isEqualTo("new");
    assertThat(explicit.activeKeyId()).isEqualTo("old");
    assertThat(lastIsActive.decrypt(explicit.encrypt(SECRET, CONTEXT), CONTEXT)).isEqualTo(SECRET);
    assertThat(
            new SecretCipher(Map.of("new", k2), "new")
                .decrypt(lastIsActive.encrypt(SECRET, CONTEXT), CONTEXT))
        .isEqualTo(SECRET);
  }

  @Test
  void refusesBadKeySpecsWithoutRevealingKeys() {
    String good = Base64.getEncoder().encodeToString(k1);
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> SecretCipher.fromSpec(null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecretCipher.fromSpec("  ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecretCipher.fromSpec(good, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(good);
    assertThatThrownBy(() -> SecretCipher.fromSpec("k1:" + short16, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'k1'")
        .hasMessageNotContaining(short16);
    assertThatThrownBy(() -> SecretCipher.fromSpec("k1:not*base64!", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'k1'")
        .hasMessageNotContaining("not*base64");
    assertThatThrownBy(() -> SecretCipher.fromSpec("k1:" + good + ",k1:" + good, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> SecretCipher.fromSpec("bad.id:" + good, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecretCipher.fromSpec("k1:" + good, "k2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'k2'");
  }

  @Test
  void validatesTheKeyRing() {
    assertThatThrownBy(() -> new SecretCipher(Map.of(), "k1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SecretCipher(Map.of("k1", new byte[31]), "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'k1'");
    assertThatThrownBy(() -> new SecretCipher(Map.of("x".repeat(33), k1), "k1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SecretCipher(Map.of("k1", k1), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void makesRandomAes256Keys() {
    assertThat(SecretCipher.newKey()).hasSize(32).isNotEqualTo(SecretCipher.newKey());
  }

  @Test
  void copiesTheKeysItIsGiven() {
    byte[] key = SecretCipher.newKey();
    SecretCipher cipher = new SecretCipher(Map.of("k1", key), "k1");
    String stored = cipher.encrypt(SECRET, CONTEXT);

    java.util.Arrays.fill(key, (byte) 0);

    assertThat(cipher.decrypt(stored, CONTEXT)).isEqualTo(SECRET);
  }
}
