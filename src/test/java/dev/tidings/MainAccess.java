package dev.tidings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/** Runs the command line from tests in other packages, with an environment that says only where state is kept. */
public final class MainAccess {
    public static int run(String[] args, Writer out) {
        return Main.run(args, TestState.ENVIRONMENT, new PrintWriter(out, true), new PrintWriter(new StringWriter(),
                true));
    }

    private MainAccess() {}
}
