-- Settlement at national scale (issue 5): a period no longer loads its lines (a month can hold millions); it keeps
-- the latest run's total per organisation and line kind, which give the net positions and the owner's fee revenue.
-- The lines stay in settlement_line, written set-based and read per organisation.
CREATE TABLE settlement_total (
    period          CHAR(7)     NOT NULL,
    organisation_id CHAR(36)    NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    amount_ore      BIGINT      NOT NULL,
    CONSTRAINT pk_settlement_total PRIMARY KEY (period, organisation_id, kind),
    CONSTRAINT fk_settlement_total_period FOREIGN KEY (period) REFERENCES settlement_period (period)
) DEFAULT CHARSET = utf8mb4;

-- Totals of the periods settled before this script, from their lines.
INSERT INTO settlement_total (period, organisation_id, kind, amount_ore)
SELECT period, organisation_id, kind, SUM(amount_ore) FROM settlement_line GROUP BY period, organisation_id, kind;
