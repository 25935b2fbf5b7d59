package io.github.schoolsafeguarding.policy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Published pages made up for measuring the search at scale: English-ish text drawn from the real
 * guidance (each word followed by a word that follows it somewhere in the guidance), in pages of 600
 * to 1,000 words with a title, a summary, sections and subsections as the real pages have, and a few
 * invented names per page (places, people, services) so that the vocabulary grows with the corpus as
 * a real one's does. The same seed gives the same pages.
 */
final class SyntheticCorpus {

    private static final String[] SYLLABLES = {"ab", "ar", "ash", "bel", "bor", "bridge", "by", "cal", "chester",
        "dale", "den", "don", "el", "en", "fen", "field", "ford", "gate", "ham", "har", "hurst", "ing", "kel",
        "ley", "lin", "mar", "mere", "mor", "ness", "ock", "pen", "ren", "ridge", "sal", "stead", "stow", "tal",
        "ton", "vale", "wick", "win", "worth"};

    private final Map<String, List<String>> next = new TreeMap<>();
    private final List<String> starts = new ArrayList<>();
    private final Random random;

    /** @param guidance the real content's {@code pages/} folder, whose words the pages are made of */
    SyntheticCorpus(Path guidance, long seed) {
        this.random = new Random(seed);
        String previous = null;
        for (String word : words(guidance)) {
            if (previous != null) {
                next.computeIfAbsent(previous, key -> new ArrayList<>()).add(word);
            }
            if (previous == null || previous.endsWith(".")) {
                starts.add(word);
            }
            previous = word;
        }
    }

    /** {@code count} pages as an area publishes them, by path: {@code section-3/page-41.html}. */
    Map<String, String> pages(int count) {
        Map<String, String> pages = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            pages.put("section-" + i / 100 + "/page-" + i % 100 + ".html", page());
        }
        return pages;
    }

    private String page() {
        List<String> names = List.of(name(), name(), name());
        StringBuilder main = new StringBuilder("<h1>").append(title()).append("</h1>\n<p class=\"lead\">")
                .append(sentence(names)).append("</p>\n");
        int words = 600 + random.nextInt(400);
        int written = 0;
        main.append(paragraph(names));
        for (int section = 0; written < words; section++) {
            String heading = title();
            main.append("<h2 id=\"s").append(section).append("\">").append(heading).append("</h2>\n");
            for (int p = 0; p < 2 + random.nextInt(2); p++) {
                String paragraph = paragraph(names);
                written += paragraph.split(" ").length;
                main.append(paragraph);
            }
            if (random.nextInt(3) == 0) {
                main.append("<h3 id=\"s").append(section).append("-more\">").append(title()).append("</h3>\n");
                String paragraph = paragraph(names);
                written += paragraph.split(" ").length;
                main.append(paragraph);
            }
        }
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Page</title></head><body>"
                + "<header><a href=\"../index.html\">Safeguarding guidance</a></header>\n<main>\n" + main
                + "<aside class=\"page-meta\"><h2 id=\"about-this-page\">About this page</h2></aside>\n</main></body></html>\n";
    }

    private String title() {
        String sentence = sentence(List.of());
        String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(words.length, 3 + random.nextInt(5))));
    }

    private String paragraph(List<String> names) {
        StringBuilder paragraph = new StringBuilder("<p>");
        for (int s = 0; s < 3 + random.nextInt(4); s++) {
            paragraph.append(s == 0 ? "" : " ").append(sentence(names));
        }
        return paragraph.append("</p>\n").toString();
    }

    private String sentence(List<String> names) {
        StringBuilder sentence = new StringBuilder();
        String word = starts.get(random.nextInt(starts.size()));
        for (int length = 0; length < 30; length++) {
            sentence.append(length == 0 ? "" : " ").append(word);
            if (!names.isEmpty() && random.nextInt(40) == 0) {
                sentence.append(" ").append(names.get(random.nextInt(names.size())));
            }
            List<String> followers = next.get(word);
            if (word.endsWith(".") || followers == null) {
                break;
            }
            word = followers.get(random.nextInt(followers.size()));
        }
        String text = sentence.toString();
        text = text.endsWith(".") ? text : text.replaceAll("[,;:]$", "") + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String name() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The words of the guidance in reading order, with their punctuation, less Markdown and front matter. */
    private static List<String> words(Path guidance) {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(guidance)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file).replaceFirst("(?s)^---.*?\n---\n", "")
                        .replaceAll("\\]\\([^)]*\\)", "]").replaceAll("(?s)```.*?```", "")
                        .replaceAll("[#*_`>|\\[\\]{}]", " ");
                for (String word : text.split("\\s+")) {
                    if (word.matches("[A-Za-z0-9'’()-]+[.,;:]?") && !word.matches("-+")) {
                        words.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
