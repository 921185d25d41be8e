package com.projectflo.crm.application;

import static com.projectflo.platform.application.Text.trimToNull;

import com.projectflo.crm.model.ClientFeedbackSurvey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A client's answers: satisfaction 1 to 10, how likely it is to recommend the studio (the NPS
 * question) 0 to 10, and optional free text.
 */
public record SurveyAnswer(
    @NotNull(message = "is required") @Min(1) @Max(10) Integer satisfactionRating,
    @NotNull(message = "is required") @Min(0) @Max(10) Integer npsScore,
    @Size(max = SurveyAnswer.MAX_FEEDBACK) String feedbackText) {

  public static final int MAX_FEEDBACK = 10_000;

  public SurveyAnswer {
    feedbackText = trimToNull(feedbackText);
  }

  static SurveyAnswer of(ClientFeedbackSurvey survey) {
    return new SurveyAnswer(
        survey.getSatisfactionRating(), survey.getNpsScore(), survey.getFeedbackText());
  }

  void applyTo(ClientFeedbackSurvey survey) {
    survey.setSatisfactionRating(satisfactionRating);
    survey.setNpsScore(npsScore);
    survey.setFeedbackText(feedbackText);
  }
}
