package com.projectflo.catalog.model;

import com.projectflo.platform.persistence.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A named catalog entry that can be retired (is_active false) instead of deleted. */
@MappedSuperclass
public abstract class CatalogEntry extends NamedEntity implements CatalogItem {

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
