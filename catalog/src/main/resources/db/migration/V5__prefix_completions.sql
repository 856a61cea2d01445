-- Searches at 1,000,000 books take the first matches in id order (see BookSearch): the planner walks the id index
-- when it expects many matches and reads the GIN index when it expects few, so its estimates must be good.
-- A rare word ("zeppelin", in ten books) was estimated at one book in a hundred, the planner walked the whole
-- id index for it and the search took seconds. Three causes, three fixes:
-- * 'zeppelin' | 'zeppelin' | 'zeppelin' (stemmed, as written, as a prefix) counted the word three times: each form
--   is now added only when it differs from the others;
-- * a prefix ('philos':*) has no statistics: the search now names the known words it completes (search_term holds
--   every word of three letters or more, the caller passes at most 50; null keeps :*, such a prefix is common);
-- * a word the statistics do not list is estimated at half the rarest listed one: listing ten times as many
--   lexemes makes that estimate ten times smaller.
alter table book alter column document set statistics 1000;

drop function book_query(text[], boolean);

create function book_query(words text[], last_is_prefix boolean, completions text[]) returns tsquery
    language plpgsql immutable parallel safe as $$
declare
    result tsquery;
    word_query tsquery;
    written tsquery;
    others text;
    last int := coalesce(array_length(words, 1), 0);
begin
    for i in 1 .. last loop
        -- "the pride" should find "Pride and Prejudice": a stop word only counts when it is all there is
        continue when numnode(plainto_tsquery('shelfwise_english', words[i])) = 0 and last > 1
            and not (last_is_prefix and i = last);
        word_query := plainto_tsquery('shelfwise_english', words[i]);
        written := plainto_tsquery('shelfwise_simple', words[i]);
        if written <> word_query then
            word_query := word_query || written;
        end if;
        if last_is_prefix and i = last then
            if completions is null then
                word_query := word_query || to_tsquery('shelfwise_simple', quote_literal(words[i]) || ':*');
            else
                -- the known words that start with it, other than the forms already there
                others := array_to_string(array(
                    select quote_literal(c) from unnest(completions) c
                    where c <> all (tsvector_to_array(to_tsvector('shelfwise_english', words[i])))
                      and c <> all (tsvector_to_array(to_tsvector('shelfwise_simple', words[i])))), ' | ');
                if others <> '' then
                    word_query := word_query || to_tsquery('shelfwise_simple', others);
                end if;
            end if;
        end if;
        result := case when result is null then word_query else result && word_query end;
    end loop;
    return result;
end
$$;
