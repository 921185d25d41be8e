package com.projectflo.ledger.rest;

import com.projectflo.ledger.application.SnapshotDiff;
import com.projectflo.ledger.application.SnapshotDocument;
import com.projectflo.ledger.application.SnapshotService;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/builds/{buildId}/snapshots}: the configuration of every approved version. */
@Path("/builds/{buildId}/snapshots")
@RequestScoped
@Tag(name = "Change orders")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProjectFloApplication.NOT_FOUND)
public class SnapshotResource {

  @Inject private SnapshotService snapshots;

  @GET
  @Operation(summary = "Every snapshot of a build, version 1 (booking) first")
  @APIResponse(responseCode = "200", description = "The snapshots")
  public List<SnapshotDocument> list(@PathParam("buildId") int buildId) {
    return snapshots.listSnapshots(buildId);
  }

  @GET
  @Path("{version}")
  @Operation(summary = "The configuration of one version, with names and prices")
  @APIResponse(responseCode = "200", description = "The snapshot")
  public SnapshotDocument get(
      @PathParam("buildId") int buildId, @PathParam("version") int version) {
    return snapshots.getSnapshot(buildId, version);
  }

  @GET
  @Path("{from}/diff/{to}")
  @Operation(
      summary = "What changed between two versions",
      description = "Lines added, removed or modified, each with its price before and after.")
  @APIResponse(responseCode = "200", description = "The changes")
  public SnapshotDiff diff(
      @PathParam("buildId") int buildId, @PathParam("from") int from, @PathParam("to") int to) {
    return snapshots.diff(buildId, from, to);
  }
}
