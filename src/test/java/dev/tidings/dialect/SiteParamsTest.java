package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SiteParamsTest {
    @Test
    void theWinningFilesValueStaysAndMapsMergeKeyByKeyInAnyCase() {
        var params = SiteParams.merged(List.of(
                Map.of("Motto", "from the root", "contact", Map.of("Mail", "desk@example.org")),
                Map.of("motto", "from params.toml", "CONTACT", Map.of("mail", "other@example.org", "fax", "none"))));
        assertThat(params.find("MOTTO")).contains("from the root");
        assertThat(params.find("contact.mail")).contains("desk@example.org");
        assertThat(params.find("Contact.Fax")).contains("none");
        assertThat(params.values()).isEqualTo(Map.of("motto", "from the root",
                "contact", Map.of("mail", "desk@example.org", "fax", "none")));
    }

    @Test
    void aKeyWithADotIsFoundAsWrittenBeforeAPath() {
        var params = SiteParams.merged(List.of(Map.of("a.b", "as one name", "a", Map.of("b", "as a path"))));
        assertThat(params.find("A.B")).contains("as one name");
        assertThat(params.find("a.c")).isEqualTo(Optional.empty());
        assertThat(params.find("a.b.c")).isEmpty();
    }
}
