package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The served OpenAPI document, read from the class path as the service reads it, and a checker of answers
 * against it: which route a request hits, whether its status is documented, and whether a JSON body
 * matches the documented schema (JSON Schema 2020-12, as OpenAPI 3.1 uses it).
 */
final class OpenApiDocument {

    private static final OpenApiDocument INSTANCE = load();
    private static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete");

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiDocument(JsonNode document) {
        this.document = document;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            routes.add(new Route(path.getKey(), Pattern.compile(
                    path.getKey().replaceAll("\\{[^/]+}", "[^/]+"))));
        }
    }

    static OpenApiDocument get() {
        return INSTANCE;
    }

    JsonNode raw() {
        return document;
    }

    /** Every documented operation as {@code "METHOD /path"}; demo-only ones only when {@code demo}. */
    Set<String> operations(boolean demo) {
        var operations = new TreeSet<String>();
        document.get("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            var operation = path.getValue().get(method);
            if (operation != null && (demo || !operation.path("x-demo-only").asBoolean(false))) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /**
     * What is wrong with an answer by the document: an undocumented status or a JSON body off its schema.
     * Requests to no documented operation answer nothing (a 404 or 405 for a path we never served).
     */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        var operation = operation(method, path);
        // Refused by the HTTP server before any route runs (headers or URI too large): no operation answered.
        if (operation.isEmpty() || status == 414 || status == 431) {
            return List.of();
        }
        var where = method + " " + path + " -> " + status;
        var response = operation.get().path("responses").get(Integer.toString(status));
        if (response == null) {
            return List.of(where + ": status not documented");
        }
        if (response.has("$ref")) {
            response = resolve(response.get("$ref").asText());
        }
        if (contentType == null || !contentType.contains("json") || body.isEmpty()) {
            return List.of();
        }
        var media = contentType.contains("problem+json") ? "application/problem+json" : "application/json";
        var schema = response.path("content").path(media).get("schema");
        if (schema == null) {
            return List.of(where + ": no " + media + " body documented");
        }
        return schemaFor(schema).validate(body, InputFormat.JSON).stream()
                .map(error -> where + ": " + error)
                .toList();
    }

    private Optional<JsonNode> operation(String method, String path) {
        var bare = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return routes.stream()
                .filter(route -> route.pattern().matcher(bare).matches())
                // a literal segment wins over a template: /creators/trending before /creators/{id}
                .sorted((a, b) -> Long.compare(a.templates(), b.templates()))
                .map(route -> document.get("paths").get(route.template()).get(method.toLowerCase(Locale.ROOT)))
                .filter(node -> node != null)
                .findFirst();
    }

    private JsonNode resolve(String ref) {
        var node = document;
        for (var part : ref.substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }

    /** The response schema as a standalone 2020-12 schema with the components as its {@code $defs}. */
    private Schema schemaFor(JsonNode schema) {
        return schemas.computeIfAbsent(schema.toString(), key -> {
            ObjectNode standalone = schema.deepCopy();
            standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            standalone.set("$defs", document.get("components").get("schemas"));
            return registry.getSchema(standalone.toString().replace("#/components/schemas/", "#/$defs/"),
                    InputFormat.JSON);
        });
    }

    private static OpenApiDocument load() {
        try (var in = OpenApiDocument.class.getClassLoader().getResourceAsStream("openapi/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi/openapi.json is not on the class path");
            }
            return new OpenApiDocument(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Route(String template, Pattern pattern) {
        long templates() {
            return template.chars().filter(c -> c == '{').count();
        }
    }
}
