package com.projectflo.automation.model;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Table {@code editing_style_requirements}: a billable item (and how many) that an editing style
 * requires.
 */
@NamedQuery(
    name = EditingStyleRequirement.FIND_BY_STYLE,
    query =
        "SELECT r FROM EditingStyleRequirement r WHERE r.editingStyle.id = :style ORDER BY r.id")
@NamedQuery(
    name = EditingStyleRequirement.FIND_BY_STYLE_AND_ITEM,
    query =
        "SELECT r FROM EditingStyleRequirement r WHERE r.editingStyle.id = :style"
            + " AND r.billableItem.id = :item")
@Entity
@Table(name = "editing_style_requirements")
public class EditingStyleRequirement {

  public static final String FIND_BY_STYLE = "EditingStyleRequirement.findByStyle";
  public static final String FIND_BY_STYLE_AND_ITEM = "EditingStyleRequirement.findByStyleAndItem";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "editing_style_id", nullable = false)
  private EditingStyle editingStyle;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "billable_item_id", nullable = false)
  private BillableItem billableItem;

  @Column(name = "quantity", nullable = false)
  private int quantity = 1;

  /** The foreign keys as plain values, read without loading the related rows. */
  @Column(name = "editing_style_id", insertable = false, updatable = false)
  private Integer editingStyleId;

  @Column(name = "billable_item_id", insertable = false, updatable = false)
  private Integer billableItemId;

  public Integer getId() {
    return id;
  }

  public EditingStyle getEditingStyle() {
    return editingStyle;
  }

  public Integer getEditingStyleId() {
    return editingStyleId;
  }

  public void setEditingStyle(EditingStyle editingStyle) {
    this.editingStyle = editingStyle;
    this.editingStyleId = editingStyle == null ? null : editingStyle.getId();
  }

  public BillableItem getBillableItem() {
    return billableItem;
  }

  public Integer getBillableItemId() {
    return billableItemId;
  }

  public void setBillableItem(BillableItem billableItem) {
    this.billableItem = billableItem;
    this.billableItemId = billableItem == null ? null : billableItem.getId();
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }
}
