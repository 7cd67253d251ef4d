package de.servicebot.bot.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * The part of Adaptive Expressions our card templates use: property paths ({@code ticket.number}, {@code items[0]},
 * {@code $root.x}, {@code $index}), string, number and boolean literals, {@code ! == != < <= > >= && || + -}, and the
 * functions {@code if, equals, not, and, or, empty, count, concat, toUpper, toLower}. Anything else is refused when
 * the template is read. A path that leads nowhere is undefined (a {@link MissingNode}), as in the reference engine.
 */
final class Expression {

    /** Where names are looked up: the current data, the root data and the index of the current repetition. */
    record Scope(JsonNode data, JsonNode root, JsonNode index) {

        Scope with(JsonNode data, JsonNode index) {
            return new Scope(data, root, index);
        }
    }

    private static final Set<String> FUNCTIONS =
            Set.of("if", "equals", "not", "and", "or", "empty", "count", "concat", "toUpper", "toLower");

    private final Function<Scope, JsonNode> evaluate;

    private Expression(Function<Scope, JsonNode> evaluate) {
        this.evaluate = evaluate;
    }

    static Expression parse(String text) {
        Parser parser = new Parser(text);
        Function<Scope, JsonNode> parsed = parser.or();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw new TemplateException("Unexpected '" + text.substring(parser.position) + "' in ${" + text + "}");
        }
        return new Expression(parsed);
    }

    JsonNode evaluate(Scope scope) {
        return evaluate.apply(scope);
    }

    static boolean truthy(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return true;
    }

    /** How a value reads inside a longer text, as the reference engine writes it. */
    static String asText(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber() && !value.isIntegralNumber() && value.doubleValue() == Math.rint(value.doubleValue())) {
            return String.valueOf((long) value.doubleValue());
        }
        return value.isContainer() ? value.toString() : value.asString();
    }

    private static final class Parser {

        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        boolean take(String token) {
            skipSpace();
            if (text.startsWith(token, position)) {
                position += token.length();
                return true;
            }
            return false;
        }

        void expect(String token) {
            if (!take(token)) {
                throw new TemplateException("Expected '" + token + "' at " + position + " in ${" + text + "}");
            }
        }

        Function<Scope, JsonNode> or() {
            Function<Scope, JsonNode> left = and();
            while (take("||")) {
                Function<Scope, JsonNode> l = left, r = and();
                left = s -> BooleanNode.valueOf(truthy(l.apply(s)) || truthy(r.apply(s)));
            }
            return left;
        }

        Function<Scope, JsonNode> and() {
            Function<Scope, JsonNode> left = equality();
            while (take("&&")) {
                Function<Scope, JsonNode> l = left, r = equality();
                left = s -> BooleanNode.valueOf(truthy(l.apply(s)) && truthy(r.apply(s)));
            }
            return left;
        }

        Function<Scope, JsonNode> equality() {
            Function<Scope, JsonNode> left = comparison();
            while (true) {
                if (take("==")) {
                    Function<Scope, JsonNode> l = left, r = comparison();
                    left = s -> BooleanNode.valueOf(same(l.apply(s), r.apply(s)));
                } else if (take("!=")) {
                    Function<Scope, JsonNode> l = left, r = comparison();
                    left = s -> BooleanNode.valueOf(!same(l.apply(s), r.apply(s)));
                } else {
                    return left;
                }
            }
        }

        Function<Scope, JsonNode> comparison() {
            Function<Scope, JsonNode> left = additive();
            for (String op : List.of("<=", ">=", "<", ">")) {
                if (take(op)) {
                    Function<Scope, JsonNode> l = left, r = additive();
                    return s -> compare(op, numberOf(l.apply(s), op), numberOf(r.apply(s), op));
                }
            }
            return left;
        }

        Function<Scope, JsonNode> additive() {
            Function<Scope, JsonNode> left = unary();
            while (true) {
                skipSpace();
                if (take("+")) {
                    Function<Scope, JsonNode> l = left, r = unary();
                    left = s -> plus(l.apply(s), r.apply(s));
                } else if (!text.startsWith("->", position) && take("-")) {
                    Function<Scope, JsonNode> l = left, r = unary();
                    left = s -> numeric(numberOf(l.apply(s), "-") - numberOf(r.apply(s), "-"));
                } else {
                    return left;
                }
            }
        }

        Function<Scope, JsonNode> unary() {
            if (take("!")) {
                Function<Scope, JsonNode> operand = unary();
                return s -> BooleanNode.valueOf(!truthy(operand.apply(s)));
            }
            return postfix(primary());
        }

        Function<Scope, JsonNode> postfix(Function<Scope, JsonNode> target) {
            Function<Scope, JsonNode> result = target;
            while (true) {
                if (take(".")) {
                    String name = identifier();
                    Function<Scope, JsonNode> t = result;
                    result = s -> t.apply(s).path(name);
                } else if (take("[")) {
                    Function<Scope, JsonNode> index = or();
                    expect("]");
                    Function<Scope, JsonNode> t = result;
                    result = s -> element(t.apply(s), index.apply(s));
                } else {
                    return result;
                }
            }
        }

        Function<Scope, JsonNode> primary() {
            skipSpace();
            if (atEnd()) {
                throw new TemplateException("Expression ends too early: ${" + text + "}");
            }
            char c = text.charAt(position);
            if (take("(")) {
                Function<Scope, JsonNode> inner = or();
                expect(")");
                return inner;
            }
            if (c == '\'' || c == '"') {
                String literal = string(c);
                return s -> StringNode.valueOf(literal);
            }
            if (Character.isDigit(c)) {
                JsonNode number = number();
                return s -> number;
            }
            String name = identifier();
            switch (name) {
                case "true" -> {
                    return s -> BooleanNode.TRUE;
                }
                case "false" -> {
                    return s -> BooleanNode.FALSE;
                }
                case "null" -> {
                    return s -> NullNode.getInstance();
                }
                case "$root" -> {
                    return Scope::root;
                }
                case "$data" -> {
                    return Scope::data;
                }
                case "$index" -> {
                    return Scope::index;
                }
                default -> {
                    if (take("(")) {
                        return function(name);
                    }
                    if (name.startsWith("$")) {
                        throw new TemplateException("Unsupported name " + name + " in ${" + text + "}");
                    }
                    return s -> s.data().path(name);
                }
            }
        }

        Function<Scope, JsonNode> function(String name) {
            if (!FUNCTIONS.contains(name)) {
                throw new TemplateException("Unsupported function " + name + "() in ${" + text + "}");
            }
            List<Function<Scope, JsonNode>> args = new ArrayList<>();
            if (!take(")")) {
                do {
                    args.add(or());
                } while (take(","));
                expect(")");
            }
            return switch (name) {
                case "if" -> {
                    arity(name, args, 3);
                    yield s -> truthy(args.get(0).apply(s))
                            ? args.get(1).apply(s)
                            : args.get(2).apply(s);
                }
                case "equals" -> {
                    arity(name, args, 2);
                    yield s -> BooleanNode.valueOf(
                            same(args.get(0).apply(s), args.get(1).apply(s)));
                }
                case "not" -> {
                    arity(name, args, 1);
                    yield s -> BooleanNode.valueOf(!truthy(args.get(0).apply(s)));
                }
                case "and" -> s -> BooleanNode.valueOf(args.stream().allMatch(a -> truthy(a.apply(s))));
                case "or" -> s -> BooleanNode.valueOf(args.stream().anyMatch(a -> truthy(a.apply(s))));
                case "empty" -> {
                    arity(name, args, 1);
                    yield s -> BooleanNode.valueOf(empty(args.get(0).apply(s)));
                }
                case "count" -> {
                    arity(name, args, 1);
                    yield s -> IntNode.valueOf(count(args.get(0).apply(s)));
                }
                case "concat" ->
                    s -> {
                        StringBuilder joined = new StringBuilder();
                        args.forEach(a -> joined.append(asText(a.apply(s))));
                        return StringNode.valueOf(joined.toString());
                    };
                case "toUpper" -> {
                    arity(name, args, 1);
                    yield s -> StringNode.valueOf(asText(args.get(0).apply(s)).toUpperCase(java.util.Locale.ROOT));
                }
                default -> {
                    arity(name, args, 1);
                    yield s -> StringNode.valueOf(asText(args.get(0).apply(s)).toLowerCase(java.util.Locale.ROOT));
                }
            };
        }

        private void arity(String name, List<?> args, int expected) {
            if (args.size() != expected) {
                throw new TemplateException(name + "() takes " + expected + " arguments in ${" + text + "}");
            }
        }

        private String identifier() {
            skipSpace();
            int start = position;
            while (!atEnd()
                    && (Character.isLetterOrDigit(text.charAt(position)) || "$_".indexOf(text.charAt(position)) >= 0)) {
                position++;
            }
            if (start == position) {
                throw new TemplateException("Unsupported syntax at " + position + " in ${" + text + "}");
            }
            return text.substring(start, position);
        }

        private String string(char quote) {
            int start = ++position;
            while (!atEnd() && text.charAt(position) != quote) {
                if (text.charAt(position) == '\\') {
                    throw new TemplateException("Escapes in string literals are not supported: ${" + text + "}");
                }
                position++;
            }
            if (atEnd()) {
                throw new TemplateException("Unclosed string in ${" + text + "}");
            }
            return text.substring(start, position++);
        }

        private JsonNode number() {
            int start = position;
            while (!atEnd() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
                position++;
            }
            String literal = text.substring(start, position);
            return literal.contains(".")
                    ? DoubleNode.valueOf(Double.parseDouble(literal))
                    : IntNode.valueOf(Integer.parseInt(literal));
        }
    }

    private static boolean same(JsonNode left, JsonNode right) {
        if (left.isMissingNode() || right.isMissingNode()) {
            return left.isMissingNode() && right.isMissingNode();
        }
        if (left.isNumber() && right.isNumber()) {
            return left.doubleValue() == right.doubleValue();
        }
        return Objects.equals(left, right);
    }

    private static boolean empty(JsonNode value) {
        return value.isMissingNode()
                || value.isNull()
                || (value.isString() && value.stringValue().isEmpty())
                || (value.isContainer() && value.isEmpty());
    }

    private static int count(JsonNode value) {
        if (value.isString()) {
            return value.stringValue().length();
        }
        if (value.isArray()) {
            return value.size();
        }
        throw new TemplateException("count() needs a text or a list, got " + value.getNodeType());
    }

    private static JsonNode element(JsonNode target, JsonNode index) {
        if (index.isIntegralNumber()) {
            return target.path(index.intValue());
        }
        if (index.isString()) {
            return target.path(index.stringValue());
        }
        return MissingNode.getInstance();
    }

    private static double numberOf(JsonNode value, String op) {
        if (!value.isNumber()) {
            throw new TemplateException("'" + op + "' needs numbers, got " + value.getNodeType());
        }
        return value.doubleValue();
    }

    private static JsonNode compare(String op, double l, double r) {
        return BooleanNode.valueOf(
                switch (op) {
                    case "<" -> l < r;
                    case "<=" -> l <= r;
                    case ">" -> l > r;
                    default -> l >= r;
                });
    }

    private static JsonNode plus(JsonNode left, JsonNode right) {
        if (left.isNumber() && right.isNumber()) {
            return numeric(left.doubleValue() + right.doubleValue());
        }
        return StringNode.valueOf(asText(left) + asText(right));
    }

    private static JsonNode numeric(double value) {
        return value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE
                ? IntNode.valueOf((int) value)
                : JsonNodeFactory.instance.numberNode(value);
    }
}
