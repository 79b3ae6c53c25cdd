"""Getting campaigns in: each source is read into validated records that the store can write.

The campaign workbook is the first source; platform exports and APIs follow the same path:
read, check everything, then write one batch in one transaction.
"""

from influscope.ingest.problems import ImportFailed, Problem
from influscope.ingest.workbook import import_workbook, load_workbook, write_template

__all__ = ["ImportFailed", "Problem", "import_workbook", "load_workbook", "write_template"]
