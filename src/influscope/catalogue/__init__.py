"""What a KPI is: declared as data, validated, independent of any engine or database."""

from influscope.catalogue.load import Catalogue, load_catalogue

__all__ = ["Catalogue", "load_catalogue"]
