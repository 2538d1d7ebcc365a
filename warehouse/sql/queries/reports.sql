-- reports: loaded and rejected reports with their articles, newest first.
select
    d.doc,
    d.status,
    d.reason,
    d.publisher,
    d.published,
    d.source_url,
    d.n_articles,
    d.n_figures,
    a.article,
    a.title,
    a.attribution,
    a.province,
    a.place,
    a.campaign,
    a.season
from documents as d
left join articles as a using (doc)
where len($provinces) = 0 or list_contains($provinces, a.province) or d.status = 'rejected'
order by d.published desc nulls last, d.doc, a.article
