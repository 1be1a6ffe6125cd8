-- Two pinyin letters now match only the start of a name's initials (see SearchTerms): the
-- initials' bigrams leave search_terms and one prefix term '^xy' takes their place. Bigrams of
-- Latin letters in the name itself stay. search_text is 'name fullpinyin initials'.
update member
   set search_terms = array(
           select t from unnest(search_terms) t
            where t !~ '^[a-z]{2}$' or strpos(split_part(search_text, ' ', 1), t) > 0)
       || case when length(split_part(search_text, ' ', 3)) >= 2
               then array['^' || left(split_part(search_text, ' ', 3), 2)]
               else array[]::text[] end;
