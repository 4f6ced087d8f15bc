package jp.shomu.ledger.service.desk;

/** One person's load, which assignment evens out: open cases, their standard minutes, overdue, send-backs this month. */
public record OperatorLoad(
        long staffId, String login, String name, int openCases, int openMinutes, int overdue, int sendBacksThisMonth) {}
