-- reports: loaded reports with their articles for the chosen provinces, newest first, at most
-- $limit rows; n_total says how many rows the filter selects. Rejected files have their own
-- query (rejects). Every chosen report has a row, so the newest $limit rows come from the
-- newest $limit reports: those are picked first, on two narrow columns, before any join.
with chosen as not materialized (
    select
        doc,
        published,
        n_articles
    from documents
    where status = 'loaded'
      and (
          len($provinces) = 0
          or doc in (select doc from articles where list_contains($provinces, province))
      )
),

newest as (
    select doc
    from chosen
    order by published desc nulls last, doc
    limit $limit
)

select
    d.doc,
    coalesce(a.publisher, d.publisher) as publisher,
    d.published,
    d.from_page,
    coalesce(a.source_url, d.source_url) as source_url,
    d.n_articles,
    d.n_figures,
    a.article,
    -- a report without a headline is named by its first words, never left blank
    coalesce(nullif(a.title, ''), substring(d.text, a.char_start + 1, 28) || '…') as title,
    a.attribution,
    a.province,
    a.place,
    a.campaign,
    a.season,
    case
        when len($provinces) = 0 then (select sum(greatest(n_articles, 1)) from chosen)
        else (
            select count(*)
            from articles
            where list_contains($provinces, province)
              and doc in (select doc from chosen)
        )
    end as n_total
from newest
join documents as d using (doc)
left join articles as a using (doc)
where in_provinces(a.province, $provinces)
order by d.published desc nulls last, d.doc, a.article
limit $limit
