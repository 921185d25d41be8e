package com.projectflo.catalog.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Table {@code coverage_scenes}: a part of the day that can be filmed (ceremony, reception...). */
@Entity
@Table(name = "coverage_scenes")
public class CoverageScene extends CatalogEntry {}
