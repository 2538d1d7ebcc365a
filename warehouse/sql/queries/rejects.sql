-- rejects: files that could not be read, and why.
select doc, reason
from rejects
order by doc
