-- A create form's result is kept as what it led to (a kind and an id), not as an address: only the web layer knows
-- routes. The kinds: PLAN (/plans/{id}), ITEM (/items/{id}), UNITS (/units, no id). Earlier rows are converted from
-- the addresses they hold; a row holding anything else (none were written) is dropped: a token only matters for
-- the seconds in which a form can be submitted twice.
alter table form_submission add column result_kind varchar(20);
alter table form_submission add column result_id bigint;

update form_submission
   set result_kind = 'PLAN', result_id = cast(substring(result_path from 8) as bigint)
 where result_path like '/plans/_%' and replace(translate(substring(result_path from 8), '123456789', '000000000'), '0', '') = ''
   and char_length(result_path) <= 25;

update form_submission
   set result_kind = 'ITEM', result_id = cast(substring(result_path from 8) as bigint)
 where result_path like '/items/_%' and replace(translate(substring(result_path from 8), '123456789', '000000000'), '0', '') = ''
   and char_length(result_path) <= 25;

update form_submission set result_kind = 'UNITS' where result_path = '/units';

delete from form_submission where result_kind is null;

alter table form_submission alter column result_kind set not null;
alter table form_submission drop column result_path;
