package org.storyfuse.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own errors — requests refused before they reach a route (an encoded slash or a NUL in
 * the path, a URI or header too long, a malformed request line) — in the service's JSON error
 * shape, {@code {"error": "...", "status": N}}, with the same security headers as every response,
 * instead of Jetty's HTML "Bad Message" page. Such a request names no page to render, so the
 * answer is JSON whatever the path.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    int status = response.getStatus();
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    byte[] body = body(status, message == null ? null : message.toString());
    if (response.isCommitted()) {
      return;
    }
    SecurityHeaders.apply(response::setHeader);
    response.setContentType(StoryfuseServer.JSON);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, StoryfuseServer.JSON);
    SecurityHeaders.apply(fields::put);
    return ByteBuffer.wrap(body(status, reason));
  }

  /** The error document: our reason for the status, with Jetty's own detail when it has one. */
  static byte[] body(int status, String detail) {
    String reason = StoryfuseServer.reason(status);
    String message = reason;
    if (detail != null && !detail.isBlank()) {
      String line = detail.strip().replaceAll("\\s+", " ");
      line = line.length() > 200 ? line.substring(0, 199) + "…" : line;
      if (!line.equalsIgnoreCase(reason)) {
        message = reason + ": " + line;
      }
    }
    return ApiJson.write(new ApiJson.Error(message, status)).getBytes(StandardCharsets.UTF_8);
  }
}
