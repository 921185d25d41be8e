package com.projectflo.it.api;

import static com.projectflo.it.api.Operations.CLIENT;
import static com.projectflo.it.api.Operations.MANAGERS;
import static com.projectflo.it.api.Operations.UNASSIGNED;
import static com.projectflo.it.api.Operations.op;

import com.projectflo.it.api.Operations.Operation;
import com.projectflo.it.api.Operations.Request;
import java.util.List;
import java.util.Set;

/** The catalogue entries (see {@link Operations}) of documents, surveys and sales reports. */
final class DocumentOperations {

  private static final Set<String> MANAGERS_AND_CLIENT = Set.of("Admin", "Manager", CLIENT);

  static void addTo(List<Operations.Operation> ops, Fixtures fx) {
    // Documents of a project: the project's rights; unassigned contributors do not see it.
    String projectDocuments = "/api/projects/" + fx.projectA() + "/documents";
    ops.add(
        new Operation(
            "POST",
            "/api/projects/{projectId}/documents",
            () -> uploadRequest(projectDocuments),
            MANAGERS,
            UNASSIGNED,
            "document.upload"));
    ops.add(
        new Operation(
            "GET",
            "/api/projects/{projectId}/documents",
            () -> Request.of(projectDocuments + "?limit=5"),
            MANAGERS_AND_CLIENT,
            UNASSIGNED,
            null));
    // Documents of an inquiry: inquiries.* and documents.*.
    ops.add(
        op(
            "POST",
            "/api/inquiries/{inquiryId}/documents",
            () -> uploadRequest(inquiryDocuments()),
            MANAGERS,
            "document.upload"));
    ops.add(
        op(
            "GET",
            "/api/inquiries/{inquiryId}/documents",
            () -> Request.of(inquiryDocuments() + "?limit=5"),
            MANAGERS,
            null));
    // One document (of project A).
    ops.add(
        new Operation(
            "GET",
            "/api/documents/{id}",
            () -> Request.of("/api/documents/" + DocumentFixtures.get().projectDocumentId()),
            MANAGERS_AND_CLIENT,
            UNASSIGNED,
            null));
    ops.add(
        new Operation(
            "GET",
            "/api/documents/{id}/content",
            () ->
                Request.of(
                    "/api/documents/" + DocumentFixtures.get().projectDocumentId() + "/content"),
            MANAGERS_AND_CLIENT,
            UNASSIGNED,
            null));
    ops.add(
        new Operation(
            "DELETE",
            "/api/documents/{id}",
            () -> Request.of("/api/documents/" + DocumentFixtures.uploadToProject(fx.projectA())),
            MANAGERS,
            UNASSIGNED,
            "document.archive"));
    ops.add(
        new Operation(
            "POST",
            "/api/documents/{id}/restore",
            () -> {
              int id = DocumentFixtures.uploadToProject(fx.projectA());
              Api.delete("/api/documents/" + id);
              return Request.of("/api/documents/" + id + "/restore");
            },
            MANAGERS,
            UNASSIGNED,
            "document.restore"));
    // Surveys: the studio sends and reads them (clients.*), the client's portal user answers.
    ops.add(
        op(
            "POST",
            "/api/projects/{projectId}/surveys",
            () ->
                Request.of(
                    "/api/projects/"
                        + Database.createProject(fx.clientA(), "Alder " + Api.uniqueToken())
                        + "/surveys"),
            MANAGERS,
            "survey.send"));
    ops.add(
        op(
            "GET",
            "/api/projects/{projectId}/surveys",
            () ->
                Request.of(
                    "/api/projects/" + DocumentFixtures.get().surveyProjectId() + "/surveys"),
            MANAGERS,
            null));
    ops.add(
        op(
            "GET",
            "/api/surveys",
            () -> Request.of("/api/surveys?pending=true&limit=5"),
            MANAGERS_AND_CLIENT,
            null));
    ops.add(
        op(
            "GET",
            "/api/surveys/{id}",
            () -> Request.of("/api/surveys/" + DocumentFixtures.get().surveyId()),
            MANAGERS_AND_CLIENT,
            null));
    ops.add(
        op(
            "POST",
            "/api/surveys/{id}/response",
            () ->
                Request.json(
                    "/api/surveys/" + DocumentFixtures.freshSurveyOfClientA() + "/response",
                    "{\"satisfactionRating\":9,\"npsScore\":10,\"feedbackText\":\"Lovely\"}"),
            MANAGERS_AND_CLIENT,
            "survey.answer"));
    // Reports.
    ops.add(
        op(
            "GET",
            "/api/reports/funnel",
            () -> Request.of("/api/reports/funnel?from=2026-01-01&to=2026-12-31"),
            MANAGERS,
            null));
    ops.add(
        op(
            "GET",
            "/api/reports/nps",
            () -> Request.of("/api/reports/nps?from=2026-01-01&to=2026-12-31"),
            MANAGERS,
            null));
  }

  private static String inquiryDocuments() {
    return "/api/inquiries/" + DocumentFixtures.get().inquiryId() + "/documents";
  }

  private static Request uploadRequest(String path) {
    return new Request(
        path,
        Multipart.text(
            Multipart.upload(
                "matrix.txt",
                "text/plain",
                "catalogue".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
        Multipart.CONTENT_TYPE);
  }

  private DocumentOperations() {}
}
