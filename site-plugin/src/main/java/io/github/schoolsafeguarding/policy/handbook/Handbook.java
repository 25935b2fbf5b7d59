package io.github.schoolsafeguarding.policy.handbook;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * An area's guidance as one PDF, for partnerships that hand out a handbook and for schools that
 * want it on paper: a cover, a contents list that links to each chapter, then the pages the site
 * publishes, in the order its navigation lists them.
 *
 * <pre>{@code
 * byte[] pdf = new Handbook(new HandbookCover(siteTitle, "London", board, today), chapters).render(areaFiles);
 * }</pre>
 *
 * The PDF is tagged (PDF/UA and PDF/A-3a) so that a screen reader can read it as it reads the site:
 * headings, lists, tables with their headers, links, and an outline of bookmarks. PDF/UA needs
 * every font embedded, so it is set in Liberation Sans (free, and metrically like Arial); GOV.UK's
 * own font is licensed for GOV.UK alone. The same pages for the same day give the same bytes.
 */
public final class Handbook {

    /** Where the font package keeps its TrueType files. */
    private static final String FONTS = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final String SANS = "Liberation Sans";
    private static final String MONO = "Liberation Mono";
    /** Where an ICC profile's header names its primary platform, and the name of Apple's. */
    private static final int PRIMARY_PLATFORM = 40;
    private static final byte[] APPLE = "APPL".getBytes(StandardCharsets.US_ASCII);

    static {
        // the library logs every stylesheet property it does not know; the build's log is for the content
        XRLog.setLoggingEnabled(false);
    }

    private final HandbookCover cover;
    private final List<Chapter> chapters;

    public Handbook(HandbookCover cover, List<Chapter> chapters) {
        this.cover = cover;
        this.chapters = List.copyOf(chapters);
    }

    /**
     * @param pages the area's published files, by path below the area's folder
     * @return the PDF's bytes
     */
    public byte[] render(Map<String, byte[]> pages) {
        Document document = new HandbookDocument(cover, chapters).build(pages, stylesheet());
        // the renderer closes the document it was given
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                    .useColorProfile(srgbProfile())
                    .withProducer("policy-maven-plugin")
                    .withW3cDocument(new W3CDom().fromJsoup(document), null);
            font(builder, pdf, SANS, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, pdf, SANS, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, pdf, SANS, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, pdf, SANS, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
            font(builder, pdf, MONO, "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, pdf, MONO, "LiberationMono-Bold.ttf", 700, FontStyle.NORMAL);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
                FixedDates.apply(pdf, cover.day());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the handbook for " + cover.areaName(), e);
        }
    }

    /**
     * A font for the PDF's text, embedded as a subset, without its substitution table (GSUB): for Latin text that table only joins letters into ligatures such as
     * "fi", which screen readers and search would then have to split again, and applying it was two
     * thirds of the time the whole build took (fontbox compiles regular expressions per line of text).
     */
    private static void font(PdfRendererBuilder builder, PDDocument pdf, String family, String file, int weight,
            FontStyle style) {
        try (InputStream bytes = resource(FONTS + file)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(false);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font, true)), family, weight, style, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the handbook's font " + file, e);
        }
    }

    /**
     * The sRGB colour profile the PDF/A declares, the same bytes on every Java. Debian's OpenJDK 17
     * and Temurin 25 ship the same profile but for its header's primary platform, which says nothing
     * about colour: Apple in one, Microsoft in the other. PDFBox reads the profile back through the
     * JDK's colour engine, and Debian's writes Apple whatever it was given, Temurin's what it was
     * given; so the profile says Apple, which both keep. Without this the handbook's bytes depended
     * on the Java that made it.
     */
    static byte[] srgbProfile() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        System.arraycopy(APPLE, 0, profile, PRIMARY_PLATFORM, APPLE.length);
        return profile;
    }

    private static String stylesheet() {
        try (InputStream css = resource("handbook.css")) {
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the handbook's stylesheet", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = Handbook.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("the plugin's jar has no " + name);
        }
        return stream;
    }
}
