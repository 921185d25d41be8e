package com.projectflo.identity.application;

import com.projectflo.platform.application.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;

/** A role as created or replaced: name (unique), description, granted permission names. */
public record RoleDetails(
    @NotBlank(message = "is required") @Size(max = 255) String name,
    @Size(max = 2000) String description,
    @NotNull(message = "is required") Set<String> permissions) {

  public RoleDetails {
    name = Text.trimToNull(name);
    description = Text.trimToNull(description);
    permissions = permissions == null ? null : new TreeSet<>(permissions);
  }
}
