package org.shelfwise.system.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The requests that try an operation with bad input: every field of its body given each wrong value in turn, bodies
 * that are not JSON or not UTF-8 or have a key twice, odd content types, odd path segments and query parameters,
 * and seeded random mutations of a good body. Nothing here is meant to succeed.
 */
final class BadRequests {

    /** Values of the wrong type, out of range, with control characters or too long, as JSON. */
    static final List<String> BAD_VALUES = List.of("true", "12345", "1.5", "-1", "0", "2147483648",
            "9223372036854775808", "1e308", "-1e308", "0.001", "1e-400", "123456789012345678901234567890",
            "\"\"", "\" \"", "\"a\\u0000b\"", "\"a\\nb\"", "\"a\\rb\"", "\"\\u001b[31m\"", "\"a\\u0085b\"",
            "\"\\ud800\"", "\"" + "x".repeat(10_000) + "\"", "[]", "[\"a\\u0000\"]", "{}", "{\"a\":1}", "null",
            "\"true\"", "\"12\"", "\"2031-13-45\"");

    /** Path segments that Tomcat, Spring Security's firewall or the controllers must refuse. */
    static final List<String> ODD_SEGMENTS = List.of("%00", "%2F", "%2e%2e", "..%3B", "a;b", "%C0%AF", "%FF",
            "%E2%82", "%5C", "%0A", "%20", "-1", "99999999999999999999", "x".repeat(10_000));

    /** Query values that are not valid UTF-8, hold control characters or are far out of range. */
    static final List<String> BAD_QUERY = List.of("%00", "%C0%AF", "%FF", "%E2%82", "a%0Ab", "%C2%85", "-1",
            "99999999999999999999", "1e308", "x".repeat(5_000));

    /** Bodies that are not a JSON object at all. */
    static final List<String> NOT_AN_OBJECT = List.of("", "{", "}", "{\"a\":", "[]", "\"text\"", "1", "null", "true",
            "{\"a\":1}}", "{'a':1}", "{\"a\":1,}", "\uFEFF{}", "[".repeat(5_000) + "]".repeat(5_000),
            "1" + "0".repeat(5_000));

