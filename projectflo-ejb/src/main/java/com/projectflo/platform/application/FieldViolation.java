package com.projectflo.platform.application;

import java.io.Serializable;

/** One reason why one input field was refused. */
public record FieldViolation(String field, String message) implements Serializable {}
