package dev.tidings.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file of rendered formulas: what it keeps, and every way it can be unusable without stopping anything. */
final class FormulaFileTest {
    @TempDir
    Path folder;

    private static Map<FormulaKey, RenderedFormula> sample() {
        var formulas = new LinkedHashMap<FormulaKey, RenderedFormula>();
        formulas.put(new FormulaKey("x^2", false), new RenderedFormula(true, "<math><msup>…</msup></math>"));
        formulas.put(new FormulaKey("\\text{中文} 𝔼", true), new RenderedFormula(true, "<math display=\"block\">"
                + "<mtext>中文</mtext><mi>𝔼</mi></math>"));
        formulas.put(new FormulaKey("\\label{x}", false), new RenderedFormula(false, "KaTeX parse error: …"));
        return formulas;
    }

    @Test
    void keepsWhatItIsGivenExactly() {
        var file = new FormulaFile(folder.resolve("made/by/it"));
        assertThat(file.read()).as("no file yet").isEmpty();
        file.write(sample());
        assertThat(file.read()).containsExactlyEntriesOf(sample());
        try (var listing = Files.list(folder.resolve("made/by/it"))) {
            assertThat(listing).as("no temporary file left behind").containsExactly(file.path());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesATornFileAGarbageFileAndAnotherVersionsFile() throws IOException {
        var file = new FormulaFile(folder);
        file.write(sample());
        byte[] whole = Files.readAllBytes(file.path());
        Files.write(file.path(), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(file::read).isInstanceOf(FormulaFile.Unreadable.class);
        Files.writeString(file.path(), "not what Tidings wrote");
        assertThatThrownBy(file::read).isInstanceOf(FormulaFile.Unreadable.class).hasMessageContaining("Not in GZIP");
        try (var out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file.path())))) {
            out.writeUTF("tidings-formulas 0; KaTeX 0.1.0");
            out.writeInt(0);
        }
        assertThatThrownBy(file::read).isInstanceOf(FormulaFile.Unreadable.class)
                .hasMessage("it was written by another version ('tidings-formulas 0; KaTeX 0.1.0')");
        try (var out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file.path())))) {
            out.writeUTF(FormulaFile.FORMAT);
            out.writeInt(1);
            out.writeBoolean(false);
            out.writeBoolean(true);
            out.writeInt(-5);
        }
        assertThatThrownBy(file::read).hasMessage("it holds a length of -5");
    }

    @Test
    void formulasOpenOnAnUnreadableFileStartEmptyAndReplaceIt() throws IOException {
        Path state = Files.createDirectories(folder.resolve("state"));
        Files.writeString(state.resolve("formulas.bin"), "garbage");
        try (Formulas formulas = Formulas.open(1 << 20, Optional.of(state))) {
            assertThat(formulas.loaded()).isZero();
            assertThat(formulas.mathml("<p><span class=\"math inline\">\\(x^2\\)</span></p>")).contains("<msup>");
            assertThat(formulas.rendered()).isEqualTo(1);
        }
        try (Formulas again = Formulas.open(1 << 20, Optional.of(state))) {
            assertThat(again.loaded()).isEqualTo(1);
            assertThat(again.mathml("<p><span class=\"math inline\">\\(x^2\\)</span></p>")).contains("<msup>");
            assertThat(again.rendered()).as("read, not rendered").isZero();
        }
    }

    @Test
    void aSaveKeepsWhatAnotherProcessWroteMeanwhile() throws IOException {
        Path state = Files.createDirectories(folder.resolve("shared"));
        try (Formulas one = Formulas.open(1 << 20, Optional.of(state));
             Formulas other = Formulas.open(1 << 20, Optional.of(state))) {
            one.mathml("<p><span class=\"math inline\">\\(a+b\\)</span></p>");
            other.mathml("<p><span class=\"math inline\">\\(c+d\\)</span></p>");
            one.save();
            other.save();
        }
        var kept = new FormulaFile(state).read().keySet();
        assertThat(kept).contains(new FormulaKey("a+b", false), new FormulaKey("c+d", false));
    }
}
