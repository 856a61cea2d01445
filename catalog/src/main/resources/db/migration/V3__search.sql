-- Full-text search over the catalogue (issue 3). Both extensions are "trusted": a database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Two configurations, both accent-blind: "simple" keeps every word as written (names, titles in any language,
-- prefixes), "english" adds stems so that "novels" finds "novel". A document holds the lexemes of both.
create text search configuration shelfwise_simple (copy = simple);
alter text search configuration shelfwise_simple
    alter mapping for hword, hword_part, word with unaccent, simple;
create text search configuration shelfwise_english (copy = english);
alter text search configuration shelfwise_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

-- Immutable by declaration: array_to_string is only "stable" because of arrays of other types; on text[] it
-- cannot change, and a generated column needs an immutable expression.
create function book_document(title text, subtitle text, authors text[], subjects text[]) returns tsvector
    language sql immutable parallel safe as $$
    select setweight(to_tsvector('shelfwise_simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('shelfwise_english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('shelfwise_simple', array_to_string(authors, ' ')), 'B')
        || setweight(to_tsvector('shelfwise_simple', coalesce(subtitle, '')), 'C')
        || setweight(to_tsvector('shelfwise_english', coalesce(subtitle, '')), 'C')
        || setweight(to_tsvector('shelfwise_simple', array_to_string(subjects, ' ')), 'D')
        || setweight(to_tsvector('shelfwise_english', array_to_string(subjects, ' ')), 'D')
$$;

alter table book add column document tsvector
    generated always as (book_document(title, subtitle, authors, subjects)) stored;
create index book_document on book using gin (document);
create index book_authors on book using gin (authors);
create index book_subjects on book using gin (subjects);
create index book_language on book (language);
create index book_publication_year on book (publication_year);
create index book_title_id on book (title, id);
create index copy_available on copy (book_id) where status = 'AVAILABLE';

-- Every word the catalogue knows, for correcting typos by trigram similarity. Words are only added (a word
-- left behind by an edit corrects a query to something that finds nothing, which is what it would find anyway).
create table search_term (
    term text primary key
);
create index search_term_trigrams on search_term using gist (term gist_trgm_ops);
create index search_term_prefixes on search_term (term text_pattern_ops);

create function remember_search_terms() returns trigger language plpgsql as $$
begin
    insert into search_term (term)
    select word from unnest(tsvector_to_array(to_tsvector('shelfwise_simple',
        concat_ws(' ', new.title, new.subtitle, array_to_string(new.authors, ' '), array_to_string(new.subjects, ' '))))) word
    where length(word) > 2
    on conflict do nothing;
    return new;
end
$$;
create trigger book_search_terms after insert or update of title, subtitle, authors, subjects on book
    for each row execute function remember_search_terms();

insert into search_term (term)
select distinct word from book, unnest(tsvector_to_array(to_tsvector('shelfwise_simple',
    concat_ws(' ', title, subtitle, array_to_string(authors, ' '), array_to_string(subjects, ' '))))) word
where length(word) > 2
on conflict do nothing;

-- The query for one search: every word must match (as a stem or as written), the last one also as a prefix
-- when the user may still be typing it.
create function book_query(words text[], last_is_prefix boolean) returns tsquery
    language plpgsql immutable parallel safe as $$
declare
    result tsquery;
    word_query tsquery;
begin
    for i in 1 .. coalesce(array_length(words, 1), 0) loop
        -- "the pride" should find "Pride and Prejudice": a stop word only counts when it is all there is
        continue when numnode(plainto_tsquery('shelfwise_english', words[i])) = 0 and array_length(words, 1) > 1
            and not (last_is_prefix and i = array_length(words, 1));
        word_query := plainto_tsquery('shelfwise_english', words[i]) || plainto_tsquery('shelfwise_simple', words[i]);
        if last_is_prefix and i = array_length(words, 1) then
            word_query := word_query || to_tsquery('shelfwise_simple', quote_literal(words[i]) || ':*');
        end if;
        result := case when result is null then word_query else result && word_query end;
    end loop;
    return result;
end
$$;
