package com.projectflo.ledger.model;

import com.projectflo.catalog.model.BillableItem;
import com.projectflo.catalog.model.EditingStyle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * Table {@code build_billable_items}: a billable item added to a build, at the price of the day it
 * was added.
 */
@Entity
@Table(name = "build_billable_items")
public class BuildBillableItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "build_id", nullable = false)
  private Build build;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "billable_item_id", nullable = false)
  private BillableItem billableItem;

  @Column(name = "quantity", nullable = false)
  private int quantity = 1;

  @Column(name = "price_at_time_of_add", precision = 10, scale = 2, nullable = false)
  private BigDecimal priceAtTimeOfAdd;

  @Column(name = "notes")
  private String notes;

  /** The editing style that required this item (added and removed with it); null: added by hand. */
  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "added_for_editing_style_id", nullable = true)
  private EditingStyle addedForEditingStyle;

  public Integer getId() {
    return id;
  }

  public Build getBuild() {
    return build;
  }

  public void setBuild(Build build) {
    this.build = build;
  }

  public BillableItem getBillableItem() {
    return billableItem;
  }

  public void setBillableItem(BillableItem billableItem) {
    this.billableItem = billableItem;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getPriceAtTimeOfAdd() {
    return priceAtTimeOfAdd;
  }

  public void setPriceAtTimeOfAdd(BigDecimal priceAtTimeOfAdd) {
    this.priceAtTimeOfAdd = priceAtTimeOfAdd;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public EditingStyle getAddedForEditingStyle() {
    return addedForEditingStyle;
  }

  public void setAddedForEditingStyle(EditingStyle addedForEditingStyle) {
    this.addedForEditingStyle = addedForEditingStyle;
  }

  /** An unmanaged copy (same id) on {@code copy}. */
  BuildBillableItem copyFor(Build copy) {
    BuildBillableItem line = new BuildBillableItem();
    line.id = getId();
    line.build = copy;
    line.billableItem = getBillableItem();
    line.quantity = getQuantity();
    line.priceAtTimeOfAdd = getPriceAtTimeOfAdd();
    line.notes = getNotes();
    line.addedForEditingStyle = getAddedForEditingStyle();
    return line;
  }
}
