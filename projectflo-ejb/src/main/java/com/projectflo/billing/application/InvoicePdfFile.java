package com.projectflo.billing.application;

/** An invoice rendered as PDF. */
public record InvoicePdfFile(String fileName, byte[] content) {}
