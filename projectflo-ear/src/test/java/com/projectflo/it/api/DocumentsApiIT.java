package com.projectflo.it.api;

import static com.projectflo.it.api.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.it.api.Multipart.Part;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Uploading, listing, downloading, archiving and restoring documents over HTTP. */
class DocumentsApiIT {

  private static final Path STORAGE =
      Path.of(System.getProperty("projectflo.it.documentsDir", "target/documents"));
  private static final int MAX_BYTES =
      Integer.getInteger("projectflo.it.documentsMaxBytes", 1024 * 1024);

  private final Fixtures fx = Fixtures.get();

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private int freshProject() {
    return Database.createProject(fx.clientA(), "Docs " + Api.uniqueToken());
  }

  private static String projectDocuments(int projectId) {
    return "/api/projects/" + projectId + "/documents";
  }

  private static long rowsOfProject(int projectId) {
    return (Long) Database.single("SELECT COUNT(*) FROM documents WHERE project_id = ?", projectId);
  }

  /** Every file under the storage directory, finished or partial. */
  private static long storedFiles() {
    if (!Files.exists(STORAGE)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(STORAGE)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String storedPath(int documentId) {
    return (String) Database.single("SELECT file_path FROM documents WHERE id = ?", documentId);
  }

  private static JsonObject upload(Api.Client caller, int projectId, Part... parts) {
    Api.Response created = Multipart.post(caller, projectDocuments(projectId), parts);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static List<Integer> listedIds(Api.Response list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.items().stream().map(d -> d.getInt("id")).toList();
  }

  @Test
  void aBinaryUploadRoundTripsWithItsSha256InTheResponseTheDatabaseAndOnDisk() throws Exception {
    Team.Member admin = Team.withRole("Admin");
    byte[] payload = randomBytes(200_000, 42);
    String sha256 = sha256(payload);
    int project = freshProject();

    Api.Response created =
        Multipart.post(
            admin.client(),
            projectDocuments(project),
            Multipart.upload("clip-01.bin", "application/octet-stream", payload));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject document = created.json();
    int id = document.getInt("id");
    assertThat(created.header("Location")).endsWith("/api/documents/" + id);
    assertThat(document.getString("sha256")).isEqualTo(sha256);
    assertThat(document.getJsonNumber("sizeBytes").longValue()).isEqualTo(payload.length);
    assertThat(document.getString("contentType")).isEqualTo("application/octet-stream");
    assertThat(document.getString("fileName")).isEqualTo("clip-01.bin");
    assertThat(document.getString("documentType")).isEqualTo("Contract");
    assertThat(document.getString("status")).isEqualTo("Active");
    assertThat(document.getInt("projectId")).isEqualTo(project);
    assertThat(document.getInt("uploadedByContributorId")).isEqualTo(admin.id());
    assertThat(document.containsKey("filePath")).isFalse();

    assertThat(Database.single("SELECT sha256 FROM documents WHERE id = ?", id)).isEqualTo(sha256);
    assertThat(Database.single("SELECT size_bytes FROM documents WHERE id = ?", id))
        .isEqualTo((long) payload.length);
    assertThat(Database.single("SELECT uploaded_by_contributor_id FROM documents WHERE id = ?", id))
        .isEqualTo(admin.id());
    Path onDisk = STORAGE.resolve(storedPath(id));
    assertThat(onDisk).exists();
    assertThat(sha256(Files.readAllBytes(onDisk))).isEqualTo(sha256);

    HttpResponse<byte[]> download =
        Multipart.download(Api.asAdmin(), "/api/documents/" + id + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(payload);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"clip-01.bin\"; filename*=UTF-8''clip-01.bin");

    HttpResponse<byte[]> unchanged =
        Multipart.download(
            Api.asAdmin(),
            "/api/documents/" + id + "/content",
            "If-None-Match",
            "\"" + sha256 + "\"");
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
  }

  @Test
  void aHostileFileNameNeverReachesTheFileSystem() {
    int project = freshProject();
    byte[] payload = "root:x:0:0".getBytes(StandardCharsets.UTF_8);

    JsonObject document =
        upload(Api.asAdmin(), project, Multipart.upload("../../etc/passwd", "text/plain", payload));

    assertThat(document.getString("fileName")).isEqualTo("passwd");
    String stored = storedPath(document.getInt("id"));
    assertThat(stored)
        .matches(
            "[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    String uuid = stored.substring(6);
    assertThat(stored).startsWith(uuid.substring(0, 2) + "/" + uuid.substring(2, 4) + "/");
    Path file = STORAGE.resolve(stored).normalize();
    assertThat(file)
        .startsWith(STORAGE.toAbsolutePath().normalize())
        .exists()
        .hasBinaryContent(payload);
    assertThat(STORAGE.resolve("../../etc/passwd").normalize()).doesNotExist();
  }

  @Test
  void aUtf8FileNameIsKeptForDisplayAndOfferedBackPerRfc6266() {
    int project = freshProject();
    String name = "Zoë & Łukasz – 契約.pdf";

    JsonObject document =
        upload(
            Api.asAdmin(),
            project,
            Multipart.file("scan.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
            Multipart.field("documentType", "Contract"),
            Multipart.field("name", name));

    assertThat(document.getString("fileName")).isEqualTo(name);
    assertThat(document.getString("contentType")).isEqualTo("application/pdf");
    HttpResponse<byte[]> download =
        Multipart.download(Api.asAdmin(), "/api/documents/" + document.getInt("id") + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"Zo_ & _ukasz _ __.pdf\";"
                + " filename*=UTF-8''Zo%C3%AB%20&%20%C5%81ukasz%20%E2%80%93%20%E5%A5%91%E7%B4%84.pdf");
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
  }

  @Test
  void aUtf8FileNameOfTheFilePartIsKept() {
    int project = freshProject();
    String name = "Zoë – 契約.txt";

    JsonObject document =
        upload(
            Api.asAdmin(),
            project,
            Multipart.upload(
                name, "text/plain; charset=UTF-8", "hello".getBytes(StandardCharsets.UTF_8)));

    assertThat(document.getString("fileName")).isEqualTo(name);
    assertThat(document.getString("contentType")).isEqualTo("text/plain;charset=utf-8");
  }

  @Test
  void aFileLargerThanTheLimitIs413AndLeavesNoRowAndNoFile() {
    int project = freshProject();
    long filesBefore = storedFiles();

    Api.Response refused =
        Multipart.post(
            Api.asAdmin(),
            projectDocuments(project),
            Multipart.upload(
                "too-big.bin", "application/octet-stream", randomBytes(MAX_BYTES + 1, 7)));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.json().getString("detail")).contains(String.valueOf(MAX_BYTES));
    assertThat(rowsOfProject(project)).isZero();
    assertThat(storedFiles()).isEqualTo(filesBefore);

    JsonObject atTheLimit =
        upload(
            Api.asAdmin(),
            project,
            Multipart.upload(
                "just-fits.bin", "application/octet-stream", randomBytes(MAX_BYTES, 8)));
    assertThat(atTheLimit.getJsonNumber("sizeBytes").longValue()).isEqualTo(MAX_BYTES);
    assertThat(storedFiles()).isEqualTo(filesBefore + 1);
  }

  @Test
  void aRowThatCannotBeWrittenTakesItsFileAlong() {
    int project = freshProject();
    String refusedType = "refused-" + Api.uniqueToken();
    Database.execute(
        "CREATE OR REPLACE FUNCTION it_refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$"
            + " BEGIN RAISE EXCEPTION USING ERRCODE = 'check_violation',"
            + " MESSAGE = 'refused by the test trigger'; END $$");
    Database.execute(
        "CREATE TRIGGER it_refuse_document BEFORE INSERT ON documents FOR EACH ROW"
            + " WHEN (NEW.document_type = '"
            + refusedType
            + "') EXECUTE FUNCTION it_refuse_document()");
    try {
      long filesBefore = storedFiles();

      Api.Response refused =
          Multipart.post(
              Api.asAdmin(),
              projectDocuments(project),
              Multipart.file("notes.txt", "text/plain", randomBytes(50_000, 9)),
              Multipart.field("documentType", refusedType));

      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(rowsOfProject(project)).isZero();
      assertThat(storedFiles()).isEqualTo(filesBefore);
    } finally {
      Database.execute("DROP TRIGGER it_refuse_document ON documents");
    }
  }

  @Test
  void aBodyThatIsNotMultipartIs415() {
    Api.Response refused =
        Api.post(projectDocuments(fx.projectA()), "{\"documentType\":\"Contract\"}");

    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
  }

  @Test
  void missingOrMalformedPartsAre400NamingThemAndWriteNothing() {
    int project = freshProject();
    long filesBefore = storedFiles();

    Api.Response noFile =
        Multipart.post(
            Api.asAdmin(), projectDocuments(project), Multipart.field("documentType", "Contract"));
    assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
    assertThat(noFile.contentType()).startsWith(PROBLEM_JSON);
    assertThat(noFile.errorFields()).containsExactly("file");

    Api.Response noType =
        Multipart.post(
            Api.asAdmin(),
            projectDocuments(project),
            Multipart.file("a.txt", "text/plain", new byte[] {1}));
    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.errorFields()).containsExactly("documentType");

    Api.Response badType =
        Multipart.post(
            Api.asAdmin(),
            projectDocuments(project),
            Multipart.upload("a.txt", "application/*", new byte[] {1}));
    assertThat(badType.status()).as(badType.toString()).isEqualTo(400);
    assertThat(badType.errorFields()).containsExactly("file");

    Api.Response unparsable =
        Multipart.post(
            Api.asAdmin(),
            projectDocuments(project),
            Multipart.upload("a.txt", "pdf", new byte[] {1}));
    assertThat(unparsable.status()).as(unparsable.toString()).isEqualTo(400);
    assertThat(unparsable.contentType()).startsWith(PROBLEM_JSON);
    assertThat(unparsable.body()).doesNotContain("RESTEASY").doesNotContain("com.projectflo");

    Api.Response noBoundary =
        Multipart.send(
            Api.asAdmin(),
            "POST",
            projectDocuments(project),
            "multipart/form-data",
            Multipart.body(Multipart.upload("a.txt", "text/plain", new byte[] {1})));
    assertThat(noBoundary.status()).as(noBoundary.toString()).isEqualTo(400);
    assertThat(noBoundary.contentType()).startsWith(PROBLEM_JSON);

    assertThat(rowsOfProject(project)).isZero();
    assertThat(storedFiles()).isEqualTo(filesBefore);
  }

  @Test
  void unknownProjectsInquiriesAndDocumentsAre404() {
    Part[] parts = Multipart.upload("a.txt", "text/plain", new byte[] {1});

    assertThat(Multipart.post(Api.asAdmin(), "/api/projects/2147483000/documents", parts).status())
        .isEqualTo(404);
    assertThat(Multipart.post(Api.asAdmin(), "/api/inquiries/2147483000/documents", parts).status())
        .isEqualTo(404);
    assertThat(Api.get("/api/projects/2147483000/documents").status()).isEqualTo(404);
    assertThat(Api.get("/api/inquiries/2147483000/documents").status()).isEqualTo(404);
    assertThat(Api.get("/api/documents/2147483000").status()).isEqualTo(404);
    assertThat(Api.get("/api/documents/2147483000/content").status()).isEqualTo(404);
    assertThat(Api.delete("/api/documents/2147483000").status()).isEqualTo(404);
  }

  @Test
  void archivingHidesADocumentFromTheListUntilItIsRestored() {
    int project = freshProject();
    int id = DocumentFixtures.uploadToProject(project);
    Api.Response current = Api.get("/api/documents/" + id);
    String etag = current.header("ETag");

    assertThat(Api.delete("/api/documents/" + id, "If-Match", "\"999\"").status()).isEqualTo(412);
    assertThat(Api.delete("/api/documents/" + id, "If-Match", etag).status()).isEqualTo(204);
    assertThat(Api.delete("/api/documents/" + id).status()).as("idempotent").isEqualTo(204);

    assertThat(listedIds(Api.get(projectDocuments(project)))).doesNotContain(id);
    assertThat(listedIds(Api.get(projectDocuments(project) + "?includeArchived=true")))
        .contains(id);
    assertThat(Api.get("/api/documents/" + id).json().getString("status")).isEqualTo("Archived");
    assertThat(Database.single("SELECT CAST(status AS text) FROM documents WHERE id = ?", id))
        .isEqualTo("Archived");
    assertThat(STORAGE.resolve(storedPath(id))).as("the file is kept").exists();

    Api.Response restored = Api.post("/api/documents/" + id + "/restore", null);
    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.json().getString("status")).isEqualTo("Active");
    assertThat(listedIds(Api.get(projectDocuments(project)))).contains(id);
  }

  @Test
  void listsArePagedNewestFirst() {
    int project = freshProject();
    int first = DocumentFixtures.uploadToProject(project);
    int second = DocumentFixtures.uploadToProject(project);
    int third = DocumentFixtures.uploadToProject(project);

    Api.Response page1 = Api.get(projectDocuments(project) + "?limit=2");
    assertThat(listedIds(page1)).containsExactly(third, second);
    String cursor = page1.json().getString("nextCursor");
    Api.Response page2 = Api.get(projectDocuments(project) + "?limit=2&cursor=" + cursor);
    assertThat(listedIds(page2)).containsExactly(first);
    assertThat(page2.json().containsKey("nextCursor")).isFalse();

    Api.Response badLimit = Api.get(projectDocuments(project) + "?limit=0&includeArchived=maybe");
    assertThat(badLimit.status()).isEqualTo(400);
    assertThat(badLimit.errorFields()).contains("limit", "includeArchived");
  }

  @Test
  void anInquirysDocumentsNeedInquiryRightsAndAreNeverAPortalUsers() {
    int inquiry =
        DocumentFixtures.createInquiry("New", "Instagram", null, java.time.OffsetDateTime.now());
    String path = "/api/inquiries/" + inquiry + "/documents";

    Api.Response created =
        Multipart.post(
            Api.asAdmin(),
            path,
            Multipart.upload("questionnaire.txt", "text/plain", new byte[] {65}));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    int id = created.json().getInt("id");
    assertThat(created.json().getInt("inquiryId")).isEqualTo(inquiry);
    assertThat(created.json().containsKey("projectId")).isFalse();

    assertThat(listedIds(Api.get(path))).containsExactly(id);
    assertThat(Team.withRole("Manager").client().get("/api/documents/" + id).status())
        .isEqualTo(200);
    assertThat(Team.withRole("Videographer").client().get("/api/documents/" + id).status())
        .isEqualTo(403);
    assertThat(fx.clientUser().get("/api/documents/" + id).status()).isEqualTo(404);
    assertThat(fx.clientUser().get("/api/documents/" + id + "/content").status()).isEqualTo(404);
  }

  @Test
  void aPortalUserReadsItsOwnProjectsActiveDocumentsOnly() {
    Api.Client couple = fx.clientUser();
    byte[] payload = "our contract".getBytes(StandardCharsets.UTF_8);
    int own =
        upload(
                Api.asAdmin(),
                fx.projectA(),
                Multipart.upload("contract.txt", "text/plain", payload))
            .getInt("id");
    int others = DocumentFixtures.uploadToProject(fx.projectB());

    assertThat(couple.get("/api/documents/" + own).status()).isEqualTo(200);
    HttpResponse<byte[]> download =
        Multipart.download(couple, "/api/documents/" + own + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(payload);
    assertThat(listedIds(couple.get(projectDocuments(fx.projectA()) + "?limit=200"))).contains(own);

    Api.Response otherClients = couple.get("/api/documents/" + others);
    assertThat(otherClients.status()).isEqualTo(404);
    assertThat(couple.get("/api/documents/" + others + "/content").status()).isEqualTo(404);
    assertThat(couple.get(projectDocuments(fx.projectB())).status()).isEqualTo(404);

    assertThat(Api.delete("/api/documents/" + own).status()).isEqualTo(204);
    assertThat(couple.get("/api/documents/" + own).status()).isEqualTo(404);
    assertThat(couple.get("/api/documents/" + own + "/content").status()).isEqualTo(404);
    assertThat(
            listedIds(
                couple.get(projectDocuments(fx.projectA()) + "?includeArchived=true&limit=200")))
        .doesNotContain(own);
    assertThat(couple.delete("/api/documents/" + others).status()).isEqualTo(403);
  }

  @Test
  void contributorsActWithTheRightsOfTheirProjectRole() {
    int project = freshProject();
    Team.Member shooter = Team.create("shooter", null);
    Team.Member cutter = Team.create("cutter", null);
    Api.put(
        "/api/projects/" + project + "/assignments/" + shooter.id(),
        "{\"roleId\":" + Team.roleId("Videographer") + "}");
    Api.put(
        "/api/projects/" + project + "/assignments/" + cutter.id(),
        "{\"roleId\":" + Team.roleId("Editor") + "}");
    Part[] parts = Multipart.upload("b-roll.txt", "text/plain", new byte[] {66});

    Api.Response uploaded = Multipart.post(shooter.client(), projectDocuments(project), parts);
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    int id = uploaded.json().getInt("id");
    assertThat(listedIds(cutter.client().get(projectDocuments(project)))).containsExactly(id);
    assertThat(Multipart.post(cutter.client(), projectDocuments(project), parts).status())
        .as("an Editor reads but does not upload")
        .isEqualTo(403);
    assertThat(cutter.client().delete("/api/documents/" + id).status()).isEqualTo(403);
    assertThat(Team.withRole("Videographer").client().get("/api/documents/" + id).status())
        .as("not assigned")
        .isEqualTo(404);
  }
}
