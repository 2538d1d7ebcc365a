-- cumulative: multi-year figures (近5年累计…), drawn as spans over the years they cover.
select
    province,
    place,
    metric,
    status,
    unit,
    value,
    qualifier,
    period_start,
    period_end,
    quote,
    publisher,
    published
from figures_detail
where cumulative
  and metric = $metric
  and (len($provinces) = 0 or list_contains($provinces, province))
order by province, period_start
