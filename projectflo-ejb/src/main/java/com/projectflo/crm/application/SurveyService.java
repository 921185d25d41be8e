package com.projectflo.crm.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.ClientFeedbackSurvey;
import com.projectflo.crm.persistence.SurveyRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Satisfaction surveys: the studio (clients.write) sends one to a project's client, at most one
 * awaiting an answer per project; the client's portal user answers it once (surveys.answer), or the
 * studio records an answer received another way (clients.write). Dates are UTC days.
 */
@Stateless
public class SurveyService {

  static final String RESOURCE = "Survey";
  private static final String ENTITY = "survey";

  @Inject private SurveyRepository surveys;

  @Inject private ProjectAccess projectAccess;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CLIENTS_WRITE)
  public ClientFeedbackSurvey sendSurvey(int projectId) {
    Caller caller = projectAccess.require(projectId, Permissions.PROJECTS_READ);
    surveys
        .findPendingOfProject(projectId)
        .ifPresent(
            pending -> {
              throw new ConflictException(
                  "projectId",
                  "Project "
                      + projectId
                      + " already has survey "
                      + pending
                      + " awaiting an answer");
            });
    ClientFeedbackSurvey survey = new ClientFeedbackSurvey();
    survey.setProject(surveys.project(projectId));
    survey.setSentDate(today());
    if (caller.isContributor()) {
      survey.setSentBy(surveys.contributor(caller.id()));
    }
    surveys.add(survey);
    audit.record(
        "survey.send",
        ENTITY,
        survey.getId(),
        null,
        new SurveySent(projectId, survey.getSentDate()));
    return survey;
  }

  @RequiresPermission(Permissions.CLIENTS_READ)
  public Page<ClientFeedbackSurvey> listProjectSurveys(
      int projectId, @NotNull @Valid PageRequest page) {
    projectAccess.require(projectId, Permissions.PROJECTS_READ);
    return page(projectId, null, null, page);
  }

  /**
   * The surveys the caller may see: a portal user its own client's, the studio (clients.read) all;
   * {@code pending} true lists unanswered ones only, false answered ones only, null both.
   */
  @RequiresPermission(clientUsers = true)
  public Page<ClientFeedbackSurvey> listSurveys(Boolean pending, @NotNull @Valid PageRequest page) {
    Caller caller = currentCaller.get();
    if (caller.isClientUser()) {
      requireHeld(caller, Permissions.SURVEYS_ANSWER);
      return page(null, caller.clientId(), pending, page);
    }
    requireHeld(caller, Permissions.CLIENTS_READ);
    return page(null, null, pending, page);
  }

  /** A survey: a portal user's own client's, or any with clients.read and the project visible. */
  @RequiresPermission(clientUsers = true)
  public ClientFeedbackSurvey getSurvey(int id) {
    return visible(id, Permissions.CLIENTS_READ);
  }

  /** Answers a survey once; another client's survey does not exist for a portal user. */
  @RequiresPermission(clientUsers = true)
  public ClientFeedbackSurvey answerSurvey(int id, @NotNull @Valid SurveyAnswer answer) {
    ClientFeedbackSurvey survey = visible(id, Permissions.CLIENTS_WRITE);
    if (survey.getResponseDate() != null) {
      throw new ConflictException(
          "Survey " + id + " was already answered on " + survey.getResponseDate());
    }
    SurveyAnswer before = SurveyAnswer.of(survey);
    answer.applyTo(survey);
    survey.setResponseDate(today());
    surveys.flush();
    audit.record("survey.answer", ENTITY, id, before, answer);
    return survey;
  }

  /**
   * The survey, when the caller may act on it: a portal user of the project's client (with
   * surveys.answer), or a contributor holding {@code staffPermission} that may see the project.
   */
  private ClientFeedbackSurvey visible(int id, String staffPermission) {
    Caller caller = currentCaller.get();
    ClientFeedbackSurvey survey =
        surveys.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
    try {
      if (caller.isClientUser()) {
        projectAccess.require(survey.getProjectId(), Permissions.SURVEYS_ANSWER);
      } else {
        requireHeld(caller, staffPermission);
        projectAccess.require(survey.getProjectId(), Permissions.PROJECTS_READ);
      }
    } catch (NoSuchResourceException e) {
      throw new NoSuchResourceException(RESOURCE, id);
    }
    return survey;
  }

  private Page<ClientFeedbackSurvey> page(
      Integer projectId, Integer clientId, Boolean pending, PageRequest page) {
    List<ClientFeedbackSurvey> rows =
        surveys.findPage(projectId, clientId, pending, page.afterId(), page.limit() + 1);
    return page.page(rows, s -> KeysetCursor.encode(s.getId()));
  }

  private static void requireHeld(Caller caller, String permission) {
    if (!caller.holds(permission)) {
      throw new AccessDeniedException(permission);
    }
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** The audited state of a sent survey. */
  record SurveySent(int projectId, LocalDate sentDate) {}
}
