package de.servicebot.bot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.ViewState;
import de.servicebot.adapter.slack.SlackDirectory;
import de.servicebot.bot.conversation.CommandSpec;
import de.servicebot.bot.conversation.Conversation;
import de.servicebot.bot.conversation.FormView;
import de.servicebot.bot.conversation.Recognition;
import de.servicebot.bot.conversation.Reply;
import de.servicebot.bot.conversation.Request;
import de.servicebot.bot.conversation.TextView;
import de.servicebot.bot.conversation.View;
import de.servicebot.bot.i18n.Messages;
import de.servicebot.core.shared.Language;
import de.servicebot.core.shared.Transactions;
import de.servicebot.core.staff.ChatReferences;
import de.servicebot.core.staff.ChatService;
import de.servicebot.core.staff.StaffMember;
import de.servicebot.core.staff.StaffService;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation in Slack. {@code /ticket}, {@code /zeit} and {@code /anruf} become the conversation's text commands;
 * a form opens as a modal, anything else is the (ephemeral) answer. A submitted modal goes to the conversation: a
 * refusal comes back as errors next to its fields, a next step replaces the modal, a result closes it and arrives as a
 * direct message; a pressed button whose answer is a checklist replaces the message it was on, so the list stays one
 * message. Slack waits 3 seconds at most: what takes longer is acknowledged at once and answered later.
 */
final class SlackHandlers {

    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Slack wants the answer within 3 s; this leaves half a second for the way back. */
    private static final long ANSWER_WITHIN_MILLIS = 2_500;

    private final Conversation conversation;
    private final SlackBlocks blocks;
    private final Messages messages;
    private final StaffService staffService;
    private final SlackDirectory directory;
    private final SlackReplies replies;
    private final ChatReferences references;
    private final Transactions transactions;
    private final ExecutorService work;

    SlackHandlers(
            Conversation conversation,
            Messages messages,
            StaffService staffService,
            SlackDirectory directory,
            SlackReplies replies,
            ChatReferences references,
            Transactions transactions,
            ExecutorService work,
            SlackBlocks blocks) {
        this.conversation = conversation;
        this.blocks = blocks;
        this.messages = messages;
        this.staffService = staffService;
        this.directory = directory;
        this.replies = replies;
        this.references = references;
        this.transactions = transactions;
        this.work = work;
    }

