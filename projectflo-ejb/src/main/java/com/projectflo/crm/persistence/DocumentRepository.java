package com.projectflo.crm.persistence;

import com.projectflo.crm.model.Document;
import com.projectflo.crm.model.DocumentStatus;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.execution.model.Project;
import com.projectflo.identity.model.Contributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@link Document} rows (the files are {@link DocumentStore}'s). */
@ApplicationScoped
public class DocumentRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<Document> findById(int id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }

  public Optional<Inquiry> findInquiry(int id) {
    return Optional.ofNullable(em.find(Inquiry.class, id));
  }

  public Project project(int id) {
    return em.find(Project.class, id);
  }

  public Contributor contributor(int id) {
    return em.getReference(Contributor.class, id);
  }

  public Document add(Document document) {
    em.persist(document);
    em.flush();
    return document;
  }

  public void flush() {
    em.flush();
  }

  /** Whose documents to list: a project's or an inquiry's. */
  public enum Owner {
    PROJECT(Document.PAGE_OF_PROJECT),
    INQUIRY(Document.PAGE_OF_INQUIRY);

    private final String query;

    Owner(String query) {
      this.query = query;
    }
  }

  /**
   * Up to {@code limit} documents of one owner, newest (highest id) first, with an id below {@code
   * beforeId} (null: from the newest); archived ones only when {@code includeArchived}.
   */
  public List<Document> findPage(
      Owner owner, int ownerId, boolean includeArchived, Integer beforeId, int limit) {
    return em.createNamedQuery(owner.query, Document.class)
        .setParameter("owner", ownerId)
        .setParameter("before", beforeId == null ? Integer.MAX_VALUE : beforeId)
        .setParameter("status", DocumentStatus.ACTIVE)
        .setParameter(
            "alsoStatus", includeArchived ? DocumentStatus.ARCHIVED : DocumentStatus.ACTIVE)
        .setMaxResults(limit)
        .getResultList();
  }
}
