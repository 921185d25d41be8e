package com.projectflo.execution.rest;

import com.projectflo.execution.model.Task;
import com.projectflo.identity.model.Contributor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task as the API shows it; {@code version} is also the ETag. */
@Schema(name = "Task")
public record TaskResponse(
    int id,
    int projectId,
    @Schema(description = "Null once a change order removed the component (the work stays)")
        Integer buildComponentId,
    int taskTemplateId,
    String name,
    String phase,
    @Schema(enumeration = {"To-Do", "Ready to Start", "In Progress", "Completed", "Archived"})
        String status,
    BigDecimal plannedHours,
    BigDecimal actualHours,
    LocalDate dueDate,
    @Schema(description = "The assigned contributor; absent when unassigned") Assignee assignee,
    BigDecimal rateAtTimeOfAssignment,
    boolean clientVisible,
    long version) {

  /** Who works on a task: contributor id and name. */
  @Schema(name = "TaskAssignee")
  public record Assignee(int id, String name) {
    static Assignee of(Contributor contributor) {
      if (contributor == null) {
        return null;
      }
      String name =
          Stream.of(contributor.getContact().getFirstName(), contributor.getContact().getLastName())
              .filter(Objects::nonNull)
              .collect(Collectors.joining(" "));
      return new Assignee(contributor.getId(), name.isEmpty() ? null : name);
    }
  }

  static TaskResponse of(Task task) {
    return new TaskResponse(
        task.getId(),
        task.getProject().getId(),
        task.getBuildComponent() == null ? null : task.getBuildComponent().getId(),
        task.getTaskTemplate().getId(),
        task.getTaskTemplate().getName(),
        task.getTaskTemplate().getPhase(),
        task.getStatus().label(),
        task.getPlannedDurationHours(),
        task.getActualDurationHours(),
        task.getDueDate(),
        Assignee.of(task.getAssignedContributor()),
        task.getRateAtTimeOfAssignment(),
        task.isClientVisible(),
        task.getVersion());
  }
}
