-- cumulative: figures spanning seasons (近5年累计…, a calendar year's total), drawn as spans
-- over the years they cover; one span per province, place, status, unit and years covered
-- (the largest figure, with its own dates), the 40 most recent, of the statuses in
-- $statuses. A city's or county's span keeps its place: it is never shown as the province's.
with spans as (
    select
        *,
        -- a figure of no known level was placed in its province by default: the province's
        coalesce(level, 'province') = 'province' as province_level,
        year(period_start) as first_year,
        year(period_end) as last_year
    from figures_detail
    where cumulative
      and metric = $metric
      and part_of is null
      and list_contains($statuses, status)
      and in_provinces(province, $provinces)
)

select
    province,
    province_level,
    case when province_level then null else place end as place,
    status,
    unit,
    arg_max(period_start, value) as period_start,
    arg_max(period_end, value) as period_end,
    max(value) as value,
    arg_max(qualifier, value) as qualifier,
    arg_max(quote, value) as quote,
    arg_max(publisher, value) as publisher,
    count(*) as n_figures
from spans
group by province, province_level, case when province_level then null else place end,
    status, unit, first_year, last_year
order by last_year desc, period_end desc, province, place nulls first
limit 40
