package com.projectflo.platform.persistence;

/** Fired once the database is at the schema of this release, before the API opens. */
public record SchemaReady(String version) {}
