package jp.shomu.ledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A store or service test about the ledger as a SQLite file (its bytes, pages, journal, FTS5 plans, the fiscal-year
 * archive files beside it): left out of the PostgreSQL run. {@link #value} says why.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("file-only")
public @interface FileOnly {
    String value();
}
