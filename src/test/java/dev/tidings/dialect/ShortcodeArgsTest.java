package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ShortcodeArgsTest {
    @Test
    void namedValuesAreBareQuotedOrRawStrings() {
        ShortcodeArgs args = ShortcodeArgs.parse("src=a.png caption=\"say \\\"hi\\\"\" attr=`C:\\dir` alt='x y'");
        assertThat(args.named()).isEqualTo(Map.of("src", "a.png", "caption", "say \"hi\"", "attr", "C:\\dir",
                "alt", "x y"));
        assertThat(args.positional()).isEmpty();
    }

    @Test
    void positionalValuesKeepTheirOrderAndNamedOnesWinOverThem() {
        ShortcodeArgs args = ShortcodeArgs.parse(" go \"linenos=table, hl_lines=2\"  ");
        assertThat(args.positional()).isEqualTo(List.of("go", "linenos=table, hl_lines=2"));
        assertThat(args.get("lang", 0)).contains("go");
        assertThat(args.get("lang", 2)).isEmpty();
        assertThat(ShortcodeArgs.parse("id=x y").get("id", 0)).contains("x");
        assertThat(ShortcodeArgs.parse("display").flag("display")).isTrue();
        assertThat(ShortcodeArgs.parse("display=true").flag("display")).isTrue();
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(ShortcodeArgs.parse("caption=\"open").named()).isEqualTo(Map.of("caption", "open"));
    }
}
