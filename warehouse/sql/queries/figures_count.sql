-- figures_count: how many figures the figures page's filters select.
select count(*) as n
from figures_detail
where (len($provinces) = 0 or list_contains($provinces, province))
  and ($metric = '' or metric = $metric)
  and list_contains($statuses, status)
  and (
      coalesce(season, article_season) between $season_from and $season_to
      or (cumulative and coalesce(season, article_season) is null)
  )
