-- The content of a packaging's draft as the review that returned it found it (issue 13): the next round of review
-- shows what the supplier changed since (PackagingDiff), and editing the returned packaging replaces only `content`.
-- A JSON document like `content` (see ContentJson); NULL when the current draft was never returned. Drafts returned
-- before this version kept nothing to compare with, so they stay NULL until their next return. MariaDB and H2
-- (MODE=MariaDB).
ALTER TABLE packaging ADD COLUMN returned_content LONGTEXT NULL;
