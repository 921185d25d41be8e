package com.projectflo.ledger.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Edits of a draft build, applied together or not at all. */
public record OperationsRequest(@Schema(required = true) List<OperationRequest> operations) {}
