-- freshness: the newest report per province.
with loaded as (
    select
        a.province,
        d.doc,
        d.published,
        a.publisher
    from articles as a
    join documents as d using (doc)
    where d.status = 'loaded'
      and a.province is not null
),

final as (
    select
        province,
        max(published) as newest_published,
        arg_max(doc, published) as newest_doc,
        arg_max(publisher, published) as newest_publisher,
        count(distinct doc) as n_documents
    from loaded
    group by province
)

select * from final
