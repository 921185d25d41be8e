package com.projectflo.crm.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a document upload (multipart/form-data); for the OpenAPI document only. */
@Schema(name = "DocumentUpload")
public record DocumentUploadForm(
    @Schema(
            required = true,
            type = SchemaType.STRING,
            format = "binary",
            description =
                "The content; its Content-Type is stored (application/octet-stream when absent)"
                    + " and its filename kept as the display name")
        String file,
    @Schema(required = true, maxLength = 255, example = "Contract") String documentType,
    @Schema(
            maxLength = 255,
            description = "Display name to use instead of the file part's filename")
        String name) {}
