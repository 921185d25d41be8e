package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.execution.model.ContributorSkillRate;
import com.projectflo.execution.persistence.SkillRateRepository;
import com.projectflo.identity.application.ContributorService;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.platform.application.Money;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a contributor charges per task template ({@code contributor_skill_rates}); a task assigned
 * to the contributor snapshots this rate, else the contributor's default hourly rate.
 */
@Stateless
public class SkillRateService {

  static final String ENTITY = "skill-rate";

  @Inject private SkillRateRepository rates;

  @Inject private ContributorService contributors;

  @Inject private AuditTrail audit;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  @RequiresPermission(Permissions.CONTRIBUTORS_READ)
  public List<ContributorSkillRate> listSkillRates(int contributorId) {
    contributors.find(contributorId);
    return rates.findByContributor(contributorId);
  }

  /** Creates or changes the contributor's rate for the template. */
  @RequiresPermission(Permissions.CONTRIBUTORS_WRITE)
  public ContributorSkillRate setSkillRate(
      int contributorId,
      int templateId,
      @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal rate) {
    Contributor contributor = contributors.find(contributorId);
    TaskTemplate template = em.find(TaskTemplate.class, templateId);
    if (template == null) {
      throw new NoSuchResourceException("Task template", templateId);
    }
    ContributorSkillRate row = rates.find(contributorId, templateId).orElse(null);
    RateState before = row == null ? null : RateState.of(row);
    if (row == null) {
      row = new ContributorSkillRate();
      row.setContributor(contributor);
      row.setTaskTemplate(template);
      row.setRate(Money.of(rate));
      rates.add(row);
    } else {
      row.setRate(Money.of(rate));
      rates.flush();
    }
    audit.record("skill_rate.set", ENTITY, row.getId(), before, RateState.of(row));
    return row;
  }

  @RequiresPermission(Permissions.CONTRIBUTORS_WRITE)
  public void removeSkillRate(int contributorId, int templateId) {
    ContributorSkillRate row =
        rates
            .find(contributorId, templateId)
            .orElseThrow(
                () ->
                    new NoSuchResourceException(
                        "Skill rate of contributor " + contributorId + " for task template",
                        templateId));
    RateState before = RateState.of(row);
    rates.remove(row);
    audit.record("skill_rate.delete", ENTITY, row.getId(), before, null);
  }

  record RateState(int contributorId, int taskTemplateId, BigDecimal rate) {
    static RateState of(ContributorSkillRate row) {
      return new RateState(
          row.getContributor().getId(), row.getTaskTemplate().getId(), row.getRate());
    }
  }
}
