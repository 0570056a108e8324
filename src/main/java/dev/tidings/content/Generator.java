package dev.tidings.content;

/**
 * The static-site generators whose sites Tidings reads as they are laid out, configuration included; {@link #NONE} for a
 * collection that follows no generator's rules but Tidings' own.
 */
public enum Generator {
    NONE("no generator"), HUGO("Hugo"), JEKYLL("Jekyll"), HEXO("Hexo"), ZOLA("Zola");

    private final String displayName;

    Generator(String displayName) {
        this.displayName = displayName;
    }

    /** Whether Tidings knows this generator's permalink rules and feed ids, and so can follow them: every one's. */
    public boolean rulesKnown() {
        return this != NONE;
    }

    /** The generator's own name: {@code Hugo}. */
    public String displayName() {
        return displayName;
    }
}
