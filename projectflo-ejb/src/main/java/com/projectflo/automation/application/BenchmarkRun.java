package com.projectflo.automation.application;

/**
 * What one recomputation of benchmarks did over a range of contributor ids: averages written (new
 * or changed) and averages cleared (no completed work left for that contributor and template).
 */
public record BenchmarkRun(int fromContributorId, int toContributorId, int updated, int cleared) {}
