package io.github.schoolsafeguarding.policy.override;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Area;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.content.SharedVersion;
import io.github.schoolsafeguarding.policy.yaml.Spelling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes an area's copy of a shared page, recording the version of the shared page it was made from;
 * and, once a maintainer has brought a copy up to date with the shared page, records the shared
 * page's current version in it. Either writes one file whole, or nothing.
 */
public final class PageCopier {

    private final Content content;
    private final Path base;

    private PageCopier(Content content) {
        this.content = content;
        this.base = content.folder().getParent();
    }

    /** Reads the content folder; its problems are the build's business, not this command's. */
    public static PageCopier of(Path contentFolder) {
        return new PageCopier(ContentReader.read(contentFolder, new Problems()));
    }

    /**
     * Copies the shared page {@code path} (under {@code content/pages/}) into area {@code areaId}'s
     * pages, with an {@code overrides:} record first in its front matter.
     *
     * @return the copy written
     * @throws OverrideException when the area or the shared page does not exist, or the area already
     *     has a page there; nothing is written
     */
    public Path copy(String areaId, String path) throws OverrideException {
        Area area = Overrides.area(content, areaId);
        Path shared = sharedFile(path);
        Path copy = area.pagesFolder().resolve(path);
        if (Files.exists(copy)) {
            throw new OverrideException(shown(copy) + " already exists: see how it differs from the shared page with '"
                    + Commands.diff(areaId, path) + "', and mark it up to date with '"
                    + Commands.markUpToDate(areaId, path) + "'");
        }
        String text = PageHash.text(shared);
        if (!text.startsWith("---\n")) {
            throw new OverrideException(shown(shared) + " does not start with front matter ('---'): fix it first,"
                    + " as 'mvn policy:check' says");
        }
        write(copy, "---\n" + record(path, PageHash.of(shared)) + text.substring("---\n".length()));
        return copy;
    }

    /**
     * Records in area {@code areaId}'s copy of {@code path} that it follows the shared page as it is
     * now: replaces the hash its {@code overrides:} record gives, or adds the record if it has none.
     * Nothing else in the copy changes.
     *
     * @return what was done, in a sentence
     */
    public String markUpToDate(String areaId, String path) throws OverrideException {
        Area area = Overrides.area(content, areaId);
        Path shared = sharedFile(path);
        Path copy = area.pagesFolder().resolve(path);
        if (!Files.isRegularFile(copy)) {
            throw new OverrideException(areaId + " has no copy of " + path + " (" + shown(copy) + "): make one with '"
                    + Commands.copy(areaId, path) + "'");
        }
        Page page = Optional.ofNullable(content.areaPages().get(areaId)).map(pages -> pages.get(path))
                .orElseThrow(() -> new OverrideException("cannot read the front matter of " + shown(copy)
                        + ": fix it first, as 'mvn policy:check' says"));
        String hash = PageHash.of(shared);
        Optional<SharedVersion> recorded = page.meta().overrides();
        if (recorded.filter(version -> version.sha256().equals(hash)).isPresent()) {
            return shown(copy) + " already records the shared page's current version";
        }
        List<String> lines = new ArrayList<>(List.of(PageHash.text(copy).split("\n", -1)));
        if (recorded.isPresent()) {
            int line = recorded.get().hashLocation().line() - 1;
            int column = recorded.get().hashLocation().column() - 1;
            String old = lines.get(line);
            lines.set(line, old.substring(0, column) + hash + old.substring(column + recorded.get().sha256().length()));
        } else {
            lines.add(1, record(path, hash).stripTrailing());
        }
        write(copy, String.join("\n", lines));
        return shown(copy) + " now records the shared page's current version (sha256 " + hash + ")";
    }

    private static String record(String path, String hash) {
        return SharedVersion.KEY + ":\n  page: " + path + "\n  sha256: " + hash + "\n";
    }

    /** The shared page's file, refusing any path that is not a page inside {@code content/pages}. */
    private Path sharedFile(String path) throws OverrideException {
        Path pages = content.folder().resolve("pages");
        Path file = pages.resolve(path).normalize();
        if (!path.endsWith(".md") || !file.startsWith(pages) || !Files.isRegularFile(file)) {
            String closest = Spelling.closest(path, content.sharedPages().keySet());
            throw new OverrideException("there is no shared page '" + path + "' under " + shown(pages) + ": "
                    + (closest != null ? "did you mean '" + closest + "'? " : "")
                    + "give its path under that folder, such as 'cse/what-cse-is.md'");
        }
        return file;
    }

    private String shown(Path file) {
        return Overrides.shown(file, base);
    }

    /** Writes beside the file, then moves it into place: an interrupted run leaves no half-written page. */
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".override-", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
