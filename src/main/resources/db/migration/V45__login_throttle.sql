-- Logins are throttled, not locked: growing delays per account name and per source address
-- (known or unknown names alike, so that the answer never tells whether an account exists).
-- Times are epoch milliseconds so that the one UPDATE that counts and gates an attempt is the same SQL on H2 and PostgreSQL.
CREATE TABLE login_throttle (
    throttle_key     VARCHAR(200) PRIMARY KEY,
    failures         INTEGER NOT NULL,
    last_attempt_at  BIGINT  NOT NULL,
    blocked_until    BIGINT  NOT NULL
);

-- The former hard lock of an account after five failures, which let a stranger lock anyone out.
ALTER TABLE app_user DROP COLUMN failed_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;
