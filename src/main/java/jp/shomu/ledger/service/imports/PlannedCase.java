package jp.shomu.ledger.service.imports;

import java.time.LocalDate;
import java.util.Map;

/** A row as it would be registered: its task type, subject, field values (canonical) and due date. */
public record PlannedCase(
        int row, String typeCode, String typeName, String subject, Map<String, String> fields, LocalDate dueOn) {}
