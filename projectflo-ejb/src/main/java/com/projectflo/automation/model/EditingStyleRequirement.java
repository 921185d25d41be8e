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
import jakarta.persistence.Table;

/**
 * Table {@code editing_style_requirements}: a billable item (and how many) that an editing style
 * requires.
 */
@Entity
@Table(name = "editing_style_requirements")
public class EditingStyleRequirement {

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

  public Integer getId() {
    return id;
  }

  public EditingStyle getEditingStyle() {
    return editingStyle;
  }

  public void setEditingStyle(EditingStyle editingStyle) {
    this.editingStyle = editingStyle;
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
}
