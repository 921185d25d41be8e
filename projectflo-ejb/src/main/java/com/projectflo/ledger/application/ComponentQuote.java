package com.projectflo.ledger.application;

import java.math.BigDecimal;
import java.util.List;

/** The price of a component and the template charges that add up to it. */
public record ComponentQuote(BigDecimal price, List<Charge> charges) {

  public ComponentQuote {
    charges = List.copyOf(charges);
  }

  /** What one task template adds to a component. */
  public record Charge(
      Integer recipeId,
      Integer taskTemplateId,
      String taskTemplateName,
      String pricingType,
      BigDecimal effortHours,
      BigDecimal price) {}
}
