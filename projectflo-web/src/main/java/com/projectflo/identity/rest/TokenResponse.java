package com.projectflo.identity.rest;

import com.projectflo.identity.application.TokenGrant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tokens of a login or refresh: send {@code Authorization: Bearer <accessToken>}. */
@Schema(name = "Tokens")
public record TokenResponse(
    String accessToken,
    @Schema(description = "Single use: each refresh returns a new one") String refreshToken,
    @Schema(enumeration = "Bearer") String tokenType,
    @Schema(description = "Seconds until the access token expires") long expiresIn) {

  static TokenResponse of(TokenGrant grant) {
    return new TokenResponse(
        grant.accessToken(), grant.refreshToken(), "Bearer", grant.expiresInSeconds());
  }
}
