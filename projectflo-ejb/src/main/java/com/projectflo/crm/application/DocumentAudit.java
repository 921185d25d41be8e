package com.projectflo.crm.application;

import com.projectflo.crm.model.Document;

/** The audited state of an uploaded document (never its storage path). */
record DocumentAudit(
    Integer projectId,
    Integer inquiryId,
    String fileName,
    String documentType,
    String contentType,
    Long sizeBytes,
    String sha256) {

  static DocumentAudit of(Document document) {
    return new DocumentAudit(
        document.getProjectId(),
        document.getInquiryId(),
        document.getFileName(),
        document.getDocumentType(),
        document.getContentType(),
        document.getSizeBytes(),
        document.getSha256());
  }
}
