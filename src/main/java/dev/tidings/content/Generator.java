package dev.tidings.content;

/**
 * The static-site generators whose sites Tidings reads as they are laid out, configuration included; {@link #NONE} for a
 * collection that follows no generator's rules but Tidings' own.
 */
public enum Generator {
    NONE("no generator"), HUGO("Hugo"), JEKYLL("Jekyll"), HEXO("Hexo");

    private final String displayName;

    Generator(String displayName) {
        this.displayName = displayName;
    }

    /** The generator's own name: {@code Hugo}. */
    public String displayName() {
        return displayName;
    }
}
