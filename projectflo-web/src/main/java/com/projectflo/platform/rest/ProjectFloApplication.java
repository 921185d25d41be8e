package com.projectflo.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ProjectFlo REST API, under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "ProjectFlo API",
            version = "1.0",
            description =
                "Back office of a wedding-videography studio. Errors are RFC 9457 problem details"
                    + " (application/problem+json); lists are keyset-paginated"
                    + " ({\"items\": [...], \"nextCursor\": \"...\"})."),
    tags = {@Tag(name = "Contacts", description = "Everyone the studio deals with")})
public class ProjectFloApplication extends Application {}
