package dev.keel.processor.emit;

/**
 * The few places where JavaPoet's layout differs from google-java-format's for the code Keel
 * generates: a multi-member annotation's closing parenthesis goes on its last member's line.
 */
final class GoogleStyle {

  private GoogleStyle() {}

  static String apply(String javaPoetSource) {
    return javaPoetSource.replaceAll("(?m)\"\\n\\)$", "\")");
  }
}
