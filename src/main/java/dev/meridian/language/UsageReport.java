package dev.meridian.language;

import java.time.LocalDate;
import java.util.List;

/** Translation usage per provider between two UTC dates, both included. */
public record UsageReport(LocalDate from, LocalDate to, List<ProviderUsage> items) {
}
