package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.CLIENT;
import static com.projectflo.it.api.Operations.EVERYONE;
import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Request;
import java.util.List;
import java.util.Set;

/**
 * The catalogue entries (see {@link Operations}) of inquiries, clients and portal-user invitations.
 */
final class InquiryOperations {

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {
    String inquiry = "/api/inquiries/";
    ops.add(
        op(
            "POST",
            "/api/inquiries",
            () -> Request.json("/api/inquiries", InquiryFixtures.leadJson(Api.uniqueToken())),
            MANAGERS,
            "inquiry.create"));
    ops.add(
        op("GET", "/api/inquiries", () -> Request.of("/api/inquiries?limit=5"), MANAGERS, null));
    ops.add(
        op(
            "GET",
            "/api/inquiries/{id}",
            () -> Request.of(inquiry + InquiryFixtures.get().inquiryId()),
            MANAGERS,
            null));
    ops.add(
        op(
            "PUT",
            "/api/inquiries/{id}",
            () ->
                Request.json(
                    inquiry + InquiryFixtures.get().inquiryId(),
                    "{\"weddingDate\":\"2031-09-20\",\"notes\":\"Catalogue\"}"),
            MANAGERS,
            "inquiry.update"));
    ops.add(
        op(
            "PATCH",
            "/api/inquiries/{id}",
            () ->
                new Request(
                    inquiry + InquiryFixtures.get().inquiryId(),
                    "{\"venueDetails\":\"The old mill\"}",
                    Api.MERGE_PATCH),
            MANAGERS,
            "inquiry.update"));
    ops.add(
        op(
            "DELETE",
            "/api/inquiries/{id}",
            () -> Request.of(inquiry + InquiryFixtures.get().inquiryId()),
            MANAGERS,
            "inquiry.archive"));
    ops.add(
        op(
            "POST",
            "/api/inquiries/{id}/restore",
            () -> Request.of(inquiry + InquiryFixtures.get().inquiryId() + "/restore"),
            MANAGERS,
            "inquiry.restore"));
    ops.add(
        op(
            "POST",
            "/api/inquiries/{id}/status",
            () ->
                Request.json(
                    inquiry
                        + InquiryFixtures.createInquiry(InquiryFixtures.leadJson(Api.uniqueToken()))
                        + "/status",
                    "{\"status\":\"Contacted\"}"),
            MANAGERS,
            "inquiry.status_change"));
    ops.add(
        op(
            "GET",
            "/api/inquiries/{id}/status-changes",
            () -> Request.of(inquiry + InquiryFixtures.get().inquiryId() + "/status-changes"),
            MANAGERS,
            null));
    // Clients: a couple's portal user reads its own client record.
    String client = "/api/clients/";
    ops.add(op("GET", "/api/clients", () -> Request.of("/api/clients?limit=5"), MANAGERS, null));
    ops.add(
        op(
            "GET",
            "/api/clients/{id}",
            () -> Request.of(client + fx.clientA()),
            Set.of("Admin", "Manager", CLIENT),
            null));
    ops.add(
        op(
            "DELETE",
            "/api/clients/{id}",
            () -> Request.of(client + InquiryFixtures.get().spareClientId()),
            MANAGERS,
            "client.archive"));
    ops.add(
        op(
            "POST",
            "/api/clients/{id}/restore",
            () -> Request.of(client + InquiryFixtures.get().spareClientId() + "/restore"),
            MANAGERS,
            "client.restore"));
    ops.add(
        op(
            "POST",
            "/api/clients/{id}/invitations",
            () ->
                Request.json(
                    client + Database.createClient("Invitee" + Api.uniqueToken()) + "/invitations",
                    "{}"),
            MANAGERS,
            "client_user_invitation.create"));
    // Accepting an invitation is open: the token is the credential.
    ops.add(
        op(
            "POST",
            "/api/auth/invitations/accept",
            () ->
                Request.json(
                    "/api/auth/invitations/accept",
                    InquiryFixtures.acceptJson(InquiryFixtures.invitationToken(), Team.PASSWORD)),
            EVERYONE,
            "client_user_invitation.accept"));
  }

  private InquiryOperations() {}
}
