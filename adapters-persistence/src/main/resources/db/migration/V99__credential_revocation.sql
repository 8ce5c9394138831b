-- Revocations of issued credentials: at most one per credential, never removed. The reason is published in the
-- revocation list (it names no person); who revoked is kept for the record only.
CREATE TABLE credential_revocation (
    credential_id CHAR(36)     NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    revoked_by    VARCHAR(255) NOT NULL,
    revoked_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_credential_revocation PRIMARY KEY (credential_id),
    CONSTRAINT fk_credential_revocation_credential FOREIGN KEY (credential_id) REFERENCES issued_credential (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_credential_revocation_at ON credential_revocation (revoked_at, credential_id);
