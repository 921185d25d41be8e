package com.projectflo.billing.persistence;

import com.projectflo.billing.application.DueInstallment;
import com.projectflo.billing.model.Invoice;
import com.projectflo.billing.model.InvoiceStatus;
import com.projectflo.billing.model.Payment;
import com.projectflo.billing.model.PaymentInstallment;
import com.projectflo.billing.model.PaymentRequest;
import com.projectflo.ledger.model.Build;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Installments, invoices, payments and idempotency records. */
@ApplicationScoped
public class BillingRepository {

  /** The first of the two 32-bit advisory lock keys of Idempotency-Keys: "PFIK". */
  private static final int IDEMPOTENCY_LOCK_SPACE = 0x5046494B;

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public List<PaymentInstallment> installmentsOf(int buildId) {
    return em.createNamedQuery(PaymentInstallment.FIND_BY_BUILD, PaymentInstallment.class)
        .setParameter("build", buildId)
        .getResultList();
  }

  /** The installment, row-locked until commit (issuing it must happen once). */
  public Optional<PaymentInstallment> lockInstallment(int id) {
    return Optional.ofNullable(
        em.find(PaymentInstallment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The installments, row-locked until commit in id order (one lock order for every issuer), with
   * their projects read in one more statement rather than one per installment.
   */
  public List<PaymentInstallment> lockInstallments(Collection<Integer> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(PaymentInstallment.FIND_BY_IDS, PaymentInstallment.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.batch", "i.project")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  public Optional<PaymentInstallment> findInstallment(int id) {
    return Optional.ofNullable(em.find(PaymentInstallment.class, id));
  }

  public Optional<PaymentInstallment> installmentOfInvoice(int invoiceId) {
    return em.createQuery(
            "SELECT i FROM PaymentInstallment i WHERE i.invoice.id = :invoice",
            PaymentInstallment.class)
        .setParameter("invoice", invoiceId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Installments due on {@code asOf} or before, not invoiced and not 0.00, after {@code afterId} in
   * id order, with their project and whether it is archived.
   */
  public List<DueInstallment> dueInstallments(LocalDate asOf, int afterId, int limit) {
    return em.createNamedQuery(PaymentInstallment.FIND_DUE, Object[].class)
        .setParameter("asOf", asOf)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultStream()
        .map(
            row ->
                new DueInstallment(
                    ((Number) row[0]).intValue(), ((Number) row[1]).intValue(), row[2] != null))
        .toList();
  }

  /** The invoice with its project and client. */
  public Optional<Invoice> findInvoice(int id) {
    return em.createNamedQuery(Invoice.FIND_WITH_PROJECT, Invoice.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The invoice, row-locked until commit: payments on one invoice are serialized. */
  public Optional<Invoice> lockInvoice(int id) {
    return Optional.ofNullable(em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Holds the Idempotency-Key until commit (a transaction-level advisory lock in a key space of its
   * own): a second request with the same key, even on another invoice, waits and then finds the
   * first one's stored answer instead of colliding on the unique key.
   */
  public void lockIdempotencyKey(String key) {
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(" + IDEMPOTENCY_LOCK_SPACE + ", hashtext(?1))")
        .setParameter(1, key)
        .getSingleResult();
  }

  /**
   * Of the given invoices, those nothing is paid on and not void, row-locked until commit. Rows
   * another transaction holds (a payment being recorded) are skipped rather than waited for: the
   * caller holds the build row, which a payment locks after its invoice, so waiting could deadlock.
   */
  @SuppressWarnings("unchecked")
  public List<Invoice> lockUnpaidInvoices(List<Integer> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNativeQuery(
            "SELECT * FROM invoices WHERE id = ANY(CAST(?1 AS integer[])) AND amount_paid = 0"
                + " AND total_amount > 0 AND status IN ('Issued', 'Overdue')"
                + " ORDER BY id FOR UPDATE SKIP LOCKED",
            Invoice.class)
        .setParameter(
            1, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
        .setHint("eclipselink.refresh", "true")
        .getResultList();
  }

  /** The build of a project, row-locked until commit (after its invoice: fixed lock order). */
  public Optional<Build> lockBuildOfProject(int projectId) {
    return em.createQuery("SELECT b FROM Build b WHERE b.project.id = :project", Build.class)
        .setParameter("project", projectId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public List<Payment> paymentsOf(int invoiceId) {
    return em.createNamedQuery(Payment.FIND_BY_INVOICE, Payment.class)
        .setParameter("invoice", invoiceId)
        .getResultList();
  }

  public Optional<PaymentRequest> findRequest(String idempotencyKey) {
    return em.createNamedQuery(PaymentRequest.FIND_BY_KEY, PaymentRequest.class)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  /**
   * Issued or partly paid invoices whose due date is before {@code asOf}, row-locked until commit:
   * a payment being recorded on one is waited for (and its outcome seen) instead of failing the
   * nightly run on a stale version. Only invoice rows are taken, so no lock cycle with payments.
   */
  public List<Invoice> overdueCandidates(LocalDate asOf) {
    return em.createQuery(
            "SELECT i FROM Invoice i WHERE i.status IN :open AND i.dueDate < :asOf"
                + " AND i.totalAmount > 0 ORDER BY i.id",
            Invoice.class)
        .setParameter("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID))
        .setParameter("asOf", asOf)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * Reserves {@code count} consecutive invoice numbers of the year and returns the first. The
   * upsert keeps the counter row locked until the issuing transaction ends, so concurrent issuers
   * queue and a rollback gives the numbers back: numbers stay gapless.
   */
  public int reserveInvoiceNumbers(int year, int count) {
    Object last =
        em.createNativeQuery(
                "INSERT INTO invoice_number_counters (year, last_number) VALUES (?1, ?2)"
                    + " ON CONFLICT (year) DO UPDATE"
                    + " SET last_number = invoice_number_counters.last_number + EXCLUDED.last_number"
                    + " RETURNING last_number")
            .setParameter(1, year)
            .setParameter(2, count)
            .getSingleResult();
    return ((Number) last).intValue() - count + 1;
  }

  /** One page of invoices, newest first, with project, client and client contact. */
  public List<Invoice> findPage(InvoiceSearch search, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.status() != null) {
      conditions.add("i.status = :status");
      parameters.put("status", search.status());
    }
    if (search.projectIds() != null) {
      conditions.add("i.project.id IN :projects");
      parameters.put("projects", search.projectIds());
    }
    if (search.clientId() != null) {
      conditions.add("i.project.client.id = :client");
      parameters.put("client", search.clientId());
    }
    if (search.issuedFrom() != null) {
      conditions.add("i.issueDate >= :from");
      parameters.put("from", search.issuedFrom());
    }
    if (search.issuedTo() != null) {
      conditions.add("i.issueDate <= :to");
      parameters.put("to", search.issuedTo());
    }
    if (search.afterId() != null) {
      conditions.add("i.id < :after");
      parameters.put("after", search.afterId());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Invoice> query =
        em.createQuery(
                "SELECT i FROM Invoice i JOIN FETCH i.project p JOIN FETCH p.client c"
                    + " JOIN FETCH c.contact"
                    + where
                    + " ORDER BY i.id DESC",
                Invoice.class)
            .setMaxResults(limit);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /** Filters of an invoice list; {@code projectIds} null means any project. */
  public record InvoiceSearch(
      InvoiceStatus status,
      Collection<Integer> projectIds,
      Integer clientId,
      LocalDate issuedFrom,
      LocalDate issuedTo,
      Integer afterId) {}
}
