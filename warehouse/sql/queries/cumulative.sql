-- cumulative: multi-year figures (近5年累计…), drawn as spans over the years they cover; one
-- span per province, place, status, period and unit (the largest figure), the 40 most recent.
-- A city's or county's span keeps its place: it is never shown as the province's.
select
    province,
    coalesce(level = 'province', false) as province_level,
    case when level = 'province' then null else place end as place,
    status,
    unit,
    period_start,
    period_end,
    max(value) as value,
    arg_max(qualifier, value) as qualifier,
    arg_max(quote, value) as quote,
    arg_max(publisher, value) as publisher,
    count(*) as n_figures
from figures_detail
where cumulative
  and metric = $metric
  and part_of is null
  and in_provinces(province, $provinces)
group by all
order by period_end desc, province, place nulls first
limit 40
