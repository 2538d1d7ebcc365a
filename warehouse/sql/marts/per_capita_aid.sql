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
        bool_or(qualifier <> 'exact') as aid_inexact,
        -- the sentences the aid was stated in: a count of recipients in one of them is whom
        -- that aid went to ("向13户遇难家庭发放救助金54.6万元"), before any count elsewhere
        list(distinct quote) as aid_quotes
    from inputs
    where metric in ('aid_disbursed', 'in_kind_value')
    group by doc, article, place, period_start, period_end, status
),

-- each aid with every count of recipients of its article, place, period and status, the
-- preferred first
paired as (
    select
        a.*,
        r.metric as denominator_metric,
        r.unit as denominator_unit,
        r.value as denominator,
        r.qualifier as denominator_qualifier,
        row_number() over (
            partition by a.doc, a.article, a.place, a.period_start, a.period_end, a.status
            order by
                not coalesce(list_contains(a.aid_quotes, r.quote), false),
                case r.metric
                    when 'people_aided' then 1
                    when 'people_reached' then 2
                    when 'households_reached' then 3
                end,
                r.value desc
        ) as preference
    from aid as a
    join inputs as r
        on r.doc = a.doc
        and r.article = a.article
        and r.place is not distinct from a.place
        and r.period_start is not distinct from a.period_start
        and r.period_end is not distinct from a.period_end
        and r.status = a.status
    where r.metric in ('people_aided', 'people_reached', 'households_reached')
      and r.unit in ('persons', 'households')
),

final as (
    select
        p.doc,
        p.article,
        p.province,
        p.place,
        p.province_level,
        p.season,
        p.period_start,
        p.period_end,
        p.status,
        p.aid_yuan,
        p.n_aid_figures,
        p.denominator,
        p.denominator_metric,
        p.denominator_unit,
        case when p.denominator_metric = 'households_reached' then 'per_household'
             else 'per_person' end as basis,
        round(p.aid_yuan / p.denominator, 2) as per_capita_yuan,
        p.aid_inexact or p.denominator_qualifier <> 'exact' as approximate,
        ar.publisher
    from paired as p
    join articles as ar on ar.doc = p.doc and ar.article = p.article
    where p.preference = 1
      and p.aid_yuan / p.denominator between 50 and 10000
)

select * from final
