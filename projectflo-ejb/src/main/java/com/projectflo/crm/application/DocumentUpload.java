package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;

/**
 * A file to store: its kind ({@code Contract}, {@code Questionnaire}...), the display name and
 * content type made by {@link DocumentNames}, and the content, read once, as a stream.
 */
public record DocumentUpload(
    @NotBlank(message = "is required") @Size(max = 255) String documentType,
    @NotBlank @Size(max = DocumentNames.MAX_FILE_NAME) String fileName,
    @NotBlank @Size(max = 255) String contentType,
    @NotNull InputStream content) {

  public DocumentUpload {
    documentType = trimToNull(documentType);
  }
}
