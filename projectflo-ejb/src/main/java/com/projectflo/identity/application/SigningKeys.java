package com.projectflo.identity.application;

import com.projectflo.platform.security.PemKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key pair access tokens are signed with, from the PEM files PROJECTFLO_JWT_PRIVATE_KEY and
 * PROJECTFLO_JWT_PUBLIC_KEY (the public one is also what MicroProfile JWT verifies with). When
 * neither file exists, a pair is generated there once, at start-up, before any token is asked for,
 * so that tokens survive a restart; the private key file is readable by its owner only.
 */
@Singleton
@Startup
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  @Inject
  @ConfigProperty(name = "PROJECTFLO_JWT_PRIVATE_KEY")
  private String privateKeyLocation;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_JWT_PUBLIC_KEY")
  private String publicKeyLocation;

  private PrivateKey privateKey;
  private String keyId;

  @PostConstruct
  void load() {
    Path privatePath = Path.of(privateKeyLocation);
    Path publicPath = Path.of(publicKeyLocation);
    try {
      if (!Files.exists(privatePath) && !Files.exists(publicPath)) {
        generate(privatePath, publicPath);
      }
      privateKey = PemKeys.readPrivateKey(Files.readString(privatePath, StandardCharsets.US_ASCII));
      PublicKey publicKey =
          PemKeys.readPublicKey(Files.readString(publicPath, StandardCharsets.US_ASCII));
      keyId = PemKeys.keyId(publicKey);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the token signing keys "
              + privatePath
              + " and "
              + publicPath
              + "; set PROJECTFLO_JWT_PRIVATE_KEY and PROJECTFLO_JWT_PUBLIC_KEY to readable PEM"
              + " files, or remove both to have a new pair generated",
          e);
    }
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  public String keyId() {
    return keyId;
  }

  private static void generate(Path privatePath, Path publicPath) throws IOException {
    KeyPair pair = PemKeys.generateRsaKeyPair();
    Files.createDirectories(privatePath.toAbsolutePath().getParent());
    Files.createDirectories(publicPath.toAbsolutePath().getParent());
    Files.writeString(publicPath, PemKeys.publicKeyToPem(pair.getPublic()));
    Files.writeString(privatePath, PemKeys.privateKeyToPem(pair.getPrivate()));
    ownerOnly(privatePath);
    LOG.warning(
        "No token signing keys were configured: generated a new RSA key pair at "
            + privatePath
            + " and "
            + publicPath
            + ". Set PROJECTFLO_JWT_PRIVATE_KEY and PROJECTFLO_JWT_PUBLIC_KEY to managed PEM files"
            + " in production, and share them between servers of one database.");
  }

  static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.fine(() -> "No POSIX permissions on this file system for " + file);
    }
  }
}
