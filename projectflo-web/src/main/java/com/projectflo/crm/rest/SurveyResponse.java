package com.projectflo.crm.rest;

import com.projectflo.crm.model.ClientFeedbackSurvey;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A satisfaction survey and, once answered, its answers. */
@Schema(name = "Survey")
public record SurveyResponse(
    int id,
    int projectId,
    LocalDate sentDate,
    @Schema(description = "The contributor who sent it") Integer sentByContributorId,
    @Schema(description = "When it was answered (UTC day); absent while pending")
        LocalDate responseDate,
    @Schema(minimum = "1", maximum = "10") Integer satisfactionRating,
    @Schema(minimum = "0", maximum = "10") Integer npsScore,
    String feedbackText,
    boolean pending) {

  static SurveyResponse of(ClientFeedbackSurvey survey) {
    return new SurveyResponse(
        survey.getId(),
        survey.getProjectId(),
        survey.getSentDate(),
        survey.getSentById(),
        survey.getResponseDate(),
        survey.getSatisfactionRating(),
        survey.getNpsScore(),
        survey.getFeedbackText(),
        survey.getResponseDate() == null);
  }
}
