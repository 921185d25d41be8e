package com.projectflo.identity.application;

import com.projectflo.platform.security.SecretCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets the application must store (third-party refresh tokens) with AES-256-GCM. Keys
 * come from PROJECTFLO_ENCRYPTION_KEYS ({@code id:base64,...}) with
 * PROJECTFLO_ENCRYPTION_ACTIVE_KEY naming the one new values use; older keys stay listed so that
 * older values still decrypt. Without configured keys a key is generated once into
 * PROJECTFLO_ENCRYPTION_KEY_FILE (owner-only) with a warning.
 */
@ApplicationScoped
public class SecretEncryption {

  private static final Logger LOG = Logger.getLogger(SecretEncryption.class.getName());

  @Inject
  @ConfigProperty(name = "PROJECTFLO_ENCRYPTION_KEYS")
  private Optional<String> configuredKeys;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_ENCRYPTION_ACTIVE_KEY")
  private Optional<String> activeKeyId;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_ENCRYPTION_KEY_FILE")
  private String keyFile;

  private SecretCipher cipher;

  @PostConstruct
  void init() {
    String spec = configuredKeys.filter(s -> !s.isBlank()).orElseGet(this::generatedKeySpec);
    cipher = SecretCipher.fromSpec(spec, activeKeyId.orElse(null));
  }

  public String encrypt(String plaintext, String context) {
    return cipher.encrypt(plaintext, context);
  }

  public String decrypt(String stored, String context) {
    return cipher.decrypt(stored, context);
  }

  public boolean isEncryptedWithActiveKey(String stored) {
    return cipher.isEncryptedWithActiveKey(stored);
  }

  private String generatedKeySpec() {
    Path file = Path.of(keyFile);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String spec = "local1:" + Base64.getEncoder().encodeToString(SecretCipher.newKey());
        Files.writeString(file, spec + "\n", StandardCharsets.US_ASCII);
        SigningKeys.ownerOnly(file);
        LOG.warning(
            "No encryption keys were configured: generated one at "
                + file
                + ". Set PROJECTFLO_ENCRYPTION_KEYS (and PROJECTFLO_ENCRYPTION_ACTIVE_KEY) from a"
                + " secret store in production, and share them between servers of one database.");
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the encryption key file " + file, e);
    }
  }
}
