package dev.tidings.math;

/** A formula MathJax itself would refuse, with MathJax's reason: a recursive macro, a label defined twice. */
final class TexError extends RuntimeException {
    TexError(String message) {
        super(message, null, false, false);
    }
}
