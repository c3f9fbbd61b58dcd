"""GraphQL types of the products domain: ``types`` (products, versions, change requests,
documents, the catalog), ``terms`` (the six families' terms), ``inputs``, ``payloads``,
``enums`` and ``loaders``."""
