package com.projectflo.billing.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.InvoiceStatus;
import com.projectflo.billing.model.Payment;
import com.projectflo.billing.model.PaymentRequest;
import com.projectflo.billing.persistence.BillingRepository;
import com.projectflo.execution.application.CrewSettings;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.ledger.model.Build;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.IdempotencyKeyReusedException;
import com.projectflo.platform.application.Money;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Payments and refunds (docs/billing.md). Each request carries an Idempotency-Key: the first
 * successful response is stored with a hash of the request and replayed for the same key; the same
 * key with another request is refused (422). The invoice row, then the build row, are locked for
 * the transaction, so concurrent payments queue instead of failing, and amount_paid and total_paid
 * always equal the sums of the payments.
 */
@Stateless
public class PaymentService {

  static final String ENTITY = "payment";
  static final int CREATED = 201;

  @Inject private BillingRepository billing;

  @Inject private ProjectAccess projectAccess;

  @Inject private AuditTrail audit;

  @Inject private CrewSettings studio;

  /** Money received against an invoice; more than what is outstanding is refused (409). */
  @RequiresPermission
  public PaymentOutcome recordPayment(
      int invoiceId,
      @NotBlank @Size(max = 255) String idempotencyKey,
      @NotNull @Valid NewPayment payment) {
    return record(Kind.PAYMENT, invoiceId, idempotencyKey, payment);
  }

  /** Money given back: a negative payment, never more than what is paid on the invoice. */
  @RequiresPermission
  public PaymentOutcome recordRefund(
      int invoiceId,
      @NotBlank @Size(max = 255) String idempotencyKey,
      @NotNull @Valid NewPayment refund) {
    return record(Kind.REFUND, invoiceId, idempotencyKey, refund);
  }

  private PaymentOutcome record(Kind kind, int invoiceId, String key, NewPayment request) {
    Invoice invoice =
        billing
            .lockInvoice(invoiceId)
            .orElseThrow(() -> new NoSuchResourceException(InvoiceService.RESOURCE, invoiceId));
    projectAccess.require(invoice.getProject().getId(), kind.permission);
    String hash = hash(kind, invoiceId, request);
    billing.lockIdempotencyKey(key);
    Optional<PaymentRequest> earlier = billing.findRequest(key);
    if (earlier.isPresent()) {
      if (!earlier.get().getRequestHash().equals(hash)) {
        throw new IdempotencyKeyReusedException(
            "Idempotency-Key '"
                + key
                + "' was already used for a different request; use a new key for a new payment");
      }
      return new PaymentOutcome(
          earlier.get().getResponseStatus(), earlier.get().getResponseBody(), true);
    }
    BigDecimal amount = Money.of(request.amount());
    if (kind == Kind.PAYMENT) {
      requirePayable(invoice, amount);
    } else {
      requireRefundable(invoice, amount);
    }
    BigDecimal signed = kind == Kind.PAYMENT ? amount : amount.negate();
    Optional<Build> build = billing.lockBuildOfProject(invoice.getProject().getId());

    Payment payment = new Payment();
    payment.setInvoice(invoice);
    payment.setAmount(signed);
    payment.setPaymentMethod(request.method());
    payment.setTransactionId(request.transactionId());
    billing.persist(payment);
    invoice.setAmountPaid(invoice.getAmountPaid().add(signed));
    invoice.setStatus(statusAfterPayment(invoice, studio.today()));
    build.ifPresent(b -> b.setTotalPaid(b.getTotalPaid().add(signed)));
    billing.flush();

    String body = receipt(kind, payment, invoice, build.orElse(null));
    PaymentRequest stored = new PaymentRequest();
    stored.setIdempotencyKey(key);
    stored.setInvoice(invoice);
    stored.setRequestHash(hash);
    stored.setResponseStatus(CREATED);
    stored.setResponseBody(body);
    stored.setPayment(payment);
    billing.persist(stored);
    billing.flush();
    audit.record(
        kind.action,
        ENTITY,
        payment.getId(),
        null,
        new PaymentState(
            invoiceId,
            signed,
            request.method(),
            request.transactionId(),
            invoice.getAmountPaid(),
            invoice.getStatus().label(),
            build.map(Build::getTotalPaid).orElse(null)));
    return new PaymentOutcome(CREATED, body, false);
  }

