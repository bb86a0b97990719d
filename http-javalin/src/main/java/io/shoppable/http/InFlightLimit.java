package io.shoppable.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * The outermost handler: counts requests in flight, answers a fast 503 with {@code Retry-After} when there
 * are already as many as {@link Overload#maxInFlight()}, and (being a {@link GracefulHandler}) lets a stop
 * wait for those in flight while refusing new ones. It sits below Javalin, so it also counts requests that
 * Javalin's own error handling answers, and releases a slot only when the response is completely sent.
 */
final class InFlightLimit extends GracefulHandler {

    private static final byte[] BUSY = """
            {"type":"urn:shoppable:problem:overloaded","title":"Service Unavailable","status":503,\
            "detail":"The service is busy; try again shortly."}""".getBytes(StandardCharsets.UTF_8);

    private final Semaphore slots;

    InFlightLimit(int maxInFlight) {
        this.slots = new Semaphore(maxInFlight);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!slots.tryAcquire()) {
            response.setStatus(503);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.write(true, ByteBuffer.wrap(BUSY), callback);
            return true;
        }
        var release = Callback.from(callback, (Runnable) slots::release);
        try {
            if (super.handle(request, response, release)) {
                return true;
            }
        } catch (Exception | Error e) {
            slots.release();
            throw e;
        }
        slots.release();
        return false;
    }
}