    static final List<String> ODD_CONTENT_TYPES = List.of("*/*", "application/*", "text/*", "text/plain",
            "application/xml", "garbage", "application/json; charset=nope", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x");

    static final List<String> ODD_ACCEPT = List.of("garbage", "image/png", "*/*;q=x", "application/xml");

    private static final JsonMapper json = JsonMapper.builder().build();
    private final Examples examples;
    private final BiFunction<Operation, String, String> pathValue;
    private final Random random;

    /** {@code pathValue}: the good value of a path parameter of an operation; {@code seed} fixes the mutations. */
    BadRequests(Examples examples, BiFunction<Operation, String, String> pathValue, long seed) {
        this.examples = examples;
        this.pathValue = pathValue;
        this.random = new Random(seed);
    }

    /** The bad requests for {@code operation}, with {@code randomMutations} random ones among them. */
    List<Attempt> of(Operation operation, int randomMutations) {
        var attempts = new ArrayList<Attempt>();
        String query = goodQuery(operation);
        String path = path(operation, Map.of());
        Map<String, String> headers = operation.headers().contains("If-Match")
                ? Map.of("If-Match", Attempt.CURRENT_ETAG) : Map.of();
        for (String parameter : operation.pathParams()) {
            for (String odd : ODD_SEGMENTS) {
                attempts.add(new Attempt("path." + parameter + "=" + abbreviate(odd), operation.method(),
                        path(operation, Map.of(parameter, odd)) + query, null, null, Map.of()));
            }
        }
        for (var parameter : operation.queryParams()) {
            for (String bad : BAD_QUERY) {
                attempts.add(withoutBody(operation, "query." + parameter.name() + "=" + abbreviate(bad),
                        path + withParameter(query, parameter.name(), bad)));
            }
            attempts.add(withoutBody(operation, "query." + parameter.name() + " twice",
                    path + withParameter(query, parameter.name(), "1") + "&" + parameter.name() + "=2"));
        }
        attempts.add(withoutBody(operation, "undeclared query parameter not UTF-8", path + withParameter(query, "zz", "%C0%AF")));
        for (String accept : ODD_ACCEPT) {
            attempts.add(new Attempt("Accept: " + accept, operation.method(), path + query, null, null,
                    Map.of("Accept", accept)));
        }
        if (operation.takesBody()) {
            attempts.addAll(bodies(operation, path + query, headers, randomMutations));
        }
        return attempts;
    }

    private List<Attempt> bodies(Operation operation, String target, Map<String, String> headers, int randomMutations) {
        var attempts = new ArrayList<Attempt>();
        String contentType = operation.contentTypes().getFirst();
        JsonNode good = examples.body(operation.bodySchema());
        if (good instanceof ObjectNode object) {
            for (String field : List.copyOf(object.propertyNames())) {
                for (String bad : BAD_VALUES) {
                    attempts.add(body(operation, target, headers, "body." + field + "=" + abbreviate(bad), contentType,
                            with(object, field, bad)));
                }
                if (object.get(field) instanceof ArrayNode) {
                    for (String bad : BAD_VALUES.subList(0, 22)) {
                        attempts.add(body(operation, target, headers, "body." + field + "[0]=" + abbreviate(bad),
                                contentType, with(object, field, "[" + bad + "]")));
                    }
                }
                attempts.add(body(operation, target, headers, "body." + field + " twice", contentType,
                        duplicated(object, field)));
            }
        }
        for (String notAnObject : NOT_AN_OBJECT) {
            attempts.add(body(operation, target, headers, "body " + abbreviate(notAnObject), contentType, notAnObject));
        }
        String goodText = json.writeValueAsString(good);
        attempts.add(new Attempt("body not UTF-8", operation.method(), target, contentType,
                notUtf8(goodText), headers));
        for (String odd : ODD_CONTENT_TYPES) {
            attempts.add(body(operation, target, headers, "Content-Type: " + odd, odd, goodText));
        }
        for (int i = 0; i < randomMutations; i++) {
            attempts.add(mutation(operation, target, headers, contentType, good, i));
        }
        return attempts;
    }

    /** A good body with one to three fields given bad values, or with a few bytes corrupted. */
    private Attempt mutation(Operation operation, String target, Map<String, String> headers, String contentType,
                             JsonNode good, int number) {
        if (good instanceof ObjectNode object && !object.isEmpty() && random.nextBoolean()) {
            var fields = List.copyOf(object.propertyNames());
            String text = json.writeValueAsString(object);
            int count = 1 + random.nextInt(Math.min(3, fields.size()));
            var label = new StringBuilder("random #" + number + ":");
            for (int i = 0; i < count; i++) {
                String field = fields.get(random.nextInt(fields.size()));
                String bad = BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
                text = with((ObjectNode) json.readTree(text), field, bad);
                label.append(' ').append(field).append('=').append(abbreviate(bad));
            }
            return body(operation, target, headers, label.toString(), contentType, text);
        }
        byte[] bytes = json.writeValueAsBytes(good);
        byte[] corrupt = {0x00, (byte) 0xFF, (byte) 0xC0, '"', '{', '\\', ',', 0x1B};
        for (int i = 0; i < 1 + random.nextInt(3) && bytes.length > 0; i++) {
            bytes[random.nextInt(bytes.length)] = corrupt[random.nextInt(corrupt.length)];
        }
        return new Attempt("random #" + number + ": corrupted bytes", operation.method(), target, contentType, bytes,
                headers);
    }

    private static Attempt body(Operation operation, String target, Map<String, String> headers, String label,
                                String contentType, String body) {
        return new Attempt(label, operation.method(), target, contentType, body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    private static Attempt withoutBody(Operation operation, String label, String target) {
        return new Attempt(label, operation.method(), target, null, null, Map.of());
    }

    /** {@code object} as JSON text with {@code field} set to the JSON {@code value}, written as it is. */
    private static String with(ObjectNode object, String field, String value) {
        var copy = object.deepCopy();
        copy.put(field, "\u0001marker\u0001");
        return json.writeValueAsString(copy).replace("\"\\u0001marker\\u0001\"", value);
    }

    private static String duplicated(ObjectNode object, String field) {
        String text = json.writeValueAsString(object);
        return text.substring(0, text.length() - 1) + ",\"" + field + "\":" + json.writeValueAsString(object.get(field)) + "}";
    }

    private static byte[] notUtf8(String goodText) {
        byte[] text = goodText.getBytes(StandardCharsets.UTF_8);
        int quote = goodText.indexOf("\":\"");
        if (quote < 0) {
            return new byte[]{'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'};
        }
        byte[] bytes = new byte[text.length + 2];
        System.arraycopy(text, 0, bytes, 0, quote + 3);
        bytes[quote + 3] = (byte) 0xC0;
        bytes[quote + 4] = (byte) 0xAF;
        System.arraycopy(text, quote + 3, bytes, quote + 5, text.length - quote - 3);
        return bytes;
    }

    private String path(Operation operation, Map<String, String> overrides) {
        String path = operation.path();
        for (String parameter : operation.pathParams()) {
            String value = overrides.getOrDefault(parameter, pathValue.apply(operation, parameter));
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    /** The query with each parameter a good value, or empty when the operation declares none. */
    private String goodQuery(Operation operation) {
        var values = new HashMap<String, String>();
        for (var parameter : operation.queryParams()) {
            if (parameter.schema() != null && parameter.schema().path("type").asString("").equals("string")
                    || parameter.schema() == null) {
                values.put(parameter.name(), examples.text(parameter.name()));
            } else if (parameter.schema().path("type").asString("").equals("boolean")) {
                values.put(parameter.name(), "false");
            } else if (parameter.schema().path("type").asString("").equals("array")) {
                values.put(parameter.name(), examples.text(parameter.name()));
            } else {
                values.put(parameter.name(), parameter.schema().has("minimum")
                        ? parameter.schema().get("minimum").asString() : "1");
            }
        }
        var query = new StringBuilder();
        values.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static String withParameter(String query, String name, String rawValue) {
        String without = query.replaceAll("([?&])" + java.util.regex.Pattern.quote(name) + "=[^&]*", "$1")
                .replace("?&", "?").replace("&&", "&");
        if (without.endsWith("&") || without.endsWith("?")) {
            without = without.substring(0, without.length() - 1);
        }
        return without + (without.isEmpty() ? "?" : "&") + name + "=" + rawValue;
    }

    private static String abbreviate(String text) {
        return text.length() > 24 ? text.substring(0, 12) + "...(" + text.length() + ")" : text;
    }
}
