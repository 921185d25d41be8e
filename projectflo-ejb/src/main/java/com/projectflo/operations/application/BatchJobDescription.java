package com.projectflo.operations.application;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A job, its parameters and its nightly schedule ({@code nightlyAt} null when switched off). */
public record BatchJobDescription(
    String name,
    String description,
    List<JobParameter> parameters,
    LocalTime nightlyAt,
    ZoneId zone,
    ZonedDateTime nextRunAt) {}
