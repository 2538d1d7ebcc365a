-- counts: how much the published warehouse holds.
select
    (select count(*) from figures) as n_figures,
    (select count(*) from documents where status = 'loaded') as n_documents,
    (select count(*) from documents where status = 'rejected') as n_rejected,
    (select max(published) from documents where status = 'loaded') as newest_published,
    (select max(built_at) from build_info) as built_at
