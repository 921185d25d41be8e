package com.projectflo.crm.application;

import com.projectflo.audit.application.ArchiveState;
import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Document;
import com.projectflo.crm.model.DocumentStatus;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.persistence.DocumentRepository;
import com.projectflo.crm.persistence.DocumentRepository.Owner;
import com.projectflo.crm.persistence.DocumentStore;
import com.projectflo.crm.persistence.DocumentStore.StoredFile;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Documents of projects and inquiries. A project's documents follow the caller's rights on the
 * project ({@link ProjectAccess}: documents.read / documents.write); an inquiry's need inquiries.*
 * and documents.*. A portal user reads its own projects' active documents only. An upload writes
 * the file first, then the row; when the transaction does not commit the file is deleted.
 */
@Stateless
public class DocumentService {

  static final String RESOURCE = "Document";
  private static final String ENTITY = "document";
  private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

  @Inject private DocumentRepository documents;

  @Inject private DocumentStore store;

  @Inject private ProjectAccess projectAccess;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @Resource private TransactionSynchronizationRegistry transactions;

  @RequiresPermission
  public Document uploadToProject(int projectId, @NotNull @Valid DocumentUpload upload) {
    Caller caller = projectAccess.require(projectId, Permissions.DOCUMENTS_WRITE);
    return upload(caller, upload, document -> document.setProject(documents.project(projectId)));
  }

  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public Document uploadToInquiry(int inquiryId, @NotNull @Valid DocumentUpload upload) {
    Caller caller = requireHeld(Permissions.DOCUMENTS_WRITE);
    Inquiry inquiry = findInquiry(inquiryId);
    return upload(caller, upload, document -> document.setInquiry(inquiry));
  }

  /** Metadata; a portal user sees active documents of its own projects only. */
  @RequiresPermission(clientUsers = true)
  public Document getDocument(int id) {
    return readable(id);
  }

  /** The stored content, streamed by the caller, which must close it. */
  @RequiresPermission(clientUsers = true)
  public DocumentContent openContent(int id) {
    Document document = readable(id);
    return store
        .open(document.getFilePath())
        .map(content -> new DocumentContent(document, content))
        .orElseThrow(
            () -> {
              LOG.severe("The file of document " + id + " is missing from the document storage");
              return new NoSuchResourceException("The content of document", id);
            });
  }

  @RequiresPermission(clientUsers = true)
  public Page<Document> listProjectDocuments(
      int projectId, boolean includeArchived, @NotNull @Valid PageRequest page) {
    Caller caller = projectAccess.require(projectId, Permissions.DOCUMENTS_READ);
    return page(Owner.PROJECT, projectId, includeArchived && !caller.isClientUser(), page);
  }

  @RequiresPermission(Permissions.INQUIRIES_READ)
  public Page<Document> listInquiryDocuments(
      int inquiryId, boolean includeArchived, @NotNull @Valid PageRequest page) {
    requireHeld(Permissions.DOCUMENTS_READ);
    findInquiry(inquiryId);
    return page(Owner.INQUIRY, inquiryId, includeArchived, page);
  }

  /** Soft delete: the row and file stay, with status Archived; archiving twice changes nothing. */
  @RequiresPermission
  public Document archiveDocument(int id, Long expectedVersion) {
    return setStatus(id, expectedVersion, DocumentStatus.ARCHIVED, "document.archive");
  }

  @RequiresPermission
  public Document restoreDocument(int id, Long expectedVersion) {
    return setStatus(id, expectedVersion, DocumentStatus.ACTIVE, "document.restore");
  }

  private Document upload(Caller caller, DocumentUpload upload, Consumer<Document> owner) {
    StoredFile file = store.store(upload.content());
    transactions.registerInterposedSynchronization(new DeleteUnlessCommitted(store, file.path()));
    Document document = new Document();
    owner.accept(document);
    document.setFileName(upload.fileName());
    document.setFilePath(file.path());
    document.setDocumentType(upload.documentType());
    document.setContentType(upload.contentType());
    document.setSizeBytes(file.sizeBytes());
    document.setSha256(file.sha256());
    document.setStatus(DocumentStatus.ACTIVE);
    if (caller.isContributor()) {
      document.setUploadedBy(documents.contributor(caller.id()));
    }
    documents.add(document);
    audit.record("document.upload", ENTITY, document.getId(), null, DocumentAudit.of(document));
    return document;
  }

  private Document setStatus(int id, Long expectedVersion, DocumentStatus status, String action) {
    Document document = find(id);
    requireAccess(document, Permissions.DOCUMENTS_WRITE, Permissions.INQUIRIES_WRITE);
    if (expectedVersion != null && expectedVersion != document.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, document.getVersion());
    }
    boolean wasArchived = document.getStatus() == DocumentStatus.ARCHIVED;
    if (document.getStatus() != status) {
      document.setStatus(status);
      documents.flush();
    }
    audit.record(
        action,
        ENTITY,
        id,
        new ArchiveState(wasArchived),
        new ArchiveState(status == DocumentStatus.ARCHIVED));
    return document;
  }

  private Page<Document> page(Owner owner, int ownerId, boolean includeArchived, PageRequest page) {
    List<Document> rows =
        documents.findPage(owner, ownerId, includeArchived, page.afterId(), page.limit() + 1);
    return page.page(rows, d -> KeysetCursor.encode(d.getId()));
  }

  private Document readable(int id) {
    Document document = find(id);
    Caller caller = requireAccess(document, Permissions.DOCUMENTS_READ, Permissions.INQUIRIES_READ);
    if (caller.isClientUser() && document.getStatus() != DocumentStatus.ACTIVE) {
      throw new NoSuchResourceException(RESOURCE, id);
    }
    return document;
  }

  /**
   * A project's document: the caller's rights on the project (a project it may not see hides the
   * document too); an inquiry's: the system-wide permissions, never a portal user.
   */
  private Caller requireAccess(
      Document document, String documentPermission, String inquiryPermission) {
    if (document.getProjectId() != null) {
      try {
        return projectAccess.require(document.getProjectId(), documentPermission);
      } catch (NoSuchResourceException e) {
        throw new NoSuchResourceException(RESOURCE, document.getId());
      }
    }
    Caller caller = currentCaller.get();
    if (caller.isClientUser()) {
      throw new NoSuchResourceException(RESOURCE, document.getId());
    }
    if (!caller.holds(inquiryPermission)) {
      throw new AccessDeniedException(inquiryPermission);
    }
    if (!caller.holds(documentPermission)) {
      throw new AccessDeniedException(documentPermission);
    }
    return caller;
  }

  private Caller requireHeld(String permission) {
    Caller caller = currentCaller.get();
    if (!caller.holds(permission)) {
      throw new AccessDeniedException(permission);
    }
    return caller;
  }

  private Document find(int id) {
    return documents.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private Inquiry findInquiry(int id) {
    return documents.findInquiry(id).orElseThrow(() -> new NoSuchResourceException("Inquiry", id));
  }

  /** Deletes the file of an upload whose transaction rolled back (or failed to commit). */
  private record DeleteUnlessCommitted(DocumentStore store, String path)
      implements Synchronization {

    @Override
    public void beforeCompletion() {
      // Nothing to prepare: the file is already in place.
    }

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        store.delete(path);
      }
    }
  }
}
