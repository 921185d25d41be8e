package com.projectflo.billing.rest;

/** Why an invoice is voided (required). */
public record VoidRequest(String reason) {}
