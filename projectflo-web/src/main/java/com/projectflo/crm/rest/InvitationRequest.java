package com.projectflo.crm.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/clients/{id}/invitations. */
@Schema(name = "ClientInvitationRequest")
public record InvitationRequest(
    @Schema(
            maxLength = 255,
            format = "email",
            description = "The portal login's e-mail; defaults to the client contact's")
        String email) {}
