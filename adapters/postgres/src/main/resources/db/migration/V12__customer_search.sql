-- Customers are found as people type them: by number or any part of any word of the name, ignoring case, accents
-- and the German transliterations (ü/ue, ö/oe, ä/ae, ß/ss). The key is the one core's CustomerSearch builds:
-- the name with umlauts written out, the name without accents, and the number; a trigram index serves
-- "contains" searches on the stored key. unaccent and pg_trgm are trusted extensions: the database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create function servicebot_fold(text) returns text
    language sql immutable strict parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary,
        replace(replace(replace(replace(lower(btrim($1)), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss')));

create function servicebot_search_key(name text, number text) returns text
    language sql immutable strict parallel safe
    return servicebot_fold(name) || ' '
        || lower(public.unaccent('public.unaccent'::regdictionary, replace(lower(btrim(name)), 'ß', 'ss'))) || ' '
        || lower(btrim(number));

-- stored, so a search that matches a thousand customers ranks them without folding a thousand names
alter table customer add column search_key text generated always as (servicebot_search_key(name, number)) stored;
create index customer_search_idx on customer using gin (search_key gin_trgm_ops);

