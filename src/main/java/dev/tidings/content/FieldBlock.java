package dev.tidings.content;

import java.util.Map;

/**
 * A block of settings as the YAML or TOML reader read it: each top-level key's plain value and its
 * 1-based line in the file, in the order written. The maps are handed over, not copied: no one else holds them.
 */
record FieldBlock(Map<String, Object> values, Map<String, Integer> lines) {}
