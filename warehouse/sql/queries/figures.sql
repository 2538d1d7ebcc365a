-- figures: figures with their article and report for the chosen filters, newest first, at
-- most $limit rows; n_total says how many the filters select (downloads carry them all).
-- $metric = '' means all metrics; $statuses lists the statuses to show.
-- The newest $limit rows are chosen on the sort columns alone and only then fetched whole,
-- by rowid: figures_detail is stored newest first, so they lie together. Sorting every
-- column of every matching row to keep $limit of them costs several times more at a
-- million figures, and a window count would hold every row in memory.
with matched as not materialized (
    select
        rowid as row_id,
        published,
        doc,
        article,
        span
    from figures_detail
    where in_provinces(province, $provinces)
      and ($metric = '' or metric = $metric)
      and list_contains($statuses, status)
      and (
          coalesce(season, article_season) between $season_from and $season_to
          or (cumulative and coalesce(season, article_season) is null)
      )
),

newest as (
    select row_id
    from matched
    order by published desc, doc, article, span[1]
    limit $limit
)

select
    *,
    (select count(*) from matched) as n_total
from figures_detail
where rowid in (select row_id from newest)
order by published desc, doc, article, span[1]
