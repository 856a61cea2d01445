-- Search moved from PostgreSQL's full text to a Lucene index kept by each catalog instance (architecture.md, C2).
-- What only search used goes: the weighted document and its GIN index, the known words for typos, the query
-- function, the text search configurations, and the indexes that only served search's filters and orders. Each of
-- them cost every insert and update of a book.
-- copy_available stays: the index reads availability through it.
drop trigger book_search_terms on book;
drop function remember_search_terms();
drop table search_term;
drop function book_query(text[], boolean, text[]);
alter table book drop column document;
drop function book_document(text, text, text[], text[]);
drop index book_authors, book_subjects, book_language, book_publication_year, book_title_id;
drop text search configuration shelfwise_simple;
drop text search configuration shelfwise_english;
drop extension if exists pg_trgm;
drop extension if exists unaccent;
