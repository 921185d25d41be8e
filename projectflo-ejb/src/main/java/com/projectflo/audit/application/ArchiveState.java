package com.projectflo.audit.application;

/** The audited state of an archive or restore: whether the object is archived. */
public record ArchiveState(boolean archived) {}