  private static void requirePayable(Invoice invoice, BigDecimal amount) {
    InvoiceStatus status = invoice.getStatus();
    if (invoice.isCreditNote()) {
      throw new ConflictException(
          "Invoice "
              + invoice.getInvoiceNumber()
              + " is a credit note: it takes no payment; record the money given back as a refund"
              + " on it");
    }
    if (status == InvoiceStatus.VOID || status == InvoiceStatus.DRAFT) {
      throw new ConflictException(
          "status",
          "Invoice "
              + invoice.getInvoiceNumber()
              + " is "
              + status.label()
              + ": it takes no payment");
    }
    BigDecimal outstanding = invoice.outstanding();
    if (amount.compareTo(outstanding) > 0) {
      throw new ConflictException(
          "amount",
          "Overpayment: invoice "
              + invoice.getInvoiceNumber()
              + " has "
              + outstanding
              + " outstanding of "
              + invoice.getTotalAmount()
              + "; a payment of "
              + amount
              + " would exceed it by "
              + amount.subtract(outstanding));
    }
  }

  /**
   * A refund takes back at most what is paid on an invoice; on a credit note, at most what the
   * studio still owes (its outstanding, negative).
   */
  private static void requireRefundable(Invoice invoice, BigDecimal amount) {
    if (invoice.getStatus() == InvoiceStatus.VOID) {
      throw new ConflictException(
          "status", "Invoice " + invoice.getInvoiceNumber() + " is Void: it takes no refund");
    }
    if (invoice.isCreditNote()) {
      BigDecimal owed = invoice.outstanding().negate();
      if (amount.compareTo(owed) > 0) {
        throw new ConflictException(
            "amount",
            "Credit note "
                + invoice.getInvoiceNumber()
                + " has "
                + owed
                + " left to give back; a refund of "
                + amount
                + " would exceed it by "
                + amount.subtract(owed));
      }
      return;
    }
    if (amount.compareTo(invoice.getAmountPaid()) > 0) {
      throw new ConflictException(
          "amount",
          "Invoice "
              + invoice.getInvoiceNumber()
              + " has "
              + invoice.getAmountPaid()
              + " paid; a refund of "
              + amount
              + " would take it below zero");
    }
  }

  /**
   * Settled → Paid; an invoice (not a credit note) past its due date, or already Overdue, is
   * Overdue; otherwise Partially Paid or Issued.
   */
  static InvoiceStatus statusAfterPayment(Invoice invoice, LocalDate today) {
    if (invoice.isSettled()) {
      return InvoiceStatus.PAID;
    }
    boolean pastDue =
        invoice.getStatus() == InvoiceStatus.OVERDUE
            || (invoice.getDueDate() != null && invoice.getDueDate().isBefore(today));
    if (!invoice.isCreditNote() && pastDue) {
      return InvoiceStatus.OVERDUE;
    }
    return invoice.getAmountPaid().signum() != 0
        ? InvoiceStatus.PARTIALLY_PAID
        : InvoiceStatus.ISSUED;
  }

  private static String receipt(Kind kind, Payment payment, Invoice invoice, Build build) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", payment.getId())
            .add("kind", kind.label)
            .add("invoiceId", invoice.getId())
            .add("invoiceNumber", invoice.getInvoiceNumber())
            .add("amount", payment.getAmount())
            .add("method", payment.getPaymentMethod())
            .add("paymentDate", payment.getPaymentDate().toString());
    if (payment.getTransactionId() != null) {
      json.add("transactionId", payment.getTransactionId());
    }
    json.add(
        "invoice",
        Json.createObjectBuilder()
            .add("status", invoice.getStatus().label())
            .add("totalAmount", invoice.getTotalAmount())
            .add("amountPaid", invoice.getAmountPaid())
            .add("outstanding", invoice.outstanding()));
    if (build != null) {
      json.add("buildTotalPaid", build.getTotalPaid());
    }
    return json.build().toString();
  }

  /** What makes two requests "the same": kind, invoice, amount (by value), method, transaction. */
  static String hash(Kind kind, int invoiceId, NewPayment request) {
    String canonical =
        String.join(
            "\n",
            kind.name(),
            String.valueOf(invoiceId),
            Money.of(request.amount()).toPlainString(),
            request.method(),
            request.transactionId() == null ? "" : request.transactionId());
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  enum Kind {
    PAYMENT("payment", "payment.record", Permissions.PAYMENTS_WRITE),
    REFUND("refund", "payment.refund", Permissions.PAYMENTS_REFUND);

    final String label;
    final String action;
    final String permission;

    Kind(String label, String action, String permission) {
      this.label = label;
      this.action = action;
      this.permission = permission;
    }
  }

  /** The audited state of a payment. */
  record PaymentState(
      Integer invoiceId,
      BigDecimal amount,
      String method,
      String transactionId,
      BigDecimal invoiceAmountPaid,
      String invoiceStatus,
      BigDecimal buildTotalPaid) {}
}
