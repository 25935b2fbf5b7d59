package io.github.schoolsafeguarding.policy.handbook;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.cache.CacheKey;
import io.github.schoolsafeguarding.policy.cache.CodeIdentity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;

/**
 * An area's {@link Handbook}, taken from the build cache when the same pages made it before with the
 * same code: laying out a PDF takes seconds, and most builds change no page of most areas.
 *
 * <p>The key is everything the handbook is made from: its cover, its chapters, the pages of its
 * chapters (names and bytes), which are all the files it is given, and the code that lays it out,
 * whose jar also holds its stylesheet and pins the fonts' version. A hit gives the bytes the same
 * handbook was made of before, which are the bytes it would be made of now, as the same input for
 * the same day always gives the same PDF.
 */
public final class CachedHandbook {

    /** Where the cache keeps the handbooks. */
    public static final String CACHE_SHELF = "handbooks";

    private final HandbookCover cover;
    private final List<Chapter> chapters;

    public CachedHandbook(HandbookCover cover, List<Chapter> chapters) {
        this.cover = cover;
        this.chapters = List.copyOf(chapters);
    }

    /**
     * @param pages the area's published files, by path below the area's folder
     * @param cache where a handbook made before may be, and where this one is kept; none to make it
     * @return the PDF's bytes
     */
    public byte[] render(Map<String, byte[]> pages, Optional<BuildCache.Shelf> cache) {
        // the handbook is given its chapters' pages and nothing else, so that they are all its key needs
        Map<String, byte[]> chapterPages = new TreeMap<>();
        chapters.forEach(chapter -> {
            if (pages.containsKey(chapter.file())) {
                chapterPages.put(chapter.file(), pages.get(chapter.file()));
            }
        });
        if (cache.isEmpty()) {
            return new Handbook(cover, chapters).render(chapterPages);
        }
        String key = key(chapterPages);
        return cache.get().get(key).orElseGet(() -> {
            byte[] pdf = new Handbook(cover, chapters).render(chapterPages);
            cache.get().put(key, pdf);
            return pdf;
        });
    }

    private String key(Map<String, byte[]> chapterPages) {
        CacheKey key = new CacheKey()
                .add(CodeIdentity.of(Handbook.class, PdfRendererBuilder.class, PDDocument.class, Jsoup.class))
                .add(cover.siteTitle()).add(cover.areaName()).add(cover.board()).add(cover.day().toString())
                .add(chapters.size());
        for (Chapter chapter : chapters) {
            key.add(chapter.file()).add(chapter.title()).add(chapter.level()).add(chapter.rulesOnly());
        }
        key.add(chapterPages.size());
        chapterPages.forEach((file, bytes) -> key.add(file).add(bytes));
        return key.hex();
    }
}
