package de.servicebot.adapter.slack;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SSLCheckRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.UrlVerificationRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets only workspaces on the allow-list use the bot. Slack's own checks of the Events URL ({@code url_verification},
 * {@code ssl_check}) carry no workspace and always pass, or Slack could never verify the URL. Anyone else is told in a
 * sentence where Slack shows one: as the answer to a command, next to the first field of a modal, through the
 * response URL of a button; an event is acknowledged, so that Slack does not deliver it again.
 */
final class SlackWorkspaceGate implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(SlackWorkspaceGate.class);
    private static final Pattern TEAM_ID = Pattern.compile("\"team_id\"\\s*:\\s*\"([^\"]+)\"");

    private final SlackSettings settings;
    private final SlackTexts texts;
    private final Slack slack;

    SlackWorkspaceGate(SlackSettings settings, SlackTexts texts, Slack slack) {
        this.settings = settings;
        this.texts = texts;
        this.slack = slack;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req instanceof UrlVerificationRequest || req instanceof SSLCheckRequest) {
            return chain.next(req);
        }
        String team = teamOf(req);
        if (settings.allows(team)) {
            return chain.next(req);
        }
        log.warn("Slack request from workspace {} refused: not on the allow-list", team);
        return refusal(req);
    }

    private Response refusal(Request<?> request) {
        String text = texts.workspaceNotAllowed();
        if (request instanceof SlashCommandRequest) {
            JsonObject body = new JsonObject();
            body.addProperty("response_type", "ephemeral");
            body.addProperty("text", text);
            return json(body);
        }
        if (request instanceof ViewSubmissionRequest submission) {
            List<LayoutBlock> blocks = submission.getPayload().getView() == null
                    ? List.of()
                    : submission.getPayload().getView().getBlocks();
            String block =
                    blocks == null || blocks.isEmpty() ? null : blocks.get(0).getBlockId();
            if (block != null) {
                JsonObject errors = new JsonObject();
                errors.addProperty(block, text);
                JsonObject body = new JsonObject();
                body.addProperty("response_action", "errors");
                body.add("errors", errors);
                return json(body);
            }
        }
        if (request instanceof BlockActionRequest action && action.getPayload().getResponseUrl() != null) {
            try {
                new Responder(slack, action.getPayload().getResponseUrl())
                        .send(ActionResponse.builder()
                                .text(text)
                                .replaceOriginal(false)
                                .build());
            } catch (Exception failure) {
                log.warn("Refusal not delivered to the response URL: {}", failure.toString());
            }
        }
        if (request instanceof BlockSuggestionRequest) {
            return json("{\"options\":[]}");
        }
        return Response.ok();
    }

    private static Response json(JsonObject body) {
        return json(body.toString());
    }

    private static Response json(String body) {
        return Response.builder()
                .statusCode(200)
                .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(body)
                .build();
    }

    /**
     * The workspace a request comes from, as the request says. Bolt's single-workspace authorization puts the bot's
     * own workspace into the context, so the context cannot tell.
     */
    static String teamOf(Request<?> request) {
        if (request instanceof SlashCommandRequest command) {
            return command.getPayload().getTeamId();
        }
        if (request instanceof BlockActionRequest action && action.getPayload().getTeam() != null) {
            return action.getPayload().getTeam().getId();
        }
        if (request instanceof ViewSubmissionRequest submission
                && submission.getPayload().getTeam() != null) {
            return submission.getPayload().getTeam().getId();
        }
        if (request instanceof BlockSuggestionRequest suggestion
                && suggestion.getPayload().getTeam() != null) {
            return suggestion.getPayload().getTeam().getId();
        }
        if (request instanceof EventRequest event) {
            Matcher team = TEAM_ID.matcher(event.getRequestBodyAsString());
            return team.find() ? team.group(1) : null;
        }
        return null;
    }
}
