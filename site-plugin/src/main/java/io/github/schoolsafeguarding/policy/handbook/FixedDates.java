package io.github.schoolsafeguarding.policy.handbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Dates the PDF on the build's day instead of the moment it was written, in its information
 * dictionary and its XMP metadata alike (PDF/A wants them to agree), and gives it an id made from
 * that day: the same pages built for the same day then give the same bytes, as the site's do.
 */
final class FixedDates {

    private FixedDates() {}

    static void apply(PDDocument pdf, LocalDate day) throws IOException {
        Calendar date = GregorianCalendar.from(day.atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        pdf.getDocumentInformation().setCreationDate(date);
        pdf.getDocumentInformation().setModificationDate(date);
        pdf.setDocumentId(day.toEpochDay());
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try (InputStream in = stream.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(in.readAllBytes());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            pdf.getDocumentCatalog().setMetadata(new PDMetadata(pdf, new ByteArrayInputStream(out.toByteArray())));
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("cannot date the handbook's metadata", e);
        }
    }
}
