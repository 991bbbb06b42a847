package dev.keel.schema.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A JSON object of the snapshot being read, with where it is ({@link #at()}) and what it is called
 * in messages ({@link #description()}, e.g. {@code table 'users', column 'email'}). Its readers
 * apply the format's defaults and raise a {@link ContentError} on anything else.
 */
final class Node {

  private final JsonNode json;
  private final JsonPointer at;
  private final String description;

  Node(JsonNode json, JsonPointer at, String description) {
    this.json = json;
    this.at = at;
    this.description = description;
  }

  JsonPointer at() {
    return at;
  }

  String description() {
    return description;
  }

  /** The same node, named differently in messages. */
  Node describedAs(String value) {
    return new Node(json, at, value);
  }

  boolean has(String member) {
    JsonNode value = json.get(member);
    return value != null && !value.isNull();
  }

  /** Rejects members the format does not know, naming the first in alphabetical order. */
  void only(String... allowed) {
    Set<String> unknown = new TreeSet<>();
    json.properties().forEach(member -> unknown.add(member.getKey()));
    unknown.removeAll(List.of(allowed));
    if (!unknown.isEmpty()) {
      String member = unknown.iterator().next();
      throw new ContentError(
          at.appendProperty(member),
          "in " + description + ", member '" + member + "' is not part of the format",
          null);
    }
  }

  /** A required string. */
  String text(String member) {
    if (!has(member)) {
      throw error("member '" + member + "' is missing");
    }
    return text(member, null);
  }

  /** An optional string, {@code fallback} when absent or null. */
  String text(String member, String fallback) {
    if (!has(member)) {
      return fallback;
    }
    JsonNode value = json.get(member);
    if (!value.isTextual()) {
      throw memberError(member, "must be a string");
    }
    return value.textValue();
  }

  /** An optional boolean, {@code fallback} when absent or null. */
  boolean bool(String member, boolean fallback) {
    if (!has(member)) {
      return fallback;
    }
    JsonNode value = json.get(member);
    if (!value.isBoolean()) {
      throw memberError(member, "must be true or false");
    }
    return value.booleanValue();
  }

  /** A required whole number that fits a {@code long}. */
  long number(String member) {
    if (!has(member)) {
      throw error("member '" + member + "' is missing");
    }
    JsonNode value = json.get(member);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw memberError(member, "must be a whole number");
    }
    return value.longValue();
  }

  /** An array of strings; empty when absent unless {@code required}. */
  List<String> strings(String member, boolean required) {
    if (!has(member)) {
      if (required) {
        throw error("member '" + member + "' is missing");
      }
      return List.of();
    }
    JsonNode value = json.get(member);
    List<String> result = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode element : value) {
        if (!element.isTextual()) {
          break;
        }
        result.add(element.textValue());
      }
    }
    if (!value.isArray() || result.size() != value.size()) {
      throw memberError(member, "must be an array of strings");
    }
    return result;
  }

  /** An optional object read by {@code reader}, null when absent. */
  <T> T object(String member, BiFunction<Node, Integer, T> reader) {
    if (!has(member)) {
      return null;
    }
    if (!json.get(member).isObject()) {
      throw memberError(member, "must be an object");
    }
    return reader.apply(new Node(json.get(member), at.appendProperty(member), description), 0);
  }

  /** The elements of an optional array of objects, each read by {@code reader}. */
  <T> List<T> objects(String member, BiFunction<Node, Integer, T> reader) {
    if (!has(member)) {
      return List.of();
    }
    JsonNode array = json.get(member);
    if (!array.isArray()) {
      throw memberError(member, "must be an array of objects");
    }
    JsonPointer arrayAt = at.appendProperty(member);
    List<T> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Node element = new Node(array.get(i), arrayAt.appendIndex(i), description);
      if (!array.get(i).isObject()) {
        throw element.error("each element of '" + member + "' must be an object");
      }
      result.add(reader.apply(element, i));
    }
    return result;
  }

  /** Builds a model value, turning what its constructor rejects into a {@link ContentError}. */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String reason = e.getMessage() == null ? "a value is missing" : e.getMessage();
      throw new ContentError(at, "in " + description + ": " + reason, e);
    }
  }

  /** An error about this node. */
  ContentError error(String detail) {
    return new ContentError(at, "in " + description + ", " + detail, null);
  }

  private ContentError memberError(String member, String detail) {
    return new ContentError(
        at.appendProperty(member),
        "in " + description + ", member '" + member + "' " + detail,
        null);
  }
}
