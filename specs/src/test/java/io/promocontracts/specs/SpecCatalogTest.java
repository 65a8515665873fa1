package io.promocontracts.specs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog read from a folder of specs laid out as {@code specs/} is (the verifier's {@code --specs}): an edit is what it reads. */
class SpecCatalogTest {

    @Test
    void aFolderOfSpecsIsReadAsItStandsEditsIncluded(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("flex"));
        String released = ApiSpec.named("flex").text();
        Files.writeString(folder.resolve("flex/promo-codes.yaml"), released.replaceFirst("(?m)^  title: .*$", "  title: Our promo codes"));

        var apis = SpecCatalog.readFolder(folder);

        assertThat(apis).extracting(ApiSpec::name).containsExactly("flex");
        assertThat(apis.get(0).title()).isEqualTo("Our promo codes");
        assertThat(apis.get(0).operations()).extracting(SpecOperation::operationId)
                .containsExactlyElementsOf(ApiSpec.named("flex").operations().stream().map(SpecOperation::operationId).toList());
    }

    @Test
    void aFolderWithoutSpecsIsRefusedSayingWhatItNeeds(@TempDir Path folder) {
        assertThatThrownBy(() -> SpecCatalog.readFolder(folder)).hasMessageContaining("holds no OpenAPI document in a folder of its own");
    }
}
