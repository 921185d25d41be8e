package com.projectflo.crm.rest;

import com.projectflo.crm.application.DocumentNames;
import com.projectflo.crm.application.DocumentUpload;
import com.projectflo.platform.rest.InputErrors;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads the parts of a multipart/form-data upload into a {@link DocumentUpload}; every bad part is
 * reported at once (400). The file part's content is not read here: the service streams it.
 */
final class Uploads {

  /** Text parts are short: more than this is refused without reading it all. */
  private static final int MAX_TEXT_BYTES = 4096;

  private Uploads() {}

  static DocumentUpload read(EntityPart file, EntityPart documentType, EntityPart name) {
    InputErrors errors = new InputErrors();
    String type = text("documentType", documentType, errors);
    if (documentType == null || (type != null && type.isBlank())) {
      errors.add("documentType", "is required");
    } else if (type != null && type.strip().length() > 255) {
      errors.add("documentType", "size must be between 0 and 255");
    }
    String displayName = text("name", name, errors);
    String contentType = null;
    if (file == null) {
      errors.add("file", "is required: a part named file with the document's content");
    } else {
      contentType = DocumentNames.contentType(header(file, "Content-Type"));
      if (contentType == null || contentType.length() > 255) {
        errors.add(
            "file", "has a malformed Content-Type; send type/subtype such as application/pdf");
      }
      if (displayName == null || displayName.isBlank()) {
        displayName = file.getFileName().orElse(null);
      }
    }
    errors.throwIfAny();
    return new DocumentUpload(
        type, DocumentNames.displayName(displayName), contentType, file.getContent());
  }

  private static String text(String field, EntityPart part, InputErrors errors) {
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
      if (bytes.length > MAX_TEXT_BYTES) {
        errors.add(field, "is too long");
        return null;
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header(EntityPart part, String name) {
    for (Map.Entry<String, List<String>> header : part.getHeaders().entrySet()) {
      if (header.getKey() != null
          && header.getKey().equalsIgnoreCase(name)
          && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }
}
