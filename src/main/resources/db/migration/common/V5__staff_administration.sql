-- Administration of staff accounts: a temporary password must be changed at the first
-- sign-in, and when a password was last changed is kept.
-- Portable SQL: runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE staff_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff_account ADD COLUMN password_changed_at DATETIME(6) NULL;
