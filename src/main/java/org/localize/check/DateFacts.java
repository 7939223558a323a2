package org.localize.check;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Calendar arithmetic and wording shared by the date checks. */
final class DateFacts {

  private DateFacts() {}

  /** The calendar date a mention denotes, its year taken from the text or else from publication; null if unknown or impossible. */
  static LocalDate resolve(DateMention d, Story story) {
    if (d.day() == 0 || d.month() == 0) {
      return null;
    }
    int year = d.year() != 0 ? d.year() : story.publishedDate() != null ? story.publishedDate().getYear() : 0;
    if (year == 0) {
      return null;
    }
    try {
      return LocalDate.of(year, d.month(), d.day());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether day and month can exist together in some year (31 June cannot). */
  static boolean possible(DateMention d) {
    try {
      LocalDate.of(2024, d.month(), d.day()); // a leap year allows 29 February
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** ICU day of week (1 = Sunday … 7 = Saturday). */
  static int weekday(LocalDate date) {
    return date.getDayOfWeek().getValue() % 7 + 1;
  }

  /** A date written the way the target locale's house style writes it with a day: "19 июня 2024 года", "Sept. 19, 2024". */
  static String render(LocaleTools tools, int year, int month, int day) {
    return tools.renderedDate(year, month, day, () -> renderNow(tools, year, month, day));
  }

  private static String renderNow(LocaleTools tools, int year, int month, int day) {
    String skeleton = year > 0 ? "yMMMMd" : "MMMMd";
    DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, tools.data().locale());
    GregorianCalendar cal = new GregorianCalendar(TimeZone.GMT_ZONE, tools.data().locale());
    cal.clear();
    cal.set(year > 0 ? year : 2000, month - 1, day, 12, 0);
    f.setTimeZone(TimeZone.GMT_ZONE);
    String s = Text.fold(f.format(cal.getTime()));
    String wide = com.ibm.icu.text.DateFormatSymbols.getInstance(tools.data().locale())
        .getMonths(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.WIDE)[month - 1];
    s = s.replace(wide, tools.dates().monthWithDay(month));
    var yearWords = tools.data().dates().yearWords();
    if (year > 0 && !yearWords.isEmpty() && s.endsWith(" г.")) {
      s = s.substring(0, s.length() - 2) + yearWords.get(0); // CLDR's "г." belongs to tables, not prose
    }
    return s;
  }

  /** How a mention reads in messages: the text as written. */
  static String quote(Text text, DateMention d) {
    return text.raw().substring(d.start(), d.end()).strip();
  }
}
