"""GraphQL types of the monitoring domain: ``rules``, ``alerts``, ``metrics``, ``overview``, ``performance``, ``suggestions``, ``reference`` and ``loaders``."""
