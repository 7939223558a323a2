package org.localize.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks in a stable order (family by family), as {@code localize checks} lists them. */
public final class CheckRegistry {

  private final List<Check> checks;

  private CheckRegistry(List<Check> checks) {
    Set<String> ids = new HashSet<>();
    for (Check c : checks) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("duplicate check id " + c.id());
      }
    }
    this.checks = List.copyOf(checks);
  }

  /** Every check this library has. */
  public static CheckRegistry standard() {
    List<Check> all = new ArrayList<>();
    all.add(new NamePresenceCheck());
    all.add(new NameSubstitutionCheck());
    all.add(NearMissCheck.misspelt());
    all.add(new NameFormCheck());
    all.add(NameSpellingCheck.forbidden());
    all.add(NameSpellingCheck.variant());
    all.add(new NameGenderCheck());
    all.add(new NameScriptCheck());
    all.add(new MixedScriptCheck());
    all.add(new NearMissCheck());
    all.add(new ConsistencyCheck());
    all.add(new UnknownNameCheck());
    all.add(new DateParityCheck());
    all.add(new WeekdayParityCheck());
    all.add(new WeekdayDateCheck());
    all.add(new PublishedWeekdayCheck());
    all.add(new MonthCaseCheck());
    all.add(new DateStyleCheck());
    all.add(new NumberParityCheck());
    all.add(new NumberFormatCheck());
    all.add(new PluralAgreementCheck());
    all.add(new QuotesCheck());
    all.add(new DashCheck());
    all.add(new SpacingCheck());
    all.add(new TagsCheck());
    all.add(new PlaceholdersCheck());
    all.add(new MissingTranslationCheck());
    all.add(new UntranslatedCheck());
    all.add(new MaxLengthCheck());
    return new CheckRegistry(all);
  }

  /** A registry of exactly these checks (for tests and custom pipelines). */
  public static CheckRegistry of(List<Check> checks) {
    return new CheckRegistry(checks);
  }

  public List<Check> checks() {
    return checks;
  }

  public Optional<Check> find(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
