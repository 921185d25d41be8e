package com.projectflo.execution.rest;

import com.projectflo.automation.application.TaskGeneration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a regeneration changed: ids of the tasks created, archived and reopened. */
@Schema(name = "TaskGeneration")
public record TaskGenerationResponse(
    List<Integer> created,
    List<Integer> archived,
    List<Integer> reopened,
    int dependenciesAdded,
    @Schema(
            description =
                "Phase dependencies left out: in front of a task already started, or closing a"
                    + " cycle")
        int dependenciesSkipped) {

  static TaskGenerationResponse of(TaskGeneration generation) {
    return new TaskGenerationResponse(
        generation.created(),
        generation.archived(),
        generation.reopened(),
        generation.dependenciesAdded(),
        generation.dependenciesSkipped());
  }
}
