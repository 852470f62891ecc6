PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE patients (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200) CHECK (name IS NULL OR (instr(name, char(10)) = 0 AND instr(name, char(13)) = 0 AND instr(name, char(9)) = 0)),
  date_of_birth TEXT NOT NULL CHECK (date_of_birth IS NULL OR (length(date_of_birth) = 10 AND date(date_of_birth, '+0 days') = date_of_birth AND date_of_birth BETWEEN '1900-01-01' AND '2200-12-31')),
  sex TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('unknown', 'female', 'male', 'other')),
  contact TEXT CHECK (length(contact) <= 500),
  record_number TEXT NOT NULL UNIQUE CHECK (length(trim(record_number)) BETWEEN 1 AND 32) CHECK (record_number IS NULL OR (instr(record_number, char(10)) = 0 AND instr(record_number, char(13)) = 0 AND instr(record_number, char(9)) = 0)),
  notes TEXT CHECK (length(notes) <= 10000),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)) STRICT;
INSERT INTO patients VALUES(1,'Erin Parker','1984-02-22','female','07700 900000','GEN-000001',NULL,0,'2026-12-03T08:49:27.144Z','2026-12-03T08:49:27.144Z',1);
INSERT INTO patients VALUES(2,'Zoë O''Brien-Ångström','1979-02-28','female','zoe@example.org, +44 20 7946 0000','FX-100',replace('Line one\nLine "two", with quotes','\n',char(10)),0,'2026-12-03T08:49:27.189Z','2026-12-03T08:49:27.189Z',1);
INSERT INTO patients VALUES(3,'Bo Ek','2001-12-31','unknown',NULL,'FX-101',NULL,0,'2026-12-03T08:49:27.220Z','2026-12-03T08:49:27.220Z',1);
CREATE TABLE conditions (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  kind TEXT NOT NULL CHECK (kind IN ('runners-knee', 'achilles-tendinopathy', 'hamstring',
    'plantar-fasciitis', 'shin-splints', 'itbs', 'stress-fracture', 'heel-pain', 'other')),
  side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
  onset_date TEXT NOT NULL CHECK (onset_date IS NULL OR (length(onset_date) = 10 AND date(onset_date, '+0 days') = onset_date AND onset_date BETWEEN '1900-01-01' AND '2200-12-31')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'resolved')),
  prior_treatments INTEGER NOT NULL DEFAULT 0 CHECK (prior_treatments BETWEEN 0 AND 511),
  notes TEXT CHECK (length(notes) <= 10000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (id, patient_id)
) STRICT;
INSERT INTO conditions VALUES(1,1,'hamstring','right','2024-05-16','active',34,NULL,'2026-12-03T08:49:27.145Z','2026-12-03T08:49:27.145Z',1);
INSERT INTO conditions VALUES(2,2,'plantar-fasciitis','left','2025-03-01','resolved',0,'Resolved after three sessions','2026-12-03T08:49:27.254Z','2026-12-03T08:49:27.254Z',1);
INSERT INTO conditions VALUES(3,2,'achilles-tendinopathy','both','2026-01-15','active',0,NULL,'2026-12-03T08:49:27.287Z','2026-12-03T08:49:27.287Z',1);
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  condition_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date IS NULL OR (length(date) = 10 AND date(date, '+0 days') = date AND date BETWEEN '1900-01-01' AND '2200-12-31')),
  treatment TEXT NOT NULL CHECK (treatment IN ('dextrose', 'prp', 'prolozone', 'neural',
    'other')),
  solution TEXT CHECK (length(solution) <= 200),
  concentration_pct REAL CHECK (concentration_pct BETWEEN 0 AND 100),
  volume_ml REAL CHECK (volume_ml > 0 AND volume_ml <= 100),
  injection_count INTEGER CHECK (injection_count BETWEEN 1 AND 100),
  structures TEXT CHECK (length(structures) <= 500),
  clinician TEXT CHECK (length(clinician) <= 200),
  site TEXT CHECK (length(site) <= 200),
  pain_before REAL CHECK (pain_before IS NULL OR (pain_before BETWEEN 0 AND 10 AND pain_before * 2 = CAST(pain_before * 2 AS INTEGER))),
  pain_after REAL CHECK (pain_after IS NULL OR (pain_after BETWEEN 0 AND 10 AND pain_after * 2 = CAST(pain_after * 2 AS INTEGER))),
  adverse_events TEXT CHECK (length(adverse_events) <= 2000),
  advice TEXT CHECK (length(advice) <= 2000),
  next_visit TEXT CHECK (next_visit IS NULL OR (length(next_visit) = 10 AND date(next_visit, '+0 days') = next_visit AND next_visit BETWEEN '1900-01-01' AND '2200-12-31')) CHECK (next_visit IS NULL OR next_visit >= date),
  notes TEXT CHECK (length(notes) <= 10000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  FOREIGN KEY (condition_id, patient_id) REFERENCES conditions (id, patient_id)
) STRICT;
INSERT INTO sessions VALUES(1,1,1,'2025-11-20','prp',NULL,NULL,17.5,7,'Proximal hamstring origin, ischial tuberosity','Dr S. Mehta','London',4.5,3.0,'None','Relative rest 3 days, then walking; no running for 2 weeks','2025-12-11',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO sessions VALUES(2,1,1,'2025-12-11','prp',NULL,NULL,17.5,7,'Proximal hamstring origin, ischial tuberosity','Dr S. Mehta','London',4.0,3.5,'None','Calf and foot strengthening daily; replace worn shoes','2026-01-01',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO sessions VALUES(3,1,1,'2026-01-01','prp',NULL,NULL,17.5,7,'Proximal hamstring origin, ischial tuberosity','Dr S. Mehta','London',2.5,1.5,'None','Cross-training only until the next visit','2026-01-29',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO sessions VALUES(4,1,1,'2026-01-29','prp',NULL,NULL,17.5,7,'Proximal hamstring origin, ischial tuberosity','Dr S. Mehta','London',3.0,3.0,'Small bruise at an injection site','Cross-training only until the next visit','2026-03-05',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO sessions VALUES(5,1,1,'2026-03-05','prp',NULL,NULL,17.5,7,'Proximal hamstring origin, ischial tuberosity','Dr S. Mehta','London',3.0,1.5,'None','Calf and foot strengthening daily; replace worn shoes',NULL,NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO sessions VALUES(6,2,3,'2026-02-01','dextrose','Dextrose 12.5 %',12.5,4.5,6,'Achilles insertion','Dr Ana Ruiz','North',7.5,2.0,'None','Walk only','2026-03-01','First treatment','2026-12-03T08:49:27.348Z','2026-12-03T08:49:27.348Z',1);
INSERT INTO sessions VALUES(7,2,3,'2026-03-01','prp',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T08:49:27.382Z','2026-12-03T08:49:27.382Z',1);
CREATE TABLE pain_scores (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  condition_id INTEGER,
  date TEXT NOT NULL CHECK (date IS NULL OR (length(date) = 10 AND date(date, '+0 days') = date AND date BETWEEN '1900-01-01' AND '2200-12-31')),
  score REAL NOT NULL CHECK (score IS NULL OR (score BETWEEN 0 AND 10 AND score * 2 = CAST(score * 2 AS INTEGER))),
  context TEXT NOT NULL CHECK (context IN ('rest', 'morning', 'during-run', 'after-run',
    'other')),
  source TEXT NOT NULL CHECK (source IN ('clinic', 'patient')),
  notes TEXT CHECK (length(notes) <= 2000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  FOREIGN KEY (condition_id, patient_id) REFERENCES conditions (id, patient_id)
) STRICT;
INSERT INTO pain_scores VALUES(1,1,1,'2025-11-20',4.5,'rest','clinic',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(2,1,1,'2025-12-11',4.0,'rest','clinic',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(3,1,1,'2026-01-01',2.5,'rest','clinic',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(4,1,1,'2026-01-29',3.0,'rest','clinic',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(5,1,1,'2026-03-05',3.0,'rest','clinic',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(6,1,1,'2025-11-07',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(7,1,1,'2025-11-08',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(8,1,1,'2025-11-09',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(9,1,1,'2025-11-10',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(10,1,1,'2025-11-11',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(11,1,1,'2025-11-12',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(12,1,1,'2025-11-14',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(13,1,1,'2025-11-15',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(14,1,1,'2025-11-16',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(15,1,1,'2025-11-17',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(16,1,1,'2025-11-18',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(17,1,1,'2025-11-20',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(18,1,1,'2025-11-21',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(19,1,1,'2025-11-22',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(20,1,1,'2025-11-23',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(21,1,1,'2025-11-26',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(22,1,1,'2025-11-27',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(23,1,1,'2025-11-28',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(24,1,1,'2025-11-29',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(25,1,1,'2025-11-30',5.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(26,1,1,'2025-12-01',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(27,1,1,'2025-12-02',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(28,1,1,'2025-12-03',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(29,1,1,'2025-12-04',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(30,1,1,'2025-12-05',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(31,1,1,'2025-12-06',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(32,1,1,'2025-12-08',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.146Z','2026-12-03T08:49:27.146Z',1);
INSERT INTO pain_scores VALUES(33,1,1,'2025-12-10',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(34,1,1,'2025-12-11',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(35,1,1,'2025-12-13',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(36,1,1,'2025-12-14',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(37,1,1,'2025-12-15',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(38,1,1,'2025-12-17',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(39,1,1,'2025-12-18',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(40,1,1,'2025-12-19',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(41,1,1,'2025-12-20',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(42,1,1,'2025-12-21',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(43,1,1,'2025-12-22',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(44,1,1,'2025-12-24',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(45,1,1,'2025-12-26',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(46,1,1,'2025-12-27',5.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(47,1,1,'2025-12-28',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(48,1,1,'2025-12-29',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(49,1,1,'2025-12-30',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(50,1,1,'2025-12-31',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(51,1,1,'2026-01-02',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(52,1,1,'2026-01-03',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(53,1,1,'2026-01-04',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(54,1,1,'2026-01-05',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(55,1,1,'2026-01-06',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(56,1,1,'2026-01-07',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(57,1,1,'2026-01-08',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(58,1,1,'2026-01-09',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(59,1,1,'2026-01-10',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(60,1,1,'2026-01-12',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(61,1,1,'2026-01-14',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(62,1,1,'2026-01-15',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(63,1,1,'2026-01-16',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(64,1,1,'2026-01-17',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(65,1,1,'2026-01-18',4.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(66,1,1,'2026-01-19',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(67,1,1,'2026-01-20',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(68,1,1,'2026-01-21',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(69,1,1,'2026-01-22',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(70,1,1,'2026-01-23',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(71,1,1,'2026-01-26',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(72,1,1,'2026-01-27',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(73,1,1,'2026-01-29',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(74,1,1,'2026-01-30',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(75,1,1,'2026-02-01',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(76,1,1,'2026-02-03',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(77,1,1,'2026-02-04',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(78,1,1,'2026-02-05',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(79,1,1,'2026-02-06',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(80,1,1,'2026-02-07',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(81,1,1,'2026-02-08',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(82,1,1,'2026-02-09',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(83,1,1,'2026-02-10',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(84,1,1,'2026-02-11',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(85,1,1,'2026-02-12',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(86,1,1,'2026-02-13',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(87,1,1,'2026-02-14',4.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(88,1,1,'2026-02-15',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(89,1,1,'2026-02-17',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(90,1,1,'2026-02-18',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(91,1,1,'2026-02-19',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(92,1,1,'2026-02-20',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(93,1,1,'2026-02-21',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(94,1,1,'2026-02-22',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(95,1,1,'2026-02-25',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(96,1,1,'2026-02-26',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(97,1,1,'2026-02-27',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(98,1,1,'2026-02-28',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(99,1,1,'2026-03-01',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(100,1,1,'2026-03-02',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(101,1,1,'2026-03-03',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(102,1,1,'2026-03-04',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(103,1,1,'2026-03-05',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(104,1,1,'2026-03-07',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(105,1,1,'2026-03-09',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(106,1,1,'2026-03-11',3.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(107,1,1,'2026-03-12',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(108,1,1,'2026-03-13',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(109,1,1,'2026-03-15',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(110,1,1,'2026-03-16',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(111,1,1,'2026-03-17',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(112,1,1,'2026-03-19',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(113,1,1,'2026-03-20',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(114,1,1,'2026-03-22',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(115,1,1,'2026-03-23',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(116,1,1,'2026-03-24',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(117,1,1,'2026-03-25',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(118,1,1,'2026-03-26',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(119,1,1,'2026-03-28',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(120,1,1,'2026-03-29',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(121,1,1,'2026-03-30',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(122,1,1,'2026-03-31',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(123,1,1,'2026-04-01',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(124,1,1,'2026-04-02',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(125,1,1,'2026-04-03',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(126,1,1,'2026-04-04',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(127,1,1,'2026-04-05',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(128,1,1,'2026-04-06',3.0,'morning','patient',NULL,'2026-12-03T08:49:27.147Z','2026-12-03T08:49:27.147Z',1);
INSERT INTO pain_scores VALUES(129,1,1,'2026-04-07',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(130,1,1,'2026-04-08',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(131,1,1,'2026-04-09',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(132,1,1,'2026-04-10',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(133,1,1,'2026-04-11',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(134,1,1,'2026-04-12',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(135,1,1,'2026-04-13',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(136,1,1,'2026-04-14',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(137,1,1,'2026-04-15',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(138,1,1,'2026-04-16',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(139,1,1,'2026-04-17',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(140,1,1,'2026-04-18',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(141,1,1,'2026-04-21',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(142,1,1,'2026-04-22',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(143,1,1,'2026-04-23',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(144,1,1,'2026-04-24',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(145,1,1,'2026-04-25',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(146,1,1,'2026-04-27',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(147,1,1,'2026-04-28',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(148,1,1,'2026-04-29',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(149,1,1,'2026-04-30',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(150,1,1,'2026-05-01',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(151,1,1,'2026-05-02',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(152,1,1,'2026-05-03',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(153,1,1,'2026-05-04',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(154,1,1,'2026-05-05',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(155,1,1,'2026-05-06',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(156,1,1,'2026-05-07',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(157,1,1,'2026-05-14',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(158,1,1,'2026-05-15',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(159,1,1,'2026-05-17',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(160,1,1,'2026-05-18',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(161,1,1,'2026-05-19',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(162,1,1,'2026-05-20',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(163,1,1,'2026-05-22',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(164,1,1,'2026-05-23',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(165,1,1,'2026-05-24',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(166,1,1,'2026-05-25',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(167,1,1,'2026-05-26',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(168,1,1,'2026-05-28',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(169,1,1,'2026-05-30',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(170,1,1,'2026-05-31',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(171,1,1,'2026-06-01',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(172,1,1,'2026-06-02',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(173,1,1,'2026-06-03',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(174,1,1,'2026-06-04',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(175,1,1,'2026-06-05',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(176,1,1,'2026-06-06',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(177,1,1,'2026-06-07',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(178,1,1,'2026-06-09',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(179,1,1,'2026-06-11',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(180,1,1,'2026-06-12',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(181,1,1,'2026-06-14',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(182,1,1,'2026-06-15',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(183,1,1,'2026-06-16',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(184,1,1,'2026-06-18',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(185,1,1,'2026-06-20',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(186,1,1,'2026-06-21',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(187,1,1,'2026-06-22',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(188,1,1,'2026-06-23',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(189,1,1,'2026-06-25',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(190,1,1,'2026-06-26',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(191,1,1,'2026-06-28',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(192,1,1,'2026-06-29',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(193,1,1,'2026-06-30',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(194,1,1,'2026-07-01',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(195,1,1,'2026-07-02',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(196,1,1,'2026-07-03',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(197,1,1,'2026-07-04',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(198,1,1,'2026-07-05',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(199,1,1,'2026-07-06',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(200,1,1,'2026-07-07',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(201,1,1,'2026-07-08',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(202,1,1,'2026-07-10',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(203,1,1,'2026-07-11',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(204,1,1,'2026-07-13',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(205,1,1,'2026-07-14',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(206,1,1,'2026-07-15',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(207,1,1,'2026-07-16',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(208,1,1,'2026-07-17',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(209,1,1,'2026-07-18',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(210,1,1,'2026-07-20',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(211,1,1,'2026-07-21',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(212,1,1,'2026-07-22',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(213,1,1,'2026-07-23',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(214,1,1,'2026-07-24',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(215,1,1,'2026-07-25',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(216,1,1,'2026-07-26',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(217,1,1,'2026-07-27',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(218,1,1,'2026-07-29',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(219,1,1,'2026-07-30',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(220,1,1,'2026-08-01',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(221,1,1,'2026-08-02',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(222,1,1,'2026-08-03',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(223,1,1,'2026-08-04',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(224,1,1,'2026-08-05',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.148Z','2026-12-03T08:49:27.148Z',1);
INSERT INTO pain_scores VALUES(225,1,1,'2026-08-06',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(226,1,1,'2026-08-07',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(227,1,1,'2026-08-09',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(228,1,1,'2026-08-10',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(229,1,1,'2026-08-12',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(230,1,1,'2026-08-13',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(231,1,1,'2026-08-14',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(232,1,1,'2026-08-15',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(233,1,1,'2026-08-17',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(234,1,1,'2026-08-18',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(235,1,1,'2026-08-19',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(236,1,1,'2026-08-20',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(237,1,1,'2026-08-21',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(238,1,1,'2026-08-22',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(239,1,1,'2026-08-23',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(240,1,1,'2026-08-24',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(241,1,1,'2026-08-25',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(242,1,1,'2026-08-26',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(243,1,1,'2026-08-27',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(244,1,1,'2026-08-28',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(245,1,1,'2026-08-29',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(246,1,1,'2026-08-30',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(247,1,1,'2026-08-31',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(248,1,1,'2026-09-01',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(249,1,1,'2026-09-02',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(250,1,1,'2026-09-03',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(251,1,1,'2026-09-04',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(252,1,1,'2026-09-05',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(253,1,1,'2026-09-06',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(254,1,1,'2026-09-08',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(255,1,1,'2026-09-09',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(256,1,1,'2026-09-10',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(257,1,1,'2026-09-11',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(258,1,1,'2026-09-12',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(259,1,1,'2026-09-13',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(260,1,1,'2026-09-14',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(261,1,1,'2026-09-16',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(262,1,1,'2026-09-17',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(263,1,1,'2026-09-18',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(264,1,1,'2026-09-19',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(265,1,1,'2026-09-23',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(266,1,1,'2026-09-24',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(267,1,1,'2026-09-25',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(268,1,1,'2026-09-26',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(269,1,1,'2026-09-27',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(270,1,1,'2026-09-28',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(271,1,1,'2026-09-29',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(272,1,1,'2026-10-01',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(273,1,1,'2026-10-03',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(274,1,1,'2026-10-04',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(275,1,1,'2026-10-05',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(276,1,1,'2026-10-06',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(277,1,1,'2026-10-07',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(278,1,1,'2026-10-10',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(279,1,1,'2026-10-11',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(280,1,1,'2026-10-12',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(281,1,1,'2026-10-13',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(282,1,1,'2026-10-14',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(283,1,1,'2026-10-15',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(284,1,1,'2026-10-16',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(285,1,1,'2026-10-17',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(286,1,1,'2026-10-19',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(287,1,1,'2026-10-20',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(288,1,1,'2026-10-24',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.149Z','2026-12-03T08:49:27.149Z',1);
INSERT INTO pain_scores VALUES(289,1,1,'2026-10-25',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(290,1,1,'2026-10-26',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(291,1,1,'2026-10-27',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(292,1,1,'2026-10-28',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(293,1,1,'2026-10-29',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(294,1,1,'2026-10-30',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(295,1,1,'2026-10-31',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(296,1,1,'2026-11-01',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(297,1,1,'2026-11-02',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(298,1,1,'2026-11-03',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(299,1,1,'2026-11-04',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(300,1,1,'2026-11-05',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(301,1,1,'2026-11-06',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(302,1,1,'2026-11-07',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(303,1,1,'2026-11-08',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(304,1,1,'2026-11-09',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(305,1,1,'2026-11-10',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(306,1,1,'2026-11-11',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(307,1,1,'2026-11-13',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(308,1,1,'2026-11-14',2.0,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(309,1,1,'2026-11-15',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(310,1,1,'2026-11-16',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(311,1,1,'2026-11-19',1.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(312,1,1,'2026-11-20',2.5,'morning','patient',NULL,'2026-12-03T08:49:27.152Z','2026-12-03T08:49:27.152Z',1);
INSERT INTO pain_scores VALUES(313,2,3,'2026-02-01',6.5,'morning','patient','Stiff','2026-12-03T08:49:27.415Z','2026-12-03T08:49:27.415Z',1);
INSERT INTO pain_scores VALUES(314,2,NULL,'2026-03-02',0.0,'rest','clinic',NULL,'2026-12-03T08:49:27.450Z','2026-12-03T08:49:27.450Z',1);
CREATE TABLE shoes (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200) CHECK (name IS NULL OR (instr(name, char(10)) = 0 AND instr(name, char(13)) = 0 AND instr(name, char(9)) = 0)),
  started TEXT NOT NULL CHECK (started IS NULL OR (length(started) = 10 AND date(started, '+0 days') = started AND started BETWEEN '1900-01-01' AND '2200-12-31')),
  retired TEXT CHECK (retired IS NULL OR (length(retired) = 10 AND date(retired, '+0 days') = retired AND retired BETWEEN '1900-01-01' AND '2200-12-31')) CHECK (retired IS NULL OR retired >= started),
  notes TEXT CHECK (length(notes) <= 2000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (id, patient_id)
) STRICT;
INSERT INTO shoes VALUES(1,1,'Clifton 2','2025-12-11','2026-06-17',NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO shoes VALUES(2,1,'Ghost 8','2026-06-18',NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  date TEXT NOT NULL CHECK (date IS NULL OR (length(date) = 10 AND date(date, '+0 days') = date AND date BETWEEN '1900-01-01' AND '2200-12-31')),
  distance_m REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 500000),
  duration_s INTEGER CHECK (duration_s BETWEEN 1 AND 172800),
  surface TEXT NOT NULL CHECK (surface IN ('road', 'trail', 'track', 'grass', 'treadmill',
    'other')),
  shoe_id INTEGER,
  pain_during REAL CHECK (pain_during IS NULL OR (pain_during BETWEEN 0 AND 10 AND pain_during * 2 = CAST(pain_during * 2 AS INTEGER))),
  notes TEXT CHECK (length(notes) <= 2000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  FOREIGN KEY (shoe_id, patient_id) REFERENCES shoes (id, patient_id)
) STRICT;
INSERT INTO runs VALUES(1,1,'2025-12-09',3000.0,1148,'grass',NULL,3.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(2,1,'2025-12-14',3700.0,1342,'trail',NULL,4.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(3,1,'2025-12-16',3000.0,1241,'road',1,4.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(4,1,'2025-12-18',3000.0,1163,'track',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(5,1,'2025-12-20',3000.0,1220,'road',1,3.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(6,1,'2025-12-21',3000.0,1098,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(7,1,'2025-12-23',3000.0,1111,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(8,1,'2025-12-25',3000.0,1244,'track',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(9,1,'2025-12-27',3000.0,1126,'track',1,NULL,'Hilly route','2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(10,1,'2025-12-28',3000.0,NULL,'road',NULL,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(11,1,'2025-12-30',3000.0,1198,'road',1,3.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(12,1,'2026-01-04',3000.0,1218,'track',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(13,1,'2026-01-06',3000.0,1234,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(14,1,'2026-01-08',3000.0,1188,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(15,1,'2026-01-11',3000.0,1132,'road',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(16,1,'2026-01-13',3000.0,1235,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(17,1,'2026-01-15',3000.0,1116,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(18,1,'2026-01-18',3100.0,1212,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(19,1,'2026-01-20',3000.0,1211,'road',NULL,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(20,1,'2026-01-22',3000.0,1196,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(21,1,'2026-01-24',3000.0,1096,'treadmill',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(22,1,'2026-01-25',3000.0,1233,'road',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(23,1,'2026-01-27',3000.0,1198,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(24,1,'2026-01-31',3000.0,1189,'grass',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(25,1,'2026-02-01',3000.0,1131,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(26,1,'2026-02-03',3000.0,1096,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(27,1,'2026-02-05',3000.0,1197,'treadmill',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(28,1,'2026-02-08',3900.0,NULL,'trail',1,NULL,'Long run','2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(29,1,'2026-02-10',3000.0,1227,'road',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(30,1,'2026-02-12',3000.0,1162,'track',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(31,1,'2026-02-14',3000.0,1237,'treadmill',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(32,1,'2026-02-15',3200.0,1166,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(33,1,'2026-02-17',3000.0,1206,'track',1,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(34,1,'2026-02-19',3000.0,1178,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(35,1,'2026-02-21',3000.0,1187,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(36,1,'2026-02-22',3400.0,1295,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(37,1,'2026-02-24',3000.0,1187,'road',1,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(38,1,'2026-02-26',3000.0,1220,'trail',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(39,1,'2026-02-28',3000.0,1175,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(40,1,'2026-03-01',3600.0,1442,'road',1,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(41,1,'2026-03-03',3000.0,1112,'road',1,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(42,1,'2026-03-08',4800.0,1747,'track',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(43,1,'2026-03-10',3100.0,1185,'road',NULL,3.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(44,1,'2026-03-12',3500.0,1363,'road',1,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(45,1,'2026-03-15',5000.0,2074,'road',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(46,1,'2026-03-17',3000.0,1205,'road',1,1.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(47,1,'2026-03-19',3100.0,1139,'track',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(48,1,'2026-03-21',3000.0,1137,'road',1,2.0,'With the club','2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(49,1,'2026-03-22',4100.0,1616,'grass',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(50,1,'2026-03-23',3000.0,1106,'trail',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(51,1,'2026-03-24',3000.0,1105,'track',1,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(52,1,'2026-03-26',3000.0,1182,'trail',1,2.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(53,1,'2026-03-28',3000.0,1223,'treadmill',NULL,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(54,1,'2026-03-29',3600.0,1321,'road',1,1.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(55,1,'2026-03-30',3000.0,1171,'road',1,1.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(56,1,'2026-03-31',3000.0,1142,'grass',1,2.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(57,1,'2026-04-02',3000.0,NULL,'road',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(58,1,'2026-04-04',3000.0,1237,'road',1,1.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(59,1,'2026-04-05',3800.0,1489,'road',1,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(60,1,'2026-04-07',3000.0,1188,'road',1,2.5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(61,1,'2026-04-09',3100.0,1288,'road',NULL,2.0,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(62,1,'2026-04-11',3000.0,1090,'road',1,2.0,'Windy','2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(63,1,'2026-04-12',4700.0,1732,'road',1,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(64,1,'2026-04-14',3300.0,1328,'road',NULL,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO runs VALUES(65,1,'2026-04-16',3200.0,NULL,'grass',1,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(66,1,'2026-04-18',3000.0,1122,'road',1,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(67,1,'2026-04-19',5000.0,1931,'grass',1,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(68,1,'2026-04-21',3500.0,NULL,'road',NULL,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(69,1,'2026-04-23',3600.0,1462,'grass',1,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(70,1,'2026-04-25',3000.0,1098,'trail',1,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(71,1,'2026-04-26',5200.0,2062,'road',NULL,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(72,1,'2026-04-27',3200.0,1208,'road',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(73,1,'2026-04-28',3000.0,1199,'road',1,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(74,1,'2026-04-30',3300.0,NULL,'road',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(75,1,'2026-05-02',3100.0,1175,'road',1,2.0,'With the club','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(76,1,'2026-05-03',4400.0,1640,'trail',1,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(77,1,'2026-05-05',3900.0,1444,'grass',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(78,1,'2026-05-07',3200.0,1190,'road',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(79,1,'2026-05-09',3400.0,1392,'track',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(80,1,'2026-05-10',5600.0,2300,'road',NULL,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(81,1,'2026-05-12',3600.0,1422,'grass',1,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(82,1,'2026-05-14',3200.0,1226,'road',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(83,1,'2026-05-16',3100.0,1131,'road',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(84,1,'2026-05-17',5900.0,2295,'road',NULL,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(85,1,'2026-05-19',3600.0,1433,'road',1,NULL,'With the club','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(86,1,'2026-05-21',3600.0,1383,'trail',NULL,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(87,1,'2026-05-23',3400.0,1319,'road',1,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(88,1,'2026-05-24',6200.0,2558,'road',1,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(89,1,'2026-05-26',3300.0,1262,'grass',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(90,1,'2026-05-28',4200.0,1575,'road',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(91,1,'2026-05-30',3300.0,1196,'road',NULL,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(92,1,'2026-05-31',6400.0,NULL,'road',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(93,1,'2026-06-01',3900.0,1502,'track',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(94,1,'2026-06-02',3200.0,NULL,'road',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(95,1,'2026-06-04',3300.0,NULL,'treadmill',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(96,1,'2026-06-06',3800.0,1488,'road',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(97,1,'2026-06-07',5600.0,2214,'road',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(98,1,'2026-06-09',3600.0,1344,'road',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(99,1,'2026-06-11',3700.0,NULL,'track',1,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(100,1,'2026-06-13',4900.0,1808,'road',1,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(101,1,'2026-06-14',7000.0,2537,'road',1,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(102,1,'2026-06-16',3900.0,1440,'road',NULL,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(103,1,'2026-06-18',4600.0,1885,'grass',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(104,1,'2026-06-20',4300.0,1578,'treadmill',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(105,1,'2026-06-21',7400.0,2710,'trail',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(106,1,'2026-06-22',4600.0,1698,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(107,1,'2026-06-23',3300.0,1249,'track',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(108,1,'2026-06-25',3800.0,1395,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(109,1,'2026-06-27',3700.0,1460,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(110,1,'2026-06-28',6500.0,2629,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(111,1,'2026-06-29',4400.0,1612,'track',NULL,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(112,1,'2026-06-30',4800.0,1792,'treadmill',2,1.5,'parkrun','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(113,1,'2026-07-02',5100.0,1986,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(114,1,'2026-07-04',3800.0,NULL,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(115,1,'2026-07-05',6900.0,2735,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(116,1,'2026-07-07',6200.0,2477,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(117,1,'2026-07-09',4600.0,1863,'road',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(118,1,'2026-07-11',6000.0,2175,'track',2,NULL,'Tired legs','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(119,1,'2026-07-12',8900.0,NULL,'treadmill',2,NULL,'Long run','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(120,1,'2026-07-14',6200.0,2514,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(121,1,'2026-07-16',7000.0,2706,'road',NULL,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(122,1,'2026-07-18',5000.0,1814,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(123,1,'2026-07-19',9500.0,3476,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(124,1,'2026-07-20',5200.0,2139,'road',NULL,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(125,1,'2026-07-21',5900.0,2182,'grass',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(126,1,'2026-07-23',5500.0,NULL,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(127,1,'2026-07-25',5300.0,2042,'treadmill',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(128,1,'2026-07-26',8100.0,3076,'road',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(129,1,'2026-07-28',7100.0,2891,'trail',NULL,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(130,1,'2026-07-30',6700.0,2753,'road',NULL,1.5,'Intervals on the track','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(131,1,'2026-08-01',6900.0,2616,'trail',2,NULL,'Tired legs','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(132,1,'2026-08-02',10600.0,3847,'road',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(133,1,'2026-08-04',6600.0,2653,'road',NULL,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(134,1,'2026-08-06',8400.0,3167,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(135,1,'2026-08-08',8100.0,3185,'trail',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(136,1,'2026-08-09',11200.0,4434,'treadmill',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(137,1,'2026-08-10',4200.0,1639,'track',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(138,1,'2026-08-11',4700.0,1862,'road',2,NULL,'Long run','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(139,1,'2026-08-13',4200.0,1580,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(140,1,'2026-08-15',3500.0,1368,'track',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(141,1,'2026-08-16',6500.0,2362,'track',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(142,1,'2026-08-18',5500.0,2057,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(143,1,'2026-08-20',5200.0,2145,'road',NULL,1.5,'Easy, felt good','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(144,1,'2026-08-22',5700.0,2184,'trail',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(145,1,'2026-08-23',8500.0,3348,'trail',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(146,1,'2026-08-25',5700.0,2306,'trail',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(147,1,'2026-08-27',5800.0,2220,'grass',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(148,1,'2026-08-29',6200.0,2405,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(149,1,'2026-08-30',9100.0,3519,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(150,1,'2026-09-01',7000.0,2650,'road',NULL,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(151,1,'2026-09-03',4900.0,1801,'grass',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(152,1,'2026-09-05',5000.0,NULL,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(153,1,'2026-09-06',9500.0,3489,'trail',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(154,1,'2026-09-08',7100.0,2939,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(155,1,'2026-09-10',6100.0,2331,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(156,1,'2026-09-12',6000.0,2447,'grass',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(157,1,'2026-09-13',10000.0,3709,'trail',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(158,1,'2026-09-14',6200.0,2352,'grass',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(159,1,'2026-09-15',4900.0,1864,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(160,1,'2026-09-17',5900.0,2151,'treadmill',NULL,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(161,1,'2026-09-19',6100.0,NULL,'track',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(162,1,'2026-09-20',8800.0,3328,'treadmill',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(163,1,'2026-09-21',6400.0,2574,'road',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(164,1,'2026-09-22',5600.0,2241,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(165,1,'2026-09-24',5500.0,2148,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(166,1,'2026-09-26',5500.0,2246,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(167,1,'2026-09-27',9200.0,3408,'treadmill',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(168,1,'2026-09-29',8100.0,3074,'road',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(169,1,'2026-10-01',8500.0,3518,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(170,1,'2026-10-03',5900.0,2341,'road',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(171,1,'2026-10-04',11500.0,4431,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(172,1,'2026-10-05',5200.0,2019,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(173,1,'2026-10-06',5900.0,2436,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(174,1,'2026-10-08',6300.0,2512,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(175,1,'2026-10-10',5800.0,2398,'road',NULL,NULL,'Tired legs','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(176,1,'2026-10-11',10100.0,3660,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(177,1,'2026-10-13',9100.0,3490,'treadmill',2,2.0,'Easy, felt good','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(178,1,'2026-10-15',7000.0,2808,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(179,1,'2026-10-17',7100.0,2582,'road',NULL,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(180,1,'2026-10-18',12700.0,5234,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(181,1,'2026-10-20',9300.0,3509,'track',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(182,1,'2026-10-22',10000.0,4035,'trail',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(183,1,'2026-10-24',9400.0,3593,'grass',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(184,1,'2026-10-25',13400.0,5273,'road',NULL,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(185,1,'2026-10-26',8700.0,3602,'road',2,2.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(186,1,'2026-10-27',7600.0,2832,'road',2,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(187,1,'2026-10-29',7800.0,3048,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(188,1,'2026-10-31',6300.0,2321,'track',2,1.5,'parkrun','2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(189,1,'2026-11-01',11800.0,4861,'road',NULL,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(190,1,'2026-11-02',6900.0,2803,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(191,1,'2026-11-03',7200.0,2677,'road',2,1.0,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(192,1,'2026-11-05',6500.0,2568,'road',2,1.5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO runs VALUES(193,1,'2026-11-07',6800.0,NULL,'road',2,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(194,1,'2026-11-08',12200.0,NULL,'road',NULL,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(195,1,'2026-11-10',8700.0,3348,'road',2,1.5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(196,1,'2026-11-12',8400.0,3414,'road',2,1.0,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(197,1,'2026-11-14',9200.0,NULL,'road',2,2.0,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(198,1,'2026-11-15',15500.0,5773,'road',2,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(199,1,'2026-11-17',9500.0,NULL,'road',2,1.5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(200,1,'2026-11-19',10800.0,4018,'road',2,2.0,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO runs VALUES(201,2,'2026-03-10',5250.0,1860,'trail',NULL,1.5,'Easy','2026-12-03T08:49:27.482Z','2026-12-03T08:49:27.482Z',1);
INSERT INTO runs VALUES(202,2,'2026-03-12',3218.6880000000001019,NULL,'road',NULL,NULL,NULL,'2026-12-03T08:49:27.514Z','2026-12-03T08:49:27.514Z',1);
CREATE TABLE cross_training (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  date TEXT NOT NULL CHECK (date IS NULL OR (length(date) = 10 AND date(date, '+0 days') = date AND date BETWEEN '1900-01-01' AND '2200-12-31')),
  activity TEXT NOT NULL CHECK (activity IN ('elliptical', 'bike', 'pool', 'walk', 'strength',
    'other')),
  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  effort INTEGER CHECK (effort BETWEEN 1 AND 10),
  notes TEXT CHECK (length(notes) <= 2000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)) STRICT;
INSERT INTO cross_training VALUES(1,1,'2025-12-12','bike',25,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(2,1,'2025-12-13','walk',40,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(3,1,'2025-12-08','walk',60,6,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(4,1,'2025-12-19','elliptical',35,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(5,1,'2025-12-15','walk',40,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(6,1,'2025-12-17','walk',25,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(7,1,'2025-12-26','pool',55,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(8,1,'2026-01-02','elliptical',20,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(9,1,'2026-01-03','walk',20,4,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(10,1,'2026-01-09','bike',30,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(11,1,'2026-01-10','bike',30,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(12,1,'2026-01-05','elliptical',25,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(13,1,'2026-01-16','pool',60,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(14,1,'2026-01-23','strength',35,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(15,1,'2026-01-19','strength',40,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(16,1,'2026-01-30','bike',55,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(17,1,'2026-01-26','pool',45,7,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(18,1,'2026-02-06','walk',35,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(19,1,'2026-02-13','pool',60,7,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(20,1,'2026-02-20','elliptical',35,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(21,1,'2026-02-16','elliptical',35,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(22,1,'2026-02-18','pool',30,NULL,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(23,1,'2026-02-27','pool',45,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(24,1,'2026-02-23','bike',30,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(25,1,'2026-03-06','walk',50,6,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(26,1,'2026-03-13','bike',60,7,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(27,1,'2026-03-14','walk',35,6,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(28,1,'2026-03-09','strength',45,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(29,1,'2026-03-20','strength',20,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(30,1,'2026-03-16','pool',20,5,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(31,1,'2026-03-27','walk',30,6,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(32,1,'2026-04-03','bike',45,3,NULL,'2026-12-03T08:49:27.150Z','2026-12-03T08:49:27.150Z',1);
INSERT INTO cross_training VALUES(33,1,'2026-04-10','strength',35,7,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(34,1,'2026-04-17','bike',35,6,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(35,1,'2026-04-13','pool',35,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(36,1,'2026-04-24','bike',60,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(37,1,'2026-04-20','pool',60,6,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(38,1,'2026-05-01','strength',45,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(39,1,'2026-04-29','elliptical',25,6,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(40,1,'2026-05-08','elliptical',20,5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(41,1,'2026-05-15','bike',45,7,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(42,1,'2026-05-11','bike',60,6,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(43,1,'2026-05-13','elliptical',35,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(44,1,'2026-05-22','elliptical',45,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(45,1,'2026-05-18','strength',55,5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(46,1,'2026-05-29','pool',45,5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(47,1,'2026-05-25','walk',20,5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(48,1,'2026-05-27','elliptical',50,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(49,1,'2026-06-05','strength',50,3,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(50,1,'2026-06-03','strength',60,3,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(51,1,'2026-06-12','walk',35,3,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(52,1,'2026-06-08','bike',35,4,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(53,1,'2026-06-10','strength',25,7,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(54,1,'2026-06-19','bike',50,4,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(55,1,'2026-06-15','pool',20,5,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(56,1,'2026-06-17','strength',35,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(57,1,'2026-06-26','walk',45,4,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(58,1,'2026-07-03','elliptical',25,NULL,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(59,1,'2026-07-01','elliptical',60,6,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(60,1,'2026-07-10','strength',40,7,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(61,1,'2026-07-17','bike',30,3,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(62,1,'2026-07-24','strength',40,4,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(63,1,'2026-07-22','walk',45,7,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(64,1,'2026-07-31','elliptical',55,4,NULL,'2026-12-03T08:49:27.151Z','2026-12-03T08:49:27.151Z',1);
INSERT INTO cross_training VALUES(65,1,'2026-07-27','bike',55,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(66,1,'2026-07-29','strength',55,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(67,1,'2026-08-07','pool',35,6,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(68,1,'2026-08-14','pool',20,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(69,1,'2026-08-12','walk',50,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(70,1,'2026-08-21','strength',55,4,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(71,1,'2026-08-17','pool',40,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(72,1,'2026-08-28','walk',55,3,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(73,1,'2026-08-24','elliptical',35,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(74,1,'2026-09-04','strength',60,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(75,1,'2026-09-11','strength',50,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(76,1,'2026-09-18','walk',25,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(77,1,'2026-09-25','pool',35,7,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(78,1,'2026-09-23','bike',60,4,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(79,1,'2026-10-02','pool',25,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(80,1,'2026-09-28','pool',25,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(81,1,'2026-09-30','strength',45,6,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(82,1,'2026-10-09','elliptical',30,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(83,1,'2026-10-16','elliptical',25,4,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(84,1,'2026-10-12','walk',25,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(85,1,'2026-10-23','pool',50,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(86,1,'2026-10-19','elliptical',45,5,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(87,1,'2026-10-30','strength',60,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(88,1,'2026-10-28','bike',35,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(89,1,'2026-11-06','pool',20,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(90,1,'2026-11-13','elliptical',60,3,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(91,1,'2026-11-20','strength',55,7,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(92,1,'2026-11-16','walk',35,NULL,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(93,1,'2026-11-18','pool',25,3,NULL,'2026-12-03T08:49:27.153Z','2026-12-03T08:49:27.153Z',1);
INSERT INTO cross_training VALUES(94,2,'2026-02-10','pool',40,6,'Aqua jogging','2026-12-03T08:49:27.541Z','2026-12-03T08:49:27.541Z',1);
INSERT INTO cross_training VALUES(95,2,'2026-02-12','bike',25,NULL,NULL,'2026-12-03T08:49:27.570Z','2026-12-03T08:49:27.570Z',1);
CREATE TABLE patient_summaries (
  patient_id INTEGER PRIMARY KEY REFERENCES patients (id),
  session_count INTEGER NOT NULL DEFAULT 0 CHECK (session_count >= 0),
  last_visit TEXT,
  latest_pain REAL CHECK (latest_pain IS NULL OR latest_pain BETWEEN 0 AND 10),
  active_condition_id INTEGER
, next_visit TEXT, main_condition_id INTEGER) STRICT;
INSERT INTO patient_summaries VALUES(1,5,'2026-03-05',2.5,1,NULL,1);
INSERT INTO patient_summaries VALUES(2,2,'2026-03-01',0.0,3,NULL,3);
INSERT INTO patient_summaries VALUES(3,0,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE clinic_settings (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
  value TEXT NOT NULL CHECK (length(value) <= 10000)
) STRICT;
INSERT INTO clinic_settings VALUES('audit-head','18 bb1e26c9e9368349113955123bb3b7d91d3f8be068b45207aa34ad92cf1e32a3');
CREATE TABLE IF NOT EXISTS "audit" (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  clinician TEXT CHECK (length(clinician) <= 200),
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'export',
    'report')),
  table_name TEXT CHECK (table_name IN ('patients', 'conditions', 'sessions', 'pain_scores',
    'shoes', 'runs', 'cross_training', 'outcomes', 'run_plans')),
  record_id INTEGER,
  patient_id INTEGER,
  detail TEXT CHECK (length(detail) <= 2000),
  before TEXT,
  after TEXT,
  prev_hash TEXT CHECK (length(prev_hash) = 64),
  hash TEXT CHECK (length(hash) = 64)
) STRICT;
INSERT INTO audit VALUES(1,'2026-12-03T08:49:27.154Z','root','create',NULL,NULL,NULL,'generate: 1 patients and 613 records in one fill',NULL,NULL,NULL,'415933aea0fb4ca0a5a05304dc358cec6a11b54c384c0419c59657f6a928b92a');
INSERT INTO audit VALUES(2,'2026-12-03T08:49:27.189Z','root','create','patients',2,2,NULL,NULL,'{"name":"Zoë O''Brien-Ångström","date_of_birth":"1979-02-28","sex":"female","contact":"zoe@example.org, +44 20 7946 0000","record_number":"FX-100","notes":"Line one\nLine \"two\", with quotes","archived":0}','415933aea0fb4ca0a5a05304dc358cec6a11b54c384c0419c59657f6a928b92a','da98af9dfe27a0e6de5b14adc1db70513365f527e5ba7919debb56f6affa5564');
INSERT INTO audit VALUES(3,'2026-12-03T08:49:27.220Z','root','create','patients',3,3,NULL,NULL,'{"name":"Bo Ek","date_of_birth":"2001-12-31","sex":"unknown","contact":null,"record_number":"FX-101","notes":null,"archived":0}','da98af9dfe27a0e6de5b14adc1db70513365f527e5ba7919debb56f6affa5564','12db12c2c30dae88bb19eb9a77f1eeaa5355b08999a085809f2f71e4ac43f12b');
INSERT INTO audit VALUES(4,'2026-12-03T08:49:27.254Z','root','create','conditions',2,2,NULL,NULL,'{"patient_id":2,"kind":"plantar-fasciitis","side":"left","onset_date":"2025-03-01","status":"resolved","prior_treatments":0,"notes":"Resolved after three sessions"}','12db12c2c30dae88bb19eb9a77f1eeaa5355b08999a085809f2f71e4ac43f12b','d1e49ffd071d8ff6d8b535d9568fb38ecd22c2d96a119834e520ca81810cef6c');
INSERT INTO audit VALUES(5,'2026-12-03T08:49:27.287Z','root','create','conditions',3,2,NULL,NULL,'{"patient_id":2,"kind":"achilles-tendinopathy","side":"both","onset_date":"2026-01-15","status":"active","prior_treatments":0,"notes":null}','d1e49ffd071d8ff6d8b535d9568fb38ecd22c2d96a119834e520ca81810cef6c','07b00297a3d6863713bc59e7ae498e0b963e98af78c5a1ef5a9a66a672156b11');
INSERT INTO audit VALUES(6,'2026-12-03T08:49:27.348Z','root','create','sessions',6,2,NULL,NULL,'{"patient_id":2,"condition_id":3,"date":"2026-02-01","treatment":"dextrose","solution":"Dextrose 12.5 %","concentration_pct":12.5,"volume_ml":4.5,"injection_count":6,"structures":"Achilles insertion","clinician":"Dr Ana Ruiz","site":"North","pain_before":7.5,"pain_after":2.0,"adverse_events":"None","advice":"Walk only","next_visit":"2026-03-01","notes":"First treatment"}','07b00297a3d6863713bc59e7ae498e0b963e98af78c5a1ef5a9a66a672156b11','8af547ab0ee0f697294a47a804fbfa05cfa2524b737200a61c787a94e2b84405');
INSERT INTO audit VALUES(7,'2026-12-03T08:49:27.382Z','root','create','sessions',7,2,NULL,NULL,'{"patient_id":2,"condition_id":3,"date":"2026-03-01","treatment":"prp","solution":null,"concentration_pct":null,"volume_ml":null,"injection_count":null,"structures":null,"clinician":null,"site":null,"pain_before":null,"pain_after":null,"adverse_events":null,"advice":null,"next_visit":null,"notes":null}','8af547ab0ee0f697294a47a804fbfa05cfa2524b737200a61c787a94e2b84405','e8dd9f84bda55ac2fed377a3c0f5c994ddb1a48a39cca385475bb7dfe43f3967');
INSERT INTO audit VALUES(8,'2026-12-03T08:49:27.415Z','root','create','pain_scores',313,2,NULL,NULL,'{"patient_id":2,"condition_id":3,"date":"2026-02-01","score":6.5,"context":"morning","source":"patient","notes":"Stiff"}','e8dd9f84bda55ac2fed377a3c0f5c994ddb1a48a39cca385475bb7dfe43f3967','9c29673e2f84389582709b5f26383af83396720fa3401983649364b72ecc01c6');
INSERT INTO audit VALUES(9,'2026-12-03T08:49:27.450Z','root','create','pain_scores',314,2,NULL,NULL,'{"patient_id":2,"condition_id":null,"date":"2026-03-02","score":0.0,"context":"rest","source":"clinic","notes":null}','9c29673e2f84389582709b5f26383af83396720fa3401983649364b72ecc01c6','5ea0ac4332ca8d0d21d57273a210b06735fb673260f209cbd06842958248e429');
INSERT INTO audit VALUES(10,'2026-12-03T08:49:27.482Z','root','create','runs',201,2,NULL,NULL,'{"patient_id":2,"date":"2026-03-10","distance_m":5250.0,"duration_s":1860,"surface":"trail","shoe_id":null,"pain_during":1.5,"notes":"Easy"}','5ea0ac4332ca8d0d21d57273a210b06735fb673260f209cbd06842958248e429','1488204f28f696685a9d663362d96ed9af7314b88249fb5c42aa28c080141be8');
INSERT INTO audit VALUES(11,'2026-12-03T08:49:27.514Z','root','create','runs',202,2,NULL,NULL,'{"patient_id":2,"date":"2026-03-12","distance_m":3218.688,"duration_s":null,"surface":"road","shoe_id":null,"pain_during":null,"notes":null}','1488204f28f696685a9d663362d96ed9af7314b88249fb5c42aa28c080141be8','b8fbc0e8c5fa546ab0bea79c65835a360e71bfb7b9ae5135d6dd651dc2d6462f');
INSERT INTO audit VALUES(12,'2026-12-03T08:49:27.541Z','root','create','cross_training',94,2,NULL,NULL,'{"patient_id":2,"date":"2026-02-10","activity":"pool","minutes":40,"effort":6,"notes":"Aqua jogging"}','b8fbc0e8c5fa546ab0bea79c65835a360e71bfb7b9ae5135d6dd651dc2d6462f','accdc233e379accd23879af1dcddcded1a9313a15bc877c20db8aecafdc14c4b');
INSERT INTO audit VALUES(13,'2026-12-03T08:49:27.570Z','root','create','cross_training',95,2,NULL,NULL,'{"patient_id":2,"date":"2026-02-12","activity":"bike","minutes":25,"effort":null,"notes":null}','accdc233e379accd23879af1dcddcded1a9313a15bc877c20db8aecafdc14c4b','bb9861f3fe4189214e2a19802e6f70cb10b19de7cd19e5b22ff54afd30977816');
INSERT INTO audit VALUES(14,'2026-12-03T08:49:27.619Z','root','create','outcomes',1,2,NULL,NULL,'{"patient_id":2,"condition_id":3,"date":"2026-02-01","kind":"visa-a","total":41.0,"answers":null,"custom_name":null,"custom_min":null,"custom_max":null,"custom_higher_better":0,"custom_mcid":null,"notes":"Before the first session"}','bb9861f3fe4189214e2a19802e6f70cb10b19de7cd19e5b22ff54afd30977816','67a2dcd10f8ff353b7e7fa450639b84c42fb9f13f928556046e91341fa64d885');
INSERT INTO audit VALUES(15,'2026-12-03T08:49:27.654Z','root','create','outcomes',2,2,NULL,NULL,'{"patient_id":2,"condition_id":3,"date":"2026-03-01","kind":"visa-a","total":47.0,"answers":"7,6,5,6,7,6,0,10","custom_name":null,"custom_min":null,"custom_max":null,"custom_higher_better":0,"custom_mcid":null,"notes":"Item answers kept"}','67a2dcd10f8ff353b7e7fa450639b84c42fb9f13f928556046e91341fa64d885','c415cabc971d908c4b2de966932f39c5f00e2b2cf33e05e6f85dae03aa3610d0');
INSERT INTO audit VALUES(16,'2026-12-03T08:49:27.685Z','root','create','outcomes',3,2,NULL,NULL,'{"patient_id":2,"condition_id":3,"date":"2026-03-01","kind":"custom","total":85.5,"answers":null,"custom_name":"Hop test, cm","custom_min":0.0,"custom_max":300.0,"custom_higher_better":1,"custom_mcid":10.0,"notes":null}','c415cabc971d908c4b2de966932f39c5f00e2b2cf33e05e6f85dae03aa3610d0','535a9c6aa535258e08acbe18c7ba39341757a5a4424b22c6a1f8d2d732e84d4a');
INSERT INTO audit VALUES(17,'2026-12-03T08:49:27.718Z','root','create','run_plans',1,2,NULL,NULL,'{"patient_id":2,"condition_id":null,"start_date":"2026-03-05","steps":"i1/2x5*2;c20*2;w10000*1","rule":"cautious","max_pain_during":3.0,"max_pain_after":3.0,"check_next_morning":1,"next_morning_tolerance":0.0,"next_morning_days":1,"require_next_morning":1,"check_weekly":1,"weekly_tolerance":0.0,"current_step":null,"notes":null}','535a9c6aa535258e08acbe18c7ba39341757a5a4424b22c6a1f8d2d732e84d4a','13ec76c5b661c91cf35738c416c36a254e7c4582d86509e6c2bb1db49f945e2a');
INSERT INTO audit VALUES(18,'2026-12-03T08:49:27.721Z','root','update','run_plans',1,2,NULL,'{"patient_id":2,"condition_id":null,"start_date":"2026-03-05","steps":"i1/2x5*2;c20*2;w10000*1","rule":"cautious","max_pain_during":3.0,"max_pain_after":3.0,"check_next_morning":1,"next_morning_tolerance":0.0,"next_morning_days":1,"require_next_morning":1,"check_weekly":1,"weekly_tolerance":0.0,"current_step":null,"notes":null}','{"patient_id":2,"condition_id":null,"start_date":"2026-03-05","steps":"i1/2x5*2;c20*2;w10000*1","rule":"cautious","max_pain_during":3.0,"max_pain_after":3.0,"check_next_morning":1,"next_morning_tolerance":0.0,"next_morning_days":1,"require_next_morning":1,"check_weekly":1,"weekly_tolerance":0.0,"current_step":0,"notes":null}','13ec76c5b661c91cf35738c416c36a254e7c4582d86509e6c2bb1db49f945e2a','bb1e26c9e9368349113955123bb3b7d91d3f8be068b45207aa34ad92cf1e32a3');
CREATE TABLE outcomes (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  condition_id INTEGER NOT NULL REFERENCES conditions (id),
  date TEXT NOT NULL CHECK (date IS NULL OR (length(date) = 10 AND date(date, '+0 days') = date AND date BETWEEN '1900-01-01' AND '2200-12-31')),
  kind TEXT NOT NULL CHECK (kind IN ('ffi', 'visa-a', 'lefs', 'kujala', 'custom')),
  total REAL NOT NULL,
  answers TEXT CHECK (length(answers) <= 400 AND answers NOT GLOB '*[^0-9.,]*'),
  custom_name TEXT CHECK (length(trim(custom_name)) BETWEEN 1 AND 100) CHECK (custom_name IS NULL OR (instr(custom_name, char(10)) = 0 AND instr(custom_name, char(13)) = 0 AND instr(custom_name, char(9)) = 0)),
  custom_min REAL CHECK (custom_min IS NULL OR custom_min BETWEEN -10000 AND 10000),
  custom_max REAL CHECK (custom_max IS NULL OR custom_max BETWEEN -10000 AND 10000),
  custom_higher_better INTEGER NOT NULL DEFAULT 0 CHECK (custom_higher_better IN (0, 1)),
  custom_mcid REAL CHECK (custom_mcid IS NULL OR custom_mcid > 0),
  notes TEXT CHECK (length(notes) <= 2000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (CASE kind
    WHEN 'ffi' THEN total BETWEEN 0 AND 100
    WHEN 'visa-a' THEN total BETWEEN 0 AND 100
    WHEN 'lefs' THEN total BETWEEN 0 AND 80
    WHEN 'kujala' THEN total BETWEEN 0 AND 100
    ELSE total BETWEEN custom_min AND custom_max END),
  CHECK (CASE WHEN kind = 'custom'
    THEN custom_name IS NOT NULL AND custom_min < custom_max AND answers IS NULL
    ELSE custom_name IS NULL AND custom_min IS NULL AND custom_max IS NULL
      AND custom_mcid IS NULL AND custom_higher_better = 0 END)
) STRICT;
INSERT INTO outcomes VALUES(1,2,3,'2026-02-01','visa-a',41.0,NULL,NULL,NULL,NULL,0,NULL,'Before the first session','2026-12-03T08:49:27.619Z','2026-12-03T08:49:27.619Z',1);
INSERT INTO outcomes VALUES(2,2,3,'2026-03-01','visa-a',47.0,'7,6,5,6,7,6,0,10',NULL,NULL,NULL,0,NULL,'Item answers kept','2026-12-03T08:49:27.654Z','2026-12-03T08:49:27.654Z',1);
INSERT INTO outcomes VALUES(3,2,3,'2026-03-01','custom',85.500000000000000001,NULL,'Hop test, cm',0.0,300.0,1,10.0,NULL,'2026-12-03T08:49:27.685Z','2026-12-03T08:49:27.685Z',1);
CREATE TABLE run_plans (
  id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  condition_id INTEGER REFERENCES conditions (id),
  start_date TEXT NOT NULL CHECK (start_date IS NULL OR (length(start_date) = 10 AND date(start_date, '+0 days') = start_date AND start_date BETWEEN '1900-01-01' AND '2200-12-31')),
  steps TEXT NOT NULL CHECK (length(steps) BETWEEN 1 AND 1000
    AND steps NOT GLOB '*[^0-9icw/x*;]*'),
  rule TEXT NOT NULL DEFAULT 'silbernagel'
    CHECK (rule IN ('silbernagel', 'cautious', 'pain-free', 'custom')),
  max_pain_during REAL NOT NULL CHECK (max_pain_during IS NULL OR (max_pain_during BETWEEN 0 AND 10 AND max_pain_during * 2 = CAST(max_pain_during * 2 AS INTEGER))),
  max_pain_after REAL NOT NULL CHECK (max_pain_after IS NULL OR (max_pain_after BETWEEN 0 AND 10 AND max_pain_after * 2 = CAST(max_pain_after * 2 AS INTEGER))),
  check_next_morning INTEGER NOT NULL DEFAULT 1 CHECK (check_next_morning IN (0, 1)),
  next_morning_tolerance REAL NOT NULL CHECK (next_morning_tolerance IS NULL OR (next_morning_tolerance BETWEEN 0 AND 10 AND next_morning_tolerance * 2 = CAST(next_morning_tolerance * 2 AS INTEGER))),
  next_morning_days INTEGER NOT NULL CHECK (next_morning_days BETWEEN 1 AND 7),
  require_next_morning INTEGER NOT NULL DEFAULT 1 CHECK (require_next_morning IN (0, 1)),
  check_weekly INTEGER NOT NULL DEFAULT 1 CHECK (check_weekly IN (0, 1)),
  weekly_tolerance REAL NOT NULL CHECK (weekly_tolerance IS NULL OR (weekly_tolerance BETWEEN 0 AND 10 AND weekly_tolerance * 2 = CAST(weekly_tolerance * 2 AS INTEGER))),
  current_step INTEGER CHECK (current_step BETWEEN 0 AND 60),
  notes TEXT CHECK (length(notes) <= 2000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)) STRICT;
INSERT INTO run_plans VALUES(1,2,NULL,'2026-03-05','i1/2x5*2;c20*2;w10000*1','cautious',3.0,3.0,1,0.0,1,1,1,0.0,0,NULL,'2026-12-03T08:49:27.718Z','2026-12-03T08:49:27.721Z',2);
CREATE INDEX patients_name ON patients (name COLLATE NOCASE);
CREATE INDEX conditions_patient ON conditions (patient_id, onset_date);
CREATE INDEX sessions_patient ON sessions (patient_id, date);
CREATE INDEX sessions_condition ON sessions (condition_id, patient_id);
CREATE INDEX pain_scores_patient ON pain_scores (patient_id, date);
CREATE INDEX pain_scores_condition ON pain_scores (condition_id, patient_id);
CREATE INDEX shoes_patient ON shoes (patient_id, started);
CREATE INDEX runs_patient ON runs (patient_id, date);
CREATE INDEX runs_shoe ON runs (shoe_id, patient_id);
CREATE INDEX cross_training_patient ON cross_training (patient_id, date);
CREATE TRIGGER patients_summary_insert AFTER INSERT ON patients BEGIN
  INSERT INTO patient_summaries (patient_id, session_count, last_visit, latest_pain,
    active_condition_id)
  VALUES (NEW.id, (SELECT count(*) FROM sessions WHERE patient_id = NEW.id), (SELECT max(date) FROM sessions WHERE patient_id = NEW.id),
    (SELECT avg(score) FROM pain_scores WHERE patient_id = NEW.id AND date = (SELECT max(date) FROM pain_scores WHERE patient_id = NEW.id)), (SELECT id FROM conditions WHERE patient_id = NEW.id AND status = 'active' ORDER BY onset_date DESC, id DESC LIMIT 1));
END;
CREATE TRIGGER patients_summary_delete AFTER DELETE ON patients BEGIN
  DELETE FROM patient_summaries WHERE patient_id = OLD.id;
END;
CREATE TRIGGER pain_scores_summary_insert AFTER INSERT ON pain_scores BEGIN
  UPDATE patient_summaries SET latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)))) WHERE patient_id = NEW.patient_id;
END;
CREATE TRIGGER pain_scores_summary_delete AFTER DELETE ON pain_scores BEGIN
  UPDATE patient_summaries SET latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)))) WHERE patient_id = OLD.patient_id;
END;
CREATE TRIGGER pain_scores_summary_update AFTER UPDATE OF patient_id, condition_id, date, score ON pain_scores BEGIN
  UPDATE patient_summaries SET latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)))) WHERE patient_id IN (OLD.patient_id, NEW.patient_id);
END;
CREATE TRIGGER sessions_summary_insert AFTER INSERT ON sessions BEGIN
  UPDATE patient_summaries SET session_count = (SELECT count(*) FROM sessions WHERE patient_id = patient_summaries.patient_id), last_visit = (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id), next_visit = (SELECT next_visit FROM sessions WHERE patient_id = patient_summaries.patient_id ORDER BY date DESC, id DESC LIMIT 1), latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)))) WHERE patient_id = NEW.patient_id;
END;
CREATE TRIGGER sessions_summary_delete AFTER DELETE ON sessions BEGIN
  UPDATE patient_summaries SET session_count = (SELECT count(*) FROM sessions WHERE patient_id = patient_summaries.patient_id), last_visit = (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id), next_visit = (SELECT next_visit FROM sessions WHERE patient_id = patient_summaries.patient_id ORDER BY date DESC, id DESC LIMIT 1), latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)))) WHERE patient_id = OLD.patient_id;
END;
CREATE TRIGGER sessions_summary_update AFTER UPDATE OF patient_id, condition_id, date, next_visit, pain_before ON sessions BEGIN
  UPDATE patient_summaries SET session_count = (SELECT count(*) FROM sessions WHERE patient_id = patient_summaries.patient_id), last_visit = (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id), next_visit = (SELECT next_visit FROM sessions WHERE patient_id = patient_summaries.patient_id ORDER BY date DESC, id DESC LIMIT 1), latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = patient_summaries.main_condition_id)) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = patient_summaries.main_condition_id) AS b)))) WHERE patient_id IN (OLD.patient_id, NEW.patient_id);
END;
CREATE TRIGGER conditions_summary_insert AFTER INSERT ON conditions BEGIN
  UPDATE patient_summaries SET active_condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id AND status = 'active' ORDER BY onset_date DESC, id DESC LIMIT 1), main_condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1), latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1))) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1))) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AS b)))) WHERE patient_id = NEW.patient_id;
END;
CREATE TRIGGER conditions_summary_delete AFTER DELETE ON conditions BEGIN
  UPDATE patient_summaries SET active_condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id AND status = 'active' ORDER BY onset_date DESC, id DESC LIMIT 1), main_condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1), latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1))) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1))) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AS b)))) WHERE patient_id = OLD.patient_id;
END;
CREATE TRIGGER conditions_summary_update AFTER UPDATE OF id, patient_id, onset_date, status ON conditions BEGIN
  UPDATE patient_summaries SET active_condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id AND status = 'active' ORDER BY onset_date DESC, id DESC LIMIT 1), main_condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1), latest_pain = (SELECT avg(pain) FROM (SELECT score AS pain FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1))) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AS b)) UNION ALL SELECT pain_before FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1) AND date = (SELECT max(coalesce(s, b), coalesce(b, s)) FROM (SELECT (SELECT max(date) FROM pain_scores WHERE patient_id = patient_summaries.patient_id AND (condition_id IS NULL OR condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1))) AS s, (SELECT max(date) FROM sessions WHERE patient_id = patient_summaries.patient_id AND pain_before IS NOT NULL AND condition_id = (SELECT id FROM conditions WHERE patient_id = patient_summaries.patient_id ORDER BY status = 'active' DESC, onset_date DESC, id DESC LIMIT 1)) AS b)))) WHERE patient_id IN (OLD.patient_id, NEW.patient_id);
END;
CREATE TRIGGER patients_audit_update AFTER UPDATE ON patients WHEN OLD.id IS NOT NEW.id OR OLD.name IS NOT NEW.name OR OLD.date_of_birth IS NOT NEW.date_of_birth OR OLD.sex IS NOT NEW.sex OR OLD.contact IS NOT NEW.contact OR OLD.record_number IS NOT NEW.record_number OR OLD.notes IS NOT NEW.notes OR OLD.archived IS NOT NEW.archived BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'patients', NEW.id, NEW.id,
    '{' || '"name":' || CASE WHEN OLD.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"date_of_birth":' || coalesce('"' || OLD.date_of_birth || '"', 'null') || ',' || '"sex":' || coalesce('"' || OLD.sex || '"', 'null') || ',' || '"contact":' || CASE WHEN OLD.contact IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.contact, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"record_number":' || CASE WHEN OLD.record_number IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.record_number, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"archived":' || coalesce(OLD.archived, 'null') || '}',
    '{' || '"name":' || CASE WHEN NEW.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"date_of_birth":' || coalesce('"' || NEW.date_of_birth || '"', 'null') || ',' || '"sex":' || coalesce('"' || NEW.sex || '"', 'null') || ',' || '"contact":' || CASE WHEN NEW.contact IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.contact, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"record_number":' || CASE WHEN NEW.record_number IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.record_number, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"archived":' || coalesce(NEW.archived, 'null') || '}');
END;
CREATE TRIGGER patients_audit_delete AFTER DELETE ON patients BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'patients', OLD.id, OLD.id,
    '{' || '"name":' || CASE WHEN OLD.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"date_of_birth":' || coalesce('"' || OLD.date_of_birth || '"', 'null') || ',' || '"sex":' || coalesce('"' || OLD.sex || '"', 'null') || ',' || '"contact":' || CASE WHEN OLD.contact IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.contact, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"record_number":' || CASE WHEN OLD.record_number IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.record_number, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"archived":' || coalesce(OLD.archived, 'null') || '}');
END;
CREATE TRIGGER conditions_audit_update AFTER UPDATE ON conditions WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.kind IS NOT NEW.kind OR OLD.side IS NOT NEW.side OR OLD.onset_date IS NOT NEW.onset_date OR OLD.status IS NOT NEW.status OR OLD.prior_treatments IS NOT NEW.prior_treatments OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'conditions', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"kind":' || coalesce('"' || OLD.kind || '"', 'null') || ',' || '"side":' || coalesce('"' || OLD.side || '"', 'null') || ',' || '"onset_date":' || coalesce('"' || OLD.onset_date || '"', 'null') || ',' || '"status":' || coalesce('"' || OLD.status || '"', 'null') || ',' || '"prior_treatments":' || coalesce(OLD.prior_treatments, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"kind":' || coalesce('"' || NEW.kind || '"', 'null') || ',' || '"side":' || coalesce('"' || NEW.side || '"', 'null') || ',' || '"onset_date":' || coalesce('"' || NEW.onset_date || '"', 'null') || ',' || '"status":' || coalesce('"' || NEW.status || '"', 'null') || ',' || '"prior_treatments":' || coalesce(NEW.prior_treatments, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER conditions_audit_delete AFTER DELETE ON conditions BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'conditions', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"kind":' || coalesce('"' || OLD.kind || '"', 'null') || ',' || '"side":' || coalesce('"' || OLD.side || '"', 'null') || ',' || '"onset_date":' || coalesce('"' || OLD.onset_date || '"', 'null') || ',' || '"status":' || coalesce('"' || OLD.status || '"', 'null') || ',' || '"prior_treatments":' || coalesce(OLD.prior_treatments, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER sessions_audit_update AFTER UPDATE ON sessions WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.condition_id IS NOT NEW.condition_id OR OLD.date IS NOT NEW.date OR OLD.treatment IS NOT NEW.treatment OR OLD.solution IS NOT NEW.solution OR OLD.concentration_pct IS NOT NEW.concentration_pct OR OLD.volume_ml IS NOT NEW.volume_ml OR OLD.injection_count IS NOT NEW.injection_count OR OLD.structures IS NOT NEW.structures OR OLD.clinician IS NOT NEW.clinician OR OLD.site IS NOT NEW.site OR OLD.pain_before IS NOT NEW.pain_before OR OLD.pain_after IS NOT NEW.pain_after OR OLD.adverse_events IS NOT NEW.adverse_events OR OLD.advice IS NOT NEW.advice OR OLD.next_visit IS NOT NEW.next_visit OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'sessions', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"treatment":' || coalesce('"' || OLD.treatment || '"', 'null') || ',' || '"solution":' || CASE WHEN OLD.solution IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.solution, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"concentration_pct":' || coalesce(OLD.concentration_pct, 'null') || ',' || '"volume_ml":' || coalesce(OLD.volume_ml, 'null') || ',' || '"injection_count":' || coalesce(OLD.injection_count, 'null') || ',' || '"structures":' || CASE WHEN OLD.structures IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.structures, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"clinician":' || CASE WHEN OLD.clinician IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.clinician, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"site":' || CASE WHEN OLD.site IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.site, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"pain_before":' || coalesce(OLD.pain_before, 'null') || ',' || '"pain_after":' || coalesce(OLD.pain_after, 'null') || ',' || '"adverse_events":' || CASE WHEN OLD.adverse_events IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.adverse_events, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"advice":' || CASE WHEN OLD.advice IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.advice, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"next_visit":' || coalesce('"' || OLD.next_visit || '"', 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"treatment":' || coalesce('"' || NEW.treatment || '"', 'null') || ',' || '"solution":' || CASE WHEN NEW.solution IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.solution, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"concentration_pct":' || coalesce(NEW.concentration_pct, 'null') || ',' || '"volume_ml":' || coalesce(NEW.volume_ml, 'null') || ',' || '"injection_count":' || coalesce(NEW.injection_count, 'null') || ',' || '"structures":' || CASE WHEN NEW.structures IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.structures, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"clinician":' || CASE WHEN NEW.clinician IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.clinician, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"site":' || CASE WHEN NEW.site IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.site, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"pain_before":' || coalesce(NEW.pain_before, 'null') || ',' || '"pain_after":' || coalesce(NEW.pain_after, 'null') || ',' || '"adverse_events":' || CASE WHEN NEW.adverse_events IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.adverse_events, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"advice":' || CASE WHEN NEW.advice IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.advice, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"next_visit":' || coalesce('"' || NEW.next_visit || '"', 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER sessions_audit_delete AFTER DELETE ON sessions BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'sessions', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"treatment":' || coalesce('"' || OLD.treatment || '"', 'null') || ',' || '"solution":' || CASE WHEN OLD.solution IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.solution, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"concentration_pct":' || coalesce(OLD.concentration_pct, 'null') || ',' || '"volume_ml":' || coalesce(OLD.volume_ml, 'null') || ',' || '"injection_count":' || coalesce(OLD.injection_count, 'null') || ',' || '"structures":' || CASE WHEN OLD.structures IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.structures, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"clinician":' || CASE WHEN OLD.clinician IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.clinician, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"site":' || CASE WHEN OLD.site IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.site, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"pain_before":' || coalesce(OLD.pain_before, 'null') || ',' || '"pain_after":' || coalesce(OLD.pain_after, 'null') || ',' || '"adverse_events":' || CASE WHEN OLD.adverse_events IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.adverse_events, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"advice":' || CASE WHEN OLD.advice IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.advice, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"next_visit":' || coalesce('"' || OLD.next_visit || '"', 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER pain_scores_audit_update AFTER UPDATE ON pain_scores WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.condition_id IS NOT NEW.condition_id OR OLD.date IS NOT NEW.date OR OLD.score IS NOT NEW.score OR OLD.context IS NOT NEW.context OR OLD.source IS NOT NEW.source OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'pain_scores', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"score":' || coalesce(OLD.score, 'null') || ',' || '"context":' || coalesce('"' || OLD.context || '"', 'null') || ',' || '"source":' || coalesce('"' || OLD.source || '"', 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"score":' || coalesce(NEW.score, 'null') || ',' || '"context":' || coalesce('"' || NEW.context || '"', 'null') || ',' || '"source":' || coalesce('"' || NEW.source || '"', 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER pain_scores_audit_delete AFTER DELETE ON pain_scores BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'pain_scores', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"score":' || coalesce(OLD.score, 'null') || ',' || '"context":' || coalesce('"' || OLD.context || '"', 'null') || ',' || '"source":' || coalesce('"' || OLD.source || '"', 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER shoes_audit_update AFTER UPDATE ON shoes WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.name IS NOT NEW.name OR OLD.started IS NOT NEW.started OR OLD.retired IS NOT NEW.retired OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'shoes', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"name":' || CASE WHEN OLD.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"started":' || coalesce('"' || OLD.started || '"', 'null') || ',' || '"retired":' || coalesce('"' || OLD.retired || '"', 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"name":' || CASE WHEN NEW.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"started":' || coalesce('"' || NEW.started || '"', 'null') || ',' || '"retired":' || coalesce('"' || NEW.retired || '"', 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER shoes_audit_delete AFTER DELETE ON shoes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'shoes', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"name":' || CASE WHEN OLD.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"started":' || coalesce('"' || OLD.started || '"', 'null') || ',' || '"retired":' || coalesce('"' || OLD.retired || '"', 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER runs_audit_update AFTER UPDATE ON runs WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.date IS NOT NEW.date OR OLD.distance_m IS NOT NEW.distance_m OR OLD.duration_s IS NOT NEW.duration_s OR OLD.surface IS NOT NEW.surface OR OLD.shoe_id IS NOT NEW.shoe_id OR OLD.pain_during IS NOT NEW.pain_during OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'runs', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"distance_m":' || coalesce(OLD.distance_m, 'null') || ',' || '"duration_s":' || coalesce(OLD.duration_s, 'null') || ',' || '"surface":' || coalesce('"' || OLD.surface || '"', 'null') || ',' || '"shoe_id":' || coalesce(OLD.shoe_id, 'null') || ',' || '"pain_during":' || coalesce(OLD.pain_during, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"distance_m":' || coalesce(NEW.distance_m, 'null') || ',' || '"duration_s":' || coalesce(NEW.duration_s, 'null') || ',' || '"surface":' || coalesce('"' || NEW.surface || '"', 'null') || ',' || '"shoe_id":' || coalesce(NEW.shoe_id, 'null') || ',' || '"pain_during":' || coalesce(NEW.pain_during, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER runs_audit_delete AFTER DELETE ON runs BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'runs', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"distance_m":' || coalesce(OLD.distance_m, 'null') || ',' || '"duration_s":' || coalesce(OLD.duration_s, 'null') || ',' || '"surface":' || coalesce('"' || OLD.surface || '"', 'null') || ',' || '"shoe_id":' || coalesce(OLD.shoe_id, 'null') || ',' || '"pain_during":' || coalesce(OLD.pain_during, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER cross_training_audit_update AFTER UPDATE ON cross_training WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.date IS NOT NEW.date OR OLD.activity IS NOT NEW.activity OR OLD.minutes IS NOT NEW.minutes OR OLD.effort IS NOT NEW.effort OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'cross_training', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"activity":' || coalesce('"' || OLD.activity || '"', 'null') || ',' || '"minutes":' || coalesce(OLD.minutes, 'null') || ',' || '"effort":' || coalesce(OLD.effort, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"activity":' || coalesce('"' || NEW.activity || '"', 'null') || ',' || '"minutes":' || coalesce(NEW.minutes, 'null') || ',' || '"effort":' || coalesce(NEW.effort, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER cross_training_audit_delete AFTER DELETE ON cross_training BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'cross_training', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"activity":' || coalesce('"' || OLD.activity || '"', 'null') || ',' || '"minutes":' || coalesce(OLD.minutes, 'null') || ',' || '"effort":' || coalesce(OLD.effort, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE INDEX audit_patient ON audit (patient_id);
CREATE INDEX audit_record ON audit (record_id, table_name);
CREATE INDEX audit_unsealed ON audit (id) WHERE hash IS NULL;
CREATE INDEX outcomes_patient ON outcomes (patient_id, date);
CREATE INDEX outcomes_condition ON outcomes (condition_id);
CREATE INDEX run_plans_patient ON run_plans (patient_id, start_date);
CREATE TRIGGER outcomes_audit_update AFTER UPDATE ON outcomes WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.condition_id IS NOT NEW.condition_id OR OLD.date IS NOT NEW.date OR OLD.kind IS NOT NEW.kind OR OLD.total IS NOT NEW.total OR OLD.answers IS NOT NEW.answers OR OLD.custom_name IS NOT NEW.custom_name OR OLD.custom_min IS NOT NEW.custom_min OR OLD.custom_max IS NOT NEW.custom_max OR OLD.custom_higher_better IS NOT NEW.custom_higher_better OR OLD.custom_mcid IS NOT NEW.custom_mcid OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'outcomes', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"kind":' || coalesce('"' || OLD.kind || '"', 'null') || ',' || '"total":' || coalesce(OLD.total, 'null') || ',' || '"answers":' || coalesce('"' || OLD.answers || '"', 'null') || ',' || '"custom_name":' || CASE WHEN OLD.custom_name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.custom_name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"custom_min":' || coalesce(OLD.custom_min, 'null') || ',' || '"custom_max":' || coalesce(OLD.custom_max, 'null') || ',' || '"custom_higher_better":' || coalesce(OLD.custom_higher_better, 'null') || ',' || '"custom_mcid":' || coalesce(OLD.custom_mcid, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"kind":' || coalesce('"' || NEW.kind || '"', 'null') || ',' || '"total":' || coalesce(NEW.total, 'null') || ',' || '"answers":' || coalesce('"' || NEW.answers || '"', 'null') || ',' || '"custom_name":' || CASE WHEN NEW.custom_name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.custom_name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"custom_min":' || coalesce(NEW.custom_min, 'null') || ',' || '"custom_max":' || coalesce(NEW.custom_max, 'null') || ',' || '"custom_higher_better":' || coalesce(NEW.custom_higher_better, 'null') || ',' || '"custom_mcid":' || coalesce(NEW.custom_mcid, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER outcomes_audit_delete AFTER DELETE ON outcomes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'outcomes', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"date":' || coalesce('"' || OLD.date || '"', 'null') || ',' || '"kind":' || coalesce('"' || OLD.kind || '"', 'null') || ',' || '"total":' || coalesce(OLD.total, 'null') || ',' || '"answers":' || coalesce('"' || OLD.answers || '"', 'null') || ',' || '"custom_name":' || CASE WHEN OLD.custom_name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.custom_name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"custom_min":' || coalesce(OLD.custom_min, 'null') || ',' || '"custom_max":' || coalesce(OLD.custom_max, 'null') || ',' || '"custom_higher_better":' || coalesce(OLD.custom_higher_better, 'null') || ',' || '"custom_mcid":' || coalesce(OLD.custom_mcid, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER run_plans_audit_update AFTER UPDATE ON run_plans WHEN OLD.id IS NOT NEW.id OR OLD.patient_id IS NOT NEW.patient_id OR OLD.condition_id IS NOT NEW.condition_id OR OLD.start_date IS NOT NEW.start_date OR OLD.steps IS NOT NEW.steps OR OLD.rule IS NOT NEW.rule OR OLD.max_pain_during IS NOT NEW.max_pain_during OR OLD.max_pain_after IS NOT NEW.max_pain_after OR OLD.check_next_morning IS NOT NEW.check_next_morning OR OLD.next_morning_tolerance IS NOT NEW.next_morning_tolerance OR OLD.next_morning_days IS NOT NEW.next_morning_days OR OLD.require_next_morning IS NOT NEW.require_next_morning OR OLD.check_weekly IS NOT NEW.check_weekly OR OLD.weekly_tolerance IS NOT NEW.weekly_tolerance OR OLD.current_step IS NOT NEW.current_step OR OLD.notes IS NOT NEW.notes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before, after)
  VALUES ('update', 'run_plans', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"start_date":' || coalesce('"' || OLD.start_date || '"', 'null') || ',' || '"steps":' || coalesce('"' || OLD.steps || '"', 'null') || ',' || '"rule":' || coalesce('"' || OLD.rule || '"', 'null') || ',' || '"max_pain_during":' || coalesce(OLD.max_pain_during, 'null') || ',' || '"max_pain_after":' || coalesce(OLD.max_pain_after, 'null') || ',' || '"check_next_morning":' || coalesce(OLD.check_next_morning, 'null') || ',' || '"next_morning_tolerance":' || coalesce(OLD.next_morning_tolerance, 'null') || ',' || '"next_morning_days":' || coalesce(OLD.next_morning_days, 'null') || ',' || '"require_next_morning":' || coalesce(OLD.require_next_morning, 'null') || ',' || '"check_weekly":' || coalesce(OLD.check_weekly, 'null') || ',' || '"weekly_tolerance":' || coalesce(OLD.weekly_tolerance, 'null') || ',' || '"current_step":' || coalesce(OLD.current_step, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}',
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"start_date":' || coalesce('"' || NEW.start_date || '"', 'null') || ',' || '"steps":' || coalesce('"' || NEW.steps || '"', 'null') || ',' || '"rule":' || coalesce('"' || NEW.rule || '"', 'null') || ',' || '"max_pain_during":' || coalesce(NEW.max_pain_during, 'null') || ',' || '"max_pain_after":' || coalesce(NEW.max_pain_after, 'null') || ',' || '"check_next_morning":' || coalesce(NEW.check_next_morning, 'null') || ',' || '"next_morning_tolerance":' || coalesce(NEW.next_morning_tolerance, 'null') || ',' || '"next_morning_days":' || coalesce(NEW.next_morning_days, 'null') || ',' || '"require_next_morning":' || coalesce(NEW.require_next_morning, 'null') || ',' || '"check_weekly":' || coalesce(NEW.check_weekly, 'null') || ',' || '"weekly_tolerance":' || coalesce(NEW.weekly_tolerance, 'null') || ',' || '"current_step":' || coalesce(NEW.current_step, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER run_plans_audit_delete AFTER DELETE ON run_plans BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, before)
  VALUES ('delete', 'run_plans', OLD.id, OLD.patient_id,
    '{' || '"patient_id":' || coalesce(OLD.patient_id, 'null') || ',' || '"condition_id":' || coalesce(OLD.condition_id, 'null') || ',' || '"start_date":' || coalesce('"' || OLD.start_date || '"', 'null') || ',' || '"steps":' || coalesce('"' || OLD.steps || '"', 'null') || ',' || '"rule":' || coalesce('"' || OLD.rule || '"', 'null') || ',' || '"max_pain_during":' || coalesce(OLD.max_pain_during, 'null') || ',' || '"max_pain_after":' || coalesce(OLD.max_pain_after, 'null') || ',' || '"check_next_morning":' || coalesce(OLD.check_next_morning, 'null') || ',' || '"next_morning_tolerance":' || coalesce(OLD.next_morning_tolerance, 'null') || ',' || '"next_morning_days":' || coalesce(OLD.next_morning_days, 'null') || ',' || '"require_next_morning":' || coalesce(OLD.require_next_morning, 'null') || ',' || '"check_weekly":' || coalesce(OLD.check_weekly, 'null') || ',' || '"weekly_tolerance":' || coalesce(OLD.weekly_tolerance, 'null') || ',' || '"current_step":' || coalesce(OLD.current_step, 'null') || ',' || '"notes":' || CASE WHEN OLD.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(OLD.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER patients_audit_insert AFTER INSERT ON patients BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'patients', NEW.id, NEW.id,
    '{' || '"name":' || CASE WHEN NEW.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"date_of_birth":' || coalesce('"' || NEW.date_of_birth || '"', 'null') || ',' || '"sex":' || coalesce('"' || NEW.sex || '"', 'null') || ',' || '"contact":' || CASE WHEN NEW.contact IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.contact, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"record_number":' || CASE WHEN NEW.record_number IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.record_number, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"archived":' || coalesce(NEW.archived, 'null') || '}');
END;
CREATE TRIGGER conditions_audit_insert AFTER INSERT ON conditions BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'conditions', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"kind":' || coalesce('"' || NEW.kind || '"', 'null') || ',' || '"side":' || coalesce('"' || NEW.side || '"', 'null') || ',' || '"onset_date":' || coalesce('"' || NEW.onset_date || '"', 'null') || ',' || '"status":' || coalesce('"' || NEW.status || '"', 'null') || ',' || '"prior_treatments":' || coalesce(NEW.prior_treatments, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER sessions_audit_insert AFTER INSERT ON sessions BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'sessions', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"treatment":' || coalesce('"' || NEW.treatment || '"', 'null') || ',' || '"solution":' || CASE WHEN NEW.solution IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.solution, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"concentration_pct":' || coalesce(NEW.concentration_pct, 'null') || ',' || '"volume_ml":' || coalesce(NEW.volume_ml, 'null') || ',' || '"injection_count":' || coalesce(NEW.injection_count, 'null') || ',' || '"structures":' || CASE WHEN NEW.structures IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.structures, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"clinician":' || CASE WHEN NEW.clinician IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.clinician, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"site":' || CASE WHEN NEW.site IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.site, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"pain_before":' || coalesce(NEW.pain_before, 'null') || ',' || '"pain_after":' || coalesce(NEW.pain_after, 'null') || ',' || '"adverse_events":' || CASE WHEN NEW.adverse_events IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.adverse_events, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"advice":' || CASE WHEN NEW.advice IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.advice, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"next_visit":' || coalesce('"' || NEW.next_visit || '"', 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER pain_scores_audit_insert AFTER INSERT ON pain_scores BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'pain_scores', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"score":' || coalesce(NEW.score, 'null') || ',' || '"context":' || coalesce('"' || NEW.context || '"', 'null') || ',' || '"source":' || coalesce('"' || NEW.source || '"', 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER shoes_audit_insert AFTER INSERT ON shoes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'shoes', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"name":' || CASE WHEN NEW.name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"started":' || coalesce('"' || NEW.started || '"', 'null') || ',' || '"retired":' || coalesce('"' || NEW.retired || '"', 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER runs_audit_insert AFTER INSERT ON runs BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'runs', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"distance_m":' || coalesce(NEW.distance_m, 'null') || ',' || '"duration_s":' || coalesce(NEW.duration_s, 'null') || ',' || '"surface":' || coalesce('"' || NEW.surface || '"', 'null') || ',' || '"shoe_id":' || coalesce(NEW.shoe_id, 'null') || ',' || '"pain_during":' || coalesce(NEW.pain_during, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER cross_training_audit_insert AFTER INSERT ON cross_training BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'cross_training', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"activity":' || coalesce('"' || NEW.activity || '"', 'null') || ',' || '"minutes":' || coalesce(NEW.minutes, 'null') || ',' || '"effort":' || coalesce(NEW.effort, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER outcomes_audit_insert AFTER INSERT ON outcomes BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'outcomes', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"date":' || coalesce('"' || NEW.date || '"', 'null') || ',' || '"kind":' || coalesce('"' || NEW.kind || '"', 'null') || ',' || '"total":' || coalesce(NEW.total, 'null') || ',' || '"answers":' || coalesce('"' || NEW.answers || '"', 'null') || ',' || '"custom_name":' || CASE WHEN NEW.custom_name IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.custom_name, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || ',' || '"custom_min":' || coalesce(NEW.custom_min, 'null') || ',' || '"custom_max":' || coalesce(NEW.custom_max, 'null') || ',' || '"custom_higher_better":' || coalesce(NEW.custom_higher_better, 'null') || ',' || '"custom_mcid":' || coalesce(NEW.custom_mcid, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
CREATE TRIGGER run_plans_audit_insert AFTER INSERT ON run_plans BEGIN
  INSERT INTO audit (action, table_name, record_id, patient_id, after)
  VALUES ('create', 'run_plans', NEW.id, NEW.patient_id,
    '{' || '"patient_id":' || coalesce(NEW.patient_id, 'null') || ',' || '"condition_id":' || coalesce(NEW.condition_id, 'null') || ',' || '"start_date":' || coalesce('"' || NEW.start_date || '"', 'null') || ',' || '"steps":' || coalesce('"' || NEW.steps || '"', 'null') || ',' || '"rule":' || coalesce('"' || NEW.rule || '"', 'null') || ',' || '"max_pain_during":' || coalesce(NEW.max_pain_during, 'null') || ',' || '"max_pain_after":' || coalesce(NEW.max_pain_after, 'null') || ',' || '"check_next_morning":' || coalesce(NEW.check_next_morning, 'null') || ',' || '"next_morning_tolerance":' || coalesce(NEW.next_morning_tolerance, 'null') || ',' || '"next_morning_days":' || coalesce(NEW.next_morning_days, 'null') || ',' || '"require_next_morning":' || coalesce(NEW.require_next_morning, 'null') || ',' || '"check_weekly":' || coalesce(NEW.check_weekly, 'null') || ',' || '"weekly_tolerance":' || coalesce(NEW.weekly_tolerance, 'null') || ',' || '"current_step":' || coalesce(NEW.current_step, 'null') || ',' || '"notes":' || CASE WHEN NEW.notes IS NULL THEN 'null' ELSE '"' || replace(replace(replace(replace(replace(NEW.notes, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END || '}');
END;
COMMIT;
PRAGMA user_version=8;
PRAGMA application_id=1349667924;
