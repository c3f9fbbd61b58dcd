"""GraphQL types of the auth domain: ``users`` (and roles, sign-in), ``api_keys``, ``loaders``."""

# TEMPORARY re-exports while the other domains' packages are merged; removed after the merge.
from backend.schema.auth.api_keys import ApiKey as ApiKey  # noqa: E402
from backend.schema.auth.users import User as User  # noqa: E402
