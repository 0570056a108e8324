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

    /**
     * Whether Tidings knows this generator's permalink rules and feed ids, and so can follow them. Zola's are not
     * known yet: a Zola site's configuration is read, but its links follow Tidings' own pattern.
     */
    public boolean rulesKnown() {
        return this == HUGO || this == JEKYLL || this == HEXO;
    }

    /** The generator's own name: {@code Hugo}. */
    public String displayName() {
        return displayName;
    }
}
