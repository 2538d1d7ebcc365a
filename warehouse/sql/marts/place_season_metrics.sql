-- place_season_metrics: the same headline per place (city, county) below the province.
-- Shown as cities of their province, never added into the province's value.
with place_figures as (
    select *
    from season_figures
    where level is distinct from 'province'
      and place is not null
      -- an extracted figure without a level was placed in its province by default only (its
      -- article names no place): neither the province's nor a named place's
      and (level is not null or review = 'added')
),

headline as (
    select
        province,
        place,
        season,
        metric,
        status,
        unit,
        max(value) as value,
        arg_max(qualifier, value) as qualifier,
        arg_max(figure_id, value) as figure_id,
        count(*) as n_figures,
        count(distinct doc) as n_documents
    from place_figures
    group by province, place, season, metric, status, unit
),

final as (
    select
        h.*,
        f.quote,
        a.publisher,
        d.published
    from headline as h
    join figures as f using (figure_id)
    join articles as a on a.doc = f.doc and a.article = f.article
    join documents as d on d.doc = f.doc
)

select * from final
