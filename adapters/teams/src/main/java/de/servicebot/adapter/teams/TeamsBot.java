package de.servicebot.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Teams activities and hands them to the {@link TeamsConversation}: messages (and {@code Action.Submit} from
 * older clients) are answered with a card, {@code Action.Execute} with the card that replaces the pressed one, and
 * type-aheads ({@code application/search}) with choices; any other invoke is refused as one the bot does not take,
 * so none of the SDK's own invoke handlers (file consent, message extensions, sign-in) reads what it was not made for.
 * Tenants not on the allow-list are refused before anything is read. No rule of the process lives here.
 */
final class TeamsBot extends TeamsActivityHandler {

    /** The turn state key under which the controller leaves the activity's locale. */
    static final String LOCALE = "servicebot.locale";

    private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);
    private static final String ADAPTIVE_CARD_ACTION = "adaptiveCard/action";
    private static final String SEARCH = "application/search";

    private final TeamsConversation conversation;
    private final TeamsSettings settings;
    private final ConnectorRetry retry;

    TeamsBot(TeamsConversation conversation, TeamsSettings settings, ConnectorRetry retry) {
        this.conversation = conversation;
        this.settings = settings;
        this.retry = retry;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        if (!settings.allows(tenant(turn.getActivity()))) {
            throw new TenantRefusedException();
        }
        return super.onTurn(turn);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        TeamsUser user = user(turn);
        String card;
        if (activity.getValue() != null) {
            Map<String, String> data = Cards.values(activity.getValue());
            card = conversation.action(user, activity.getId(), data.getOrDefault("verb", ""), data);
        } else {
            activity.removeRecipientMention();
            card = conversation.message(user, activity.getText() == null ? "" : activity.getText());
        }
        retry.call("reply", () -> turn.sendActivity(MessageFactory.attachment(Cards.attachment(card)))
                .join());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(
            TurnContext turn, AdaptiveCardInvokeValue invoke) {
        String verb = invoke.getAction() == null ? "" : invoke.getAction().getVerb();
        Object data = invoke.getAction() == null ? null : invoke.getAction().getData();
        String card = conversation.action(
                user(turn), turn.getActivity().getId(), verb == null ? "" : verb, Cards.values(data));
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType(Cards.CONTENT_TYPE);
        response.setValue(Cards.tree(card));
        return CompletableFuture.completedFuture(response);
    }

    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        String name = turn.getActivity().getName();
        if (ADAPTIVE_CARD_ACTION.equals(name)) {
            return super.onInvokeActivity(turn);
        }
        if (!SEARCH.equals(name)) {
            throw new InvalidActivityException("invoke " + name + " is not one this bot takes");
        }
        JsonNode query = Serialization.objectToTree(turn.getActivity().getValue());
        List<TeamsConversation.Choice> choices = conversation.search(
                user(turn),
                query.path("dataset").asText(),
                query.path("queryText").asText());
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        choices.forEach(
                choice -> results.addObject().put("title", choice.title()).put("value", choice.value()));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", "application/vnd.microsoft.search.searchResponse");
        body.putObject("value").set("results", results);
        return CompletableFuture.completedFuture(new InvokeResponse(200, body));
    }

    private TeamsUser user(TurnContext turn) {
        Activity activity = turn.getActivity();
        ChannelAccount from = activity.getFrom();
        String reference = Serialization.toStringSilent(activity.getConversationReference());
        return new TeamsUser(
                from.getAadObjectId() == null ? from.getId() : from.getAadObjectId(),
                tenant(activity),
                from.getName(),
                locale(turn),
                reference,
                once(() -> email(turn, from.getId())));
    }

    private static String locale(TurnContext turn) {
        Object locale = turn.getTurnState().get(LOCALE);
        return locale == null ? "" : locale.toString();
    }

    private Optional<String> email(TurnContext turn, String userId) {
        try {
            TeamsChannelAccount member = retry.call(
                    "member lookup", () -> TeamsInfo.getMember(turn, userId).join());
            String email = member.getEmail() != null && !member.getEmail().isBlank()
                    ? member.getEmail()
                    : member.getUserPrincipalName();
            return Optional.ofNullable(email).filter(address -> !address.isBlank());
        } catch (RuntimeException failure) {
            log.warn("Teams did not tell the e-mail of user {}: {}", userId, failure.toString());
            return Optional.empty();
        }
    }

    private static String tenant(Activity activity) {
        if (activity.getConversation() != null && activity.getConversation().getTenantId() != null) {
            return activity.getConversation().getTenantId();
        }
        JsonNode channelData = Serialization.objectToTree(activity.getChannelData());
        return channelData == null
                ? null
                : channelData.path("tenant").path("id").asText(null);
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
