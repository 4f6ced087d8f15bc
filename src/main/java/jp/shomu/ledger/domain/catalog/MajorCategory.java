package jp.shomu.ledger.domain.catalog;

/**
 * A 大区分 of the specification with its reference hours a year (spec 【参考】集約化対象業務).
 */
public record MajorCategory(String code, String name, double referenceAnnualHours) {}
