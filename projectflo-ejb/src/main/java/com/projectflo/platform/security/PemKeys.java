package com.projectflo.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the RSA keys that sign access tokens, as the PEM files operators handle with
 * {@code openssl}: unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}) for the private key and X.509
 * SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}) for the public one, the forms the JDK and
 * MicroProfile JWT read without extra libraries. Other PEM types are refused with the command that
 * converts them.
 */
public final class PemKeys {

  private static final int RSA_BITS = 3072;
  private static final int KEY_ID_LENGTH = 16;
  private static final String PRIVATE_KEY = "PRIVATE KEY";
  private static final String PUBLIC_KEY = "PUBLIC KEY";
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PemKeys() {}

  public static KeyPair generateRsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(RSA_BITS, RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available in this JVM", e);
    }
  }

  public static String privateKeyToPem(PrivateKey key) {
    requireFormat(key == null ? null : key.getFormat(), "PKCS#8", "private key");
    return toPem(PRIVATE_KEY, key.getEncoded());
  }

  public static String publicKeyToPem(PublicKey key) {
    requireFormat(key == null ? null : key.getFormat(), "X.509", "public key");
    return toPem(PUBLIC_KEY, key.getEncoded());
  }

  public static PrivateKey readPrivateKey(String pem) {
    byte[] der = readBlock(pem, PRIVATE_KEY);
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw notRsa(e, PRIVATE_KEY);
    }
  }

  public static PublicKey readPublicKey(String pem) {
    byte[] der = readBlock(pem, PUBLIC_KEY);
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw notRsa(e, PUBLIC_KEY);
    }
  }

  /** The {@code kid} of a key: the start of its base64url SHA-256 thumbprint. */
  public static String keyId(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(digest)
          .substring(0, KEY_ID_LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private static void requireFormat(String actual, String expected, String what) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException(
          "the " + what + " must be encodable as " + expected + ", its format is " + actual);
    }
  }

  private static String toPem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static byte[] readBlock(String pem, String expectedType) {
    if (pem == null || pem.isBlank()) {
      throw new IllegalArgumentException("no PEM text given, expected " + begin(expectedType));
    }
    Matcher begin = BEGIN.matcher(pem);
    if (!begin.find()) {
      throw new IllegalArgumentException("no PEM block found, expected " + begin(expectedType));
    }
    String type = begin.group(1).strip();
    if (!type.equals(expectedType)) {
      throw new IllegalArgumentException(wrongType(type, expectedType));
    }
    String end = "-----END " + expectedType + "-----";
    int endAt = pem.indexOf(end, begin.end());
    if (endAt < 0) {
      throw new IllegalArgumentException("the PEM block has no " + end + " line");
    }
    try {
      return Base64.getMimeDecoder().decode(pem.substring(begin.end(), endAt).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + expectedType + " PEM body is not valid base64");
    }
  }

  private static String wrongType(String type, String expectedType) {
    String found = "found " + begin(type) + " where " + begin(expectedType) + " was expected";
    return switch (type) {
      case "RSA PRIVATE KEY" ->
          found
              + ": this is a PKCS#1 key, convert it to PKCS#8 with"
              + " `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`";
      case "ENCRYPTED PRIVATE KEY" ->
          found
              + ": the key is password-protected, store it unencrypted with"
              + " `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`";
      case "EC PRIVATE KEY" -> found + ": only RSA keys are supported";
      case "RSA PUBLIC KEY" ->
          found
              + ": this is a PKCS#1 public key, convert it with"
              + " `openssl rsa -RSAPublicKey_in -in key.pem -pubout -out public.pem`";
      case "CERTIFICATE" ->
          found
              + ": extract the public key with"
              + " `openssl x509 -in cert.pem -pubkey -noout > public.pem`";
      default -> found;
    };
  }

  private static String begin(String type) {
    return "-----BEGIN " + type + "-----";
  }

  private static IllegalArgumentException notRsa(GeneralSecurityException e, String type) {
    return new IllegalArgumentException(
        "the PEM block is not a valid RSA " + type.toLowerCase(Locale.ROOT), e);
  }
}
