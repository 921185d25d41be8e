package com.projectflo.identity.application;

/** A contributor was taken off a project (fired inside the unassigning transaction). */
public record ContributorUnassigned(int projectId, int contributorId) {}
