-- The quote contains the number-and-unit the span points at.
select f.figure_id, f.quote, substring(d.text, f.span[1] + 1, f.span[2] - f.span[1]) as at_span
from figures as f
join documents as d using (doc)
where strpos(f.quote, substring(d.text, f.span[1] + 1, f.span[2] - f.span[1])) = 0
