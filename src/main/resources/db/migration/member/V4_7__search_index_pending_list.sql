-- An import of 100,000 members spent two thirds of its time merging each row's ~100 search terms
-- into the two GIN indexes, 4 MB of pending entries at a time. With a pending list as large as
-- PostgreSQL allows (2 GB), inserts only append their entries to it; the list is merged in bulk
-- after the import commits (gin_clean_pending_list, MemberSearchIndex), by autovacuum otherwise.
-- Searches stay correct meanwhile: a GIN scan reads the pending list as well, just more slowly.
alter index member_search_terms_idx set (fastupdate = on, gin_pending_list_limit = 2097151);
alter index member_search_text_idx set (fastupdate = on, gin_pending_list_limit = 2097151);
