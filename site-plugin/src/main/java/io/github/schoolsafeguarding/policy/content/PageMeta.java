package io.github.schoolsafeguarding.policy.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a page's front matter says about it. */
public record PageMeta(
        String title,
        String summary,
        int order,
        List<String> sources,
        String owner,
        LocalDate lastReviewed,
        LocalDate reviewDue,
        Optional<String> layout) {}
