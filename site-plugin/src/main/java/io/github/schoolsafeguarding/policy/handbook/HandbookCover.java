package io.github.schoolsafeguarding.policy.handbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What the handbook's first page says: whose guidance it is and the day it was made, since a
 * printed copy goes on being read after the website has changed.
 *
 * @param siteTitle the title of the guidance, as the site shows it
 * @param areaName the area the handbook is for
 * @param board the area's safeguarding arrangements, which publish it
 * @param day the day of the build, the handbook's date
 */
public record HandbookCover(String siteTitle, String areaName, String board, LocalDate day) {

    private static final DateTimeFormatter READABLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    String title() {
        return siteTitle + ": " + areaName + " handbook";
    }

    String subject() {
        return "The guidance for schools in " + areaName + " as published on " + date();
    }

    /** What the foot of every page after the cover says, so that a loose sheet says whose it is. */
    String footer() {
        return areaName + " handbook, " + date();
    }

    String author() {
        return board;
    }

    String date() {
        return READABLE_DATE.format(day);
    }

    void appendTo(Element body) {
        Element cover = body.appendElement("section").addClass("cover");
        cover.appendElement("p").addClass("cover-site").text(siteTitle);
        cover.appendElement("h1").addClass("cover-area").attr("id", "cover").text(areaName);
        cover.appendElement("p").addClass("cover-kind").text("Handbook");
        cover.appendElement("p").addClass("cover-date").appendText("Published ")
                .appendElement("time").attr("datetime", day.toString()).text(date());
        cover.appendElement("p").addClass("cover-emergency").appendElement("strong")
                .text("If a child is in immediate danger, call 999.");
        cover.appendElement("p").addClass("cover-note").text("This handbook holds the guidance for schools in "
                + areaName + " as the website published it on " + date() + ". The website may have changed since:"
                + " its Amendments page lists every change.");
        cover.appendElement("p").addClass("cover-note").text("This guidance rewrites published documents in plain"
                + " English. It does not replace your school's own safeguarding policy or advice from the police or"
                + " children's social care.");
    }
}
