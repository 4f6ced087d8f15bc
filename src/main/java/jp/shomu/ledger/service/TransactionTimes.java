package jp.shomu.ledger.service;

/** How long a job's write transactions held the file: how many, the median and the longest, in milliseconds. */
public record TransactionTimes(int count, double medianMillis, double longestMillis) {}
