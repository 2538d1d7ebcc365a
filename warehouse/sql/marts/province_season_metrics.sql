-- province_season_metrics: one row per province × season × metric × status × unit.
-- The value is the largest figure stated about the province itself that season: reports
-- restate campaign totals, so figures of different reports are never added. City figures,
-- multi-year cumulative figures, parts of a stated total and rates are left out. So are sizes
-- no province states of itself: a team of fewer than 100 staff (a province body's delegation on
-- one visit: "一行4人", "20名队员"; a province mobilises thousands) and a sum under 1万元 (one
-- family's grant or one team's collection: "拿到100元的过节费", "职工捐款1300元").
with province_figures as (
    select *
    from season_figures
    where level = 'province'
      and not (metric = 'staff_mobilized' and value < 100)
      and not (unit = 'yuan' and value < 10000)
),

headline as (
    select
        province,
        season,
        metric,
        status,
        unit,
        max(value) as value,
        arg_max(qualifier, value) as qualifier,
        arg_max(figure_id, value) as figure_id,
        count(*) as n_figures,
        count(distinct doc) as n_documents
    from province_figures
    group by province, season, metric, status, unit
),

final as (
    select
        h.*,
        f.quote,
        f.doc,
        a.publisher,
        d.published
    from headline as h
    join figures as f using (figure_id)
    join articles as a on a.doc = f.doc and a.article = f.article
    join documents as d on d.doc = f.doc
)

select * from final
