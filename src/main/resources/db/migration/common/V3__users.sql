-- Accounts that may sign in: one role and one force each; passwords are bcrypt hashes, never the password.
CREATE TABLE user_account (
    username      VARCHAR(64) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    user_role     VARCHAR(32) NOT NULL,
    force_slug    VARCHAR(64) NOT NULL,
    enabled       BOOLEAN NOT NULL DEFAULT TRUE
);
