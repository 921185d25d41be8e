package com.projectflo.billing.rest;

import com.projectflo.billing.application.PaymentScheduleView;
import com.projectflo.billing.model.PaymentInstallment;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A build's payment schedule. {@code scheduledTotal} (the sum of the installments) equals {@code
 * approvedPrice} once the build is booked.
 */
public record PaymentScheduleResponse(
    int buildId,
    Integer projectId,
    BigDecimal approvedPrice,
    BigDecimal totalPaid,
    BigDecimal scheduledTotal,
    List<InstallmentResponse> installments) {

  static PaymentScheduleResponse of(PaymentScheduleView view) {
    return new PaymentScheduleResponse(
        view.build().getId(),
        view.build().getProject() == null ? null : view.build().getProject().getId(),
        view.build().getApprovedPrice(),
        view.build().getTotalPaid(),
        view.installments().stream()
            .map(PaymentInstallment::getAmount)
            .reduce(Money.ZERO, BigDecimal::add),
        view.installments().stream().map(InstallmentResponse::of).toList());
  }
}
