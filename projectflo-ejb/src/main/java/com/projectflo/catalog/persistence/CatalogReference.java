package com.projectflo.catalog.persistence;

/**
 * A foreign key with ON DELETE RESTRICT that points at a catalog table: {@code table.column}, and
 * how a delete refusal names one or several of its rows. The names are constants, never input.
 */
public record CatalogReference(String table, String column, String singular, String plural) {

  /** "1 build component", "3 build components". */
  public String describe(long count) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
