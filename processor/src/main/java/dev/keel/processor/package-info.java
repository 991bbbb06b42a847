/**
 * The processor's entry point and options: {@link dev.keel.processor.KeelProcessor} runs the
 * pipeline once per compilation (scan, validate, map, diff, render, write), behind an exception
 * barrier, and never claims an annotation.
 */
package dev.keel.processor;
