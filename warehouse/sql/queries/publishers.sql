-- publishers: who published the loaded reports about the chosen provinces (for source lines).
select
    coalesce(a.publisher, d.publisher) as publisher,
    count(distinct d.doc) as n_documents
from documents as d
left join articles as a using (doc)
where d.status = 'loaded'
  and in_provinces(a.province, $provinces)
group by all
order by n_documents desc, publisher
