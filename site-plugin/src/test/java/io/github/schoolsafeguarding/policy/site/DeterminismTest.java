package io.github.schoolsafeguarding.policy.site;

import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.assertSameFiles;
import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives the same bytes on any machine: in Turkish, whose dotless i breaks
 * lower-casing that follows the JVM's locale (the real content links to a heading "UKCCIS"), in
 * Thai, whose digits differ, and in a time zone fourteen hours ahead of the one the day is set in.
 */
class DeterminismTest {

    @TempDir
    Path folder;

    @Test
    void theRealContentPublishesTheSameBytesInTurkishAndThaiAndAnyTimeZone() throws Exception {
        SitePublisher.Publication here = publish("here");
        SitePublisher.Publication turkish = elsewhere(Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati", "turkish");
        SitePublisher.Publication thai = elsewhere(Locale.forLanguageTag("th-TH-u-nu-thai"), "Pacific/Pago_Pago", "thai");

        assertEquals(here, turkish);
        assertEquals(here, thai);
        assertSameFiles(snapshot(folder.resolve("here")), snapshot(folder.resolve("turkish")));
        assertSameFiles(snapshot(folder.resolve("here")), snapshot(folder.resolve("thai")));
    }

    private SitePublisher.Publication elsewhere(Locale locale, String zone, String output) throws Exception {
        Locale locally = Locale.getDefault();
        TimeZone zoneHere = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return publish(output);
        } finally {
            Locale.setDefault(locally);
            TimeZone.setDefault(zoneHere);
        }
    }

    private SitePublisher.Publication publish(String output) throws Exception {
        return CachedBuildTest.realContent(BuildCache.none()).publish(folder.resolve(output));
    }
}
