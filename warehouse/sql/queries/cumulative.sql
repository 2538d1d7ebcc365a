-- cumulative: multi-year figures (近5年累计…), drawn as spans over the years they cover; one
-- span per province, period and unit (the largest figure), the 40 most recent.
select
    province,
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
  and in_provinces(province, $provinces)
group by province, status, unit, period_start, period_end
order by period_end desc, province
limit 40
