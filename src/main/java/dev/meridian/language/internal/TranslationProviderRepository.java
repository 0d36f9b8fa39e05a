package dev.meridian.language.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TranslationProviderRepository extends JpaRepository<TranslationProvider, Integer> {
}
