package com.projectflo.ledger.application;

import com.projectflo.automation.application.RecipeMatcher;
import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a build component from the task templates its recipes select (docs/pricing.md,
 * "Components"): recipes whose deliverable, scene and style are null or equal to the component's;
 * ordered by priority (high first), then specificity (more set fields first), then id; each active
 * template counted once (its first recipe wins); Fixed templates add their fixed price, Hourly ones
 * effort × hourly rate.
 */
public final class ComponentPricer {

  private final List<ComponentTaskRecipe> recipes;

  /**
   * @param recipes every recipe, with its task template loaded
   */
  public ComponentPricer(List<ComponentTaskRecipe> recipes) {
    this.recipes = recipes.stream().filter(r -> r.getTaskTemplate().isActive()).toList();
  }

  /** The recipes a component selects, in order, one per active template. */
  public List<ComponentTaskRecipe> select(int deliverableId, int sceneId, int styleId) {
    return RecipeMatcher.select(recipes, deliverableId, sceneId, styleId);
  }

  /** The price and its charges, template by template. */
  public ComponentQuote quote(
      int deliverableId, int sceneId, int styleId, BigDecimal targetMinutes) {
    List<ComponentQuote.Charge> charges = new ArrayList<>();
    BigDecimal total = Money.ZERO;
    for (ComponentTaskRecipe recipe : select(deliverableId, sceneId, styleId)) {
      TaskTemplate template = recipe.getTaskTemplate();
      BigDecimal price = template.priceFor(targetMinutes);
      charges.add(
          new ComponentQuote.Charge(
              recipe.getId(),
              template.getId(),
              template.getName(),
              template.getPricingType().label(),
              template.effortFor(targetMinutes),
              price));
      total = total.add(price);
    }
    return new ComponentQuote(total, charges);
  }
}
