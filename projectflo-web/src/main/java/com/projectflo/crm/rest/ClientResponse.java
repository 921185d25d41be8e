package com.projectflo.crm.rest;

import com.projectflo.crm.application.BalanceSummary;
import com.projectflo.crm.application.ClientProject;
import com.projectflo.crm.application.ClientView;
import com.projectflo.crm.model.Client;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client with its contact, its projects and its balance; {@code version} is also the ETag. */
@Schema(name = "Client")
public record ClientResponse(
    int id,
    PartySummary contact,
    @Schema(description = "By wedding date, archived projects included") List<Project> projects,
    Balance balance,
    OffsetDateTime archivedAt,
    long version) {

  /** A project of the client. */
  @Schema(name = "ClientProject")
  public record Project(int id, String name, LocalDate weddingDate, OffsetDateTime archivedAt) {}

  /** Over the client's builds that are not archived; amounts with two decimals. */
  @Schema(name = "ClientBalance")
  public record Balance(
      @Schema(description = "Sum of the approved prices") BigDecimal approvedTotal,
      @Schema(description = "Sum paid") BigDecimal paidTotal,
      @Schema(description = "approvedTotal - paidTotal") BigDecimal balanceDue) {

    static Balance of(BalanceSummary summary) {
      return new Balance(summary.approvedTotal(), summary.paidTotal(), summary.balanceDue());
    }
  }

  static ClientResponse of(ClientView view) {
    Client client = view.client();
    return new ClientResponse(
        client.getId(),
        PartySummary.of(client.getContact()),
        view.projects().stream().map(ClientResponse::project).toList(),
        Balance.of(view.balance()),
        client.getArchivedAt(),
        client.getVersion());
  }

  private static Project project(ClientProject project) {
    return new Project(project.id(), project.name(), project.weddingDate(), project.archivedAt());
  }
}
