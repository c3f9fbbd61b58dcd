"""GraphQL types of the customers domain, module for module with ``backend.domains.customers``."""
