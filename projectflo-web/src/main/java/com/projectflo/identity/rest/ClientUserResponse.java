package com.projectflo.identity.rest;

import com.projectflo.identity.model.ClientUser;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client's portal login as the API shows it (never its password). */
@Schema(name = "ClientUser")
public record ClientUserResponse(
    int id,
    int clientId,
    String email,
    OffsetDateTime lastLoginDate,
    OffsetDateTime disabledAt,
    long version) {

  static ClientUserResponse of(ClientUser user) {
    return new ClientUserResponse(
        user.getId(),
        user.getClient().getId(),
        user.getEmail(),
        user.getLastLoginDate(),
        user.getDisabledAt(),
        user.getVersion());
  }
}
