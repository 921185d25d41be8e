package com.projectflo.identity.application;

/** A contributor was put on a project (fired inside the assigning transaction). */
public record ContributorAssigned(int projectId, int contributorId) {}
