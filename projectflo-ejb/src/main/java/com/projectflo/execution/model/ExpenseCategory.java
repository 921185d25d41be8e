package com.projectflo.execution.model;

import com.projectflo.platform.persistence.LabeledEnum;

/**
 * The categories an expense may have, by label. {@code project_expenses.category} is a VARCHAR of
 * the seed schema: the service accepts these labels only.
 */
public enum ExpenseCategory implements LabeledEnum {
  TRAVEL("Travel"),
  ACCOMMODATION("Accommodation"),
  MEALS("Meals"),
  EQUIPMENT_RENTAL("Equipment Rental"),
  CREW("Crew"),
  MUSIC_LICENSING("Music Licensing"),
  SOFTWARE("Software"),
  MEDIA_AND_STORAGE("Media and Storage"),
  PRINTING_AND_SHIPPING("Printing and Shipping"),
  OTHER("Other");

  private final String label;

  ExpenseCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
