-- The span lies inside its document's text and inside its article's body or headline.
select f.figure_id, f.span, length(d.text) as text_length, a.char_start, a.char_end
from figures as f
join documents as d using (doc)
left join articles as a on a.doc = f.doc and a.article = f.article
where len(f.span) <> 2
   or f.span[1] < 0 or f.span[2] <= f.span[1] or f.span[2] > length(d.text)
   or a.doc is null
   or ((f.span[1] < a.char_start or f.span[2] > a.char_end)
       and (a.title_start is null or f.span[1] < a.title_start or f.span[2] > a.title_end))
