package com.projectflo.identity.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/auth/refresh and /api/auth/logout. */
@Schema(name = "RefreshRequest")
public record RefreshRequest(@Schema(required = true) String refreshToken) {

  @Override
  public String toString() {
    return "RefreshRequest[…]";
  }
}
