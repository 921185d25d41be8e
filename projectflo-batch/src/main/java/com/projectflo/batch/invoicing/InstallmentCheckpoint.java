package com.projectflo.batch.invoicing;

import java.io.Serializable;

/** Where the due-installment reader stands: the id of the last installment it handed out. */
public record InstallmentCheckpoint(int lastInstallmentId) implements Serializable {}
