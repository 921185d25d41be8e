package com.projectflo.identity.model;

import com.projectflo.platform.persistence.NamedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Table {@code roles}: a job function, which grants a set of permissions. */
@Entity
@Table(name = "roles")
@NamedQuery(name = Role.FIND_BY_NAME, query = "SELECT r FROM Role r WHERE r.name = :name")
public class Role extends NamedEntity {
  public static final String FIND_BY_NAME = "Role.findByName";
}
