package com.projectflo.catalog.model;

/**
 * What every catalog table shares: a unique name, an active flag and an optimistic-lock version.
 */
public interface CatalogItem {

  Integer getId();

  String getName();

  boolean isActive();

  void setActive(boolean active);

  long getVersion();
}
