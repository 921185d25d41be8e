package com.projectflo.execution.persistence;

import com.projectflo.automation.model.ContributorTaskBenchmark;
import com.projectflo.execution.model.ContributorSkillRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What a contributor charges and how long it takes per task template (skill rates, benchmarks);
 * joins the caller's transaction.
 */
@ApplicationScoped
public class SkillRateRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<ContributorSkillRate> find(int contributorId, int templateId) {
    return em.createQuery(
            "SELECT r FROM ContributorSkillRate r WHERE r.contributor.id = :contributor"
                + " AND r.taskTemplate.id = :template",
            ContributorSkillRate.class)
        .setParameter("contributor", contributorId)
        .setParameter("template", templateId)
        .getResultStream()
        .findFirst();
  }

  /** A contributor's rates with their templates, by template id. */
  public List<ContributorSkillRate> findByContributor(int contributorId) {
    return em.createQuery(
            "SELECT r FROM ContributorSkillRate r WHERE r.contributor.id = :contributor"
                + " ORDER BY r.taskTemplate.id",
            ContributorSkillRate.class)
        .setParameter("contributor", contributorId)
        .setHint(TaskRepository.JOIN_FETCH, "r.taskTemplate")
        .getResultList();
  }

  public Optional<ContributorTaskBenchmark> findBenchmark(int contributorId, int templateId) {
    return Optional.ofNullable(
        em.find(
            ContributorTaskBenchmark.class,
            new ContributorTaskBenchmark.Key(contributorId, templateId)));
  }

  public void add(ContributorSkillRate rate) {
    em.persist(rate);
    em.flush();
  }

  public void remove(ContributorSkillRate rate) {
    em.remove(rate);
  }

  public void flush() {
    em.flush();
  }
}
