-- Scrutiny panels (uk.crs.scrutiny, docs/scrutiny.md): panels, members, meetings, committed and revealed samples,
-- anonymised packs, blind verdicts, the chair's conclusions, feedback to officers and published reports.
-- No table here holds a name, date of birth, contact or address: packs are redacted before they are stored, and
-- officers appear only as the pseudonymous token of scrutiny_officer_token.

CREATE TABLE scrutiny_panel (
    id         VARCHAR(64)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE scrutiny_panel_force (
    panel_id   VARCHAR(64) NOT NULL REFERENCES scrutiny_panel (id),
    force_slug VARCHAR(64) NOT NULL,
    PRIMARY KEY (panel_id, force_slug)
);

-- A member is a signed-in account (PANEL_MEMBER, or PANEL_CHAIR for the chair) sitting for an agency.
CREATE TABLE scrutiny_member (
    panel_id          VARCHAR(64) NOT NULL REFERENCES scrutiny_panel (id),
    username          VARCHAR(64) NOT NULL REFERENCES user_account (username),
    agency            VARCHAR(32) NOT NULL,
    voting            BOOLEAN     NOT NULL,
    chair             BOOLEAN     NOT NULL,
    terms_accepted_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (panel_id, username)
);
CREATE INDEX scrutiny_member_by_user ON scrutiny_member (username);

-- Declared conflicts: a case reference or an officer token the member must not judge.
CREATE TABLE scrutiny_conflict (
    panel_id VARCHAR(64) NOT NULL,
    username VARCHAR(64) NOT NULL,
    subject  VARCHAR(64) NOT NULL,
    PRIMARY KEY (panel_id, username, subject),
    FOREIGN KEY (panel_id, username) REFERENCES scrutiny_member (panel_id, username)
);

CREATE TABLE scrutiny_meeting (
    id                  VARCHAR(80) PRIMARY KEY,
    panel_id            VARCHAR(64) NOT NULL REFERENCES scrutiny_panel (id),
    meeting_date        DATE        NOT NULL,
    status              VARCHAR(16) NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    cancellation_reason VARCHAR(500),
    minutes             VARCHAR,
    CHECK (status <> 'CANCELLED' OR cancellation_reason IS NOT NULL)
);
CREATE INDEX scrutiny_meeting_by_panel ON scrutiny_meeting (panel_id, meeting_date);

CREATE TABLE scrutiny_action (
    meeting_id VARCHAR(80)  NOT NULL REFERENCES scrutiny_meeting (id),
    number     INTEGER      NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    owner      VARCHAR(200) NOT NULL,
    due        DATE         NOT NULL,
    response   VARCHAR(2000),
    PRIMARY KEY (meeting_id, number)
);

-- The sample of one meeting: the seed's SHA-256 first, then the frozen manifest, then the revealed seed.
CREATE TABLE scrutiny_sample (
    meeting_id   VARCHAR(80) PRIMARY KEY REFERENCES scrutiny_meeting (id),
    seed_sha256  CHAR(64)    NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    period_from  DATE,
    period_to    DATE,
    frozen_at    TIMESTAMP WITH TIME ZONE,
    seed         VARCHAR(200),
    revealed_at  TIMESTAMP WITH TIME ZONE
);

-- One stratum of the plan and its manifest (the sorted case references, one a line, and their SHA-256).
CREATE TABLE scrutiny_stratum (
    meeting_id       VARCHAR(80) NOT NULL REFERENCES scrutiny_sample (meeting_id),
    position         INTEGER     NOT NULL,
    name             VARCHAR(40) NOT NULL,
    theme            VARCHAR(32),
    offence_codes    VARCHAR(500) NOT NULL,
    size             INTEGER     NOT NULL,
    manifest_sha256  CHAR(64)    NOT NULL,
    eligible         INTEGER     NOT NULL,
    PRIMARY KEY (meeting_id, name)
);

-- The eligible cases as frozen, with what put them in a stratum, so that the draw is repeated exactly.
CREATE TABLE scrutiny_eligible (
    meeting_id   VARCHAR(80) NOT NULL REFERENCES scrutiny_sample (meeting_id),
    case_ref     VARCHAR(64) NOT NULL,
    offence_code VARCHAR(16) NOT NULL,
    themes       VARCHAR(300) NOT NULL,
    PRIMARY KEY (meeting_id, case_ref)
);

CREATE TABLE scrutiny_draw (
    meeting_id VARCHAR(80) NOT NULL REFERENCES scrutiny_sample (meeting_id),
    stratum    VARCHAR(40) NOT NULL,
    counter    INTEGER     NOT NULL,
    position   INTEGER     NOT NULL,
    case_ref   VARCHAR(64) NOT NULL,
    PRIMARY KEY (meeting_id, case_ref)
);

-- The pseudonymous token by which packs and feedback name an officer; only supervisors' feedback view resolves it.
CREATE TABLE scrutiny_officer_token (
    force_slug VARCHAR(64)  NOT NULL,
    username   VARCHAR(128) NOT NULL,
    token      VARCHAR(32)  NOT NULL UNIQUE,
    PRIMARY KEY (force_slug, username)
);

-- An anonymised pack (JSON, already redacted); released once a second person confirms the redaction.
CREATE TABLE scrutiny_pack (
    meeting_id    VARCHAR(80) NOT NULL REFERENCES scrutiny_meeting (id),
    case_ref      VARCHAR(64) NOT NULL,
    officer_token VARCHAR(32) NOT NULL,
    force_slug    VARCHAR(64) NOT NULL,
    carried_from  VARCHAR(80),
    pack_json     VARCHAR     NOT NULL,
    built_by      VARCHAR(64) NOT NULL,
    built_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by  VARCHAR(64),
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (meeting_id, case_ref)
);

CREATE TABLE scrutiny_verdict (
    meeting_id   VARCHAR(80)  NOT NULL,
    case_ref     VARCHAR(64)  NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    assessment   VARCHAR(32)  NOT NULL,
    reason_codes VARCHAR(300) NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, case_ref, username),
    FOREIGN KEY (meeting_id, case_ref) REFERENCES scrutiny_pack (meeting_id, case_ref)
);

