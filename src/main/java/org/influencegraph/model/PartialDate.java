package org.influencegraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 2020}, {@code 2020-10}, {@code 2020-10-10}).
 * The text is kept as given; {@link #first()} and {@link #last()} bound it for range queries.
 */
public record PartialDate(String text, LocalDate first, LocalDate last) {

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public static Optional<PartialDate> parse(String text) {
        String t = text.trim();
        if (!FORM.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    switch (t.length()) {
                        case 4 -> {
                            int year = Integer.parseInt(t);
                            yield new PartialDate(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                        }
                        case 7 -> {
                            YearMonth month = YearMonth.parse(t);
                            yield new PartialDate(t, month.atDay(1), month.atEndOfMonth());
                        }
                        default -> {
                            LocalDate day = LocalDate.parse(t);
                            yield new PartialDate(t, day, day);
                        }
                    });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
