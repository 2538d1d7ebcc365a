-- per_capita_aid: derived aid per person or household, only from figures of the same
-- article, place, period and status: (aid_disbursed + in_kind_value) divided by the count of
-- recipients stated in the aid's own sentence, else people_aided, else people_reached, else
-- households_reached. Stated rates are not inputs;
-- person-visits and household-visits count contacts, not recipients, so they never divide.
-- A quotient over 10,000元 a recipient in a season means the count names a few people of
-- the article (those met at a ceremony) while the amount is the whole campaign's: it is not
-- a per-capita value, and is left out rather than drawn. Under 50元 a recipient the count is
-- wider than the money (everyone visited or covered, against one fund's gifts): left out too.
with inputs as (
    select *
    from figures
    where part_of is null
      and not cumulative
      and status in ('actual', 'planned')
      -- placed in its province by default only (the article names no place): neither the
      -- province's nor a named place's, as in place_season_metrics
      and (level is not null or review = 'added')
),

aid as (
    select
        doc, article, place, period_start, period_end, status,
        any_value(province) as province,
        any_value(season) as season,
        bool_and(province_level) as province_level,
        sum(value) as aid_yuan,
        count(*) as n_aid_figures,
        bool_or(qualifier <> 'exact') as aid_inexact
    from inputs
    where metric in ('aid_disbursed', 'in_kind_value')
    group by doc, article, place, period_start, period_end, status
),

-- the sentences the aid was stated in: a count of recipients in one of them is whom that
-- aid went to ("向13户遇难家庭发放救助金54.6万元"), before any count elsewhere in the article
aid_quotes as (
    select distinct doc, article, place, period_start, period_end, status, quote
    from inputs
    where metric in ('aid_disbursed', 'in_kind_value')
),

recipients as (
    select
        i.doc, i.article, i.place, i.period_start, i.period_end, i.status,
        i.metric as denominator_metric,
        i.unit as denominator_unit,
        i.value as denominator,
        i.qualifier as denominator_qualifier,
        row_number() over (
            partition by i.doc, i.article, i.place, i.period_start, i.period_end, i.status
            order by
                q.quote is null,
                case i.metric
                    when 'people_aided' then 1
                    when 'people_reached' then 2
                    when 'households_reached' then 3
                end,
                i.value desc
        ) as preference
    from inputs as i
    left join aid_quotes as q
        on q.doc = i.doc
        and q.article = i.article
        and q.place is not distinct from i.place
        and q.period_start is not distinct from i.period_start
        and q.period_end is not distinct from i.period_end
        and q.status = i.status
        and q.quote = i.quote
    where i.metric in ('people_aided', 'people_reached', 'households_reached')
      and i.unit in ('persons', 'households')
),

final as (
    select
        a.doc,
        a.article,
        a.province,
        a.place,
        a.province_level,
        a.season,
        a.period_start,
        a.period_end,
        a.status,
        a.aid_yuan,
        a.n_aid_figures,
        r.denominator,
        r.denominator_metric,
        r.denominator_unit,
        case when r.denominator_metric = 'households_reached' then 'per_household'
             else 'per_person' end as basis,
        round(a.aid_yuan / r.denominator, 2) as per_capita_yuan,
        a.aid_inexact or r.denominator_qualifier <> 'exact' as approximate,
        ar.publisher
    from aid as a
    join articles as ar on ar.doc = a.doc and ar.article = a.article
    join recipients as r
        on r.doc = a.doc
        and r.article = a.article
        and r.place is not distinct from a.place
        and r.period_start is not distinct from a.period_start
        and r.period_end is not distinct from a.period_end
        and r.status = a.status
        and r.preference = 1
    where a.aid_yuan / r.denominator between 50 and 10000
)

select * from final
