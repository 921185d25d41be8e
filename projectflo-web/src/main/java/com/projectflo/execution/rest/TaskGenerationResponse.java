package com.projectflo.execution.rest;

import com.projectflo.automation.application.TaskGeneration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a regeneration changed: ids of the tasks created, archived and reopened. */
@Schema(name = "TaskGeneration")
public record TaskGenerationResponse(
    List<Integer> created, List<Integer> archived, List<Integer> reopened, int dependenciesAdded) {

  static TaskGenerationResponse of(TaskGeneration generation) {
    return new TaskGenerationResponse(
        generation.created(),
        generation.archived(),
        generation.reopened(),
        generation.dependenciesAdded());
  }
}
