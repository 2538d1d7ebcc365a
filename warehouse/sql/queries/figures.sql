-- figures: figures with their article and report for the chosen filters, newest first, at
-- most $limit rows; n_total says how many the filters select (downloads carry them all).
-- $metric = '' means all metrics; $statuses lists the statuses to show.
select
    *,
    count(*) over () as n_total
from figures_detail
where (len($provinces) = 0 or list_contains($provinces, province))
  and ($metric = '' or metric = $metric)
  and list_contains($statuses, status)
  and (
      coalesce(season, article_season) between $season_from and $season_to
      or (cumulative and coalesce(season, article_season) is null)
  )
order by published desc, doc, article, span[1]
limit $limit
