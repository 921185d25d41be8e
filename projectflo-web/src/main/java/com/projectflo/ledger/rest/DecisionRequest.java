package com.projectflo.ledger.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An optional note on approving or rejecting a change order. */
public record DecisionRequest(@Schema(maxLength = 2000) String note) {}
