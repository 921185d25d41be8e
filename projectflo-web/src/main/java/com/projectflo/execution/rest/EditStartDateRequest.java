package com.projectflo.execution.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/projects/{id}/edit-start-date: the day editing starts. */
@Schema(name = "EditStartDateRequest")
public record EditStartDateRequest(
    @Schema(required = true, format = "date", example = "2027-06-26") String editStartDate) {}
