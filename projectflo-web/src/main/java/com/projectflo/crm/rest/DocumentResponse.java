package com.projectflo.crm.rest;

import com.projectflo.crm.model.Document;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document's metadata as the API shows it (never where it is stored); version is the ETag. */
@Schema(name = "Document")
public record DocumentResponse(
    int id,
    @Schema(description = "The project it belongs to; absent for an inquiry's document")
        Integer projectId,
    @Schema(description = "The inquiry it belongs to; absent for a project's document")
        Integer inquiryId,
    @Schema(description = "The uploader's file name, cleaned; used for downloads only")
        String fileName,
    @Schema(description = "Contract, Questionnaire, Shot list...") String documentType,
    @Schema(example = "application/pdf") String contentType,
    long sizeBytes,
    @Schema(description = "SHA-256 of the content, hex; also the ETag of the content")
        String sha256,
    @Schema(enumeration = {"Active", "Archived"}) String status,
    OffsetDateTime uploadDate,
    @Schema(description = "The contributor who uploaded it") Integer uploadedByContributorId,
    long version) {

  static DocumentResponse of(Document document) {
    return new DocumentResponse(
        document.getId(),
        document.getProjectId(),
        document.getInquiryId(),
        document.getFileName(),
        document.getDocumentType(),
        document.getContentType(),
        document.getSizeBytes() == null ? 0 : document.getSizeBytes(),
        document.getSha256(),
        document.getStatus().label(),
        document.getUploadDate(),
        document.getUploadedById(),
        document.getVersion());
  }
}
