-- figures: figures with their article and report for the chosen filters, newest first, at
-- most $limit rows (the page says how many there are; downloads carry them all).
-- $metric = '' means all metrics; $statuses lists the statuses to show.
select *
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
