package com.projectflo.operations.rest;

import com.projectflo.operations.application.BatchJobDescription;
import com.projectflo.operations.application.JobParameter;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch job, the parameters it accepts and its nightly schedule. */
@Schema(name = "BatchJob")
public record BatchJobResponse(
    String name,
    String description,
    List<Parameter> parameters,
    @Schema(description = "Local time (HH:mm) of the nightly run; absent when switched off")
        String nightlyAt,
    String timeZone,
    OffsetDateTime nextRunAt) {

  static BatchJobResponse of(BatchJobDescription job) {
    return new BatchJobResponse(
        job.name(),
        job.description(),
        job.parameters().stream().map(Parameter::of).toList(),
        job.nightlyAt() == null ? null : job.nightlyAt().toString(),
        job.zone().getId(),
        job.nextRunAt() == null ? null : job.nextRunAt().toOffsetDateTime());
  }

  /** A parameter: its type (date or integer), bounds and default. */
  @Schema(name = "BatchJobParameter")
  public record Parameter(
      String name, String type, Integer min, Integer max, String defaultValue, String description) {

    static Parameter of(JobParameter parameter) {
      boolean integer = parameter.kind() == JobParameter.Kind.INTEGER;
      return new Parameter(
          parameter.name(),
          parameter.kind().name().toLowerCase(),
          integer ? parameter.min() : null,
          integer ? parameter.max() : null,
          integer
              ? (parameter.defaultValue() == null ? null : parameter.defaultValue().toString())
              : "today",
          parameter.description());
    }
  }
}
