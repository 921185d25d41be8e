package com.projectflo.crm.rest;

import com.projectflo.crm.application.SurveyAnswer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/surveys/{id}/response. */
@Schema(name = "SurveyAnswer")
public record SurveyAnswerRequest(
    @Schema(required = true, minimum = "1", maximum = "10", description = "Overall satisfaction")
        Integer satisfactionRating,
    @Schema(
            required = true,
            minimum = "0",
            maximum = "10",
            description = "How likely the couple is to recommend the studio")
        Integer npsScore,
    @Schema(maxLength = SurveyAnswer.MAX_FEEDBACK) String feedbackText) {

  SurveyAnswer toAnswer() {
    return new SurveyAnswer(satisfactionRating, npsScore, feedbackText);
  }
}
