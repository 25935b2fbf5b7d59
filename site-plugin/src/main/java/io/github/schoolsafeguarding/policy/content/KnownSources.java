package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources one file may cite: the shared ones, and in an area's own files (its pages, contacts
 * and sources.yaml) that area's own sources too. Another area's own source is named as such where it
 * is cited, so the editor learns where it is and why it cannot be cited there, not merely that it is
 * unknown.
 */
final class KnownSources {

    private final Map<String, Source> citable;
    private final Map<String, Source> otherAreas;
    private final Optional<String> areaId;
    private final Path root;

    private KnownSources(Map<String, Source> citable, Map<String, Source> otherAreas, Optional<String> areaId,
            Path root) {
        this.citable = citable;
        this.otherAreas = otherAreas;
        this.areaId = areaId;
        this.root = root;
    }

    /**
     * What shared files may cite: the shared sources only.
     *
     * @param areaSources each area's own sources, by area id
     * @param root the folder messages give paths from
     */
    static KnownSources shared(Map<String, Source> shared, Map<String, Map<String, Source>> areaSources, Path root) {
        Map<String, Source> otherAreas = new LinkedHashMap<>();
        areaSources.values().forEach(otherAreas::putAll);
        return new KnownSources(shared, otherAreas, Optional.empty(), root);
    }

    /** What the files of area {@code id} may cite: the shared sources and its own. */
    static KnownSources forArea(String id, Map<String, Source> shared, Map<String, Map<String, Source>> areaSources,
            Path root) {
        Map<String, Source> citable = new LinkedHashMap<>(shared);
        citable.putAll(areaSources.getOrDefault(id, Map.of()));
        Map<String, Source> otherAreas = new LinkedHashMap<>();
        areaSources.forEach((other, sources) -> {
            if (!other.equals(id)) {
                otherAreas.putAll(sources);
            }
        });
        return new KnownSources(citable, otherAreas, Optional.of(id), root);
    }

    /** Everything this answers from, in order: equal keys give equal answers and messages. */
    Object key() {
        return List.of(List.copyOf(citable.entrySet()), List.copyOf(otherAreas.entrySet()), areaId, root);
    }

    /** Reports {@code id}, cited at {@code at}, unless it names a source this file may cite. */
    void require(String id, Location at, Problems problems) {
        if (citable.containsKey(id)) {
            return;
        }
        Source elsewhere = otherAreas.get(id);
        if (elsewhere != null) {
            String owner = elsewhere.area().orElseThrow();
            problems.add(Problem.error("source.area-only", at,
                    "'" + id + "' is a source of area '" + owner + "' alone (" + elsewhere.location().format(root)
                            + "): only that area's pages and contacts may cite it",
                    "cite a shared source" + (areaId.isPresent() ? " or one of this area's own" : "")
                            + " instead; if every area may rely on it, move its entry to content/sources.yaml, with 'area: " + owner
                            + "' to say which area it is about"));
            return;
        }
        problems.add(Problem.error("source.unknown", at, "'" + id + "' is not a known source",
                "use one of " + String.join(", ", citable.keySet()) + ", or add it to sources.yaml"
                        + areaId.map(area -> " (content/areas/" + area + "/sources.yaml for this area alone)")
                                .orElse("")));
    }
}
