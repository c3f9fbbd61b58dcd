"""GraphQL types of the auth domain: ``users`` (and roles, sign-in), ``api_keys``, ``loaders``."""
