-- Statistics (issue 5): the platform-wide figures read applications by the month they were received and deliveries
-- by the month they start, for every organisation at once; the existing indexes lead with the organisation.
-- Settlement lines need nothing new: a period range is a prefix of their primary key, an organisation's lines are
-- ix_settlement_line_organisation.
CREATE INDEX ix_application_received ON application (received_at, offering_id);
CREATE INDEX ix_delivery_starts ON delivery (starts_on);
