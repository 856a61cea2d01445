-- Circulation applies the categories' limits, so it learns of them by event like everything else: the categories
-- the earlier migration created are announced here, through the outbox, exactly as a later change would be.
insert into outbox (topic, record_key, envelope, created_at)
select 'shelfwise.patrons.categories', code,
       json_build_object(
           'id', gen_random_uuid(), 'type', 'CategoryChanged', 'aggregateId', code, 'occurredAt', now(),
           'payload', json_build_object('code', code, 'name', name, 'maxOpenLoans', max_open_loans,
                                        'maxHolds', max_holds, 'maxFineBalance', max_fine_balance,
                                        'cardValidityMonths', card_validity_months))::text,
       now()
from patron_category order by code;
