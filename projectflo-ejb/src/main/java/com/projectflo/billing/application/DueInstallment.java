package com.projectflo.billing.application;

import java.io.Serializable;

/**
 * An installment the invoicing job may invoice: due, not invoiced, not 0.00. The job holds back
 * those of archived projects (a studio archives a cancelled wedding's project).
 */
public record DueInstallment(int installmentId, int projectId, boolean projectArchived)
    implements Serializable {}
