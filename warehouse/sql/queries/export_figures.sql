-- export_figures: one row per figure with every contract field and its citation.
select
    doc,
    article,
    metric,
    value,
    unit,
    qualifier,
    status,
    province,
    place,
    period_start,
    period_end,
    quote,
    span,
    season,
    cumulative,
    publisher,
    published,
    article_title,
    source_url,
    review,
    reviewed_by,
    reviewed_at,
    figure_id
from figures_detail
where in_provinces(province, $provinces)
  and list_contains($statuses, status)
  and ($metric = '' or metric = $metric)
  and (
      coalesce(season, article_season) between $season_from and $season_to
      or (cumulative and coalesce(season, article_season) is null)
  )
order by province, season, metric, doc, article, span[1]
