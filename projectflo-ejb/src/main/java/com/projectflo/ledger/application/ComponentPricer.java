package com.projectflo.ledger.application;

import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.catalog.model.TaskTemplate;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prices a build component from the task templates its recipes select (docs/pricing.md,
 * "Components"): recipes whose deliverable, scene and style are null or equal to the component's;
 * ordered by priority (high first), then specificity (more set fields first), then id; each active
 * template counted once (its first recipe wins); Fixed templates add their fixed price, Hourly ones
 * effort × hourly rate.
 */
public final class ComponentPricer {

  static final Comparator<ComponentTaskRecipe> ORDER =
      Comparator.comparingInt(ComponentTaskRecipe::getPriority)
          .reversed()
          .thenComparing(Comparator.comparingInt(ComponentPricer::specificity).reversed())
          .thenComparing(ComponentTaskRecipe::getId, Comparator.nullsLast(Integer::compare));

  private final List<ComponentTaskRecipe> recipes;

  /**
   * @param recipes every recipe, with its task template loaded
   */
  public ComponentPricer(List<ComponentTaskRecipe> recipes) {
    this.recipes = recipes.stream().sorted(ORDER).toList();
  }

  /** The recipes a component selects, in order, one per active template. */
  public List<ComponentTaskRecipe> select(int deliverableId, int sceneId, int styleId) {
    List<ComponentTaskRecipe> selected = new ArrayList<>();
    Set<Integer> templates = new HashSet<>();
    for (ComponentTaskRecipe recipe : recipes) {
      TaskTemplate template = recipe.getTaskTemplate();
      if (template.isActive()
          && matches(
              recipe.getDeliverable() == null ? null : recipe.getDeliverable().getId(),
              deliverableId)
          && matches(
              recipe.getCoverageScene() == null ? null : recipe.getCoverageScene().getId(), sceneId)
          && matches(
              recipe.getEditingStyle() == null ? null : recipe.getEditingStyle().getId(), styleId)
          && templates.add(template.getId())) {
        selected.add(recipe);
      }
    }
    return selected;
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

  private static boolean matches(Integer ruleValue, int componentValue) {
    return ruleValue == null || ruleValue == componentValue;
  }

  private static int specificity(ComponentTaskRecipe recipe) {
    return (recipe.getDeliverable() == null ? 0 : 1)
        + (recipe.getCoverageScene() == null ? 0 : 1)
        + (recipe.getEditingStyle() == null ? 0 : 1);
  }
}
