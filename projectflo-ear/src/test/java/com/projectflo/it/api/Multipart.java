package com.projectflo.it.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * multipart/form-data bodies for the document tests, and requests with binary bodies and binary
 * responses (which {@link Api} sends and reads as text).
 */
final class Multipart {

  static final String BOUNDARY = "projectflo-it-7d91c2a4e6";
  static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private static final URI BASE =
      URI.create(System.getProperty("projectflo.it.baseUrl", "http://localhost:9180"));
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Multipart() {}

  /** One part: a form field (no file name, no content type) or a file. */
  record Part(String name, String fileName, String contentType, byte[] content) {}

  static Part field(String name, String value) {
    return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
  }

  static Part file(String fileName, String contentType, byte[] content) {
    return new Part("file", fileName, contentType, content);
  }

  /** The usual upload: a file and its document type. */
  static Part[] upload(String fileName, String contentType, byte[] content) {
    return new Part[] {file(fileName, contentType, content), field("documentType", "Contract")};
  }

  static byte[] body(Part... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder();
      head.append("--").append(BOUNDARY).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** The body as text, for the operation catalogue (whose requests are strings). */
  static String text(Part... parts) {
    return new String(body(parts), StandardCharsets.UTF_8);
  }

  static Api.Response post(Api.Client caller, String path, Part... parts) {
    return send(caller, "POST", path, CONTENT_TYPE, body(parts));
  }

  static Api.Response send(
      Api.Client caller, String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(BASE.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType);
    authorize(caller, request);
    try {
      return new Api.Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET whose body is read as bytes; {@code headers} are name, value pairs. */
  static HttpResponse<byte[]> download(Api.Client caller, String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    authorize(caller, request);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void authorize(Api.Client caller, HttpRequest.Builder request) {
    if (caller.accessToken() != null) {
      request.header("Authorization", "Bearer " + caller.accessToken());
    }
  }
}
