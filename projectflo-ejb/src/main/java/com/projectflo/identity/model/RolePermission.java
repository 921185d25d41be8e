package com.projectflo.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Table {@code role_permissions}: grants a permission to a role. */
@Entity
@Table(name = "role_permissions")
public class RolePermission {

  @EmbeddedId private Key id = new Key();

  @MapsId("roleId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "role_id", nullable = false)
  private Role role;

  @MapsId("permissionId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "permission_id", nullable = false)
  private Permission permission;

  public Key getId() {
    return id;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Permission getPermission() {
    return permission;
  }

  public void setPermission(Permission permission) {
    this.permission = permission;
  }

  /**
   * The composite primary key (role_id, permission_id), filled from the relations by
   * {@code @MapsId}.
   */
  @Embeddable
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "role_id")
    private Integer roleId;

    @Column(name = "permission_id")
    private Integer permissionId;

    public Key() {}

    public Key(Integer roleId, Integer permissionId) {
      this.roleId = roleId;
      this.permissionId = permissionId;
    }

    public Integer getRoleId() {
      return roleId;
    }

    public Integer getPermissionId() {
      return permissionId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(roleId, key.roleId)
          && Objects.equals(permissionId, key.permissionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(roleId, permissionId);
    }

    @Override
    public String toString() {
      return "(" + roleId + ", " + permissionId + ")";
    }
  }
}
