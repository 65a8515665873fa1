package io.promocontracts.specs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every spec of the project, found by itself: each OpenAPI document under {@code specs/} (in a
 * folder of its own, which names its API) is packaged under {@code openapi/}, and the build lists
 * them, with their operations, in the manifest {@code openapi/catalog.json} and, a file a line, in
 * {@code openapi/specs.txt}, which this reads ({@link CatalogManifest}).
 * Each is read once, its {@code $ref}s resolved once ({@link ApiSpec}). Nothing here names an API:
 * a third spec in a folder of its own is in the catalog without code. With the system property
 * {@value #FOLDER} (the contract verifier's {@code --specs}), the catalog is the specs found in that
 * folder instead, laid out as {@code specs/} is: an edited copy is verified as it stands.
 */
public final class SpecCatalog {

    /** Where the build packages the specs, and the manifest that lists them. */
    static final String ROOT = "openapi/";
    private static final String LISTED = ROOT + "specs.txt";
    /** The folder of specs to use instead of the packaged ones. */
    public static final String FOLDER = "promo.specs.dir";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static volatile List<ApiSpec> packaged;

    private SpecCatalog() {
    }

    /** The packaged specs, in the manifest's order (by folder name). */
    public static List<ApiSpec> apis() {
        List<ApiSpec> apis = packaged;
        if (apis == null) {
            synchronized (SpecCatalog.class) {
                if (packaged == null) {
                    String folder = System.getProperty(FOLDER, "");
                    packaged = folder.isBlank() ? readManifest() : readFolder(Path.of(folder));
                }
                apis = packaged;
            }
        }
        return apis;
    }

    /** The API whose spec is in the folder of this name, e.g. {@code flex}. */
    public static ApiSpec api(String name) {
        return apis().stream().filter(api -> api.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no spec in a folder named " + name + " (the catalog has "
                        + apis().stream().map(ApiSpec::name).toList() + ")"));
    }

    /** Every OpenAPI document in the folders under {@code root}, one level down: {@code <api>/<document>.yaml}. */
    static List<Path> find(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                        if (YAML.readTree(file.toFile()).has("openapi")) {
                            found.add(file);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The specs in the folders under {@code root}, as the build finds them. */
    static List<ApiSpec> readFolder(Path root) {
        try {
            List<ApiSpec> apis = new ArrayList<>();
            for (Path file : find(root)) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                apis.add(ApiSpec.at(relative.substring(0, relative.indexOf('/')), relative, file));
            }
            if (apis.isEmpty()) {
                throw new IllegalArgumentException(root + " holds no OpenAPI document in a folder of its own (<api>/<spec>.yaml)");
            }
            return List.copyOf(apis);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the specs in " + root + ": " + e.getMessage(), e);
        }
    }

    /** The specs the build listed in {@code openapi/specs.txt} beside the manifest: each file under its API's folder. */
    private static List<ApiSpec> readManifest() {
        try (InputStream in = Objects.requireNonNull(SpecCatalog.class.getClassLoader().getResourceAsStream(LISTED),
                LISTED + " is not on the classpath: the specs module's build writes it")) {
            List<ApiSpec> apis = new ArrayList<>();
            for (String file : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!file.isBlank()) {
                    apis.add(ApiSpec.packaged(file.substring(0, file.indexOf('/')), ROOT + file.strip()));
                }
            }
            return List.copyOf(apis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
