-- coverage: province × season grid from the first to the last season with a report;
-- a cell without a report is kept (has_report = false) so that missing never reads as zero.
with loaded_articles as (
    select a.*
    from articles as a
    join documents as d using (doc)
    where d.status = 'loaded'
      and a.province is not null
      and a.season is not null
),

reports as (
    select
        province,
        season,
        count(distinct doc) as n_documents,
        count(*) as n_articles
    from loaded_articles
    group by province, season
),

figure_counts as (
    select
        a.province,
        a.season,
        count(*) as n_figures
    from figures as f
    join loaded_articles as a using (doc, article)
    group by a.province, a.season
),

provinces as (
    select distinct province from loaded_articles
),

seasons as (
    select unnest(range(min(season), max(season) + 1)) as season
    from loaded_articles
),

final as (
    select
        p.province,
        s.season,
        coalesce(r.n_documents, 0) as n_documents,
        coalesce(r.n_articles, 0) as n_articles,
        coalesce(fc.n_figures, 0) as n_figures,
        r.n_documents is not null as has_report
    from provinces as p
    cross join seasons as s
    left join reports as r on r.province = p.province and r.season = s.season
    left join figure_counts as fc on fc.province = p.province and fc.season = s.season
)

select * from final
