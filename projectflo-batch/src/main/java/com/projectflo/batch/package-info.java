/**
 * Jakarta Batch jobs of ProjectFlo, packaged as a library of the EAR.
 *
 * <p>Conventions: one job XML per job in {@code META-INF/batch-jobs}; artifacts are {@code @Named}
 * CDI beans in a sub-package per job ({@code invoicing}, {@code benchmarks}) that delegate to the
 * application services of the EJB module; checkpoints are serializable records; skip and retry
 * policies are declared in the job XML.
 */
package com.projectflo.batch;
