package com.projectflo.ledger.application;

import com.projectflo.automation.application.RecipeMatcher;
import com.projectflo.automation.model.ComponentTaskRecipe;
import com.projectflo.platform.application.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prices a build component from the task templates its recipes select (docs/pricing.md,
 * "Components"): the active templates {@link RecipeMatcher} picks, each counted once; Fixed
 * templates add their fixed price, Hourly ones effort × hourly rate.
 */
public final class ComponentPricer {

  private final List<ComponentTaskRecipe> recipes;

  /**
   * @param recipes every recipe, with its task template loaded
   */
  public ComponentPricer(List<ComponentTaskRecipe> recipes) {
    this.recipes = recipes.stream().filter(r -> r.getTaskTemplate().isActive()).toList();
  }

  /** The calculated price of a component with these ids and length. */
  public BigDecimal price(int deliverableId, int sceneId, int styleId, BigDecimal targetMinutes) {
    BigDecimal total = Money.ZERO;
    for (ComponentTaskRecipe recipe :
        RecipeMatcher.select(recipes, deliverableId, sceneId, styleId)) {
      total = total.add(recipe.getTaskTemplate().priceFor(targetMinutes));
    }
    return total;
  }
}
