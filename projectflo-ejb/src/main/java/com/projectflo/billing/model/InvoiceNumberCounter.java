package com.projectflo.billing.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table {@code invoice_number_counters}: the last invoice number issued in a year. Written only by
 * {@code InvoiceNumbers} with one row-locking upsert; mapped so that the schema stays fully mapped.
 */
@Entity
@Table(name = "invoice_number_counters")
public class InvoiceNumberCounter {

  @Id
  @Column(name = "year")
  private Integer year;

  @Column(name = "last_number", nullable = false)
  private Integer lastNumber;

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getLastNumber() {
    return lastNumber;
  }

  public void setLastNumber(Integer lastNumber) {
    this.lastNumber = lastNumber;
  }
}
