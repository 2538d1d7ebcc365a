-- An outcome is a positive amount.
select figure_id, value
from figures
where not (value > 0)
