package dev.keel.schema.json;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Raised inside the reader for content that makes no valid model; the codec turns it into a {@link
 * SnapshotFormatException}.
 */
final class ContentError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient JsonPointer at;

  ContentError(JsonPointer at, String message, Throwable cause) {
    super(message, cause);
    this.at = at;
  }

  /** Where in the document the problem is. */
  JsonPointer at() {
    return at;
  }
}
