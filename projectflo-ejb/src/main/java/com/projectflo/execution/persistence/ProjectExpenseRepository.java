package com.projectflo.execution.persistence;

import com.projectflo.crm.model.Document;
import com.projectflo.execution.model.ProjectExpense;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Expenses of projects; joins the caller's transaction. */
@ApplicationScoped
public class ProjectExpenseRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<ProjectExpense> findById(int id) {
    return Optional.ofNullable(em.find(ProjectExpense.class, id));
  }

  /**
   * A project's expenses in id order after {@code afterId} (0 for the first page), their project
   * and receipt document fetched in the same statement.
   */
  public List<ProjectExpense> findPage(int projectId, int afterId, int limit) {
    return em.createNamedQuery("ProjectExpense.findByProject", ProjectExpense.class)
        .setParameter("project", projectId)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  public BigDecimal totalOfProject(int projectId) {
    return em.createNamedQuery("ProjectExpense.totalOfProject", BigDecimal.class)
        .setParameter("project", projectId)
        .getSingleResult();
  }

  public Optional<Document> findDocument(int id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }

  public ProjectExpense add(ProjectExpense expense) {
    em.persist(expense);
    em.flush();
    return expense;
  }

  public void remove(ProjectExpense expense) {
    em.remove(expense);
    em.flush();
  }

  public void flush() {
    em.flush();
  }
}
