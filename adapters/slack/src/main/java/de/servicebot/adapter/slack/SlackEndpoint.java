package de.servicebot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /slack/events}: Bolt's servlet adapter reads the request and Bolt runs it, but nothing garbled gets a 500.
 * Bolt's parser throws on a body that is not what its type promises (a {@code payload} that is not JSON, a view
 * without its parts); such a request is answered 401 when it is not signed by Slack and 400 when it is, and Bolt's own
 * failures on a request it could parse are a 400 too: Slack sends well-formed payloads, so a payload that breaks a
 * handler is a bad one. Nothing of the failure reaches the caller.
 */
final class SlackEndpoint extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);
    private static final String BODY = SlackEndpoint.class.getName() + ".body";
    private static final String INVALID = "{\"error\":\"invalid request\"}";

    private final transient App app;
    private final transient SlackSignatureCheck signature;
    private final transient SlackAppServletAdapter adapter;

    SlackEndpoint(App app, SlackSignatureCheck signature) {
        this.app = app;
        this.signature = signature;
        this.adapter = new BodyKeepingAdapter(app);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(request);
        } catch (RuntimeException garbled) {
            log.info("Slack request not readable: {} at {}", garbled.getClass().getSimpleName(), where(garbled));
            write(response, signed(request) ? 400 : 401);
            return;
        }
        if (slackRequest == null) {
            write(response, signed(request) ? 400 : 401);
            return;
        }
        Response answer;
        try {
            answer = app.run(slackRequest);
        } catch (Exception failure) {
            log.warn(
                    "Slack request of type {} not handled: {} at {}",
                    slackRequest.getRequestType(),
                    failure.getClass().getSimpleName(),
                    where(failure));
            write(response, 400);
            return;
        }
        adapter.writeResponse(response, answer);
    }

    private boolean signed(HttpServletRequest request) {
        Object body = request.getAttribute(BODY);
        return body != null
                && signature.verified(
                        request.getHeader(SlackSignatureCheck.TIMESTAMP),
                        request.getHeader(SlackSignatureCheck.SIGNATURE),
                        body.toString());
    }

    /** Bolt's adapter, keeping the body it read, so that a request Bolt cannot parse can still be checked. */
    private static final class BodyKeepingAdapter extends SlackAppServletAdapter {

        BodyKeepingAdapter(App app) {
            super(app.config());
        }

        @Override
        protected String doReadRequestBodyAsString(HttpServletRequest request) throws IOException {
            String body = super.doReadRequestBodyAsString(request);
            request.setAttribute(BODY, body);
            return body;
        }
    }

    private static String where(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].getClassName() + ":" + trace[0].getLineNumber();
    }

    private static void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getWriter().write(INVALID);
    }
}
