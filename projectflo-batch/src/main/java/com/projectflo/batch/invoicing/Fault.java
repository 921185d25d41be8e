package com.projectflo.batch.invoicing;

/**
 * The test-only fault of the invoicing job: once {@code failAfterItems} invoices have been issued
 * by this execution, the writer throws after issuing the chunk and before it commits, so the whole
 * chunk (invoices, numbers, links) must roll back. Never retried, never skipped.
 */
final class Fault {

  private final long limit;
  private long issued;

  private Fault(long limit) {
    this.limit = limit;
  }

  static Fault after(String failAfterItems) {
    return new Fault(
        failAfterItems == null || failAfterItems.isBlank()
            ? Long.MAX_VALUE
            : Long.parseLong(failAfterItems.strip()));
  }

  void count(int issuedNow) {
    issued += issuedNow;
    if (issued >= limit) {
      throw new InjectedFault(
          "Injected fault after " + issued + " invoices (failAfterItems=" + limit + ")");
    }
  }

  /** The failure the fault throws. */
  static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String message) {
      super(message);
    }
  }
}
