-- 従事者名簿 (issue 17): the terms of service beside the staff table, which stays as it is. Each row is one version
-- of a person's terms, in force from effective_from until the person's next row, so that a change can be entered
-- before it happens. Audited as entity 'staff_terms'.
CREATE TABLE staff_terms (
  id              INTEGER PRIMARY KEY,
  staff_id        INTEGER NOT NULL REFERENCES staff(id),
  effective_from  TEXT NOT NULL,
  service_from    TEXT NOT NULL,
  service_to      TEXT,
  hours_per_day   REAL NOT NULL CHECK (hours_per_day > 0 AND hours_per_day <= 24),
  days_per_week   INTEGER NOT NULL CHECK (days_per_week BETWEEN 1 AND 7),
  task_types      TEXT NOT NULL DEFAULT '',      -- 中区分 codes, comma separated; '' = wherever needed
  my_number_since TEXT,                          -- designated to handle 特定個人情報 since (NULL = not designated)
  my_number_by    TEXT,                          -- who designated
  recorded_by     TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  UNIQUE (staff_id, effective_from),
  CHECK (service_to IS NULL OR service_to >= service_from),
  CHECK ((my_number_since IS NULL) = (my_number_by IS NULL))
);

-- Training records (研修): course and date. Audited as entity 'staff_training'.
CREATE TABLE staff_training (
  id          INTEGER PRIMARY KEY,
  staff_id    INTEGER NOT NULL REFERENCES staff(id),
  course      TEXT NOT NULL,
  taken_on    TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);
CREATE INDEX staff_training_staff ON staff_training(staff_id);

-- ID badges (入館証・身分証): issued, returned, lost; a lost badge needs the date it was reported.
CREATE TABLE staff_badge (
  id          INTEGER PRIMARY KEY,
  staff_id    INTEGER NOT NULL REFERENCES staff(id),
  badge_no    TEXT NOT NULL,
  event       TEXT NOT NULL CHECK (event IN ('ISSUED','RETURNED','LOST')),
  on_date     TEXT NOT NULL,
  reported_on TEXT,
  recorded_by TEXT NOT NULL,
  CHECK (event <> 'LOST' OR reported_on IS NOT NULL)
);
CREATE INDEX staff_badge_staff ON staff_badge(staff_id);
