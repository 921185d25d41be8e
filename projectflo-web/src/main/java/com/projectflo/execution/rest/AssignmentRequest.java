package com.projectflo.execution.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/projects/{id}/assignments/{contributorId}: the project role. */
@Schema(name = "AssignmentRequest")
public record AssignmentRequest(@Schema(required = true) Integer roleId) {}
