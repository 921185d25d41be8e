package com.projectflo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PemKeysTest {

  private static KeyPair keys;

  @BeforeAll
  static void generateOnce() {
    keys = PemKeys.generateRsaKeyPair();
  }

  @Test
  void generates3072BitRsaKeys() {
    assertThat(((RSAPublicKey) keys.getPublic()).getModulus().bitLength()).isEqualTo(3072);
  }

  @Test
  void writesPkcs8AndSubjectPublicKeyInfo() {
    String privatePem = PemKeys.privateKeyToPem(keys.getPrivate());
    String publicPem = PemKeys.publicKeyToPem(keys.getPublic());

    assertThat(privatePem)
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(publicPem)
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----\n");
    assertThat(privatePem.lines().filter(line -> !line.startsWith("-----")))
        .allSatisfy(line -> assertThat(line.length()).isBetween(1, 64))
        .first()
        .satisfies(line -> assertThat(line).hasSize(64));
  }

  @Test
  void readsBackWhatItWrote() {
    String privatePem = PemKeys.privateKeyToPem(keys.getPrivate());
    String publicPem = PemKeys.publicKeyToPem(keys.getPublic());

    assertThat(PemKeys.readPrivateKey(privatePem)).isEqualTo(keys.getPrivate());
    assertThat(PemKeys.readPublicKey(publicPem)).isEqualTo(keys.getPublic());
  }

  @Test
  void toleratesCrlfIndentationAndSurroundingText() {
    String publicPem = PemKeys.publicKeyToPem(keys.getPublic());
    String messy =
        "Subject: whatever\r\n"
            + publicPem.replace("\n", "\r\n  ").replace("-----END", "\r\n-----END")
            + "\r\n";

    assertThat(PemKeys.readPublicKey(messy)).isEqualTo(keys.getPublic());
  }

  @Test
  void derivesAStableKeyId() {
    String keyId = PemKeys.keyId(keys.getPublic());
    String again = PemKeys.keyId(PemKeys.readPublicKey(PemKeys.publicKeyToPem(keys.getPublic())));

    assertThat(keyId).hasSize(16).matches("[A-Za-z0-9_-]+").isEqualTo(again);
    assertThat(PemKeys.keyId(PemKeys.generateRsaKeyPair().getPublic())).isNotEqualTo(keyId);
  }

  @Test
  void explainsHowToConvertPkcs1Keys() {
    String pkcs1 =
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n";

    assertThatThrownBy(() -> PemKeys.readPrivateKey(pkcs1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BEGIN RSA PRIVATE KEY")
        .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt")
        .hasMessageNotContaining("MIIE");
  }

  @Test
  void refusesTheWrongKindOfKey() {
    String publicPem = PemKeys.publicKeyToPem(keys.getPublic());
    String privatePem = PemKeys.privateKeyToPem(keys.getPrivate());

    assertThatThrownBy(() -> PemKeys.readPrivateKey(publicPem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BEGIN PUBLIC KEY");
    assertThatThrownBy(() -> PemKeys.readPublicKey(privatePem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BEGIN PRIVATE KEY")
        .hasMessageNotContaining(privatePem.lines().skip(1).findFirst().orElseThrow());
    assertThatThrownBy(
            () ->
                PemKeys.readPublicKey(
                    "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"))
        .hasMessageContaining("openssl x509");
  }

  @Test
  void refusesBrokenPem() {
    assertThatThrownBy(() -> PemKeys.readPublicKey(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PemKeys.readPublicKey("just text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no PEM block");
    assertThatThrownBy(() -> PemKeys.readPublicKey("-----BEGIN PUBLIC KEY-----\nMIIB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("END PUBLIC KEY");
    assertThatThrownBy(
            () ->
                PemKeys.readPublicKey("-----BEGIN PUBLIC KEY-----\n*!*\n-----END PUBLIC KEY-----"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PemKeys.readPublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid RSA public key");
  }
}
