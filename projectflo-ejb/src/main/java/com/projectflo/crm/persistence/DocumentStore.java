package com.projectflo.crm.persistence;

import com.projectflo.platform.application.PayloadTooLargeException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files of documents, on disk under {@code PROJECTFLO_DOCUMENTS_DIR} (outside the application).
 * A file's name is generated here, never taken from the client: {@code ab/cd/<uuid>} where {@code
 * ab} and {@code cd} are the first characters of the UUID (at most 65,536 directories, few files in
 * each). Content is streamed to a temporary {@code .part} file while it is counted and hashed, then
 * moved to its final name; nothing is kept of a refused or failed upload.
 */
@ApplicationScoped
public class DocumentStore {

  private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());
  private static final int BUFFER_BYTES = 64 * 1024;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_DOCUMENTS_DIR")
  private String directory;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_DOCUMENTS_MAX_BYTES", defaultValue = "26214400")
  private long maxBytes;

  private Path root;

  /** A stored file: where it is (relative to the storage directory), its size and SHA-256. */
  public record StoredFile(String path, long sizeBytes, String sha256) {}

  @PostConstruct
  void init() {
    root = Path.of(directory).toAbsolutePath().normalize();
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Copies {@code content} into a new file. More than {@link #maxBytes()} bytes fails with {@link
   * PayloadTooLargeException} and leaves nothing behind; so does any other failure.
   */
  public StoredFile store(InputStream content) {
    String name = UUID.randomUUID().toString();
    String relative = name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
    Path target = resolve(relative);
    Path partial = target.resolveSibling(name + ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try {
      Files.createDirectories(target.getParent());
      try (InputStream in = content;
          OutputStream out =
              Files.newOutputStream(
                  partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        byte[] buffer = new byte[BUFFER_BYTES];
        int read;
        while ((read = in.read(buffer)) != -1) {
          size += read;
          if (size > maxBytes) {
            throw new PayloadTooLargeException("The file", maxBytes);
          }
          sha256.update(buffer, 0, read);
          out.write(buffer, 0, read);
        }
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException("Cannot store a document file under " + root, e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
    return new StoredFile(relative, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /** The content of a stored file, or empty when the file is missing. */
  public Optional<InputStream> open(String relativePath) {
    try {
      return Optional.of(Files.newInputStream(resolve(relativePath)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a stored file (the clean-up of an upload whose row was not written). */
  public void delete(String relativePath) {
    deleteQuietly(resolve(relativePath));
  }

  private Path resolve(String relativePath) {
    Path path = root.resolve(relativePath).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("Not a document path: " + relativePath);
    }
    return path;
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete " + path + "; remove it by hand", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