CREATE TABLE scrutiny_conclusion (
    meeting_id VARCHAR(80)  NOT NULL,
    case_ref   VARCHAR(64)  NOT NULL,
    assessment VARCHAR(32)  NOT NULL,
    by_user    VARCHAR(64)  NOT NULL,
    note       VARCHAR(2000) NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, case_ref),
    FOREIGN KEY (meeting_id, case_ref) REFERENCES scrutiny_pack (meeting_id, case_ref)
);

-- Feedback to the officer through a supervisor of the case's force, who acknowledges it.
CREATE TABLE scrutiny_feedback (
    meeting_id      VARCHAR(80)  NOT NULL,
    case_ref        VARCHAR(64)  NOT NULL,
    officer_token   VARCHAR(32)  NOT NULL,
    force_slug      VARCHAR(64)  NOT NULL,
    conclusion      VARCHAR(32)  NOT NULL,
    observations    VARCHAR(2000) NOT NULL,
    acknowledged_by VARCHAR(64),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (meeting_id, case_ref),
    FOREIGN KEY (meeting_id, case_ref) REFERENCES scrutiny_conclusion (meeting_id, case_ref)
);
CREATE INDEX scrutiny_feedback_by_force ON scrutiny_feedback (force_slug, acknowledged_at);

-- The public findings (findings JSON v1, counts under 10 suppressed) of a panel for a year.
CREATE TABLE scrutiny_report (
    panel_id      VARCHAR(64) NOT NULL REFERENCES scrutiny_panel (id),
    year          INTEGER     NOT NULL,
    findings_json VARCHAR     NOT NULL,
    published_by  VARCHAR(64) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (panel_id, year)
);
