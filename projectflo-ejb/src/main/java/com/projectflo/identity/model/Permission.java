package com.projectflo.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Table {@code permissions}: an action of the system that a role may be allowed to perform. */
@Entity
@Table(name = "permissions")
@NamedQuery(
    name = Permission.FIND_BY_ACTION_NAME,
    query = "SELECT p FROM Permission p WHERE p.actionName = :actionName")
public class Permission {

  public static final String FIND_BY_ACTION_NAME = "Permission.findByActionName";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @Column(name = "action_name", nullable = false)
  private String actionName;

  @Column(name = "description")
  private String description;

  public Integer getId() {
    return id;
  }

  public String getActionName() {
    return actionName;
  }

  public void setActionName(String actionName) {
    this.actionName = actionName;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
