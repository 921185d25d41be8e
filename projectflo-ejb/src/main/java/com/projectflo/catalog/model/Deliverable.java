package com.projectflo.catalog.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Table {@code deliverables}: a final product that can be offered to clients (highlight film,
 * feature...).
 */
@Entity
@Table(name = "deliverables")
public class Deliverable extends CatalogEntry {}
