package com.projectflo.catalog.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Table {@code editing_styles}: an editing approach and its characteristics. */
@Entity
@Table(name = "editing_styles")
public class EditingStyle extends CatalogEntry {}
