package com.projectflo.identity.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/contributors/{id}/role: a role id, or null to remove the system role. */
@Schema(name = "SystemRoleRequest")
public record SystemRoleRequest(Integer roleId) {}
