package com.projectflo.it.api;

/**
 * Catalog rows the automation-rule tests refer to, inserted straight into the database with unique
 * names (the catalog API is tested on its own).
 */
final class AutomationFixtures {

  private AutomationFixtures() {}

  static int deliverable() {
    return insert("INSERT INTO deliverables (name) VALUES (?) RETURNING id", "Film ");
  }

  static int scene() {
    return insert("INSERT INTO coverage_scenes (name) VALUES (?) RETURNING id", "Scene ");
  }

  static int style() {
    return insert("INSERT INTO editing_styles (name) VALUES (?) RETURNING id", "Style ");
  }

  static int billableItem() {
    return insert(
        "INSERT INTO billable_items (name, price) VALUES (?, 120.00) RETURNING id", "Drive ");
  }

  /** A task template (hourly, 50.00 an hour); returns its id. */
  static int taskTemplate(String name) {
    return ((Number)
            Database.single(
                "INSERT INTO task_templates (name, hourly_rate) VALUES (?, 50.00) RETURNING id",
                name))
        .intValue();
  }

  static int taskTemplate() {
    return taskTemplate("Task " + Api.uniqueToken());
  }

  private static int insert(String sql, String prefix) {
    return ((Number) Database.single(sql, prefix + Api.uniqueToken())).intValue();
  }
}