    void register(App app) {
        for (CommandSpec command : conversation.slashCommands()) {
            String word = command.words().get(0);
            app.command(
                    command.slashCommand(),
                    (req, ctx) -> command(
                            ctx,
                            req.getPayload().getUserId(),
                            word + " " + text(req.getPayload().getText()),
                            req.getPayload().getTriggerId()));
        }
        app.viewSubmission(Pattern.compile(".+"), (req, ctx) -> {
            var view = req.getPayload().getView();
            if (view == null || view.getState() == null || view.getCallbackId() == null) {
                return Response.builder().statusCode(400).build();
            }
            String user = req.getPayload().getUser().getId();
            Caller caller = caller(user);
            if (caller.me().isEmpty()) {
                return refuse(ctx, view, caller.refusal());
            }
            Optional<StaffMember> me = caller.me();
            Map<String, String> inputs = new HashMap<>(hidden(view.getPrivateMetadata()));
            inputs.putAll(values(view.getState()));
            Request request = Request.keyed(signed(req.getHeaders())).answeredBy(answer -> {
                if (!(answer.views().get(0) instanceof FormView)) {
                    replies.queue(user, answer.views());
                }
            });
            Reply reply = conversation.submit(me.get(), view.getCallbackId(), inputs, request);
            View first = reply.views().get(0);
            if (first instanceof FormView form
                    && form.action().equals(view.getCallbackId())
                    && !blocks.errors(form).isEmpty()) {
                return ctx.ack(r -> r.responseAction("errors").errors(blocks.errors(form)));
            }
            if (first instanceof FormView next) {
                return ctx.ack(r -> r.responseAction("update").view(blocks.modal(next)));
            }
            if (Conversation.refusal(reply)) {
                // nothing was done, so nothing was queued: the refusal is shown in the modal, which stays open
                return refuse(ctx, view, blocks.fallback(reply.views()));
            }
            return ctx.ack();
        });
        app.blockAction(routed(conversation.actionIds()), (req, ctx) -> {
            BlockActionPayload payload = req.getPayload();
            BlockActionPayload.Action action = payload.getActions().get(0);
            Caller caller = caller(payload.getUser().getId());
            if (caller.me().isEmpty()) {
                ctx.respond(r -> r.text(caller.refusal()).replaceOriginal(false));
                return ctx.ack();
            }
            Optional<StaffMember> me = caller.me();
            Reply reply = conversation.submit(
                    me.get(), action.getActionId(), hidden(action.getValue()), Request.keyed(signed(req.getHeaders())));
            if (reply.views().get(0) instanceof FormView form) {
                ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(blocks.modal(form)));
            } else {
                boolean inPlace = reply.views().stream().anyMatch(View::replacesPressedMessage);
                ctx.respond(r -> r.blocks(blocks.message(reply.views()))
                        .text(blocks.fallback(reply.views()))
                        .replaceOriginal(inPlace));
            }
            return ctx.ack();
        });
        app.blockSuggestion("customer", (req, ctx) -> {
            Optional<StaffMember> me = identify(req.getPayload().getUser().getId());
            List<Option> options = me.map(
                            m -> conversation.customers(m, req.getPayload().getValue()).stream()
                                    .map(o -> new Option(plainText(o.label()), o.value()))
                                    .toList())
                    .orElse(List.of());
            return ctx.ack(r -> r.options(options));
        });
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            String user = req.getEvent().getUser();
            work.execute(() -> identify(user).ifPresent(me -> {
                List<LayoutBlock> home =
                        blocks.message(conversation.message(me, "meine").views());
                try {
                    ctx.client().viewsPublish(r -> r.userId(user)
                            .view(com.slack.api.model.view.Views.view(
                                    v -> v.type("home").blocks(home))));
                } catch (Exception failure) {
                    log.warn("App Home of Slack user {} not published: {}", user, failure.toString());
                }
            }));
            return ctx.ack();
        });
    }

    /** Exactly the registered action ids: any other button is Bolt's to refuse. */
    static Pattern routed(java.util.Set<String> actionIds) {
        return Pattern.compile(actionIds.stream()
                .sorted()
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "^(?:", ")$")));
    }

    private Response command(SlashCommandContext ctx, String userId, String text, String triggerId)
            throws IOException, SlackApiException {
        CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(
                () -> identify(userId)
                        .map(me -> conversation.message(me, text))
                        .orElseGet(() -> Reply.of(TextView.error(refusal(Language.DE)))),
                work);
        Reply reply;
        try {
            reply = answer.get(ANSWER_WITHIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            answer.thenAccept(late -> respondLater(ctx, late));
            return ctx.ack(messages.text(Language.DE, "slack.working"));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return ctx.ack(messages.text(Language.DE, "slack.working"));
        } catch (ExecutionException failed) {
            if (Conversation.storeDown(failed)) {
                log.warn("Slack command {} for user {}: database not reachable", text.split(" ")[0], userId);
                return ctx.ack(messages.text(Language.DE, "common.unavailable"));
            }
            log.error("Slack command {} failed for user {}", text.split(" ")[0], userId, failed.getCause());
            return ctx.ack(messages.text(Language.DE, "common.unexpected", "slack"));
        }
        if (reply.views().get(0) instanceof FormView form) {
            ctx.client().viewsOpen(r -> r.triggerId(triggerId).view(blocks.modal(form)));
            return ctx.ack();
        }
        return ctx.ack(r -> r.blocks(blocks.message(reply.views())).text(blocks.fallback(reply.views())));
    }

    private void respondLater(SlashCommandContext ctx, Reply reply) {
        List<View> views = reply.views().get(0) instanceof FormView
                ? List.of(TextView.info(messages.text(Language.DE, "slack.form-too-slow")))
                : reply.views();
        try {
            ctx.respond(r -> r.blocks(blocks.message(views)).text(blocks.fallback(views)));
        } catch (Exception failure) {
            log.warn("Late Slack answer not delivered: {}", failure.toString());
        }
    }

    /**
     * Who sends a modal or presses a button, or why they cannot be served: not on the staff, or the database not
     * reachable right now.
     */
    private Caller caller(String slackUserId) {
        try {
            Optional<StaffMember> me = identify(slackUserId);
            return new Caller(me, me.isPresent() ? "" : refusal(Language.DE));
        } catch (RuntimeException failure) {
            if (!Conversation.storeDown(failure)) {
                throw failure;
            }
            return new Caller(Optional.empty(), messages.text(Language.DE, "common.unavailable"));
        }
    }

    private record Caller(Optional<StaffMember> me, String refusal) {}

    private Optional<StaffMember> identify(String slackUserId) {
        return Recognition.recognize(
                transactions,
                staffService,
                references,
                ChatService.SLACK,
                slackUserId,
                () -> directory.email(slackUserId),
                slackUserId);
    }

    /**
     * The request's key as Slack gives it: its signature, which a replay repeats and a new request never does.
     * Socket Mode requests carry none; Slack sends them once per connection.
     */
    private static String signed(com.slack.api.bolt.request.RequestHeaders headers) {
        String signature = headers == null ? null : headers.getFirstValue("X-Slack-Signature");
        return signature == null || signature.isBlank() ? null : "slack:" + signature;
    }

    private String refusal(Language language) {
        return messages.text(language, "staff.unknown");
    }

    /**
     * Shows the refusal in the modal: next to its first input, so the person can correct and send again, or, for a
     * modal without inputs, as the modal's only text.
     */
    private Response refuse(
            com.slack.api.bolt.context.builtin.ViewSubmissionContext ctx,
            com.slack.api.model.view.View view,
            String text) {
        Map<String, String> errors = firstBlockError(view, text);
        if (errors.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update").view(blocks.notice(text)));
        }
        return ctx.ack(r -> r.responseAction("errors").errors(errors));
    }

    /** The text as the error of the modal's first input, where Slack shows it; empty when the modal has none. */
    private static Map<String, String> firstBlockError(com.slack.api.model.view.View view, String text) {
        return view.getBlocks() == null
                ? Map.of()
                : view.getBlocks().stream()
                        .filter(com.slack.api.model.block.InputBlock.class::isInstance)
                        .map(LayoutBlock::getBlockId)
                        .filter(id -> id != null && !id.isBlank())
                        .findFirst()
                        .map(id -> Map.of(id, text))
                        .orElse(Map.of());
    }

    private static Map<String, String> hidden(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (RuntimeException garbled) {
            return Map.of();
        }
    }

    /** The submitted values, by field name (the action id), as text the conversation reads. */
    static Map<String, String> values(ViewState state) {
        Map<String, String> values = new HashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues()
                .forEach((block, actions) -> actions.forEach((action, value) -> {
                    if (value.getSelectedOption() != null) {
                        values.put(action, value.getSelectedOption().getValue());
                    } else if (value.getSelectedOptions() != null) {
                        values.put(
                                action,
                                String.valueOf(value.getSelectedOptions().stream()
                                        .anyMatch(o -> "true".equals(o.getValue()))));
                    } else if (value.getSelectedDate() != null) {
                        values.put(action, value.getSelectedDate());
                    } else if (value.getSelectedTime() != null) {
                        values.put(action, value.getSelectedTime());
                    } else if (value.getValue() != null) {
                        values.put(action, value.getValue());
                    } else if ("checkboxes".equals(value.getType())) {
                        values.put(action, "false");
                    }
                }));
        return values;
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
