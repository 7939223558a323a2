package org.localize.check;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Calendar arithmetic and wording shared by the date checks. */
final class DateFacts {

  private DateFacts() {}

  /**
   * The calendar date a mention denotes, its year taken from the text or else from publication; a
   * day written alone (ja 20日) is the nearest date with that day to publication. Null if unknown or
   * impossible.
   */
  static LocalDate resolve(DateMention d, Story story) {
    if (d.day() == 0) {
      return null;
    }
    if (d.month() == 0) {
      List<LocalDate> c = story.publishedDate() == null ? List.of() : candidates(d.day(), story.publishedDate());
      return c.isEmpty() ? null : c.get(0);
    }
    int year = d.year() != 0 ? d.year() : story.publishedDate() != null ? story.publishedDate().getYear() : 0;
    return year == 0 ? null : date(year, d.month(), d.day());
  }

  /**
   * The dates with day of month {@code day} in the month before, of and after {@code published},
   * nearest first: what a day written alone may denote (Japanese and Chinese news write "20日" for a
   * day of the current month, and for the last days of the month before).
   */
  static List<LocalDate> candidates(int day, LocalDate published) {
    List<LocalDate> out = new ArrayList<>(3);
    for (int delta = -1; delta <= 1; delta++) {
      LocalDate m = published.withDayOfMonth(1).plusMonths(delta);
      if (day <= m.lengthOfMonth()) {
        out.add(m.withDayOfMonth(day));
      }
    }
    out.sort(Comparator.comparingLong(x -> Math.abs(x.toEpochDay() - published.toEpochDay())));
    return out;
  }

  /** A day of the month written alone, without month or year (ja 20日, 18日から19日). */
  static boolean dayAlone(DateMention d) {
    return d.day() > 0 && d.month() == 0;
  }

  /** The date, or null when it does not exist (31 June). */
  static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether day and month can exist together in some year (31 June cannot). */
  static boolean possible(DateMention d) {
    if (d.month() == 0) {
      return d.day() <= 31 && d.dayTo() <= 31;
    }
    return possible(d.month(), d.day()) && (d.dayTo() == 0 || possible(d.month(), d.dayTo()));
  }

  static boolean possible(int month, int day) {
    return date(2024, month, day) != null; // a leap year allows 29 February
  }

  /** ICU day of week (1 = Sunday … 7 = Saturday). */
  static int weekday(LocalDate date) {
    return date.getDayOfWeek().getValue() % 7 + 1;
  }

  /** A date written the way the target locale's house style writes it with a day: "19 июня 2024 года", "Sept. 19, 2024". */
  static String render(LocaleTools tools, int year, int month, int day) {
    if (!possible(month, day) || (year > 0 && date(year, month, day) == null)) {
      return null; // 31 June, 29 February 2023: nothing to suggest
    }
    return tools.renderedDate(year, month, day, () -> renderNow(tools, year, month, day));
  }

  private static String renderNow(LocaleTools tools, int year, int month, int day) {
    ULocale loc = DateVocabulary.gregorian(tools.data().locale());
    String skeleton = year > 0 ? "yMMMMd" : "MMMMd";
    DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, loc);
    GregorianCalendar cal = new GregorianCalendar(TimeZone.GMT_ZONE, loc);
    cal.clear();
    cal.set(year > 0 ? year : 2000, month - 1, day, 12, 0);
    f.setTimeZone(TimeZone.GMT_ZONE);
    String s = Text.fold(f.format(cal.getTime()));
    String wide = DateFormatSymbols.getInstance(loc).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[month - 1];
    s = s.replace(wide, tools.dates().monthWithDay(month));
    // CLDR's abbreviated year word (г., р.) belongs to tables; prose writes the locale's first year word (года, року)
    String cldr = tools.dates().cldrYearWord();
    String prose = tools.dates().proseYearWord();
    if (year > 0 && cldr != null && prose != null && s.endsWith(cldr)) {
      s = s.substring(0, s.length() - cldr.length()) + prose;
    }
    return s;
  }

  /** How a mention reads in messages: the text as written. */
  static String quote(Text text, DateMention d) {
    return text.raw().substring(d.start(), d.end()).strip();
  }
}
