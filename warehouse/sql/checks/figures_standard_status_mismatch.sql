-- Rates (aid_standard) and only rates carry the status 'standard'.
select figure_id, metric, status
from figures
where (metric = 'aid_standard') <> (status = 'standard')
