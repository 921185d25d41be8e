package com.projectflo.billing.application;

import com.projectflo.billing.model.PaymentInstallment;
import com.projectflo.ledger.model.Build;
import java.util.List;

/** A build's installments in order, with the invoice of each (when issued). */
public record PaymentScheduleView(Build build, List<PaymentInstallment> installments) {

  public PaymentScheduleView {
    installments = List.copyOf(installments);
  }
}
