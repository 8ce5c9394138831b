-- The owner's credential signing keys the platform generated (when no key is supplied through configuration), so
-- that every server signs with the same key and it survives restarts. The private key is encrypted with the
-- personal-data key (AES-GCM, as participants' personal data). Generation 1 is unique: when two servers start at
-- once, exactly one of their generated keys is stored.
CREATE TABLE credential_signing_key (
    key_id      VARCHAR(100) NOT NULL,
    generation  INT          NOT NULL,
    public_key  LONGTEXT     NOT NULL,
    private_key LONGTEXT     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_credential_signing_key PRIMARY KEY (key_id),
    CONSTRAINT uq_credential_signing_key_generation UNIQUE (generation)
) DEFAULT CHARSET = utf8mb4;
