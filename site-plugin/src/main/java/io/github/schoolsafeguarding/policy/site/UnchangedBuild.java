package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.cache.CacheKey;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.StoredProblems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A build with nothing to do: the same inputs as a build the cache remembers (every file of the
 * content and the theme, the plugin's code, the day and the settings), and an output folder that
 * still holds, byte for byte, exactly the files that build published. Its publication is then that
 * build's, warnings and all, and nothing is rendered, checked or written. Anything else (an edited
 * page, a new day, a file changed, added or deleted in the output) is a build like any other.
 *
 * <p>The cache keeps, under the inputs' key, the SHA-256 of each published file and what the build
 * reported. Reading the output back to compare takes a fraction of a second for a site of a few
 * hundred pages; rendering and checking it again takes many.
 */
final class UnchangedBuild {

    /** Where the cache keeps what each build published. */
    static final String CACHE_SHELF = "builds";

    private final BuildCache.Shelf shelf;
    private final String key;

    /** @param inputs everything the build's result depends on, already in a key */
    UnchangedBuild(BuildCache.Shelf shelf, CacheKey inputs) {
        this.shelf = shelf;
        this.key = inputs.hex();
    }

    /** What the remembered build published, if {@code output} holds its files unchanged and nothing more. */
    Optional<SitePublisher.Publication> reuse(Path output) {
        return shelf.get(key).flatMap(stored -> {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored));
                Map<String, String> published = new TreeMap<>();
                int files = StoredProblems.count(in);
                for (int i = 0; i < files; i++) {
                    published.put(StoredProblems.text(in), StoredProblems.text(in));
                }
                List<String> areas = new ArrayList<>();
                int areaCount = StoredProblems.count(in);
                for (int i = 0; i < areaCount; i++) {
                    areas.add(StoredProblems.text(in));
                }
                int pages = in.readInt();
                List<Problem> warnings = new ArrayList<>();
                int warningCount = StoredProblems.count(in);
                for (int i = 0; i < warningCount; i++) {
                    warnings.add(StoredProblems.read(in));
                }
                if (in.read() != -1 || !published.equals(hashes(output))) {
                    return Optional.empty();
                }
                return Optional.of(new SitePublisher.Publication(areas, pages, files, warnings, true));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** Remembers what a build published to {@code output}, for the next build with the same inputs. */
    void remember(Map<String, byte[]> files, SitePublisher.Publication publication) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(files.size());
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                StoredProblems.text(out, file.getKey());
                StoredProblems.text(out, hash(file.getValue()));
            }
            out.writeInt(publication.areas().size());
            for (String area : publication.areas()) {
                StoredProblems.text(out, area);
            }
            out.writeInt(publication.pages());
            out.writeInt(publication.warnings().size());
            for (Problem warning : publication.warnings()) {
                StoredProblems.write(out, warning);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);
        }
        shelf.put(key, bytes.toByteArray());
        shelf.dropUnused();
    }

    /** Each regular file under {@code output} by its path below it, with '/' between folders; none when it is not a folder. */
    private static Map<String, String> hashes(Path output) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            return hashes;
        }
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                hashes.put(output.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                        hash(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String hash(byte[] bytes) {
        return new CacheKey().add(bytes).hex();
    }
}
