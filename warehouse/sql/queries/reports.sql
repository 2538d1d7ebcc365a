-- reports: loaded and rejected reports with their articles, newest first.
select
    d.doc,
    d.status,
    d.reason,
    coalesce(a.publisher, d.publisher) as publisher,
    d.published,
    coalesce(a.source_url, d.source_url) as source_url,
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
