-- The case workflow. Personal data (names, dates of birth, contact details) lives ONLY in case_people;
-- every other table refers to people by a pseudonymous reference.
CREATE TABLE cases (
    id                  VARCHAR(36)  PRIMARY KEY,
    force               VARCHAR(64)  NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    -- optimistic locking: every change is UPDATE ... WHERE version = <the version read>
    version             INTEGER      NOT NULL,
    officer             VARCHAR(128) NOT NULL,
    offence_code        VARCHAR(16)  NOT NULL,
    offence_date        DATE         NOT NULL,
    outcome             VARCHAR(32)  NOT NULL,
    required_authority  VARCHAR(32)  NOT NULL,
    override_authority  VARCHAR(32)  NOT NULL,
    gravity_score       INTEGER      NOT NULL,
    policy_id           VARCHAR(128) NOT NULL,
    policy_version      VARCHAR(64)  NOT NULL,
    policy_sha256       VARCHAR(64)  NOT NULL,
    -- the case facts as submitted, with names, date of birth and contact details removed
    facts_json          VARCHAR      NOT NULL,
    decision_json       VARCHAR      NOT NULL,
    offender_ref        VARCHAR(40)  NOT NULL,
    victim_ref          VARCHAR(40),
    offender_accepts    BOOLEAN,
    victim_views        VARCHAR,
    victim_consents     BOOLEAN,
    agreed_by           VARCHAR(128),
    agreed_at           TIMESTAMP WITH TIME ZONE,
    victim_informed     BOOLEAN,
    home_office_outcome INTEGER,
    closed_at           TIMESTAMP WITH TIME ZONE,
    withdrawn_reason    VARCHAR,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cases_by_force_status ON cases (force, status, created_at);
CREATE INDEX cases_by_offender ON cases (offender_ref);

CREATE TABLE case_people (
    case_id       VARCHAR(36)  NOT NULL REFERENCES cases (id),
    part          VARCHAR(16)  NOT NULL,
    ref           VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    date_of_birth DATE,
    contact       VARCHAR(500),
    PRIMARY KEY (case_id, part)
);
CREATE INDEX case_people_by_ref ON case_people (ref);

CREATE TABLE case_conditions (
    case_id      VARCHAR(36)   NOT NULL REFERENCES cases (id),
    condition_id INTEGER       NOT NULL,
    type         VARCHAR(32)   NOT NULL,
    detail       VARCHAR       NOT NULL,
    due_date     DATE          NOT NULL,
    amount_gbp   NUMERIC(12, 2),
    outcome      VARCHAR(16),
    evidence     VARCHAR,
    outcome_by   VARCHAR(128),
    outcome_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (case_id, condition_id)
);

-- authorisations, refusals and overrides of a victim's objection, each with the supervisor and their reasons
CREATE TABLE case_authorisations (
    case_id   VARCHAR(36)  NOT NULL REFERENCES cases (id),
    kind      VARCHAR(16)  NOT NULL,
    by_user   VARCHAR(128) NOT NULL,
    by_role   VARCHAR(32)  NOT NULL,
    rationale VARCHAR      NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, kind)
);

CREATE TABLE case_disclosure_marks (
    case_id VARCHAR(36)  PRIMARY KEY REFERENCES cases (id),
    by_user VARCHAR(128) NOT NULL,
    by_role VARCHAR(32)  NOT NULL,
    reason  VARCHAR      NOT NULL,
    at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What analysts query: every case field except the free text, with people as pseudonymous references only.
CREATE VIEW case_records_pseudonymous AS
SELECT id, force, status, officer, offence_code, offence_date, outcome, required_authority, gravity_score,
       policy_id, policy_version, policy_sha256, offender_ref, victim_ref, offender_accepts, victim_consents,
       victim_informed, home_office_outcome, created_at, agreed_at, closed_at
FROM cases;
