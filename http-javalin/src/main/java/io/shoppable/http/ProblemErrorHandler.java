package io.shoppable.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Answers what Jetty refuses before Javalin sees it (an ambiguous or over-long URI, oversized headers,
 * a malformed request line) with the same problem JSON as everything else, never with an HTML page or
 * a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(body(status));
    }

    /** Jetty's own reason may echo the request; the title of the status says enough. */
    private static byte[] body(int status) {
        var title = Problems.title(status);
        var slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        return ("{\"type\":\"urn:shoppable:problem:" + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"The request could not be read: " + title.toLowerCase(Locale.ROOT) + ".\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
