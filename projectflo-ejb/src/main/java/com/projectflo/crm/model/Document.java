package com.projectflo.crm.model;

import com.projectflo.execution.model.Project;
import com.projectflo.identity.model.Contributor;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Table {@code documents}: a file stored for a project or an inquiry (contract, questionnaire...).
 */
@Entity
@Table(name = "documents")
@NamedQueries({
  @NamedQuery(
      name = Document.PAGE_OF_PROJECT,
      query =
          "SELECT d FROM Document d WHERE d.projectId = :owner AND d.id < :before"
              + " AND (d.status = :status OR d.status = :alsoStatus) ORDER BY d.id DESC"),
  @NamedQuery(
      name = Document.PAGE_OF_INQUIRY,
      query =
          "SELECT d FROM Document d WHERE d.inquiryId = :owner AND d.id < :before"
              + " AND (d.status = :status OR d.status = :alsoStatus) ORDER BY d.id DESC")
})
public class Document {

  /** A page, newest first, of a project's documents in the given statuses. */
  public static final String PAGE_OF_PROJECT = "Document.pageOfProject";

  /** A page, newest first, of an inquiry's documents in the given statuses. */
  public static final String PAGE_OF_INQUIRY = "Document.pageOfInquiry";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "project_id", nullable = true)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "inquiry_id", nullable = true)
  private Inquiry inquiry;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_path", length = 1024)
  private String filePath;

  @Column(name = "document_type")
  private String documentType;

  @Convert(converter = DocumentStatus.DbConverter.class)
  @Column(name = "status")
  private DocumentStatus status = DocumentStatus.ACTIVE;

  @Column(name = "upload_date")
  private OffsetDateTime uploadDate;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Column(name = "sha256", length = 64)
  private String sha256;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "uploaded_by_contributor_id", nullable = true)
  private Contributor uploadedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** The foreign keys as plain values, readable without loading the related rows. */
  @Column(name = "project_id", insertable = false, updatable = false)
  private Integer projectId;

  @Column(name = "inquiry_id", insertable = false, updatable = false)
  private Integer inquiryId;

  @Column(name = "uploaded_by_contributor_id", insertable = false, updatable = false)
  private Integer uploadedById;

  public Integer getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
    this.projectId = project == null ? null : project.getId();
  }

  public Integer getProjectId() {
    return projectId;
  }

  public Inquiry getInquiry() {
    return inquiry;
  }

  public void setInquiry(Inquiry inquiry) {
    this.inquiry = inquiry;
    this.inquiryId = inquiry == null ? null : inquiry.getId();
  }

  public Integer getInquiryId() {
    return inquiryId;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getFilePath() {
    return filePath;
  }

  public void setFilePath(String filePath) {
    this.filePath = filePath;
  }

  public String getDocumentType() {
    return documentType;
  }

  public void setDocumentType(String documentType) {
    this.documentType = documentType;
  }

  public DocumentStatus getStatus() {
    return status;
  }

  public void setStatus(DocumentStatus status) {
    this.status = status;
  }

  public OffsetDateTime getUploadDate() {
    return uploadDate;
  }

  public void setUploadDate(OffsetDateTime uploadDate) {
    this.uploadDate = uploadDate;
  }

  public long getVersion() {
    return version;
  }

  public String getContentType() {
    return contentType;
  }

  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(Long sizeBytes) {
    this.sizeBytes = sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public Contributor getUploadedBy() {
    return uploadedBy;
  }

  public void setUploadedBy(Contributor uploadedBy) {
    this.uploadedBy = uploadedBy;
    this.uploadedById = uploadedBy == null ? null : uploadedBy.getId();
  }

  public Integer getUploadedById() {
    return uploadedById;
  }

  /**
   * The DEFAULT CURRENT_TIMESTAMP of {@code upload_date}, which EclipseLink would otherwise
   * overwrite with NULL.
   */
  @PrePersist
  void fillDatabaseDefaults() {
    if (uploadDate == null) {
      uploadDate = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }
}
