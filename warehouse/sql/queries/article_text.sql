-- article_text: the normalised text of one article (spans point into the document text).
select
    a.title,
    a.char_start,
    substring(d.text, a.char_start + 1, a.char_end - a.char_start) as body,
    a.publisher,
    d.published,
    a.source_url,
    d.sha256 as doc_sha256,
    d.from_page
from articles as a
join documents as d using (doc)
where a.doc = $doc and a.article = $article
